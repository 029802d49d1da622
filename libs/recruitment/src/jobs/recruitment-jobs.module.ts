import { Module } from '@nestjs/common';
import { AuditModule } from '@pleje/core';
import { NotificationsModule } from '@pleje/notifications';
import { StorageModule } from '@pleje/storage';
import { SendDraftRemindersJob } from './draft-reminders.job';
import { EraseExpiredApplicationsJob } from './erase-expired-applications.job';
import { SendEventRemindersJob } from './event-reminders.job';
import { SendExpiryWarningsJob } from './expiry-warnings.job';

/** What recruitment's job handlers depend on; the worker's QueueWorkerModule provides the handlers themselves. */
@Module({
  imports: [AuditModule, NotificationsModule, StorageModule],
  exports: [AuditModule, NotificationsModule, StorageModule],
})
export class RecruitmentJobsModule {}

export const RECRUITMENT_JOB_HANDLERS = [
  SendDraftRemindersJob,
  SendExpiryWarningsJob,
  EraseExpiredApplicationsJob,
  SendEventRemindersJob,
];
