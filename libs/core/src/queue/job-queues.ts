import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { QUEUE_SETTINGS, QueueName } from './queue-names';
import { producerConnection } from './redis-connection';

/** The producer side of every queue: one BullMQ Queue per name, created on first use, closed on shutdown. */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: producerConnection(this.config),
        prefix: this.config.redis.prefix,
        defaultJobOptions: QUEUE_SETTINGS[name].defaultJobOptions,
      });
      // Without a listener every reconnect attempt throws an unhandled 'error'; readiness is reported by health.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async close(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
