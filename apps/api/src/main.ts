import 'reflect-metadata';
import { ConfigError, loadConfig } from '@pleje/core';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.ports.api, '0.0.0.0');
}

main().catch((err: unknown) => {
  // Bad config stops the start with the list of problems; anything else is logged without data.
  process.stderr.write(
    err instanceof ConfigError ? `${err.message}\n` : `api failed to start: ${String(err)}\n`,
  );
  process.exit(1);
});
