import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from './context.js';
import { Source } from './source.type.js';
import { connectionTypes, offsetAfter, paginate, toConnection, type ConnectionShape } from './connection.js';
import { checkPageSize } from './limits.js';
import { FactConnection } from './fact.resolver.js';
import { PageArgs } from './dispute.resolver.js';
import type { FactNode, SourceNode } from './present.js';
import { notFound } from './node.js';

export const SourceConnection = connectionTypes('Source', Source);

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'The articles, by key.' })
  sources(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): ConnectionShape<SourceNode> {
    return paginate(args, (offset, limit) => ctx.store.sources(offset, limit), (source) => ctx.links.source(source));
  }

  @Query(() => Source, { nullable: true, description: 'One article by its key (file name stem); null with a NOT_FOUND error when unknown.' })
  async source(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<SourceNode> {
    const source = await ctx.loaders.source.load(key);
    if (!source) throw notFound('source', key, 'key');
    return ctx.links.source(source);
  }

  // Read apart from the other fields: a page of evidence names hundreds of sources and rarely shows their texts.
  @FieldResolver(() => String, { description: 'The article text as stored; evidence start/end are UTF-16 offsets into it.' })
  async text(@Root() source: SourceNode, @Ctx() ctx: Context): Promise<string> {
    const text = await ctx.loaders.sourceText.load(source.key);
    if (text === null) throw new Error(`source ${source.key} has no text`);
    return text;
  }

  @FieldResolver(() => FactConnection, { description: 'Facts on which this source takes a stance, most confident first.' })
  async facts(@Root() source: SourceNode, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionShape<FactNode>> {
    // Through a loader, so a page of sources costs one batch of statements, not one per source.
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after);
    const page = await ctx.loaders.factsOfSource.load({ key: source.key, offset, limit });
    for (const fact of page.items) ctx.loaders.fact.prime(fact.id, fact);
    return toConnection(page.items.map((fact) => ctx.links.present(fact)), offset, page.totalCount);
  }
}
