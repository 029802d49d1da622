import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job written in the caller's own transaction, moved to BullMQ by the relay in the worker. Holds the
 * job name, its deterministic BullMQ job id and an ids-only payload: never personal data.
 */
@Entity('outbox_job')
// The relay's scan: pending rows that are due, oldest first.
@Index('outbox_job_pending', ['availableAt', 'id'], { where: '"dispatched_at" IS NULL' })
// One pending row per job id, so adding the same job twice in a burst is a no-op, as in BullMQ.
@Index('outbox_job_pending_job_id', ['jobId'], { unique: true, where: '"dispatched_at" IS NULL' })
// The daily purge of dispatched rows.
@Index('outbox_job_dispatched', ['dispatchedAt'], { where: '"dispatched_at" IS NOT NULL' })
export class OutboxJob {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'job_name', type: 'varchar', length: 100 })
  jobName: string;

  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** When the job should run (BullMQ delay is computed from it at dispatch); null runs at once. */
  @Column({ name: 'run_at', type: 'timestamptz', nullable: true })
  runAt: Date | null;

  /** Earliest next dispatch attempt; pushed back with exponential backoff while Redis is unavailable. */
  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** An error code (QUEUE.*), never a driver message: those can carry hosts and credentials. */
  @Column({ name: 'last_error', type: 'varchar', length: 60, nullable: true })
  lastError: string | null;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
