import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { LOGGER } from '../../logging/logging.module';
import { User } from '../../users/user.entity';
import { AuthService } from '../auth.service';
import { setRefreshCookie } from '../refresh-cookie';
import { createFlowState, FLOW_COOKIE, flowCookieOptions, openFlowState, sealFlowState } from './flow-cookie';
import { OidcClient } from './oidc-client';
import { OidcIdentityService, verifiedEmail } from './oidc-identity.service';
import { OidcError, OidcErrorCode } from './oidc.exception';

/** Where the portal shows "sign-in with organisation account failed"; carries no detail and no e-mail. */
export const OIDC_FAILURE_REDIRECT = '/login?fejl=oidc';

function queryParam(req: Request, name: string): string | undefined {
  const value = req.query[name];
  return typeof value === 'string' && value.length <= 4096 ? value : undefined;
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Staff sign-in with OpenID Connect (Entra ID in production): Authorization Code + PKCE. Registered with
 * the auth module always, but answers 404 unless OIDC is configured, so the routes exist only in effect
 * where an identity provider is set up.
 */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly client: OidcClient,
    private readonly identities: OidcIdentityService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException();
    res.setHeader('Cache-Control', 'no-store');
    try {
      const flow = createFlowState();
      const target = await this.client.authorizationUrl(flow);
      res.cookie(
        FLOW_COOKIE,
        sealFlowState(flow, this.config.auth.jwtSecret),
        flowCookieOptions(this.config),
      );
      res.redirect(302, target);
    } catch (err) {
      await this.fail(res, err);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.config.oidc) throw new NotFoundException();
    res.setHeader('Cache-Control', 'no-store');
    // One attempt per flow: the cookie goes whatever the outcome.
    const { maxAge: _maxAge, ...clearOptions } = flowCookieOptions(this.config);
    res.clearCookie(FLOW_COOKIE, clearOptions);
    try {
      const user = await this.finish(req);
      const session = await this.auth.startSession(user, 'oidc');
      setRefreshCookie(res, this.config, session.refreshToken, session.refreshExpiresAt);
      // The portal's start page calls refreshSession with the new cookie and gets its access token.
      res.redirect(302, '/');
    } catch (err) {
      await this.fail(res, err);
    }
  }

  private async finish(req: Request): Promise<User> {
    const cookies = req.cookies as Record<string, string> | undefined;
    const flow = openFlowState(cookies?.[FLOW_COOKIE], this.config.auth.jwtSecret);
    if (!flow) throw new OidcError(OidcErrorCode.FLOW_EXPIRED, 'flow cookie missing, altered or expired');
    const state = queryParam(req, 'state');
    if (!state || !sameString(state, flow.state)) {
      throw new OidcError(OidcErrorCode.STATE_MISMATCH, 'state does not match the flow');
    }
    const discovery = await this.client.getDiscovery();
    // RFC 9207: the authorization response names its issuer, which defeats mix-up attacks.
    const iss = queryParam(req, 'iss');
    if (
      iss !== undefined ? iss !== discovery.issuer : discovery.authorization_response_iss_parameter_supported
    ) {
      throw new OidcError(OidcErrorCode.ISSUER_MISMATCH, 'authorization response issuer mismatch');
    }
    const error = queryParam(req, 'error');
    if (error !== undefined) {
      const safe = /^[a-z_]{1,40}$/.test(error) ? error : 'unknown';
      throw new OidcError(OidcErrorCode.PROVIDER_ERROR, `provider returned ${safe}`);
    }
    const code = queryParam(req, 'code');
    if (!code) throw new OidcError(OidcErrorCode.PROVIDER_ERROR, 'no authorization code');

    const tokens = await this.client.exchangeCode(code, flow.verifier);
    const claims = await this.client.verifyIdToken(tokens.id_token, flow.nonce, tokens.access_token);
    return this.identities.resolve({
      issuer: claims.iss,
      subject: claims.sub,
      email: async () =>
        verifiedEmail(claims as unknown as Record<string, unknown>, claims.iss) ??
        // Spec-conformant providers may return e-mail claims from UserInfo only (OIDC Core 5.4).
        verifiedEmail(await this.client.userinfo(tokens.access_token, claims.sub), claims.iss),
    });
  }

  private async fail(res: Response, err: unknown): Promise<void> {
    const known = err instanceof OidcError;
    const code = known ? err.code : 'OIDC.INTERNAL';
    // Codes and fixed reasons only: tokens, claims and e-mail addresses never reach the log.
    this.logger.warn(
      { code, reason: known ? err.reason : err instanceof Error ? err.name : 'unknown' },
      'oidc sign-in failed',
    );
    await this.audit
      .record(null, {
        action: 'LOGIN_FAILED',
        entity: 'user',
        entityId: known ? err.userId : null,
        details: { method: 'oidc', code },
      })
      .catch(() => undefined);
    res.redirect(302, OIDC_FAILURE_REDIRECT);
  }
}
