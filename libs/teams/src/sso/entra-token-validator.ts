import { createPublicKey, JsonWebKey, KeyObject } from 'node:crypto';
import jwt, { JwtPayload } from 'jsonwebtoken';
import { TeamsError, TeamsErrorCode } from '../teams.exception';

/** Keys are reloaded this often even when every kid is known (Microsoft rotates its signing keys). */
export const SSO_KEYS_TTL_MS = 12 * 60 * 60 * 1000;
/** An unknown kid reloads the keys at most this often, so made-up kids cannot hammer the key endpoint. */
export const SSO_KEYS_REFETCH_COOLDOWN_MS = 5 * 60 * 1000;
/** Clock difference tolerated on `exp` and `nbf`. */
export const SSO_CLOCK_SKEW_SECONDS = 60;
/** The delegated scope the Teams client asks for (Expose an API → access_as_user). */
export const SSO_SCOPE = 'access_as_user';

/** Why a token was refused; only for logs and tests (the user sees one answer for all). */
export type SsoRefusal =
  | 'malformed'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'wrong-tenant'
  | 'wrong-scope'
  | 'wrong-user'
  | 'keys-unavailable';

export class SsoTokenRefused extends TeamsError {
  constructor(readonly reason: SsoRefusal) {
    super(TeamsErrorCode.SSO_TOKEN_REFUSED, `Teams single sign-on token refused: ${reason}`);
    this.name = 'SsoTokenRefused';
  }
}

export interface EntraTokenValidatorOptions {
  tenantId: string;
  /** Accepted `aud` values: the Application ID URI and the bare app id (v2 tokens carry the latter). */
  audiences: readonly string[];
  openIdConfigUrl: string;
  /** JSON over HTTP; replaced in unit tests. */
  fetchJson?: (url: string) => Promise<unknown>;
  now?: () => number;
}

/** The claims the bot uses from a validated token. Never logged: email and name are personal data. */
export interface EntraIdentity {
  tenantId: string;
  objectId: string;
  issuer: string;
  subject: string;
  /** `email`, then `preferred_username`, lower-cased; null when neither looks like an address. */
  emails: string[];
}

interface Jwks {
  keys: Map<string, KeyObject>;
  fetchedAt: number;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

async function defaultFetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates the Entra ID token Teams hands the bot in `signin/tokenExchange`, without the Bot Framework token
 * service: RS256 against the tenant's published keys, issuer and `tid` of the municipality's tenant, the bot
 * as audience, the `access_as_user` scope, lifetime with a small skew, and `oid` equal to the Teams user who
 * sent the activity (a token of someone else is never enough).
 */
export class EntraTokenValidator {
  private jwks: Jwks | null = null;
  private loading: Promise<Jwks> | null = null;
  private lastRefetchForUnknownKid = Number.NEGATIVE_INFINITY;
  private readonly fetchJson: (url: string) => Promise<unknown>;
  private readonly now: () => number;
  private readonly issuers: [string, ...string[]];

  constructor(private readonly options: EntraTokenValidatorOptions) {
    this.fetchJson = options.fetchJson ?? defaultFetchJson;
    this.now = options.now ?? Date.now;
    const tenant = options.tenantId.toLowerCase();
    // v2.0 tokens, and v1.0 tokens when the app registration keeps accessTokenAcceptedVersion at 1.
    this.issuers = [`https://login.microsoftonline.com/${tenant}/v2.0`, `https://sts.windows.net/${tenant}/`];
  }

