import { Field, Float, ObjectType } from 'type-graphql';
import { Verdict } from './enums.js';

@ObjectType({ simpleResolvers: true, description: 'What the articles say of a free-text claim. Evidence stance is relative to the claim.' })
export class ClaimAssessment {
  @Field(() => String)
  text!: string;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => Float, { description: 'Probability that the claim is true, from the matched facts; 0 when nothing answers it.' })
  confidence!: number;
}
