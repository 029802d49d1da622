import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { RedisModule } from './redis/redis.module';

/** Config, logging, the DataSource and Redis: what every app needs before its own modules. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, app = 'api'): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(app), DatabaseModule, RedisModule],
    };
  }
}
