import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppError } from '../errors/app-error';
import { User } from '../users/user.entity';
import { Actor } from './actor';
import { LoginRateLimiter } from './login-rate-limiter';
import { verifyPassword } from './password';
import { IssuedTokens, TokenService } from './token.service';

export interface Session extends IssuedTokens {
  user: User;
}

const WRONG_CREDENTIALS = 'E-mail eller adgangskode er forkert.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}

  async login(emailInput: string, password: string, clientIp: string): Promise<Session> {
    const email = emailInput.trim().toLowerCase();
    await this.limiter.check(email, clientIp);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || !user.active) {
      await this.limiter.recordFailure(email, clientIp);
      await this.audit.record(null, {
        action: 'LOGIN_FAILED',
        entity: 'user',
        entityId: user?.id ?? null,
        municipalityId: user?.municipalityId ?? null,
      });
      throw AppError.unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limiter.reset(email);
    return this.startSession(user, 'password');
  }

  /** Used by password login and by the OIDC callback once the identity is resolved to a user. */
  async startSession(user: User, method: 'password' | 'oidc'): Promise<Session> {
    return this.dataSource.transaction(async (em) => {
      const issued = await this.tokens.issue(user, em);
      await this.audit.record(
        actorOf(user),
        { action: 'LOGIN', entity: 'user', entityId: user.id, details: { method } },
        em,
      );
      return { ...issued, user };
    });
  }

  async refresh(refreshToken: string | undefined): Promise<Session> {
    if (!refreshToken) throw AppError.unauthenticated();
    const { userId, familyId } = await this.tokens.spend(refreshToken);
    return this.dataSource.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id: userId } });
      if (!user?.active) throw AppError.unauthenticated();
      const issued = await this.tokens.issue(user, em, familyId);
      return { ...issued, user };
    });
  }

  async logout(actor: Actor | undefined, refreshToken: string | undefined): Promise<void> {
    if (refreshToken) await this.tokens.revoke(refreshToken);
    if (actor) await this.audit.record(actor, { action: 'LOGOUT', entity: 'user', entityId: actor.userId });
  }
}

export function actorOf(user: User): Actor {
  return { userId: user.id, municipalityId: user.municipalityId, role: user.role };
}
