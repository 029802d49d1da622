import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig, InjectConfig, REDIS } from '@pleje/core';
import Redis from 'ioredis';

/** Teams retries an activity it got no timely answer for; an id seen within this window is a retry. */
const DEDUPE_TTL_SECONDS = 15 * 60;
const RATE_WINDOW_SECONDS = 60;

export type GateVerdict =
  | 'process'
  /** Seen before (a retry by Teams): do nothing, answer nothing. */
  | 'duplicate'
  /** The first message over the limit in this window: answer once that the user writes too fast. */
  | 'rate-limited'
  /** Further messages over the limit: dropped without an answer, so a flood gets no flood back. */
  | 'rate-limited-silent';

export interface GateInput {
  channelId: string;
  /** Activity ids are unique within a conversation only, so the key carries both. */
  conversationId: string | undefined;
  activityId: string | undefined;
  /** The channel's user id; only its hash becomes a Redis key. */
  channelUserId: string | undefined;
  /** Only messages count towards the rate limit (installs and other events do not). */
  isMessage: boolean;
}

/** Per-activity safety before any work: process each activity id once, and rate-limit each user. */
@Injectable()
export class ActivityGate {
  private readonly logger = new Logger(ActivityGate.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async admit(input: GateInput): Promise<GateVerdict> {
    const prefix = `${this.config.redis.prefix}:bot`;
    try {
      if (input.activityId) {
        const key = `${prefix}:activity:${hash(`${input.channelId}\n${input.conversationId ?? ''}\n${input.activityId}`)}`;
        const first = await this.redis.set(key, '1', 'EX', DEDUPE_TTL_SECONDS, 'NX');
        if (first !== 'OK') return 'duplicate';
      }
      if (!input.isMessage || !input.channelUserId) return 'process';
      const key = `${prefix}:rate:${hash(`${input.channelId}\n${input.channelUserId}`)}`;
      const result = await this.redis.multi().incr(key).expire(key, RATE_WINDOW_SECONDS, 'NX').exec();
      const count = Number(result?.[0]?.[1]);
      const limit = this.config.botLimits.messagesPerMinute;
      if (count <= limit) return 'process';
      return count === limit + 1 ? 'rate-limited' : 'rate-limited-silent';
    } catch {
      // Fail open: with Redis away a retry may be answered twice, which beats a bot that answers nobody.
      this.logger.warn('activity gate unavailable (Redis)');
      return 'process';
    }
  }
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 40);
}
