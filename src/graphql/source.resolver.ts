import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { Source } from './source.type.js';
import { connectionTypes, paginate, type ConnectionShape } from './connection.js';
import { FactConnection } from './fact.resolver.js';
import { PageArgs } from './dispute.resolver.js';
import { presentFact, presentSource, type FactNode, type SourceNode } from './present.js';
import { notFound } from './node.js';

export const SourceConnection = connectionTypes('Source', Source);

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'The articles, by key.' })
  sources(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): ConnectionShape<SourceNode> {
    return paginate(args, (offset, limit) => ctx.store.sources(offset, limit), presentSource);
  }

  @Query(() => Source, { nullable: true, description: 'One article by its key (file name stem); null with a NOT_FOUND error when unknown.' })
  async source(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<SourceNode> {
    const source = await ctx.loaders.source.load(key);
    if (!source) throw notFound('source', key, 'key');
    return presentSource(source);
  }

  @FieldResolver(() => FactConnection, { description: 'Facts on which this source takes a stance, most confident first.' })
  facts(@Root() source: SourceNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): ConnectionShape<FactNode> {
    return paginate(args, (offset, limit) => ctx.store.factsOfSource(source.key, offset, limit), presentFact);
  }
}
