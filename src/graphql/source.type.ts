import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One article. Every quote of the API is an exact slice of its text.' })
export class Source extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'The file name stem (or JSON record id): stable across builds.' })
  key!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  outlet!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date or date-time from the article; null when it has none.' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'A dateline such as "Washington, Nov 8" when the text opens with one.' })
  dateline!: string | null;

  @Field(() => Float, { description: 'In [0, 1]: the probability that a claim of this source is right, as the truth-discovery engine estimated it from agreement with the other sources.' })
  reliability!: number;
}
