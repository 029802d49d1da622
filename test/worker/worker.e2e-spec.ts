import { INestApplication, Injectable } from '@nestjs/common';
import { AppConfig, JobHandler, JobQueues, OutboxService, QueueName, QueueService } from '@pleje/core';
import { createTestDatabase, freePort, startRedisOn, testConfig, TestDatabase } from '@pleje/testing';
import { Job, Queue } from 'bullmq';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../apps/worker/src/create-worker-app';
import { PurgeExpiredRefreshTokensJob } from '../../apps/worker/src/maintenance/purge-expired-refresh-tokens.job';
import { WORKER_JOB_HANDLERS } from '../../apps/worker/src/worker-handlers';
import { WorkerModuleOverrides } from '../../apps/worker/src/worker.module';

// The worker app in-process against the real PostgreSQL and Redis from the jest global setup.
let database: TestDatabase;
let config: AppConfig;
let queues: JobQueues;
const apps: INestApplication[] = [];

beforeEach(async () => {
  database = await createTestDatabase();
  config = testConfig(database.url, { REDIS_PREFIX: database.name });
  queues = new JobQueues(config);
});

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close().catch(() => undefined)));
  await queues
    .get(QueueName.Maintenance)
    .obliterate({ force: true })
    .catch(() => undefined);
  await queues.close();
  await database.drop();
});

async function startWorker(overrides: WorkerModuleOverrides = {}): Promise<INestApplication> {
  const app = await createWorkerApp(config, { relay: { pollIntervalMs: 50 }, ...overrides });
  apps.push(app);
  await app.listen(0, '127.0.0.1');
  return app;
}

