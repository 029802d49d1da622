import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@pleje/core';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (test/setup/global-setup.mjs)`);
  return value;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: required('TEST_PG_ADMIN_URL') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database cloned from the template the global setup prepared. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const template = required('TEST_PG_TEMPLATE');
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = required('TEST_PG_ADMIN_URL').replace(/\/postgres$/, `/${name}`);
  return {
    url,
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export function testRedisUrl(): string {
  return required('TEST_REDIS_URL');
}

function dbNameOf(databaseUrl: string): string {
  return new URL(databaseUrl).pathname.replace(/^\//, '') || 'db';
}

/** A validated config for a test: the real loader with test defaults and the given overrides. */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: testRedisUrl(),
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOGIN_MAX_ATTEMPTS: '50',
    // Tests register many applicants from 127.0.0.1; the registration limit has its own test.
    REGISTRATIONS_PER_IP_PER_HOUR: '100000',
    // Files and dev mail of a test stay in the OS temp folder, one folder per test database.
    STORAGE_DIR: join(tmpdir(), 'plejeportalen-test', dbNameOf(databaseUrl), 'uploads'),
    MAIL_DIR: join(tmpdir(), 'plejeportalen-test', dbNameOf(databaseUrl), 'mail'),
    ...overrides,
  });
}
