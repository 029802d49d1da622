import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** `node dist/libs/core/src/database/migrate.js`: runs pending migrations once (compose's migrate service, npm start). */
async function main(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    process.stdout.write(`migrate: ${ran.length} migration(s) applied\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`migrate failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
