import { DynamicModule, Module, Provider } from '@nestjs/common';
import { DatabaseHealthCheck } from './database-health.check';
import { HealthCheck } from './health-check';
import { HEALTH_CHECKS } from './health.constants';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { RedisHealthCheck } from './redis-health.check';

export interface HealthModuleOptions {
  /** SELECT 1 on the TypeORM DataSource; the app must import the database module. */
  database?: boolean;
  /** PING on a Redis connection made from config.redis.url; needs ConfigModule. */
  redis?: boolean;
}

/**
 * GET /health/live and GET /health/ready. Each app registers the checks it depends on:
 * `HealthModule.forRoot({ database: true, redis: true })`.
 */
@Module({})
export class HealthModule {
  static forRoot(options: HealthModuleOptions = {}): DynamicModule {
    const checkTypes = [
      ...(options.database ? [DatabaseHealthCheck] : []),
      ...(options.redis ? [RedisHealthCheck] : []),
    ];
    const checksProvider: Provider = {
      provide: HEALTH_CHECKS,
      useFactory: (...checks: HealthCheck[]): HealthCheck[] => checks,
      inject: checkTypes,
    };
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [...checkTypes, checksProvider, HealthService],
      exports: [HealthService],
    };
  }
}