  async validate(token: string, expectedObjectId: string | null): Promise<EntraIdentity> {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw new SsoTokenRefused('malformed');
    const { kid, alg } = decoded.header;
    if (alg !== 'RS256' || !kid) throw new SsoTokenRefused('malformed');
    const key = await this.key(kid);

    let claims: JwtPayload;
    try {
      claims = jwt.verify(token, key, {
        algorithms: ['RS256'],
        clockTolerance: SSO_CLOCK_SKEW_SECONDS,
        clockTimestamp: Math.floor(this.now() / 1000),
        complete: false,
      }) as JwtPayload;
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) throw new SsoTokenRefused('expired');
      if (error instanceof jwt.NotBeforeError) throw new SsoTokenRefused('not-yet-valid');
      throw new SsoTokenRefused('bad-signature');
    }
    // Lifetime is required, not optional: a token without `exp` would be valid forever.
    if (typeof claims.exp !== 'number') throw new SsoTokenRefused('expired');

    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audiences.some((aud) => typeof aud === 'string' && this.options.audiences.includes(aud)))
      throw new SsoTokenRefused('wrong-audience');
    if (typeof claims.tid !== 'string' || claims.tid.toLowerCase() !== this.options.tenantId.toLowerCase())
      throw new SsoTokenRefused('wrong-tenant');
    if (typeof claims.iss !== 'string' || !this.issuers.includes(claims.iss))
      throw new SsoTokenRefused('wrong-issuer');
    // A delegated token for the Teams client; an app-only token has `roles` and no `scp`.
    const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
    if (!scopes.includes(SSO_SCOPE)) throw new SsoTokenRefused('wrong-scope');
    const oid = typeof claims.oid === 'string' ? claims.oid.toLowerCase() : null;
    if (!oid || !expectedObjectId || oid !== expectedObjectId.toLowerCase())
      throw new SsoTokenRefused('wrong-user');
    if (typeof claims.sub !== 'string') throw new SsoTokenRefused('malformed');

    const emails = [claims.email, claims.preferred_username, claims.upn]
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.trim().toLowerCase())
      .filter((v) => v.length <= 254 && EMAIL.test(v));
    return {
      tenantId: claims.tid.toLowerCase(),
      objectId: oid,
      issuer: claims.iss,
      subject: claims.sub,
      emails: [...new Set(emails)],
    };
  }

  /** The signing key for `kid`: cached, reloaded after the TTL, and reloaded once when the kid is new. */
  private async key(kid: string): Promise<KeyObject> {
    let jwks = this.jwks && this.now() - this.jwks.fetchedAt < SSO_KEYS_TTL_MS ? this.jwks : null;
    jwks ??= await this.load();
    const known = jwks.keys.get(kid);
    if (known) return known;
    // Rotation: Entra published a key since we last looked. Only one reload per cooldown for unknown kids.
    if (this.now() - this.lastRefetchForUnknownKid >= SSO_KEYS_REFETCH_COOLDOWN_MS) {
      this.lastRefetchForUnknownKid = this.now();
      jwks = await this.load(true);
      const fresh = jwks.keys.get(kid);
      if (fresh) return fresh;
    }
    throw new SsoTokenRefused('unknown-key');
  }

  private async load(force = false): Promise<Jwks> {
    // Parallel validations share one request.
    if (this.loading) return this.loading;
    if (!force && this.jwks && this.now() - this.jwks.fetchedAt < SSO_KEYS_TTL_MS) return this.jwks;
    this.loading = this.fetchKeys()
      .then((jwks) => {
        this.jwks = jwks;
        return jwks;
      })
      .catch(() => {
        // Keep serving the keys we have (a failed reload is not a reason to refuse every sign-in).
        if (this.jwks) return this.jwks;
        throw new SsoTokenRefused('keys-unavailable');
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async fetchKeys(): Promise<Jwks> {
    const config = await this.fetchJson(this.options.openIdConfigUrl);
    if (!isRecord(config) || typeof config.jwks_uri !== 'string') throw new Error('no jwks_uri');
    const body = await this.fetchJson(config.jwks_uri);
    if (!isRecord(body) || !Array.isArray(body.keys)) throw new Error('no keys');
    const keys = new Map<string, KeyObject>();
    for (const jwk of body.keys as unknown[]) {
      if (!isRecord(jwk) || jwk.kty !== 'RSA' || typeof jwk.kid !== 'string') continue;
      if (jwk.use !== undefined && jwk.use !== 'sig') continue;
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }));
      } catch {
        // A malformed key is skipped; the others still work.
      }
    }
    return { keys, fetchedAt: this.now() };
  }
}
