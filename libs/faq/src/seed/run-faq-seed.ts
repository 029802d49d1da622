// Seeds the FAQ knowledge base into any migrated database, independent of `npm start`:
//   DATABASE_URL=postgres://… npx tsx libs/faq/src/seed/run-faq-seed.ts   (or node dist/libs/faq/src/seed/run-faq-seed.js)
// Idempotent: entries are keyed per municipality; missing ones are added, seeded ones no person has touched follow
// the seed's current text, and anything a consultant edited, archived or saved is left alone.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
// Relative, like core's own seed command: the @pleje/core barrel would pull in the whole app.
import { loadDatabaseConfig } from '../../../core/src/config/app-config';
import { dataSourceOptions } from '../../../core/src/database/data-source-options';
import { seedFaq } from './faq-seed';

async function main() {
  const ds = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    process.stdout.write(`faq seed: ${await seedFaq(ds)} rows added or updated\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`faq seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
