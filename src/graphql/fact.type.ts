// Fact, Evidence, Dispute and the confidence explanation: they refer to each other, so they live
// together, and class-typed properties use Rel<> so compiled code never touches a class before it exists.

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';
import { Source } from './source.type.js';
import { DisputeKind, FactKind, FactStatus, Stance } from './enums.js';

type Rel<T> = T;

@ObjectType({ simpleResolvers: true, description: 'How reliable the truth-discovery engine found a source, as used for one fact.' })
export class SourceReliability {
  @Field(() => String)
  sourceKey!: string;

  @Field(() => Float, { description: 'Estimated probability that a claim of this source is right.' })
  reliability!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Why a fact has its confidence, as the truth-discovery engine found it.' })
export class ConfidenceExplanation {
  @Field(() => Int, { description: 'Supporting sources after restatements of one statement are counted once.' })
  independentSupporters!: number;

  @Field(() => Int, { description: 'Supporters counted as copies of another\'s statement (one quote reprinted, one speaker relayed), at a quarter.' })
  copiesDiscounted!: number;

  @Field(() => Float, { description: 'Weight of the supporting claims after hedging, hearsay and copy discounts.' })
  supportingMass!: number;

  @Field(() => Float, { description: 'Weight lent by close answers (a bound the value fits, a rounding).' })
  closeSupport!: number;

  @Field(() => Int, { description: 'Sources that give an incompatible answer.' })
  contradictingSources!: number;

  @Field(() => Float, { description: 'Weight of the sources that give an incompatible answer.' })
  contradictingMass!: number;

  @Field(() => Int, { description: 'Supporters that hedge ("reportedly", "alleged").' })
  hedgedSupporters!: number;

  @Field(() => Int, { description: 'Supporters that report someone else\'s words ("officials said").' })
  secondHandSupporters!: number;

  @Field(() => [SourceReliability], { description: 'The reliability used for each supporting source, most reliable first.' })
  reliabilities!: SourceReliability[];

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

  @Field(() => Float, { description: 'Probability in [0, 1] that the fact is true, from the truth-discovery engine: its independent support, its rivals, and its sources\' reliability.' })
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
