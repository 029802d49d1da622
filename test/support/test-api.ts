import { INestApplication } from '@nestjs/common';
import { AppConfig, seedDemoData } from '@pleje/core';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { createTestDatabase, testConfig } from '@pleje/testing';

export interface TestApi {
  url: string;
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real api (serving dist/portal when built) on a free port, with a fresh database holding the demo data. */
export async function startApiForTest(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, { REDIS_PREFIX: db.name, ...options.env });
  const app = await createApiApp(config);
  // A free port unless the test passes API_PORT (e.g. an OIDC provider needs the redirect URI in advance).
  await app.listen(options.env?.API_PORT ? config.ports.api : 0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  if (options.seed !== false) await seedDemoData(dataSource);
  const address = app.getHttpServer().address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    config,
    dataSource,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
