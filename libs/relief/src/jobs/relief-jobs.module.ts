import { Module } from '@nestjs/common';
import { NotificationsModule } from '@pleje/notifications';
import { TeamsNotifierModule } from '@pleje/teams';
import { SendReliefBookingRemindersJob } from './booking-reminders.job';

/** What relief's job handlers depend on; the worker's QueueWorkerModule provides the handlers themselves. */
@Module({
  imports: [NotificationsModule, TeamsNotifierModule],
  exports: [NotificationsModule, TeamsNotifierModule],
})
export class ReliefJobsModule {}

export const RELIEF_JOB_HANDLERS = [SendReliefBookingRemindersJob];
