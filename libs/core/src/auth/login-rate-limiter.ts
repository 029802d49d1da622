import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppError, ErrorCode } from '../errors/app-error';
import { REDIS } from '../redis/redis.module';

/**
 * Fixed-window login limits in Redis, shared by every api replica: per account (the attack that matters)
 * and, ten times looser, per client address (so one office behind a NAT can still log in).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(kind: string, value: string): string {
    // Hashed: e-mail addresses never become Redis keys in clear text.
    return `${this.config.redis.prefix}:login:${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;
  }

  async check(email: string, ip: string): Promise<void> {
    const max = this.config.auth.loginMaxAttempts;
    try {
      const [account, address] = await Promise.all([
        this.redis.get(this.key('account', email)),
        this.redis.get(this.key('ip', ip)),
      ]);
      if (Number(account ?? 0) >= max || Number(address ?? 0) >= max * 10) {
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          'For mange loginforsøg. Vent et par minutter, og prøv igen.',
        );
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      // Fail open: argon2 still bounds guessing speed, and a Redis outage must not lock everyone out.
      this.logger.warn('login rate limiter unavailable');
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.auth.loginWindowSeconds;
    await Promise.all(
      [this.key('account', email), this.key('ip', ip)].map((k) =>
        this.redis
          .multi()
          .incr(k)
          .expire(k, window, 'NX')
          .exec()
          .catch(() => undefined),
      ),
    );
  }

  /**
   * Counts one public self-registration from this address and refuses above the hourly limit. Fails open like
   * login: a Redis outage must not stop people from applying.
   */
  async consumeRegistration(ip: string): Promise<void> {
    const k = this.key('register', ip);
    let count = 0;
    try {
      const result = await this.redis.multi().incr(k).expire(k, 3600, 'NX').exec();
      count = Number(result?.[0]?.[1] ?? 0);
    } catch {
      this.logger.warn('registration rate limiter unavailable');
      return;
    }
    if (count > this.config.auth.registrationsPerIpPerHour)
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'For mange nye konti fra denne adresse. Prøv igen om en time.',
      );
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(this.key('account', email)).catch(() => undefined);
  }
}
