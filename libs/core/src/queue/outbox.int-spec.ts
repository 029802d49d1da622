import { createTestDatabase, freePort, startRedisOn, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { createLogger } from '../logging/logger';
import { JobQueues } from './job-queues';
import { jobId } from './job-validation';
import { OutboxRelay, OutboxRelayOptions } from './outbox-relay';
import { OutboxService } from './outbox.service';
import { QUEUE_NAMES, QueueName } from './queue-names';
import { QueueError, QueueErrorCode } from './queue.error';
import { QueueService } from './queue.service';

// Real PostgreSQL and Redis (jest global setup); no mocks. Each test has its own database and key prefix.
const logger = createLogger('silent', 'test');
const outbox = new OutboxService();
const NAME = 'maintenance.purge-dispatched-outbox';
const RELAY: Partial<OutboxRelayOptions> = {
  autoStart: false,
  batchSize: 5,
  retryBaseMs: 10,
  redisTimeoutMs: 500,
};

let database: TestDatabase;
let config: AppConfig;
const cleanup: Array<() => Promise<unknown>> = [];

beforeEach(async () => {
  database = await createTestDatabase();
  config = testConfig(database.url, { REDIS_PREFIX: database.name });
});

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
  await database.drop();
});

async function openDataSource(): Promise<DataSource> {
  const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  cleanup.push(() => dataSource.destroy());
  return dataSource;
}

function openQueues(redisUrl = config.redis.url): JobQueues {
  const queues = new JobQueues({ ...config, redis: { ...config.redis, url: redisUrl } });
  cleanup.push(() => queues.close());
  return queues;
}

async function pendingRows(dataSource: DataSource): Promise<Array<{ job_id: string; attempts: number }>> {
  return dataSource.query(
    `SELECT "job_id", "attempts" FROM "outbox_job" WHERE "dispatched_at" IS NULL ORDER BY "id"`,
  );
}

