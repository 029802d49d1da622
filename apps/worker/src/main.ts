import 'reflect-metadata';
import { ConfigError, loadConfig } from '@pleje/core';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createWorkerApp(config);
  // HTTP only for /health/live and /health/ready (orchestrator probes).
  await app.listen(config.ports.worker, '0.0.0.0');
}

main().catch((err: unknown) => {
  // Bad config stops the start with the list of problems; anything else is reported without data.
  process.stderr.write(
    err instanceof ConfigError
      ? `${err.message}\n`
      : `worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
