import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';
import { EntityType } from './enums.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A person, organisation or place, with every spelling and title met in the articles.' })
export class Entity extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  name!: string;

  @Field(() => EntityType)
  type!: EntityType;

  @Field(() => [String], { description: 'Spellings ("al-Kadhimi", "Kadhemi") and titles ("prime minister") that refer to it.' })
  aliases!: string[];

  @Field(() => Int)
  mentions!: number;
}
