// Fact, Evidence, Dispute and the confidence explanation: they refer to each other, so they live
// together, and class-typed properties use Rel<> so compiled code never touches a class before it exists.

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';
import { Source } from './source.type.js';
import { DisputeKind, FactKind, FactStatus, Stance } from './enums.js';

type Rel<T> = T;

@ObjectType({ simpleResolvers: true, description: 'Why a fact has its confidence.' })
export class ConfidenceExplanation {
  @Field(() => Int, { description: 'Supporting sources after copies of one statement are folded together.' })
  independentSupporters!: number;

  @Field(() => Float, { description: 'Summed weight of the independent supporters (hedged, anonymous or bounded claims weigh less).' })
  supportingMass!: number;

  @Field(() => Float, { description: 'Summed weight of the sources that assert an incompatible answer.' })
  contradictingMass!: number;

  @Field(() => Int)
  hedgedSupporters!: number;

  @Field(() => String)
  summary!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A canonical proposition: claims from one or more sources that say the same thing.' })
export class Fact extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  statement!: string;

  @Field(() => FactKind)
  kind!: FactKind;

  @Field(() => Float, { description: 'Probability in [0, 1] that the fact is true, from its independent support against its contradiction.' })
  confidence!: number;

  @Field(() => FactStatus)
  status!: FactStatus;

  @Field(() => Int, { description: 'Number of sources that support it (copies included).' })
  supporterCount!: number;

  @Field(() => ConfidenceExplanation)
  confidenceExplanation!: Rel<ConfidenceExplanation>;
}

@ObjectType({ simpleResolvers: true, description: "A source's stance on a fact, backed by the exact quote: source.text.slice(start, end) === quote." })
export class Evidence {
  @Field(() => Stance)
  stance!: Stance;

  @Field(() => String)
  quote!: string;

  @Field(() => Int, { description: 'UTF-16 offset of the quote in source.text (inclusive).' })
  start!: number;

  @Field(() => Int, { description: 'UTF-16 offset of the end of the quote in source.text (exclusive).' })
  end!: number;

  @Field(() => String, { nullable: true, description: 'Who the article says said it ("two Iraqi officials"); null when the outlet itself asserts it.' })
  attribution!: string | null;

  @Field(() => Boolean, { description: 'The quote is hedged ("reportedly", "alleged").' })
  isHedged!: boolean;

  @Field(() => Float, { description: 'How much this evidence counts in the confidence, in [0, 1].' })
  weight!: number;

  @Field(() => Source)
  source!: Rel<Source>;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'One question with several incompatible answers.' })
export class Dispute extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  question!: string;

  @Field(() => DisputeKind)
  kind!: DisputeKind;
}
