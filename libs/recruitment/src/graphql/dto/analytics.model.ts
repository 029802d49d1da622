import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';
import { RecruitmentSource } from '../../application-form';
import { ApplicationStatus } from '../../application-status';
import './enums';

@ObjectType()
export class FunnelStage {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'Ansøgninger der har nået trinnet' }) reached: number;
  @Field(() => Float, { nullable: true, description: 'Andel af forrige trin (0-1)' })
  conversionFromPrevious: number | null;
  @Field(() => Float, { nullable: true, description: 'Median antal dage i trinnet' })
  medianDaysInStage: number | null;
}

@ObjectType()
export class SourceResult {
  @Field(() => RecruitmentSource, { nullable: true }) source: RecruitmentSource | null;
  @Field(() => String) label: string;
  @Field(() => Int) applications: number;
  @Field(() => Int) submitted: number;
  @Field(() => Int) approved: number;
}

@ObjectType()
export class AgeBand {
  @Field(() => String) band: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class RecruitmentAnalytics {
  @Field(() => Date) from: Date;
  @Field(() => Date) to: Date;
  @Field(() => Int, { description: 'Ansøgninger oprettet i perioden' }) applications: number;
  @Field(() => [FunnelStage]) funnel: FunnelStage[];
  @Field(() => Float, { nullable: true }) medianDaysToApproval: number | null;
  @Field(() => Int) approved: number;
  @Field(() => Int) refused: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => [SourceResult]) bySource: SourceResult[];
  @Field(() => [AgeBand], { description: 'Ansøgernes alder ved indsendelse' }) ageDistribution: AgeBand[];
}

@ArgsType()
export class RecruitmentAnalyticsArgs {
  @Field(() => Date, { nullable: true, description: 'Standard: 12 måneder tilbage' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Standard: nu' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date | null;
}
