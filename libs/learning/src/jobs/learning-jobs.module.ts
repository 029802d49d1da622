import { Module } from '@nestjs/common';
import { NotificationsModule } from '@pleje/notifications';

/** What learning's job handlers depend on; the worker's QueueWorkerModule provides the handlers themselves. */
@Module({
  imports: [NotificationsModule],
  exports: [NotificationsModule],
})
export class LearningJobsModule {}
