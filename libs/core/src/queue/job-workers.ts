import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  OnApplicationBootstrap,
  Optional,
} from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import { AppError } from '../errors/app-error';
import { JOB_HANDLERS, JobHandler } from './job-handler';
import { isJobName, JOB_NAMES, JOBS, JobName, JobPayload } from './job-registry';
import { validateJob } from './job-validation';
import { JobQueues } from './job-queues';
import { QUEUE_SETTINGS, QueueName } from './queue-names';
import { QueueError, QueueErrorCode } from './queue.error';
import { workerConnection } from './redis-connection';

export interface JobWorkersOptions {
  /** Refuse to start unless every registered job type has a handler (the worker app sets this). */
  requireAllHandlers: boolean;
  /** Queues another app processes: requireAllHandlers does not count their job types as missing. */
  queuesHandledElsewhere: readonly QueueName[];
  /** Upsert the registry's cron schedules on boot. */
  schedules: boolean;
  /** At shutdown, how long Redis may be unreachable before workers stop waiting for it. */
  redisDownGraceMs: number;
}

export const JOB_WORKERS_OPTIONS = Symbol('JOB_WORKERS_OPTIONS');

const SCHEDULE_RETRY_MS = 10_000;

/** True when `promise` settles (either way) within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a BullMQ Worker for every queue that has handlers. Workers close in beforeApplicationShutdown:
 * after the relay stopped (onModuleDestroy) and before TypeORM closes the database (onApplicationShutdown),
 * so jobs still running on SIGTERM finish with a working database.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly workers: Worker[] = [];
  private readonly options: JobWorkersOptions;
  private closing = false;
  private scheduleTimer: NodeJS.Timeout | undefined;
  /** Resolves once the schedules are in Redis (retried in the background while Redis is down). */
  schedulesReady: Promise<void> = Promise.resolve();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    private readonly queues: JobQueues,
    @Inject(LOGGER) private readonly logger: Logger,
    @Optional() @Inject(JOB_WORKERS_OPTIONS) options?: Partial<JobWorkersOptions>,
  ) {
    this.options = {
      requireAllHandlers: false,
      queuesHandledElsewhere: [],
      schedules: false,
      redisDownGraceMs: 5000,
      ...options,
    };
    for (const handler of handlers) {
      if (!isJobName(handler.jobName)) throw new QueueError(QueueErrorCode.UnknownJob);
      if (this.handlers.has(handler.jobName)) {
        throw new Error(`Two handlers for job "${handler.jobName}"`);
      }
      this.handlers.set(handler.jobName, handler);
    }
  }

  onApplicationBootstrap(): void {
    // Typed jobs fail fast at start: a job type nobody processes would pile up silently in Redis.
    const elsewhere = new Set(this.options.queuesHandledElsewhere);
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name) && !elsewhere.has(JOBS[name].queue));
    if (this.options.requireAllHandlers && missing.length > 0) {
      throw new Error(`No handler for job type(s): ${missing.join(', ')}`);
    }
    const queueNames = new Set<QueueName>([...this.handlers.keys()].map((name) => JOBS[name].queue));
    for (const queueName of queueNames) this.workers.push(this.createWorker(queueName));
    if (this.options.schedules) this.schedulesReady = this.upsertSchedules();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.scheduleTimer);
    // close() stops fetching new jobs and waits for the active ones to finish.
    if (this.workers.length === 0) return;
    this.logger.info({ workers: this.workers.length }, 'queue workers draining');
    const closing = Promise.all(this.workers.map((w) => w.close()));
    closing.catch(() => undefined);
    // Active jobs get as long as they need while Redis answers. With Redis gone, close() never returns
    // (its blocking fetch waits for a reconnect) and running jobs cannot be acknowledged anyway: after a
    // grace period, drop the connections; BullMQ retries those jobs as stalled once Redis is back.
    let downSince: number | null = null;
    while (!(await settlesWithin(closing, 500))) {
      if (await this.queues.ping()) {
        downSince = null;
      } else if (downSince === null) {
        downSince = Date.now();
      } else if (Date.now() - downSince >= this.options.redisDownGraceMs) {
        this.logger.warn(
          { code: QueueErrorCode.Unavailable },
          'Redis unreachable while draining: disconnecting workers',
        );
        // Not awaited: disconnecting a socketless ioredis client never resolves, but it does cancel the
        // reconnect timers, which is all a process on its way out needs.
        for (const worker of this.workers) void worker.disconnect().catch(() => undefined);
        break;
      }
    }
    this.workers.length = 0;
    this.logger.info('queue workers closed');
  }

  private createWorker(queueName: QueueName): Worker {
    const worker = new Worker(queueName, (job: Job) => this.process(job), {
      connection: workerConnection(this.config),
      prefix: this.config.redis.prefix,
      concurrency: QUEUE_SETTINGS[queueName].concurrency,
    });
    // ioredis reports every failed reconnect; one line per minute is enough to see an outage in the logs.
    let lastErrorLog = 0;
    worker.on('error', (error) => {
      if (Date.now() - lastErrorLog < 60_000) return;
      lastErrorLog = Date.now();
      this.logger.error({ queue: queueName, err: error.name }, 'queue worker error');
    });
    worker.on('failed', (job, error) => {
      this.logger.warn(
        {
          queue: queueName,
          job: job?.name,
          jobId: job?.id,
          attemptsMade: job?.attemptsMade,
          code: error instanceof AppError ? error.code : error.name,
        },
        'job failed',
      );
    });
    worker.on('completed', (job) => {
      this.logger.info({ queue: queueName, job: job.name, jobId: job.id }, 'job completed');
    });
    return worker;
  }

  private async process(job: Job): Promise<unknown> {
    const name = job.name;
    const handler = isJobName(name) ? this.handlers.get(name) : undefined;
    // Permanent failures: retrying cannot make an unknown job or a malformed payload valid.
    if (!handler || !isJobName(name)) throw new UnrecoverableError(QueueErrorCode.UnknownJob);
    let payload: JobPayload<JobName>;
    try {
      payload = validateJob(name, job.data);
    } catch {
      throw new UnrecoverableError(QueueErrorCode.InvalidPayload);
    }
    return handler.handle(payload, { jobId: job.id ?? '', attemptsMade: job.attemptsMade, job });
  }

  private async upsertSchedules(): Promise<void> {
    for (;;) {
      try {
        for (const name of this.handlers.keys()) {
          const schedule = JOBS[name].schedule;
          if (!schedule) continue;
          // The template payload must pass the same validator as any other enqueue.
          const data = validateJob(name, {});
          // Upsert is idempotent, so every worker replica may run this at boot.
          await this.queues
            .get(JOBS[name].queue)
            .upsertJobScheduler(schedule.id, { pattern: schedule.pattern, tz: schedule.tz }, { name, data });
        }
        await this.removeStaleSchedules();
        return;
      } catch (error) {
        if (this.closing) return;
        this.logger.warn(
          { err: error instanceof Error ? error.name : 'unknown' },
          'job schedules not upserted yet, retrying',
        );
        await new Promise<void>((resolve) => {
          this.scheduleTimer = setTimeout(resolve, SCHEDULE_RETRY_MS);
        });
        if (this.closing) return;
      }
    }
  }

  /** A schedule renamed or removed in the registry would otherwise keep firing from Redis forever. */
  private async removeStaleSchedules(): Promise<void> {
    const wanted = new Set(
      JOB_NAMES.flatMap((name) => (JOBS[name].schedule ? [JOBS[name].schedule.id] : [])),
    );
    const queueNames = new Set([...this.handlers.keys()].map((name) => JOBS[name].queue));
    for (const queueName of queueNames) {
      const queue = this.queues.get(queueName);
      for (const scheduler of await queue.getJobSchedulers()) {
        if (!wanted.has(scheduler.key)) {
          await queue.removeJobScheduler(scheduler.key);
          this.logger.info({ queue: queueName, scheduler: scheduler.key }, 'removed stale job schedule');
        }
      }
    }
  }
}
