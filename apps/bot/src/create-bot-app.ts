import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, JsonLogger, LOGGER } from '@pleje/core';
import type { Logger } from 'pino';
import { BotAppModule, BotAppOptions } from './bot-app.module';
import { resolveBotCredentials } from './bot-credentials';

/** Builds the bot app without listening, so tests can start it on any port. */
export async function createBotApp(
  config: AppConfig,
  options: Pick<NestApplicationOptions, 'logger'> & BotAppOptions = {},
): Promise<INestApplication> {
  // Checked before Nest starts, so a production bot without credentials never opens a port.
  resolveBotCredentials(config);
  const app = await NestFactory.create(
    BotAppModule.forRoot(config, { relay: options.relay, channelAuth: options.channelAuth }),
    {
      ...(options.logger !== undefined ? { logger: options.logger } : {}),
      abortOnError: false,
      bufferLogs: !options.logger,
    },
  );
  if (!options.logger) app.useLogger(new JsonLogger(app.get<Logger>(LOGGER)));
  app.enableShutdownHooks();
  return app;
}
