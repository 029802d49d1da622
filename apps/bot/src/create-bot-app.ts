import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@pleje/core';
import { BotAppModule } from './bot-app.module';
import { resolveBotCredentials } from './bot-credentials';

/** Builds the bot app without listening, so tests can start it on any port. */
export async function createBotApp(
  config: AppConfig,
  options: Pick<NestApplicationOptions, 'logger'> = {},
): Promise<INestApplication> {
  // Checked before Nest starts, so a production bot without credentials never opens a port.
  resolveBotCredentials(config);
  const app = await NestFactory.create(BotAppModule.forRoot(config), { ...options, abortOnError: false });
  app.enableShutdownHooks();
  return app;
}
