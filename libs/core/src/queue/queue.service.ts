import { Injectable } from '@nestjs/common';
import { JOBS, JobName, JobPayload } from './job-registry';
import { assertJobId, validateJob } from './job-validation';
import { QueueError, QueueErrorCode } from './queue.error';
import { JobQueues } from './job-queues';
import { withTimeout } from './with-timeout';

export interface EnqueueOptions {
  /** Deterministic id (see `jobId()`): adding a job whose id still exists in the queue is a no-op. */
  jobId: string;
  /** Milliseconds to wait before the job may run. */
  delay?: number;
}

/** How long an enqueue waits for Redis before it reports QUEUE.UNAVAILABLE. */
export const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * Direct enqueue, for jobs that may be lost if Redis is down at that moment (the caller gets
 * QUEUE.UNAVAILABLE). Jobs that must never be lost go through OutboxService instead.
 */
@Injectable()
export class QueueService {
  constructor(private readonly queues: JobQueues) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions): Promise<void> {
    const data = validateJob(name, payload);
    assertJobId(options.jobId);
    const queue = this.queues.get(JOBS[name].queue);
    try {
      await withTimeout(
        queue.add(name, data, { jobId: options.jobId, delay: options.delay }),
        ENQUEUE_TIMEOUT_MS,
      );
    } catch (error) {
      // Redis errors can carry the URL (and its password): report a code only.
      if (error instanceof QueueError) throw error;
      throw new QueueError(QueueErrorCode.Unavailable);
    }
  }
}
