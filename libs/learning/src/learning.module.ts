import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { StorageModule, UploadInterceptor } from '@pleje/storage';
import { LearningAttachmentsController } from './attachments/learning-attachments.controller';
import { LearningAttachmentsService } from './attachments/learning-attachments.service';
import { LearningResolver } from './graphql/learning.resolver';
import { LearningDashboardService } from './learning-dashboard.service';
import { LearningService } from './learning.service';

/** The learning consultants' queue (læringskonsulent, initiative 10): requests, triage, deadlines, outcomes. */
@Module({
  imports: [AuditModule, NotificationsModule, StorageModule],
  controllers: [LearningAttachmentsController],
  providers: [
    LearningService,
    LearningDashboardService,
    LearningAttachmentsService,
    UploadInterceptor,
    LearningResolver,
  ],
  exports: [LearningService, LearningDashboardService],
})
export class LearningModule {}
