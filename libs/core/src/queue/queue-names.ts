import type { DefaultJobOptions } from 'bullmq';

/** Every BullMQ queue, in one place. Names end up in Redis keys: lowercase, no ':'. */
export const QueueName = {
  Maintenance: 'maintenance',
  /** Outgoing mail (and later Teams messages): many small jobs, retried while the mail server is away. */
  Notifications: 'notifications',
  /** Recruitment's scheduled sweeps: reminders, expiry warnings, erasure after the retention period. */
  Recruitment: 'recruitment',
  /** Learning-consultant deadlines: delayed escalation and reminder jobs that must fire close to their time. */
  Learning: 'learning',
  /** Proactive Teams messages. Processed by the bot app (it owns botbuilder), never by the worker app. */
  Teams: 'teams',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface QueueSettings {
  /** Jobs one worker process runs at once on this queue. */
  concurrency: number;
  /** Applied to every job added to the queue unless the enqueue call overrides them. */
  defaultJobOptions: DefaultJobOptions;
}

const DAY_SECONDS = 24 * 3600;

/** Retry and retention defaults per queue: failed jobs are kept (with their reason) for inspection. */
export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  [QueueName.Maintenance]: {
    concurrency: 1,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 30_000 },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 1000 },
      removeOnFail: { count: 5000 },
    },
  },
  [QueueName.Notifications]: {
    concurrency: 5,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 15_000 },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 5000 },
      removeOnFail: { count: 5000 },
    },
  },
  [QueueName.Recruitment]: {
    concurrency: 1,
    defaultJobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 30_000 },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 1000 },
      removeOnFail: { count: 5000 },
    },
  },
  [QueueName.Learning]: {
    concurrency: 5,
    defaultJobOptions: {
      attempts: 8,
      // Short first backoff: an escalation retried after a database hiccup should still land near its deadline.
      backoff: { type: 'exponential', delay: 2_000 },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 5000 },
      removeOnFail: { count: 5000 },
    },
  },
  [QueueName.Teams]: {
    concurrency: 5,
    defaultJobOptions: {
      // The Bot Connector throttles (429) and has short outages: retry for roughly an hour, then give up.
      attempts: 8,
      backoff: { type: 'exponential', delay: 15_000 },
      removeOnComplete: { age: 7 * DAY_SECONDS, count: 5000 },
      removeOnFail: { count: 5000 },
    },
  },
};

/** Queues whose jobs another app than the worker processes (the worker does not demand handlers for them). */
export const QUEUES_OUTSIDE_WORKER: readonly QueueName[] = [QueueName.Teams];

export const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);
