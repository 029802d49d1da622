import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@pleje/core';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createBotApp } from '../../apps/bot/src/create-bot-app';
import type { BotAppOptions } from '../../apps/bot/src/bot-app.module';
import { FakeBotConnector } from './fake-bot-connector';
import { startApiForTest, type TestApi } from './test-api';

/** The bot protocol suites' world: the real api, the bot app on a free port, and a fake Bot Connector. */
export interface BotHarness {
  api: TestApi;
  botApp: INestApplication;
  botUrl: string;
  connector: FakeBotConnector;
  ds: DataSource;
  /** Stops the bot app, the api and the connector, in that order. */
  close(): Promise<void>;
}

export async function startBotHarness(
  options: {
    /** The bot's settings from the api's (e.g. a default municipality or a lower rate limit). */
    configure?: (config: AppConfig) => AppConfig;
    /** Runs once the api is up, before the bot app starts (e.g. seeding the knowledge base). */
    prepare?: (api: TestApi) => Promise<unknown>;
    /** The bot app relays the outbox itself (in production the worker app does). */
    relay?: BotAppOptions['relay'];
  } = {},
): Promise<BotHarness> {
  const connector = new FakeBotConnector();
  await connector.start();
  let api: TestApi | undefined;
  let botApp: INestApplication | undefined;
  const close = async () => {
    await botApp?.close();
    await api?.close();
    await connector.stop();
  };
  try {
    api = await startApiForTest();
    await options.prepare?.(api);
    const config = options.configure ? options.configure(api.config) : api.config;
    botApp = await createBotApp(config, { logger: ['error'], relay: options.relay });
    await botApp.listen(0, '127.0.0.1');
  } catch (err) {
    // A failed start stops what did start, as the suites' afterAll would have.
    await close();
    throw err;
  }
  const botUrl = `http://127.0.0.1:${((botApp.getHttpServer() as Server).address() as AddressInfo).port}`;
  return { api, botApp, botUrl, connector, ds: botApp.get(DataSource), close };
}
