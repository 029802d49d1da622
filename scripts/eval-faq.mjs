// `npm run eval:faq`: answer quality and latency of the FAQ search on a fresh embedded PostgreSQL.
// Starts a throwaway PostgreSQL, runs the migrations, then libs/faq/src/eval/run-eval.ts (through tsx)
// against it; EVAL_FAQ_ENTRIES (1000) sets the knowledge-base size for the latency part. Stops everything.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { ROOT, startPostgres } from './infra.mjs';

const dataDir = resolve(ROOT, '.data/eval-faq');
rmSync(dataDir, { recursive: true, force: true });
const pg = await startPostgres({ dataDir, persistent: false });
let status = 1;
try {
  await pg.createDatabase('faq_eval');
  const env = { ...process.env, DATABASE_URL: pg.url('faq_eval') };
  const migrate = spawnSync(process.execPath, [resolve(ROOT, 'scripts/typeorm.mjs'), 'migration:run'], {
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stderr}`);
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'libs/faq/src/eval/run-eval.ts')],
    { env, stdio: 'inherit', cwd: ROOT },
  );
  status = run.status ?? 1;
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
