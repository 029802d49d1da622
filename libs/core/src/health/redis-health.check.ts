import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { HealthCheck, HealthCheckError, HealthCheckErrorCode } from './health-check';

/** PINGs Redis over a connection of its own, so a busy queue connection cannot mask an outage. */
@Injectable()
export class RedisHealthCheck implements HealthCheck, OnModuleDestroy {
  readonly name = 'redis';
  private readonly logger = new Logger(RedisHealthCheck.name);
  private readonly redis: Redis;
  private reportedDown = false;

  constructor(@InjectConfig() config: AppConfig) {
    this.redis = new Redis(config.redis.url, {
      connectionName: 'plejeportalen-health',
      // Fail a PING at once while disconnected instead of queueing it until Redis returns.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      // Bounds shutdown while Redis is down: ioredis waits this long for a socket that already closed.
      disconnectTimeout: 300,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Without a listener ioredis prints every reconnect error; log only the transition, and no URL.
    this.redis.on('error', () => {
      if (!this.reportedDown) {
        this.reportedDown = true;
        this.logger.warn('Redis health connection is down');
      }
    });
    this.redis.on('ready', () => {
      this.reportedDown = false;
    });
  }

  async check(): Promise<void> {
    if (this.redis.status !== 'ready') throw new HealthCheckError(HealthCheckErrorCode.Unavailable);
    const reply = await this.redis.ping();
    if (reply !== 'PONG') throw new HealthCheckError(HealthCheckErrorCode.Unavailable);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis.status === 'ready') {
      await this.redis.quit().catch(() => this.redis.disconnect());
    } else {
      this.redis.disconnect();
    }
  }
}
