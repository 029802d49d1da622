import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor, AppConfig, InjectConfig, REDIS } from '@pleje/core';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { TeamsIdentity, TeamsLinkService } from '../teams-link.service';
import { TeamsError, TeamsErrorCode } from '../teams.exception';
import { EntraIdentity, EntraTokenValidator, SsoTokenRefused } from './entra-token-validator';

/** Teams sends one `signin/tokenExchange` per open client with the same id; the first one wins this long. */
export const SSO_EXCHANGE_DEDUPE_SECONDS = 10 * 60;

export type SsoExchangeOutcome =
  /** Linked now; the actor of the portal account. */
  | { kind: 'linked'; actor: Actor }
  /** Another client's invoke with this exchange id is (or was) handled: nothing to do. */
  | { kind: 'duplicate' }
  /** Refused; `code` is for the log and the invoke's failureDetail, never shown with personal data. */
  | { kind: 'refused'; code: TeamsErrorCode; reason: string };

export interface SsoExchange {
  /** `value.id` of the invoke: the tokenExchangeResource id of the OAuthCard. */
  id: string;
  token: string;
}

interface AccountRow {
  id: string;
}

/**
 * Teams single sign-on: turns the Entra token of a `signin/tokenExchange` into a link to a portal account of
 * the bot's municipality. The account is found by the portal's own OIDC identity (issuer + subject) when the
 * portal signs in with the same tenant, else by the token's e-mail / UPN. The link itself goes through
 * TeamsLinkService like a one-time code, so the same rules hold (one link per Teams user and per account,
 * audit, chat references).
 */
@Injectable()
export class TeamsSsoService {
  private readonly logger = new Logger(TeamsSsoService.name);
  private readonly validator: EntraTokenValidator | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly links: TeamsLinkService,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    const sso = config.teamsSso;
    this.validator = sso
      ? new EntraTokenValidator({
          tenantId: sso.tenantId,
          audiences: [sso.appIdUri, sso.appId],
          openIdConfigUrl: sso.openIdConfigUrl,
        })
      : null;
  }

  get enabled(): boolean {
    return this.validator !== null;
  }

  async exchange(identity: TeamsIdentity, exchange: SsoExchange): Promise<SsoExchangeOutcome> {
    if (!this.validator) return { kind: 'refused', code: TeamsErrorCode.SSO_OFF, reason: 'off' };
    if (!(await this.firstFor(identity, exchange.id))) return { kind: 'duplicate' };
    try {
      const entra = await this.validator.validate(exchange.token, identity.aadObjectId);
      const userId = await this.accountFor(entra);
      if (!userId) {
        return { kind: 'refused', code: TeamsErrorCode.SSO_NO_ACCOUNT, reason: 'no-account' };
      }
      const actor = await this.links.linkVerifiedAccount(
        { ...identity, aadObjectId: entra.objectId, tenantId: entra.tenantId },
        userId,
        'sso',
      );
      return { kind: 'linked', actor };
    } catch (error) {
      if (error instanceof SsoTokenRefused) {
        // The reason only: never the token, its claims or the user's address.
        this.logger.warn(`Teams single sign-on refused (${error.reason})`);
        return { kind: 'refused', code: error.code as TeamsErrorCode, reason: error.reason };
      }
      if (error instanceof TeamsError) {
        return { kind: 'refused', code: error.code as TeamsErrorCode, reason: 'account' };
      }
      throw error;
    }
  }

  /** Teams fires the same exchange from every open client (desktop, web, phone): only the first counts. */
  private async firstFor(identity: TeamsIdentity, exchangeId: string): Promise<boolean> {
    const key = `${this.config.redis.prefix}:teams-sso-exchange:${createHash('sha256')
      .update(`${identity.channelUserId}\n${exchangeId}`)
      .digest('hex')
      .slice(0, 40)}`;
    try {
      return (await this.redis.set(key, '1', 'EX', SSO_EXCHANGE_DEDUPE_SECONDS, 'NX')) === 'OK';
    } catch {
      // Without Redis, a second client may link again; that only replaces the same link with itself.
      return true;
    }
  }

  /**
   * The active account of the bot's municipality the token belongs to: the portal's OIDC identity first (only
   * present when the portal signs in with the same Entra tenant and app, since Entra's `sub` is per app), else
   * exactly one account with the token's e-mail or UPN. Null when none or ambiguous.
   */
  private async accountFor(entra: EntraIdentity): Promise<string | null> {
    const code = this.config.bot.defaultMunicipalityCode;
    if (!code) return null;
    const [byOidc] = (await this.dataSource.query(
      `SELECT u."id" FROM "app_user" u JOIN "municipality" m ON m."id" = u."municipality_id"
        WHERE m."code" = $1 AND u."active" AND u."oidc_issuer" = ANY($2::varchar[]) AND u."oidc_subject" = $3`,
      [code, this.issuersOf(entra), entra.subject],
    )) as AccountRow[];
    if (byOidc) return byOidc.id;
    if (entra.emails.length === 0) return null;
    // Emails are stored lower-cased and unique across the platform; the municipality scope keeps a tenant's
    // users to the bot's own municipality.
    const byEmail = (await this.dataSource.query(
      `SELECT u."id" FROM "app_user" u JOIN "municipality" m ON m."id" = u."municipality_id"
        WHERE m."code" = $1 AND u."active" AND u."email" = ANY($2::varchar[])`,
      [code, entra.emails],
    )) as AccountRow[];
    // email and UPN may name two different accounts: then neither is taken.
    return byEmail.length === 1 ? byEmail[0].id : null;
  }

  private issuersOf(entra: EntraIdentity): string[] {
    // The portal's OIDC_ISSUER may be written with or without a trailing slash.
    return [entra.issuer, entra.issuer.replace(/\/$/, ''), `${entra.issuer.replace(/\/$/, '')}/`];
  }
}
