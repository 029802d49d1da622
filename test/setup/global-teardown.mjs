import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const infra = globalThis.__plejeInfra;
  if (!infra) return;
  const t0 = Date.now();
  await Promise.all([infra.pg.stop(), infra.redis.stop()]);
  process.stdout.write(`[test infra] stopped in ${Date.now() - t0} ms\n`);
  rmSync(infra.dataDir, { recursive: true, force: true });
}