async function waitForState(id: string, states: string[], ms = 15_000): Promise<Job> {
  const queue = queues.get(QueueName.Maintenance);
  const deadline = Date.now() + ms;
  for (;;) {
    const job = await queue.getJob(id);
    // Re-read once the state matches: the copy loaded before the check may predate the return value.
    if (job && states.includes(await job.getState())) return (await queue.getJob(id)) ?? job;
    if (Date.now() > deadline) throw new Error(`job ${id} did not reach ${states.join('/')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function insertRefreshTokens(dataSource: DataSource): Promise<void> {
  // Expired 2 days ago (purged), expired 1 hour ago (kept for a day), still valid (kept).
  await dataSource.query(
    `INSERT INTO "refresh_token" ("user_id", "family_id", "token_hash", "expires_at")
     SELECT gen_random_uuid(), gen_random_uuid(), md5(x::text) || md5(x::text), now() + x * interval '1 hour'
       FROM unnest(ARRAY[-48, -1, 24]) AS x`,
  );
}

async function remainingTokenOffsets(dataSource: DataSource): Promise<number[]> {
  const rows: Array<{ h: number }> = await dataSource.query(
    `SELECT round(extract(epoch FROM "expires_at" - now()) / 3600)::int AS h FROM "refresh_token" ORDER BY 1`,
  );
  return rows.map((r) => r.h);
}

describe('worker app', () => {
  it('boots with health endpoints, upserts the daily schedules and removes stale ones', async () => {
    await queues
      .get(QueueName.Maintenance)
      .upsertJobScheduler(
        'renamed-long-ago',
        { pattern: '0 4 * * *' },
        { name: 'maintenance.purge-dispatched-outbox' },
      );
    const app = await startWorker();
    const server = app.getHttpServer() as Server;
    expect((await request(server).get('/health/live')).status).toBe(200);
    let ready = await request(server).get('/health/ready');
    for (let i = 0; i < 50 && ready.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      ready = await request(server).get('/health/ready');
    }
    expect(ready.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });

    const queue = queues.get(QueueName.Maintenance);
    const deadline = Date.now() + 10_000;
    while (!(await queue.getJobScheduler('purge-dispatched-outbox')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await queue.getJobScheduler('purge-expired-refresh-tokens')).toMatchObject({
      key: 'purge-expired-refresh-tokens',
      name: 'maintenance.purge-expired-refresh-tokens',
      pattern: '15 3 * * *',
      tz: 'Europe/Copenhagen',
    });
    expect(await queue.getJobScheduler('purge-dispatched-outbox')).toMatchObject({ pattern: '45 3 * * *' });
    while ((await queue.getJobScheduler('renamed-long-ago')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual([
      'faq-erase-expired-questions',
      'purge-dispatched-outbox',
      'purge-expired-refresh-tokens',
    ]);
  });

  it('processes the purge job: deletes refresh tokens expired more than a day ago, idempotently', async () => {
    const app = await startWorker();
    const dataSource = app.get(DataSource);
    await insertRefreshTokens(dataSource);
    const service = new QueueService(queues);

    await service.enqueue('maintenance.purge-expired-refresh-tokens', {}, { jobId: 'purge-1' });
    expect((await waitForState('purge-1', ['completed'])).returnvalue).toEqual({ deleted: 1 });
    expect(await remainingTokenOffsets(dataSource)).toEqual([-1, 24]);

    // At-least-once delivery: running it again changes nothing.
    await service.enqueue('maintenance.purge-expired-refresh-tokens', {}, { jobId: 'purge-2' });
    expect((await waitForState('purge-2', ['completed'])).returnvalue).toEqual({ deleted: 0 });
    expect(await remainingTokenOffsets(dataSource)).toEqual([-1, 24]);
  });

  it('relays an outbox row written in a transaction and processes the job', async () => {
    const app = await startWorker();
    const dataSource = app.get(DataSource);
    await dataSource.query(
      `INSERT INTO "outbox_job" ("job_name", "job_id", "payload", "dispatched_at")
       VALUES ('maintenance.purge-expired-refresh-tokens', 'old-row', '{}', now() - interval '8 days')`,
    );
    await dataSource.transaction((m) =>
      new OutboxService().add(m, 'maintenance.purge-dispatched-outbox', {}, 'purge-outbox-1'),
    );
    expect((await waitForState('purge-outbox-1', ['completed'])).returnvalue).toEqual({ deleted: 1 });
    // The job can finish before the relay's transaction commits the "dispatched" mark: wait for it.
    const rows = async (): Promise<Array<{ job_id: string; sent: boolean }>> =>
      dataSource.query(`SELECT "job_id", "dispatched_at" IS NOT NULL AS sent FROM "outbox_job"`);
    const deadline = Date.now() + 10_000;
    while ((await rows()).some((r) => !r.sent) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await rows()).toEqual([{ job_id: 'purge-outbox-1', sent: true }]);
  });

  it('fails a job with a malformed payload at once, keeping the reason', async () => {
    await startWorker();
    // Bypasses QueueService on purpose: stands in for a payload written by an older or buggy producer.
    const raw = new Queue(QueueName.Maintenance, {
      connection: { url: config.redis.url },
      prefix: config.redis.prefix,
    });
    try {
      await raw.add(
        'maintenance.purge-dispatched-outbox',
        { childName: 'x' },
        { jobId: 'malformed', attempts: 5 },
      );
    } finally {
      await raw.close();
    }
    const job = await waitForState('malformed', ['failed']);
    expect(job.failedReason).toBe('QUEUE.INVALID_PAYLOAD');
    expect(job.attemptsMade).toBe(1);
  });

  it('refuses to start when a registered job type has no handler', async () => {
    const app = await createWorkerApp(config, { handlers: [PurgeExpiredRefreshTokensJob] });
    apps.push(app);
    await expect(app.init()).rejects.toThrow(
      /No handler for job type\(s\): maintenance.purge-dispatched-outbox/,
    );
  });
});

// Lets the graceful-shutdown test hold a job "active" for as long as it likes.
const gate: {
  started: () => void;
  release: () => void;
  waitStarted: Promise<void>;
  released: Promise<void>;
} = newGate();

function newGate(): typeof gate {
  let started = (): void => undefined;
  let release = (): void => undefined;
  const waitStarted = new Promise<void>((resolve) => (started = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return { started, release, waitStarted, released };
}

@Injectable()
class GatedPurgeJob implements JobHandler<'maintenance.purge-expired-refresh-tokens'> {
  readonly jobName = 'maintenance.purge-expired-refresh-tokens' as const;
  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<{ deleted: number }> {
    gate.started();
    await gate.released;
    // Runs after shutdown began: the database must still be open for the job to finish.
    return new PurgeExpiredRefreshTokensJob(this.dataSource).handle();
  }
}

describe('worker shutdown', () => {
  it('drains on shutdown: the active job completes, no new job is taken, nothing is left stalled', async () => {
    // Every real handler except the one the gated job stands in for (the worker requires one per job type).
    const others = WORKER_JOB_HANDLERS.filter((h) => h !== PurgeExpiredRefreshTokensJob);
    const app = await startWorker({ handlers: [GatedPurgeJob, ...others] });
    await insertRefreshTokens(app.get(DataSource));
    const service = new QueueService(queues);
    await service.enqueue('maintenance.purge-expired-refresh-tokens', {}, { jobId: 'active-on-sigterm' });
    await gate.waitStarted;

    // app.close() is what enableShutdownHooks runs on SIGTERM.
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 300));
    await service.enqueue('maintenance.purge-dispatched-outbox', {}, { jobId: 'after-sigterm' });
    await new Promise((r) => setTimeout(r, 500));
    expect(closed).toBe(false); // Still waiting for the active job.

    gate.release();
    await closing;
    const job = await waitForState('active-on-sigterm', ['completed'], 1000);
    expect(job.returnvalue).toEqual({ deleted: 1 });
    expect(job.stalledCounter).toBe(0);
    const queue = queues.get(QueueName.Maintenance);
    expect(await queue.getJobCounts('active', 'waiting', 'completed', 'failed')).toEqual({
      active: 0,
      waiting: 1, // after-sigterm: left for the next worker, not half-run by this one.
      completed: 1,
      failed: 0,
    });
  });

  it('still shuts down, within the grace period, when Redis is gone', async () => {
    const port = await freePort();
    const redis = await startRedisOn(port);
    config = { ...config, redis: { ...config.redis, url: `redis://127.0.0.1:${port}` } };
    const app = await startWorker({ workers: { redisDownGraceMs: 1000 } });
    await new Promise((r) => setTimeout(r, 300));
    await redis.stop();
    const started = Date.now();
    await app.close();
    // Without the guard, BullMQ's close() waits for a reconnect that never comes.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
