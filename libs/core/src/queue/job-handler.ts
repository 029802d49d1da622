import type { Job } from 'bullmq';
import { JobName, JobPayload } from './job-registry';

/** What a handler learns about the job besides its payload: ids and counters, for logs and idempotency. */
export interface JobContext {
  jobId: string;
  /** 0 on the first run; handlers must be idempotent because delivery is at-least-once. */
  attemptsMade: number;
  job: Job;
}

/**
 * Processes one job type. A Nest provider in the context that owns the work, e.g.
 * `libs/relief/src/jobs/relief-reminder.job.ts`, listed in the worker app's handler list.
 * Throw `UnrecoverableError` (bullmq) for permanent failures; any other error is retried with backoff.
 * Error messages end up in Redis as the failed reason: codes and ids only.
 */
export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayload<N>, context: JobContext): Promise<unknown>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
