// Seeds the FAQ knowledge base into any migrated database, independent of `npm start`:
//   DATABASE_URL=postgres://… npx tsx libs/faq/src/seed/run-faq-seed.ts   (or node dist/libs/faq/src/seed/run-faq-seed.js)
// Idempotent: entries are keyed per municipality, existing ones (and consultants' edits) are left alone.
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../../core/src/database/entities';
import { seedFaq } from './faq-seed';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL');
  const ds = await new DataSource({ type: 'postgres', url, entities: ENTITIES }).initialize();
  try {
    process.stdout.write(`faq seed: ${await seedFaq(ds)} rows added\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`faq seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
