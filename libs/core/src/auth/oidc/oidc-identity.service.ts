import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { STAFF_ROLES } from '../../users/role';
import { User } from '../../users/user.entity';
import { actorOf } from '../auth.service';
import { OidcError, OidcErrorCode } from './oidc.exception';

const ENTRA_HOST = 'login.microsoftonline.com';
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

export interface OidcIdentity {
  issuer: string;
  subject: string;
  /**
   * Lower-cased, and only when the provider vouches for it; null otherwise. A function is called only
   * when the identity is not linked yet (it may need a UserInfo request).
   */
  email: string | null | (() => Promise<string | null>);
}

function normalise(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/**
 * The e-mail address the provider vouches for: `email` with `email_verified` true; for Entra ID (which
 * issues no email_verified) the tenant-controlled `email` or `preferred_username` (UPN), since the issuer
 * is pinned to the municipality's own tenant.
 */
export function verifiedEmail(claims: Record<string, unknown>, issuer: string): string | null {
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  if (verified) {
    const email = normalise(claims.email);
    if (email) return email;
  }
  let host: string | null = null;
  try {
    host = new URL(issuer).hostname;
  } catch {
    host = null;
  }
  if (host === ENTRA_HOST) return normalise(claims.email) ?? normalise(claims.preferred_username);
  return null;
}

/**
 * Maps a verified external identity to a local staff account. Accounts are never created here: an ADMIN
 * creates staff users, and the first OIDC sign-in links the identity to the account with that e-mail.
 */
@Injectable()
export class OidcIdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async resolve(identity: OidcIdentity): Promise<User> {
    const repo = this.dataSource.getRepository(User);
    const linked = await repo.findOne({
      where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
    });
    if (linked) return this.eligible(linked);

    const email = typeof identity.email === 'function' ? await identity.email() : identity.email;
    if (!email) throw new OidcError(OidcErrorCode.NO_VERIFIED_EMAIL, 'no verified e-mail claim');
    const candidate = await repo.findOne({ where: { email } });
    if (!candidate) throw new OidcError(OidcErrorCode.UNKNOWN_IDENTITY, 'no account with that e-mail');
    this.eligible(candidate);
    // A second identity must never take over an account already bound to another one.
    if (candidate.oidcSubject !== null) {
      throw new OidcError(OidcErrorCode.ALREADY_LINKED, 'account linked to another identity', candidate.id);
    }
    return this.link(candidate, identity);
  }

  private eligible(user: User): User {
    // Foster parents and applicants never sign in through the municipality's staff directory.
    if (!STAFF_ROLES.includes(user.role)) {
      throw new OidcError(OidcErrorCode.NOT_STAFF, 'account is not staff', user.id);
    }
    if (!user.active) throw new OidcError(OidcErrorCode.INACTIVE, 'account is deactivated', user.id);
    return user;
  }

  private async link(user: User, identity: OidcIdentity): Promise<User> {
    try {
      return await this.dataSource.transaction(async (em) => {
        // Conditional on "not yet linked", so two simultaneous first sign-ins cannot both bind an identity.
        const result = await em
          .createQueryBuilder()
          .update(User)
          .set({ oidcIssuer: identity.issuer, oidcSubject: identity.subject })
          .where('id = :id AND oidc_subject IS NULL', { id: user.id })
          .execute();
        if (result.affected !== 1) {
          throw new OidcError(OidcErrorCode.ALREADY_LINKED, 'account linked concurrently', user.id);
        }
        await this.audit.record(
          actorOf(user),
          {
            action: 'UPDATE',
            entity: 'user',
            entityId: user.id,
            municipalityId: user.municipalityId,
            details: { fields: ['oidcIssuer', 'oidcSubject'], reason: 'oidc-first-sign-in' },
          },
          em,
        );
        return em.findOneOrFail(User, { where: { id: user.id } });
      });
    } catch (err) {
      // 23505: the same external identity is already bound to another account.
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        throw new OidcError(OidcErrorCode.ALREADY_LINKED, 'identity linked to another account', user.id);
      }
      throw err;
    }
  }
}
