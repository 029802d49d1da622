import type { ConnectionOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';
import { AppConfig } from '../config/app-config';

// Reconnect quickly at first, then every 5 s: Redis restarts in production take seconds, not minutes.
const retryStrategy = (attempt: number): number => Math.min(attempt * 250, 5000);

/** Producers (api, relay): fail fast while Redis is down instead of buffering commands in memory. */
export function producerRedisOptions(): RedisOptions {
  return {
    connectionName: 'plejeportalen-producer',
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
    retryStrategy,
  };
}

/** Workers: blocking commands must wait out a reconnect, so no per-request retry limit (BullMQ requires null). */
export function workerConnection(config: Pick<AppConfig, 'redis'>): ConnectionOptions {
  return {
    url: config.redis.url,
    maxRetriesPerRequest: null,
    connectTimeout: 5000,
    retryStrategy,
  };
}
