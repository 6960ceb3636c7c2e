// Queries that cut across types: assessClaim, stats and node.

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { ClaimAssessment as AssessmentModel } from '../model.js';
import { assessClaim } from '../pipeline/assess.js';
import type { Context } from './context.js';
import { ClaimAssessment } from './assessment.type.js';
import { CorpusStats } from './stats.type.js';
import { Evidence, Fact } from './fact.type.js';
import { Node, fromGlobalId, notFound } from './node.js';
import { presentDispute, presentEntity, type EvidenceNode, type FactNode } from './present.js';
import type { CorpusStats as StatsModel } from '../store/read.js';

/** A claim longer than this is not a claim but a document; assess its sentences one by one. */
export const MAX_CLAIM_LENGTH = 2_000;

@Resolver(() => ClaimAssessment)
export class AssessmentResolver {
  @Query(() => ClaimAssessment, { description: 'Which sources support a claim, and who says otherwise.' })
  assessClaim(@Arg('text', () => String) text: string, @Ctx() ctx: Context): AssessmentModel {
    if (text.trim() === '') throw new GraphQLError('text must not be empty', { extensions: { code: 'BAD_USER_INPUT' } });
    if (text.length > MAX_CLAIM_LENGTH) {
      throw new GraphQLError(`text is ${text.length} characters; a claim may have at most ${MAX_CLAIM_LENGTH}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return assessClaim(text, ctx.index);
  }

  @FieldResolver(() => [Fact], { description: 'Facts the claim was matched to: supported ones first, then contradicted.' })
  async matches(@Root() assessment: AssessmentModel, @Ctx() ctx: Context): Promise<FactNode[]> {
    const facts = await ctx.loaders.fact.loadMany(assessment.factIds);
    return facts.flatMap((f) => (f && !(f instanceof Error) ? [ctx.links.present(f)] : []));
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that support the claim.' })
  supporting(@Root() assessment: AssessmentModel, @Ctx() ctx: Context): EvidenceNode[] {
    return ctx.links.assessedEvidence(assessment).supporting;
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that give an incompatible answer.' })
  contradicting(@Root() assessment: AssessmentModel, @Ctx() ctx: Context): EvidenceNode[] {
    return ctx.links.assessedEvidence(assessment).contradicting;
  }

  @FieldResolver(() => [Evidence], { description: 'Sources that speak of the claim without taking a side (stance DISCUSSES).' })
  mentioning(@Root() assessment: AssessmentModel, @Ctx() ctx: Context): EvidenceNode[] {
    return ctx.links.assessedEvidence(assessment).mentioning;
  }
}

@Resolver()
export class CorpusResolver {
  @Query(() => CorpusStats)
  stats(@Ctx() ctx: Context): StatsModel {
    return ctx.store.stats();
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null with a NOT_FOUND error when none has it.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node> {
    const global = fromGlobalId(id);
    const found =
      global.type === 'Fact' ? await ctx.loaders.fact.load(global.id).then((f) => f && ctx.links.present(f))
      : global.type === 'Source' ? await ctx.loaders.source.load(global.id).then((s) => s && ctx.links.source(s))
      : global.type === 'Dispute' ? await ctx.loaders.dispute.load(global.id).then((d) => d && presentDispute(d))
      : await ctx.loaders.entity.load(global.id).then((e) => e && presentEntity(e));
    if (!found) throw notFound(global.type.toLowerCase(), id);
    return found;
  }
}
