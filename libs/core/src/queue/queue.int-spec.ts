import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createTestDatabase, freePort, testConfig, TestDatabase } from '@pleje/testing';
import { JobQueues } from './job-queues';
import { QueueName } from './queue-names';
import { QueueError, QueueErrorCode } from './queue.error';
import { QueueService } from './queue.service';

// Real Redis from the jest global setup; each test gets its own key prefix.
let database: TestDatabase;
let baseConfig: AppConfig;
let config: AppConfig;
let queues: JobQueues;
let service: QueueService;
let testNo = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  baseConfig = testConfig(database.url);
});

afterAll(async () => {
  await database?.drop();
});

beforeEach(() => {
  testNo += 1;
  config = { ...baseConfig, redis: { ...baseConfig.redis, prefix: `${database.name}_${testNo}` } };
  queues = new JobQueues(config);
  service = new QueueService(queues);
});

afterEach(async () => {
  await queues
    .get(QueueName.Maintenance)
    .obliterate({ force: true })
    .catch(() => undefined);
  await queues.close();
});

async function rejection(promise: Promise<unknown>): Promise<QueueError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof QueueError)) throw new Error(`expected a QueueError, got ${String(error)}`);
  return error;
}

describe('QueueService.enqueue against real Redis', () => {
  it('is idempotent: the same jobId twice gives one job', async () => {
    const name = 'maintenance.purge-expired-refresh-tokens';
    await service.enqueue(name, {}, { jobId: 'purge-tokens-2026-11-25' });
    await service.enqueue(name, {}, { jobId: 'purge-tokens-2026-11-25' });
    const queue = queues.get(QueueName.Maintenance);
    const counts = await queue.getJobCounts('waiting', 'delayed', 'active');
    expect(counts).toEqual({ waiting: 1, delayed: 0, active: 0 });
    const job = await queue.getJob('purge-tokens-2026-11-25');
    expect(job?.name).toBe(name);
    expect(job?.data).toEqual({});
    // Queue defaults travel with the job: retries with exponential backoff, failures kept.
    expect(job?.opts.attempts).toBe(5);
    expect(job?.opts.backoff).toEqual({ type: 'exponential', delay: 30_000 });
  });

  it('keeps the key prefix from config, so tests and deployments do not share keys', async () => {
    await service.enqueue('maintenance.purge-dispatched-outbox', {}, { jobId: 'prefixed' });
    const redis = new Redis(config.redis.url);
    try {
      expect(await redis.exists(`${config.redis.prefix}:maintenance:prefixed`)).toBe(1);
      expect(await redis.exists(`bull:maintenance:prefixed`)).toBe(0);
    } finally {
      await redis.quit();
    }
  });

  it('honours delay', async () => {
    await service.enqueue('maintenance.purge-dispatched-outbox', {}, { jobId: 'later', delay: 60_000 });
    expect(await queues.get(QueueName.Maintenance).getJobCounts('waiting', 'delayed')).toEqual({
      waiting: 0,
      delayed: 1,
    });
  });

  it('rejects a bad payload with a typed error and enqueues nothing', async () => {
    const bad = { familyName: 'Jensen' } as unknown as Record<string, never>;
    const error = await rejection(
      service.enqueue('maintenance.purge-expired-refresh-tokens', bad, { jobId: 'bad-payload' }),
    );
    expect(error.code).toBe(QueueErrorCode.InvalidPayload);
    expect(error.fields).toEqual({ familyName: 'Feltet er ikke tilladt.' });
    expect(JSON.stringify(error)).not.toContain('Jensen');
    expect(await queues.get(QueueName.Maintenance).getJobCountByTypes('waiting', 'delayed')).toBe(0);
  });

  it('rejects an unknown job name and unsafe job ids, enqueueing nothing', async () => {
    const unknownName = 'maintenance.unknown' as 'maintenance.purge-dispatched-outbox';
    expect((await rejection(service.enqueue(unknownName, {}, { jobId: 'x1' }))).code).toBe(
      QueueErrorCode.UnknownJob,
    );
    for (const jobId of ['booking:1', '42']) {
      const error = await rejection(service.enqueue('maintenance.purge-dispatched-outbox', {}, { jobId }));
      expect(error.code).toBe(QueueErrorCode.InvalidJobId);
    }
    expect(await queues.get(QueueName.Maintenance).getJobCountByTypes('waiting', 'delayed')).toBe(0);
  });

  it('reports QUEUE.UNAVAILABLE, without the Redis URL, when Redis is unreachable', async () => {
    const port = await freePort();
    const down = new JobQueues({
      ...config,
      redis: { ...config.redis, url: `redis://:secret@127.0.0.1:${port}` },
    });
    try {
      const started = Date.now();
      const error = await rejection(
        new QueueService(down).enqueue('maintenance.purge-dispatched-outbox', {}, { jobId: 'no-redis' }),
      );
      expect(error.code).toBe(QueueErrorCode.Unavailable);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(`${error.message} ${JSON.stringify(error)}`).not.toMatch(new RegExp(`secret|${port}`));
    } finally {
      await down.close();
    }
  });
});
