import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { QUEUE_SETTINGS, QueueName } from './queue-names';
import { producerRedisOptions } from './redis-connection';
import { withTimeout } from './with-timeout';

const CLOSE_TIMEOUT_MS = 2000;

/** The producer side of every queue: one BullMQ Queue per name, created on first use, closed on shutdown. */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  // One connection we own for all producer queues: BullMQ never quits a connection it was given, and we
  // must be able to end it even while Redis is down (a reconnecting client keeps the process alive).
  private redis: Redis | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection(),
        prefix: this.config.redis.prefix,
        defaultJobOptions: QUEUE_SETTINGS[name].defaultJobOptions,
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** True when Redis answers a PING in time; used to tell "draining" from "Redis is gone" at shutdown. */
  async ping(timeoutMs = 1000): Promise<boolean> {
    try {
      return (await withTimeout(this.connection().ping(), timeoutMs)) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((q) => withTimeout(q.close(), CLOSE_TIMEOUT_MS).catch(() => undefined)));
    this.redis?.disconnect();
    this.redis = null;
  }

  private connection(): Redis {
    if (!this.redis) {
      this.redis = new Redis(this.config.redis.url, producerRedisOptions());
      // Without a listener every reconnect attempt is an unhandled 'error'; readiness is reported by health.
      this.redis.on('error', () => undefined);
    }
    return this.redis;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
