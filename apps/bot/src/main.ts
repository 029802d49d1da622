import { Logger } from '@nestjs/common';
import { loadConfig } from '@pleje/core';
import { createBotApp } from './create-bot-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createBotApp(config);
  await app.listen(config.ports.bot);
  new Logger('Bot').log(`Bot endpoint: http://localhost:${config.ports.bot}/api/messages`);
}

bootstrap().catch((error: unknown) => {
  // Startup errors (config, credentials) carry no secrets; print them and exit non-zero.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
