// TypeORM CLI with the project's DataSource. Uses DATABASE_URL, or the embedded PostgreSQL in .data/pg.
// Usage: npm run migration:generate -- <Name> | npm run migration:run | npm run migration:revert
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import process from 'node:process';
import { ROOT, startPostgres } from './infra.mjs';

const [command, name] = process.argv.slice(2);
if (!['migration:generate', 'migration:run', 'migration:revert', 'migration:show'].includes(command ?? '')) {
  console.error(
    'Usage: node scripts/typeorm.mjs migration:generate <Name> | migration:run | migration:revert | migration:show',
  );
  process.exit(2);
}
if (command === 'migration:generate' && !name) {
  console.error('Give the migration a name: npm run migration:generate -- AddReliefBookings');
  process.exit(2);
}

let pg = null;
const env = { ...process.env };
if (!env.DATABASE_URL) {
  pg = await startPostgres({ dataDir: resolve(ROOT, '.data/pg') });
  await pg.createDatabase('plejeportalen');
  env.DATABASE_URL = pg.url('plejeportalen');
}
const args = [
  resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
  resolve(ROOT, 'node_modules/typeorm/cli.js'),
  command,
  '-d',
  resolve(ROOT, 'libs/core/src/database/cli-data-source.ts'),
];
if (command === 'migration:generate') args.push('--pretty', resolve(ROOT, 'migrations', name));
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env, cwd: ROOT });
if (pg) await pg.stop();
process.exit(result.status ?? 1);
