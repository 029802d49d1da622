// Starts a real embedded PostgreSQL and a real redis-server for the whole jest run, and migrates a
// template database that each test file clones (CREATE DATABASE ... TEMPLATE) in milliseconds.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { ROOT, startPostgres, startRedis } from '../../scripts/infra.mjs';

export default async function globalSetup() {
  const t0 = Date.now();
  const dataDir = resolve(ROOT, '.data/test', `pg-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const [pg, redis] = await Promise.all([startPostgres({ dataDir, persistent: false }), startRedis()]);
  globalThis.__plejeInfra = { pg, redis, dataDir };
  await pg.createDatabase('pleje_template');
  const migrate = spawnSync(process.execPath, [resolve(ROOT, 'scripts/typeorm.mjs'), 'migration:run'], {
    env: { ...process.env, DATABASE_URL: pg.url('pleje_template') },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    await Promise.all([pg.stop(), redis.stop()]);
    throw new Error(`Migrations failed on the test template:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  process.env.TEST_PG_ADMIN_URL = pg.url('postgres');
  process.env.TEST_PG_TEMPLATE = 'pleje_template';
  process.env.TEST_REDIS_URL = redis.url;
  process.stdout.write(
    `\n[test infra] PostgreSQL :${pg.port} and Redis :${redis.port} ready in ${Date.now() - t0} ms\n`,
  );
}
