import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { LOGGER } from '../logging/logging.module';
import { JOBS } from './job-registry';
import { validateJob } from './job-validation';
import { JobQueues } from './job-queues';
import { QueueError, QueueErrorCode } from './queue.error';
import { withTimeout } from './with-timeout';

export interface OutboxRelayOptions {
  /** Run the polling loop from application bootstrap until module destroy. */
  autoStart: boolean;
  batchSize: number;
  pollIntervalMs: number;
  /** First retry delay for a row (and for the loop) after Redis refused it; doubles per attempt. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How long one Redis call may take before the batch counts as failed. */
  redisTimeoutMs: number;
}

export const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

export const DEFAULT_OUTBOX_RELAY_OPTIONS: OutboxRelayOptions = {
  autoStart: true,
  batchSize: 100,
  pollIntervalMs: 1000,
  retryBaseMs: 1000,
  retryMaxMs: 5 * 60_000,
  redisTimeoutMs: 3000,
};

export interface RelayResult {
  /** Rows handed to BullMQ and marked dispatched by this call. */
  dispatched: number;
  /** Rows claimed but not dispatched; their next attempt is pushed back. */
  retried: number;
  /** False when Redis did not answer before any row was claimed. */
  redisAvailable: boolean;
}

interface OutboxRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: unknown;
  run_at: Date | null;
  attempts: number;
}

/**
 * Moves committed outbox rows to BullMQ. Safe with any number of replicas: each batch is claimed with
 * FOR UPDATE SKIP LOCKED, and a row re-dispatched after a crash between the Redis add and the commit is
 * a no-op in BullMQ thanks to its deterministic job id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly options: OutboxRelayOptions;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private consecutiveFailures = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(OUTBOX_RELAY_OPTIONS) options?: Partial<OutboxRelayOptions>,
  ) {
    this.options = { ...DEFAULT_OUTBOX_RELAY_OPTIONS, ...options };
  }

  onApplicationBootstrap(): void {
    if (this.options.autoStart) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops polling and waits for an in-flight batch to commit or roll back. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** One batch: claim due rows, add them to BullMQ, mark the ones Redis accepted. */
  async dispatchOnce(): Promise<RelayResult> {
    // Check Redis before locking rows, so an outage does not hold row locks for the timeout on every poll.
    const queueNames = new Set(Object.values(JOBS).map((j) => j.queue));
    try {
      await withTimeout(
        Promise.all([...queueNames].map((q) => this.queues.get(q).waitUntilReady())),
        this.options.redisTimeoutMs,
      );
    } catch {
      return { dispatched: 0, retried: 0, redisAvailable: false };
    }
    return this.dataSource.transaction((manager) => this.dispatchBatch(manager));
  }

  private async dispatchBatch(manager: EntityManager): Promise<RelayResult> {
    const rows: OutboxRow[] = await manager.query(
      `SELECT "id", "job_name", "job_id", "payload", "run_at", "attempts"
         FROM "outbox_job"
        WHERE "dispatched_at" IS NULL AND "available_at" <= now()
        ORDER BY "available_at", "id"
        LIMIT $1
        FOR UPDATE SKIP LOCKED`,
      [this.options.batchSize],
    );
    if (rows.length === 0) return { dispatched: 0, retried: 0, redisAvailable: true };

    const outcomes = await Promise.all(rows.map((row) => this.dispatchRow(row)));
    const done = rows.filter((_, i) => outcomes[i] === null).map((r) => r.id);
    if (done.length > 0) {
      await manager.query(
        `UPDATE "outbox_job" SET "dispatched_at" = now(), "last_error" = NULL WHERE "id" = ANY($1::bigint[])`,
        [done],
      );
    }
    const failed = rows.flatMap((row, i) => {
      const code = outcomes[i];
      return code === null || code === undefined ? [] : [{ row, code }];
    });
    for (const { row, code } of failed) {
      const backoffMs = Math.min(this.options.retryBaseMs * 2 ** row.attempts, this.options.retryMaxMs);
      await manager.query(
        `UPDATE "outbox_job"
            SET "attempts" = "attempts" + 1, "last_error" = $2,
                "available_at" = now() + ($3::int * interval '1 millisecond')
          WHERE "id" = $1`,
        [row.id, code, backoffMs],
      );
      // Ids and codes only: payloads are ids too, but the row id is all an operator needs.
      this.logger.warn(
        { outboxId: row.id, job: row.job_name, attempts: row.attempts + 1, code },
        'outbox dispatch failed',
      );
    }
    return { dispatched: done.length, retried: failed.length, redisAvailable: true };
  }

  /** Returns null when Redis has the job (new or already there), else the error code to record. */
  private async dispatchRow(row: OutboxRow): Promise<string | null> {
    let data: Record<string, unknown>;
    try {
      // Re-validated: the registry may have changed between the write and this deploy.
      data = validateJob(row.job_name, row.payload);
    } catch (error) {
      return error instanceof QueueError ? error.code : QueueErrorCode.InvalidPayload;
    }
    const name = row.job_name as keyof typeof JOBS;
    const delay = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - Date.now()) : undefined;
    try {
      await withTimeout(
        this.queues.get(JOBS[name].queue).add(name, data, { jobId: row.job_id, delay }),
        this.options.redisTimeoutMs,
      );
      return null;
    } catch {
      return QueueErrorCode.Unavailable;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let waitMs = this.options.pollIntervalMs;
      try {
        const result = await this.dispatchOnce();
        const failing = !result.redisAvailable || result.retried > 0;
        this.consecutiveFailures = failing ? this.consecutiveFailures + 1 : 0;
        if (failing) {
          waitMs = Math.min(
            this.options.retryBaseMs * 2 ** (this.consecutiveFailures - 1),
            this.options.retryMaxMs,
          );
          if (this.consecutiveFailures === 1)
            this.logger.warn(
              { code: QueueErrorCode.Unavailable },
              'outbox relay: Redis unavailable, backing off',
            );
        } else if (result.dispatched === this.options.batchSize) {
          waitMs = 0; // A full batch: more are probably waiting.
        }
      } catch (error) {
        // Database trouble: keep the loop alive and retry; log the error class, not its message.
        this.consecutiveFailures += 1;
        waitMs = Math.min(
          this.options.retryBaseMs * 2 ** (this.consecutiveFailures - 1),
          this.options.retryMaxMs,
        );
        this.logger.error(
          { err: error instanceof Error ? error.name : 'unknown' },
          'outbox relay batch failed',
        );
      }
      if (this.running && waitMs > 0) await this.sleep(waitMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
