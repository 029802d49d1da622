import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Permission } from '@pleje/core';
import { RecruitmentAnalytics, RecruitmentAnalyticsArgs } from '../graphql/dto/analytics.model';
import { RecruitmentAnalyticsService } from './recruitment-analytics.service';

@Resolver(() => RecruitmentAnalytics)
export class RecruitmentAnalyticsResolver {
  constructor(private readonly service: RecruitmentAnalyticsService) {}

  @Query(() => RecruitmentAnalytics, {
    description: 'Rekrutteringstal for kommunens ansøgninger oprettet i perioden [from, to)',
  })
  @Permission('recruitment.analytics')
  recruitmentAnalytics(
    @CurrentActor() actor: Actor,
    @Args() args: RecruitmentAnalyticsArgs,
  ): Promise<RecruitmentAnalytics> {
    return this.service.analytics(actor, args);
  }
}
