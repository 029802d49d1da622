import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, freePort, TestDatabase, testConfig } from '@pleje/testing';
import { AppConfig, ConfigModule } from '../config';
import { HealthModule, HealthModuleOptions } from './health.module';

// Real PostgreSQL and Redis, started by the jest global setup.
let database: TestDatabase;
let config: AppConfig;

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig(database.url);
});

afterAll(async () => {
  await database?.drop();
});

async function startApp(
  options: HealthModuleOptions,
  appConfig: AppConfig = config,
): Promise<INestApplication> {
  @Module({
    imports: [
      ConfigModule.forRoot(appConfig),
      ...(options.database ? [TypeOrmModule.forRoot({ type: 'postgres', url: appConfig.database.url })] : []),
      HealthModule.forRoot(options),
    ],
  })
  class TestAppModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestAppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

/** The Redis health connection connects in the background; poll briefly like a real probe would. */
async function readyWithin(app: INestApplication, ms = 5000): Promise<request.Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await request(app.getHttpServer() as Server).get('/health/ready');
    if (res.status === 200 || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('HealthModule against real PostgreSQL and Redis', () => {
  const apps: INestApplication[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  it('GET /health/live answers ok without consulting dependencies', async () => {
    const app = await startApp(
      { redis: true },
      { ...config, redis: { ...config.redis, url: `redis://127.0.0.1:${await freePort()}` } },
    );
    apps.push(app);
    const res = await request(app.getHttpServer() as Server).get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready is 200 when the database and Redis answer', async () => {
    const app = await startApp({ database: true, redis: true });
    apps.push(app);
    const res = await readyWithin(app);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('GET /health/ready is 503 naming Redis when Redis is down, without the URL', async () => {
    const port = await freePort(); // nothing listens there yet: a Redis that is down
    const app = await startApp(
      { database: true, redis: true },
      { ...config, redis: { ...config.redis, url: `redis://:pw@127.0.0.1:${port}` } },
    );
    apps.push(app);
    const res = await request(app.getHttpServer() as Server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      status: 'error',
      checks: { database: { status: 'up' }, redis: { status: 'down', code: 'HEALTH.UNAVAILABLE' } },
    });
    expect(res.text).not.toContain(String(port));
  });

  it('GET /health/ready is 503 naming the database when its connection is gone', async () => {
    const app = await startApp({ database: true });
    apps.push(app);
    await app.get(DataSource).destroy();
    const res = await request(app.getHttpServer() as Server).get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      status: 'error',
      checks: { database: { status: 'down', code: 'HEALTH.NOT_INITIALIZED' } },
    });
  });

  it('refuses to start when a database check is asked for but the app has no DataSource', async () => {
    @Module({ imports: [ConfigModule.forRoot(config), HealthModule.forRoot({ database: true })] })
    class NoDatabaseModule {}
    const moduleRef = await Test.createTestingModule({ imports: [NoDatabaseModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    apps.push(app);
    await expect(app.init()).rejects.toThrow(/needs a TypeORM DataSource/);
  });
});
