import { Module } from '@nestjs/common';
import { AuditModule, AuthModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { StorageModule, UploadInterceptor } from '@pleje/storage';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ApplicationsService } from './applications.service';
import { FosterFamiliesService } from './foster-families.service';
import { ApplicationsResolver } from './graphql/applications.resolver';
import { FosterFamiliesResolver } from './graphql/foster-families.resolver';
import { PipelineService } from './pipeline.service';
import { RecruitmentEventsModule } from './events/recruitment-events.module';
import { RecruitmentAnalyticsModule } from './analytics/recruitment-analytics.module';

/** Recruitment: the application form, the approval pipeline, events and home visits, and approved families. */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    NotificationsModule,
    StorageModule,
    RecruitmentEventsModule,
    RecruitmentAnalyticsModule,
  ],
  controllers: [DocumentsController],
  providers: [
    DocumentsService,
    UploadInterceptor,
    ApplicationsService,
    PipelineService,
    FosterFamiliesService,
    ApplicationsResolver,
    FosterFamiliesResolver,
  ],
  exports: [ApplicationsService, PipelineService, FosterFamiliesService, DocumentsService],
})
export class RecruitmentModule {}
