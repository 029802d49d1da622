import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  const infra = globalThis.__plejeInfra;
  if (!infra) return;
  await Promise.all([infra.pg.stop(), infra.redis.stop()]);
  rmSync(infra.dataDir, { recursive: true, force: true });
}
