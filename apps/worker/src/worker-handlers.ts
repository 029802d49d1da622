import { Type } from '@nestjs/common';
import { JobHandler } from '@pleje/core';
import { FAQ_JOB_HANDLERS } from '@pleje/faq';
import { LEARNING_JOB_HANDLERS } from '@pleje/learning';
import { SendEmailJob } from '@pleje/notifications';
import { PEER_GROUPS_JOB_HANDLERS } from '@pleje/peer-groups';
import { RECRUITMENT_JOB_HANDLERS } from '@pleje/recruitment';
import { RELIEF_JOB_HANDLERS } from '@pleje/relief';
import { PurgeDispatchedOutboxJob } from './maintenance/purge-dispatched-outbox.job';
import { PurgeExpiredRefreshTokensJob } from './maintenance/purge-expired-refresh-tokens.job';

/** Every job handler the worker runs; the worker refuses to start if a registered job type has none. */
export const WORKER_JOB_HANDLERS: Type<JobHandler>[] = [
  PurgeExpiredRefreshTokensJob,
  PurgeDispatchedOutboxJob,
  SendEmailJob,
  ...RECRUITMENT_JOB_HANDLERS,
  ...RELIEF_JOB_HANDLERS,
  ...LEARNING_JOB_HANDLERS,
  ...PEER_GROUPS_JOB_HANDLERS,
  ...FAQ_JOB_HANDLERS,
];
