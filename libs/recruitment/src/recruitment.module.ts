import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { RecruitmentEventsModule } from './events/recruitment-events.module';

/** Recruitment: the application form, the approval pipeline, events and home visits, and approved families. */
@Module({
  imports: [AuditModule, RecruitmentEventsModule],
  providers: [],
  exports: [],
})
export class RecruitmentModule {}
