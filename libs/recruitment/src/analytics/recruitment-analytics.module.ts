import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { RecruitmentAnalyticsResolver } from './recruitment-analytics.resolver';
import { RecruitmentAnalyticsService } from './recruitment-analytics.service';

/** Funnel, stage durations, recruitment sources and applicant ages (GraphQL `recruitmentAnalytics`). */
@Module({
  imports: [AuditModule],
  providers: [RecruitmentAnalyticsService, RecruitmentAnalyticsResolver],
  exports: [RecruitmentAnalyticsService],
})
export class RecruitmentAnalyticsModule {}
