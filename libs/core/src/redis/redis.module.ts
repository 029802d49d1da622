import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const REDIS = Symbol('REDIS');
export const InjectRedis = (): ParameterDecorator => Inject(REDIS);

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** A shared ioredis client for request-time use (rate limits); BullMQ makes its own connections. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const redis = new Redis(config.redis.url, {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          lazyConnect: false,
        });
        // Without a listener ioredis prints "Unhandled error event" on every failed reconnect; readiness
        // reports Redis outages, and callers (the login limiter) decide what an outage means for them.
        const logger = new Logger('Redis');
        let lastLogged = 0;
        redis.on('error', (err: NodeJS.ErrnoException) => {
          if (Date.now() - lastLogged < 30_000) return;
          lastLogged = Date.now();
          logger.warn(`redis connection error: ${err.code ?? err.name}`);
        });
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
