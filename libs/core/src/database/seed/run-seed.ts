import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig, loadSeedOptions } from '../../config/app-config';
import { dataSourceOptions } from '../data-source-options';
// Relative, like the entity list: the @pleje/recruitment barrel imports @pleje/core (a cycle).
import { seedFaq } from '../../../../faq/src/seed/faq-seed';
import { seedLearningDemo } from '../../../../learning/src/seed/learning-demo';
import { seedMatchingDemo } from '../../../../matching/src/seed/matching-demo';
import { seedPeerGroupsDemo } from '../../../../peer-groups/src/seed/peer-groups-demo';
import { seedRecruitmentDemo } from '../../../../recruitment/src/seed/recruitment-demo';
import { seedDemoData } from './demo-seed';

/** `node dist/libs/core/src/database/seed/run-seed.js`: loads the Danish demo data set (SEED=none skips). */
async function main(): Promise<void> {
  const options = loadSeedOptions();
  if (options.seed === 'none') return;
  const dataSource = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    const added =
      (await seedDemoData(dataSource, { scale: options.scale })) +
      (await seedRecruitmentDemo(dataSource)) +
      (await seedMatchingDemo(dataSource)) +
      // Both need the demo foster families (recruitment) and use matching's data when it is there.
      (await seedLearningDemo(dataSource)) +
      (await seedPeerGroupsDemo(dataSource)) +
      // The knowledge base the bot and /spoergsmaal answer from, in every municipality.
      (await seedFaq(dataSource));
    process.stdout.write(`seed: ${added} rows added\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
