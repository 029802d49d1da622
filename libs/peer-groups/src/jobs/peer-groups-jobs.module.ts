import { Module } from '@nestjs/common';
import { NotificationsModule } from '@pleje/notifications';
import { TeamsNotifierModule } from '@pleje/teams';
import { SendPeerSessionRemindersJob } from './session-reminders.job';

/** What the peer-group job handlers depend on; the worker's QueueWorkerModule provides the handlers themselves. */
@Module({
  imports: [NotificationsModule, TeamsNotifierModule],
  exports: [NotificationsModule, TeamsNotifierModule],
})
export class PeerGroupsJobsModule {}

export const PEER_GROUPS_JOB_HANDLERS = [SendPeerSessionRemindersJob];
