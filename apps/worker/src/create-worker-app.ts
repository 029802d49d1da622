import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, JsonLogger, LOGGER } from '@pleje/core';
import type { Logger } from 'pino';
import { WorkerModule, WorkerModuleOverrides } from './worker.module';

/** Builds the worker (BullMQ workers, outbox relay, health endpoints) without listening: main and tests share it. */
export async function createWorkerApp(
  config: AppConfig,
  overrides: WorkerModuleOverrides = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule.forRoot(config, overrides), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(new JsonLogger(app.get<Logger>(LOGGER)));
  // SIGTERM/SIGINT -> app.close(): the relay stops, workers finish their active jobs, then connections close.
  app.enableShutdownHooks();
  return app;
}
