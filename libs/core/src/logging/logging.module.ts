import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createLogger } from './logger';

export const LOGGER = Symbol('LOGGER');

@Global()
@Module({})
export class LoggingModule {
  /** `app` names the process in every log line (api, worker, bot). */
  static forRoot(app: string): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        {
          provide: LOGGER,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => createLogger(config.logLevel, app),
        },
      ],
      exports: [LOGGER],
    };
  }
}
