import { Type } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { SendEmailJob } from '@pleje/notifications';
// Deep path until @pleje/recruitment's index exports the job (its index belongs to the recruitment lead).
import { SendEventRemindersJob } from '../../../libs/recruitment/src/jobs/event-reminders.job';
import { PurgeDispatchedOutboxJob } from './maintenance/purge-dispatched-outbox.job';
import { PurgeExpiredRefreshTokensJob } from './maintenance/purge-expired-refresh-tokens.job';

/** Every job handler the worker runs; the worker refuses to start if a registered job type has none. */
export const WORKER_JOB_HANDLERS: Type<JobHandler>[] = [
  PurgeExpiredRefreshTokensJob,
  PurgeDispatchedOutboxJob,
  SendEmailJob,
  SendEventRemindersJob,
];
