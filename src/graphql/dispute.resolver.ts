import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { Dispute, Fact } from './fact.type.js';
import { Entity } from './entity.type.js';
import { connectionTypes, paginate, type ConnectionShape } from './connection.js';
import { DEFAULT_PAGE_SIZE } from './limits.js';
import { idOfType, notFound } from './node.js';
import { presentDispute, presentEntity, type DisputeNode, type EntityNode, type FactNode } from './present.js';

export const DisputeConnection = connectionTypes('Dispute', Dispute);
export const EntityConnection = connectionTypes('Entity', Entity);

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => DisputeConnection, { description: 'Questions on which the sources give incompatible answers.' })
  disputes(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): ConnectionShape<DisputeNode> {
    return paginate(args, (offset, limit) => ctx.store.disputes(offset, limit), presentDispute);
  }

  @Query(() => Dispute, { nullable: true, description: 'One dispute by its global id; null with a NOT_FOUND error when no dispute has it.' })
  async dispute(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DisputeNode> {
    const dispute = await ctx.loaders.dispute.load(idOfType(id, 'Dispute'));
    if (!dispute) throw notFound('dispute', id);
    return presentDispute(dispute);
  }

  @FieldResolver(() => [Fact], { description: 'The competing answers, most confident first; each lists the others’ sources as contradicting.' })
  async alternatives(@Root() dispute: DisputeNode, @Ctx() ctx: Context): Promise<FactNode[]> {
    const facts = await ctx.loaders.fact.loadMany(dispute.factIds);
    return facts.flatMap((f) => (f && !(f instanceof Error) ? [ctx.links.present(f)] : [])).sort((a, b) => b.confidence - a.confidence);
  }
}

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => EntityConnection, { description: 'People, organisations and places, most mentioned first.' })
  entities(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): ConnectionShape<EntityNode> {
    return paginate(args, (offset, limit) => ctx.store.entities(offset, limit), presentEntity);
  }
}
