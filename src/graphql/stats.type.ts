import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

type Rel<T> = T;

@ObjectType({ simpleResolvers: true })
export class HistogramBucket {
  @Field(() => Float, { description: 'Inclusive lower bound of confidence.' })
  lower!: number;

  @Field(() => Float, { description: 'Exclusive upper bound (1 is included in the last bucket).' })
  upper!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class BuildInput {
  @Field(() => String)
  path!: string;

  @Field(() => String)
  sha256!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The run that produced the store: what was read, with which pipeline, when.' })
export class Build {
  @Field(() => String)
  pipelineVersion!: string;

  @Field(() => GraphQLJSONObject)
  parameters!: Record<string, unknown>;

  @Field(() => [BuildInput])
  inputs!: Rel<BuildInput>[];

  @Field(() => String)
  startedAt!: string;

  @Field(() => String)
  finishedAt!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Counts and distributions for dashboards.' })
export class CorpusStats {
  @Field(() => Int)
  sources!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int)
  facts!: number;

  @Field(() => Int)
  disputes!: number;

  @Field(() => Int)
  entities!: number;

  @Field(() => [HistogramBucket], { description: 'Facts by confidence in ten buckets of 0.1.' })
  confidenceHistogram!: Rel<HistogramBucket>[];

  @Field(() => Build, { nullable: true })
  build!: Rel<Build> | null;
}
