import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  createValidationPipe,
  HttpErrorFilter,
  JsonLogger,
  LOGGER,
  requestLogging,
} from '@pleje/core';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { ApiModule } from './api.module';

const API_PREFIXES = ['/graphql', '/health', '/auth', '/api'];

/** Builds the api (GraphQL, auth routes, health, and the built portal) without listening: main and tests share it. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
  });
  const logger = app.get<Logger>(LOGGER);
  app.useLogger(new JsonLogger(logger));
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(
    helmet({
      // GraphiQL (development only) loads from a CDN; production serves only our own assets.
      contentSecurityPolicy: config.isProduction
        ? {
            directives: {
              'default-src': ["'self'"],
              'img-src': ["'self'", 'data:'],
              'style-src': ["'self'"],
            },
          }
        : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(logger));
  app.enableShutdownHooks();
  servePortal(app, config);
  return app;
}

/** The portal is a static single-page app on the same origin as the api, so cookies need no CORS. */
function servePortal(app: NestExpressApplication, config: AppConfig): void {
  const dist = resolve(config.portalDist);
  const index = resolve(dist, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(dist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function noCacheForHtml(res: Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
