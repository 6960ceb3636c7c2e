import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { ConfidenceExplanation, Dispute, Evidence, Fact } from './fact.type.js';
import { FactOrder, FactStatus } from './enums.js';
import { connectionTypes, paginate, type ConnectionShape } from './connection.js';
import { DEFAULT_PAGE_SIZE, MAX_FILTER_TEXT_LENGTH, checkFactFilter } from './limits.js';
import { idOfType, notFound } from './node.js';
import type { DisputeNode, EvidenceNode, FactNode } from './present.js';

export const FactConnection = connectionTypes('Fact', Fact);

@InputType({ description: 'All given conditions must hold.' })
export class FactFilter {
  @Field(() => Float, { nullable: true, description: 'Only facts at least this confident; 0 to 1.' })
  minConfidence?: number | null;

  @Field(() => FactStatus, { nullable: true })
  status?: FactStatus | null;

  @Field(() => String, { nullable: true, description: `Case-insensitive substring of the statement or of any of its quotes; at most ${MAX_FILTER_TEXT_LENGTH} characters.` })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Only facts on which this source (by key) takes a stance.' })
  sourceKey?: string | null;
}

@ArgsType()
export class FactsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => FactFilter, { nullable: true })
  filter?: FactFilter | null;

  @Field(() => FactOrder, { defaultValue: FactOrder.CONFIDENCE_DESC })
  orderBy!: FactOrder;
}

@Resolver(() => Fact)
export class FactResolver {
  @Query(() => FactConnection, { description: 'Facts, most confident first unless ordered otherwise.' })
  facts(@Args(() => FactsArgs) args: FactsArgs, @Ctx() ctx: Context): ConnectionShape<FactNode> {
    checkFactFilter(args.filter ?? {});
    return paginate(args, (offset, limit) => ctx.store.facts(offset, limit, args.filter ?? {}, args.orderBy), (fact) => {
      ctx.loaders.fact.prime(fact.id, fact);
      return ctx.links.present(fact);
    });
  }

  @Query(() => Fact, { nullable: true, description: 'One fact by its global id; null with a NOT_FOUND error when no fact has it.' })
  async fact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FactNode> {
    const fact = await ctx.loaders.fact.load(idOfType(id, 'Fact'));
    if (!fact) throw notFound('fact', id);
    return ctx.links.present(fact);
  }

  @FieldResolver(() => ConfidenceExplanation)
  confidenceExplanation(@Root() fact: FactNode): ConfidenceExplanation {
    // Parsed here, not for every fact of a page: most queries do not ask for it.
    return JSON.parse(fact.explanationJson) as ConfidenceExplanation;
  }

  // The three below answer without a promise: FactLinks reads a list's evidence and disputes at once.
  @FieldResolver(() => [Evidence], { description: 'Sources that assert this fact, one quote each.' })
  supporting(@Root() fact: FactNode, @Ctx() ctx: Context): EvidenceNode[] {
    return ctx.links.evidenceOf(fact.rawId).supporting;
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that assert an incompatible answer to the same question.' })
  contradicting(@Root() fact: FactNode, @Ctx() ctx: Context): EvidenceNode[] {
    return ctx.links.evidenceOf(fact.rawId).contradicting;
  }

  @FieldResolver(() => Dispute, { nullable: true, description: 'The question this fact is one answer to, when sources disagree.' })
  dispute(@Root() fact: FactNode, @Ctx() ctx: Context): DisputeNode | null {
    return fact.disputeId === null ? null : ctx.links.disputeOf(fact.disputeId);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  // Evidence.source has no resolver: every evidence is presented with its source (present.ts).
  @FieldResolver(() => Fact, { nullable: true, description: 'The fact this evidence is about; null when a source only bears on a claim you asked about.' })
  async fact(@Root() evidence: EvidenceNode, @Ctx() ctx: Context): Promise<FactNode | null> {
    if (evidence.factId === null) return null;
    const fact = await ctx.loaders.fact.load(evidence.factId);
    return fact ? ctx.links.present(fact) : null;
  }
}
