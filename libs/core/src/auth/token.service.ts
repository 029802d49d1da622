import { createHash, createSecretKey, KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppError } from '../errors/app-error';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { Actor } from './actor';
import { RefreshToken } from './refresh-token.entity';

interface AccessClaims {
  sub: string;
  mid: string;
  role: Role;
}

export interface IssuedTokens {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Short-lived signed access tokens; opaque, rotated refresh tokens kept (hashed) in PostgreSQL. */
@Injectable()
export class TokenService {
  // Built once: jsonwebtoken turns a string secret into a key on every call (~30x slower per verify).
  private readonly key: KeyObject;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
  }

  verifyAccessToken(token: string): Actor {
    try {
      const claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        audience: 'plejeportalen',
      }) as AccessClaims;
      if (!Object.values(Role).includes(claims.role)) throw new Error('bad role');
      return { userId: claims.sub, municipalityId: claims.mid, role: claims.role };
    } catch {
      throw AppError.unauthenticated('Din session er udløbet. Log ind igen.');
    }
  }

  async issue(user: User, manager: EntityManager, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const claims: AccessClaims = { sub: user.id, mid: user.municipalityId, role: user.role };
    const accessToken = jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      expiresIn: ttl,
      audience: 'plejeportalen',
    });
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.config.auth.refreshTokenTtlSeconds * 1000);
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000), refreshToken, refreshExpiresAt };
  }

  /**
   * Spends a refresh token and returns its owner. The conditional UPDATE makes spending atomic: two
   * concurrent refreshes with one token cannot both win. Reusing a spent token revokes its whole family
   * (it was probably stolen).
   */
  async spend(refreshToken: string): Promise<{ userId: string; familyId: string }> {
    // Its own statement, not part of a longer transaction: holding row locks while revoking on another
    // connection would deadlock concurrent refreshes.
    const manager = this.dataSource.manager;
    const tokenHash = sha256(refreshToken);
    // TypeORM returns [rows, affectedCount] for an UPDATE ... RETURNING on PostgreSQL.
    const [rows] = await manager.query<[Array<{ user_id: string; family_id: string }>, number]>(
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`,
      [tokenHash],
    );
    const row = rows[0];
    if (row) return { userId: row.user_id, familyId: row.family_id };
    const known = await manager.findOne(RefreshToken, { where: { tokenHash } });
    if (known?.usedAt) await this.revokeFamily(known.familyId, manager);
    throw AppError.unauthenticated('Din session er udløbet. Log ind igen.');
  }

  async revoke(refreshToken: string): Promise<void> {
    const known = await this.dataSource
      .getRepository(RefreshToken)
      .findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (known) await this.revokeFamily(known.familyId, this.dataSource.manager);
  }

  private async revokeFamily(familyId: string, manager: EntityManager): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
