import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayload } from './job-registry';
import { assertJobId, validateJob } from './job-validation';
import { QueueError, QueueErrorCode } from './queue.error';

export interface OutboxAddOptions {
  /** Milliseconds after the transaction commits before the job may run (counted from the add). */
  delay?: number;
}

/**
 * Jobs that must never be lost: written in the caller's transaction, so the job exists if and only if the
 * business change committed. The worker's OutboxRelay moves committed rows to BullMQ.
 */
@Injectable()
export class OutboxService {
  async add<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayload<N>,
    jobId: string,
    options: OutboxAddOptions = {},
  ): Promise<void> {
    // Outside a transaction the row could commit while the business change rolls back (or vice versa).
    if (!manager.queryRunner?.isTransactionActive)
      throw new QueueError(QueueErrorCode.OutboxNeedsTransaction);
    const data = validateJob(name, payload);
    assertJobId(jobId);
    const runAt = options.delay ? new Date(Date.now() + options.delay) : null;
    // A second add of a still-pending job id is a no-op, mirroring BullMQ's jobId semantics.
    await manager.query(
      `INSERT INTO "outbox_job" ("job_name", "job_id", "payload", "run_at")
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ("job_id") WHERE "dispatched_at" IS NULL DO NOTHING`,
      [name, jobId, JSON.stringify(data), runAt],
    );
  }
}
