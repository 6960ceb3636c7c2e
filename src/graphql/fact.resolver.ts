import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import type { AssessmentEvidence } from '../model.js';
import type { SourcedEvidence } from '../store/read.js';
import type { Context } from './context.js';
import { Dispute, Evidence, Fact } from './fact.type.js';
import { Source } from './source.type.js';
import { FactOrder, FactStatus } from './enums.js';
import { connectionTypes, paginate, type ConnectionShape } from './connection.js';
import { DEFAULT_PAGE_SIZE, MAX_FILTER_TEXT_LENGTH, checkFactFilter } from './limits.js';
import { idOfType, notFound } from './node.js';
import { presentDispute, presentFact, presentSource, type DisputeNode, type FactNode, type SourceNode } from './present.js';

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
      return presentFact(fact);
    });
  }

  @Query(() => Fact, { nullable: true, description: 'One fact by its global id; null with a NOT_FOUND error when no fact has it.' })
  async fact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<FactNode> {
    const fact = await ctx.loaders.fact.load(idOfType(id, 'Fact'));
    if (!fact) throw notFound('fact', id);
    return presentFact(fact);
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that assert this fact, one quote each.' })
  async supporting(@Root() fact: FactNode, @Ctx() ctx: Context): Promise<SourcedEvidence[]> {
    return (await ctx.loaders.evidence.load(fact.rawId)).filter((e) => e.stance === 'SUPPORTS');
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that assert an incompatible answer to the same question.' })
  async contradicting(@Root() fact: FactNode, @Ctx() ctx: Context): Promise<SourcedEvidence[]> {
    return (await ctx.loaders.evidence.load(fact.rawId)).filter((e) => e.stance === 'CONTRADICTS');
  }

  @FieldResolver(() => Dispute, { nullable: true, description: 'The question this fact is one answer to, when sources disagree.' })
  async dispute(@Root() fact: FactNode, @Ctx() ctx: Context): Promise<DisputeNode | null> {
    if (!fact.disputeId) return null;
    const dispute = await ctx.loaders.dispute.load(fact.disputeId);
    return dispute ? presentDispute(dispute) : null;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: SourcedEvidence | AssessmentEvidence, @Ctx() ctx: Context): SourceNode | Promise<SourceNode> {
    // Stored evidence arrives with its source: answered without a promise, hundreds of times a page.
    if ('source' in evidence) return presentSource(evidence.source);
    return ctx.loaders.source.load(evidence.sourceKey).then((source) => {
      if (!source) throw new Error(`evidence names missing source ${evidence.sourceKey}`);
      return presentSource(source);
    });
  }

  @FieldResolver(() => Fact, { nullable: true, description: 'The fact this evidence is about; null when a source only bears on a claim you asked about.' })
  async fact(@Root() evidence: SourcedEvidence | AssessmentEvidence, @Ctx() ctx: Context): Promise<FactNode | null> {
    if (evidence.factId === null) return null;
    const fact = await ctx.loaders.fact.load(evidence.factId);
    return fact ? presentFact(fact) : null;
  }
}