describe('OutboxService.add', () => {
  it('refuses to write outside a transaction', async () => {
    const dataSource = await openDataSource();
    const error = await outbox.add(dataSource.manager, NAME, {}, 'no-tx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueError);
    expect((error as QueueError).code).toBe(QueueErrorCode.OutboxNeedsTransaction);
  });

  it('validates the payload and job id like enqueue, writing nothing on failure', async () => {
    const dataSource = await openDataSource();
    const bad = { name: 'Mette' } as unknown as Record<string, never>;
    const codes = await Promise.all([
      dataSource.transaction((m) => outbox.add(m, NAME, bad, 'bad-payload')).catch((e: QueueError) => e.code),
      dataSource.transaction((m) => outbox.add(m, NAME, {}, 'a:b')).catch((e: QueueError) => e.code),
    ]);
    expect(codes).toEqual([QueueErrorCode.InvalidPayload, QueueErrorCode.InvalidJobId]);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM "outbox_job"`)).toEqual([{ n: 0 }]);
  });

  it('keeps one pending row per job id', async () => {
    const dataSource = await openDataSource();
    await dataSource.transaction(async (m) => {
      await outbox.add(m, NAME, {}, 'same-id');
      await outbox.add(m, NAME, {}, 'same-id');
    });
    await dataSource.transaction((m) => outbox.add(m, NAME, {}, 'same-id'));
    expect(await pendingRows(dataSource)).toEqual([{ job_id: 'same-id', attempts: 0 }]);
  });
});

describe('OutboxRelay against real PostgreSQL and Redis', () => {
  it('never dispatches a row written in a rolled-back transaction', async () => {
    const dataSource = await openDataSource();
    const queues = openQueues();
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.add(m, NAME, {}, 'rolled-back');
        throw new Error('business rule failed after the outbox write');
      }),
    ).rejects.toThrow('business rule failed');
    const relay = new OutboxRelay(dataSource, queues, logger, RELAY);
    expect(await relay.dispatchOnce()).toEqual({ dispatched: 0, retried: 0, redisAvailable: true });
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM "outbox_job"`)).toEqual([{ n: 0 }]);
    expect(await queues.get(QueueName.Maintenance).getJob('rolled-back')).toBeUndefined();
  });

  it('moves a committed row to BullMQ once and marks it dispatched; delay is kept', async () => {
    const dataSource = await openDataSource();
    const queues = openQueues();
    await dataSource.transaction(async (m) => {
      await outbox.add(m, NAME, {}, 'now-job');
      await outbox.add(m, NAME, {}, 'later-job', { delay: 60_000 });
    });
    const relay = new OutboxRelay(dataSource, queues, logger, RELAY);
    expect(await relay.dispatchOnce()).toEqual({ dispatched: 2, retried: 0, redisAvailable: true });
    expect(await relay.dispatchOnce()).toEqual({ dispatched: 0, retried: 0, redisAvailable: true });
    const queue = queues.get(QueueName.Maintenance);
    expect(await queue.getJobCounts('waiting', 'delayed')).toEqual({ waiting: 1, delayed: 1 });
    expect((await queue.getJob('later-job'))?.opts.delay).toBeGreaterThan(55_000);
    expect(await pendingRows(dataSource)).toEqual([]);
  });

  it('is harmless when the job is already in BullMQ (crash between the Redis add and the commit)', async () => {
    const dataSource = await openDataSource();
    const queues = openQueues();
    const id = jobId('purge-outbox', 'crash-window');
    await new QueueService(queues).enqueue(NAME, {}, { jobId: id });
    await dataSource.transaction((m) => outbox.add(m, NAME, {}, id));
    const relay = new OutboxRelay(dataSource, queues, logger, RELAY);
    expect(await relay.dispatchOnce()).toMatchObject({ dispatched: 1 });
    expect(await queues.get(QueueName.Maintenance).getJobCountByTypes('waiting', 'delayed')).toBe(1);
  });

  it('keeps rows while Redis is down and dispatches each exactly once when it is back, with two relays racing', async () => {
    const port = await freePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    const dataSource = await openDataSource();
    const rows = 23;
    await dataSource.transaction(async (m) => {
      for (let i = 0; i < rows; i += 1) await outbox.add(m, NAME, {}, jobId('race', i));
    });

    // Redis unreachable: nothing leaves the outbox, and no row stays locked.
    const relayA = new OutboxRelay(dataSource, openQueues(redisUrl), logger, RELAY);
    expect(await relayA.dispatchOnce()).toEqual({ dispatched: 0, retried: 0, redisAvailable: false });
    expect(await pendingRows(dataSource)).toHaveLength(rows);

    // Redis comes back on the same address; a second replica (own pool, own Redis connections) joins.
    const redis = await startRedisOn(port);
    cleanup.push(() => redis.stop());
    const dataSourceB = await openDataSource();
    const relayB = new OutboxRelay(dataSourceB, openQueues(redisUrl), logger, RELAY);
    const drain = async (relay: OutboxRelay): Promise<number> => {
      let total = 0;
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const result = await relay.dispatchOnce();
        total += result.dispatched;
        if (result.redisAvailable && result.dispatched === 0 && result.retried === 0) {
          if ((await pendingRows(dataSource)).length === 0) return total;
        }
        await new Promise((r) => setTimeout(r, result.redisAvailable ? 0 : 100));
      }
      throw new Error('relay did not drain the outbox in time');
    };
    const [byA, byB] = await Promise.all([drain(relayA), drain(relayB)]);

    // SKIP LOCKED: every row was claimed by exactly one relay, and Redis holds one job per row.
    expect(byA + byB).toBe(rows);
    const queue = openQueues(redisUrl).get(QueueName.Maintenance);
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs).toHaveLength(rows);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(rows);
    expect(await pendingRows(dataSource)).toEqual([]);
  });

  it('pushes a row back with backoff and a code when Redis refuses it after the batch was claimed', async () => {
    const port = await freePort();
    const redis = await startRedisOn(port);
    cleanup.push(() => redis.stop());
    const dataSource = await openDataSource();
    const queues = openQueues(`redis://127.0.0.1:${port}`);
    const relay = new OutboxRelay(dataSource, queues, logger, { ...RELAY, retryBaseMs: 60_000 });
    // Every queue connected before Redis goes away: the relay's up-front check must pass, the add must not.
    await Promise.all(QUEUE_NAMES.map((name) => queues.get(name).waitUntilReady()));
    await redis.stop();
    await dataSource.transaction((m) => outbox.add(m, NAME, {}, 'refused'));

    expect(await relay.dispatchOnce()).toEqual({ dispatched: 0, retried: 1, redisAvailable: true });
    const [row] = await dataSource.query(
      `SELECT "attempts", "last_error", "available_at" > now() + interval '50 seconds' AS "backed_off"
         FROM "outbox_job" WHERE "job_id" = 'refused'`,
    );
    expect(row).toEqual({ attempts: 1, last_error: QueueErrorCode.Unavailable, backed_off: true });
  });

  it('runs as a loop that stops cleanly', async () => {
    const dataSource = await openDataSource();
    const queues = openQueues();
    const relay = new OutboxRelay(dataSource, queues, logger, { ...RELAY, pollIntervalMs: 20 });
    relay.start();
    await dataSource.transaction((m) => outbox.add(m, NAME, {}, 'looped'));
    const deadline = Date.now() + 10_000;
    while ((await pendingRows(dataSource)).length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await relay.stop();
    expect(await pendingRows(dataSource)).toEqual([]);
    expect(await queues.get(QueueName.Maintenance).getJob('looped')).toBeDefined();
  });
});
