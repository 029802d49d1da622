import { KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { OidcFlowState, pkceChallenge } from './flow-cookie';
import { IdTokenClaims, IdTokenHeader, Jwk, publicKeyFromJwk, selectJwk, verifyIdToken } from './id-token';
import { OidcError, OidcErrorCode } from './oidc.exception';

export type OidcSettings = NonNullable<AppConfig['oidc']>;

const url = z.string().url();
const discoverySchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  userinfo_endpoint: url.optional(),
  token_endpoint_auth_methods_supported: z.array(z.string()).optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  authorization_response_iss_parameter_supported: z.boolean().optional(),
});
export type Discovery = z.infer<typeof discoverySchema>;

const tokenResponseSchema = z.object({
  id_token: z.string().min(1),
  access_token: z.string().min(1),
  token_type: z.string(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

const jwksSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())) });

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'none';

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const JWKS_TTL_MS = 60 * 60 * 1000;
// A token signed with an unknown kid triggers a JWKS refetch (key rotation), but at most this often.
const JWKS_REFETCH_COOLDOWN_MS = 30 * 1000;
const HTTP_TIMEOUT_MS = 10 * 1000;
const UNREACHABLE = {
  discovery: OidcErrorCode.DISCOVERY_FAILED,
  jwks: OidcErrorCode.ID_TOKEN_INVALID,
  token: OidcErrorCode.TOKEN_EXCHANGE_FAILED,
  userinfo: OidcErrorCode.USERINFO_FAILED,
} as const;

/** RFC 6749 2.3.1: client_secret_basic credentials are form-encoded before base64. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

export function chooseClientAuth(
  supported: readonly string[] | undefined,
  secret?: string,
): ClientAuthMethod {
  if (!secret) return 'none';
  // Discovery 3: when the provider lists nothing, client_secret_basic is the default.
  const methods = supported ?? ['client_secret_basic'];
  if (methods.includes('client_secret_basic')) return 'client_secret_basic';
  if (methods.includes('client_secret_post')) return 'client_secret_post';
  throw new OidcError(OidcErrorCode.DISCOVERY_FAILED, 'no supported client authentication method');
}

/** A short technical reason from an OAuth error body: the `error` code only, never its description. */
function oauthErrorCode(body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === 'string' && /^[a-z_]{1,40}$/.test(error) ? error : 'unknown';
}

/**
 * The relying-party side of Authorization Code + PKCE with fetch and node:crypto (openid-client v6 is
 * ESM-only and cannot load in jest). Discovery and the JWKS are cached per process; all flow state
 * lives in the encrypted cookie, so nothing here is per-user.
 */
@Injectable()
export class OidcClient {
  private discovery?: { value: Promise<Discovery>; fetchedAt: number };
  private jwks?: { keys: Jwk[]; fetchedAt: number };
  private jwksInFlight?: Promise<Jwk[]>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get settings(): OidcSettings {
    if (!this.config.oidc) throw new OidcError(OidcErrorCode.NOT_CONFIGURED);
    return this.config.oidc;
  }

  async getDiscovery(): Promise<Discovery> {
    const cached = this.discovery;
    if (cached && Date.now() - cached.fetchedAt < DISCOVERY_TTL_MS) return cached.value;
    const value = this.fetchDiscovery();
    this.discovery = { value, fetchedAt: Date.now() };
    // A failed discovery is not cached: the next sign-in tries again.
    value.catch(() => {
      if (this.discovery?.value === value) this.discovery = undefined;
    });
    return value;
  }

  private async fetchDiscovery(): Promise<Discovery> {
    const { issuer } = this.settings;
    const res = await this.http(
      `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      {},
      'discovery',
    );
    const parsed = discoverySchema.safeParse(await res.json().catch(() => null));
    if (!res.ok || !parsed.success) {
      throw new OidcError(OidcErrorCode.DISCOVERY_FAILED, `discovery document unusable (${res.status})`);
    }
    const doc = parsed.data;
    // Discovery 4.3: the document must name exactly the issuer we trust, or tokens could come from another.
    if (doc.issuer !== issuer) throw new OidcError(OidcErrorCode.DISCOVERY_FAILED, 'issuer mismatch');
    if (this.config.isProduction) {
      const endpoints = [doc.authorization_endpoint, doc.token_endpoint, doc.jwks_uri, doc.userinfo_endpoint];
      if (endpoints.some((e) => e !== undefined && !e.startsWith('https://'))) {
        throw new OidcError(OidcErrorCode.DISCOVERY_FAILED, 'non-https endpoint in production');
      }
    }
    if (doc.code_challenge_methods_supported && !doc.code_challenge_methods_supported.includes('S256')) {
      throw new OidcError(OidcErrorCode.DISCOVERY_FAILED, 'provider lacks PKCE S256');
    }
    return doc;
  }

  async authorizationUrl(flow: OidcFlowState): Promise<string> {
    const doc = await this.getDiscovery();
    const { clientId, redirectUri } = this.settings;
    const target = new URL(doc.authorization_endpoint);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: pkceChallenge(flow.verifier),
      code_challenge_method: 'S256',
    };
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    return target.toString();
  }

  async exchangeCode(code: string, verifier: string): Promise<TokenResponse> {
    const doc = await this.getDiscovery();
    const { clientId, clientSecret, redirectUri } = this.settings;
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    const method = chooseClientAuth(doc.token_endpoint_auth_methods_supported, clientSecret);
    if (method === 'client_secret_basic' && clientSecret) {
      const credentials = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
      headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    } else {
      body.set('client_id', clientId);
      if (method === 'client_secret_post' && clientSecret) body.set('client_secret', clientSecret);
    }
    const res = await this.http(doc.token_endpoint, { method: 'POST', headers, body }, 'token');
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      throw new OidcError(
        OidcErrorCode.TOKEN_EXCHANGE_FAILED,
        `token endpoint ${res.status} ${oauthErrorCode(json)}`,
      );
    }
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success || parsed.data.token_type.toLowerCase() !== 'bearer') {
      throw new OidcError(OidcErrorCode.TOKEN_EXCHANGE_FAILED, 'token response without a bearer ID token');
    }
    return parsed.data;
  }

  async verifyIdToken(idToken: string, nonce: string, accessToken: string): Promise<IdTokenClaims> {
    const doc = await this.getDiscovery();
    return verifyIdToken(idToken, (header) => this.signingKey(header), {
      issuer: doc.issuer,
      clientId: this.settings.clientId,
      nonce,
      accessToken,
      providerAlgs: doc.id_token_signing_alg_values_supported,
    });
  }

  /** UserInfo (OIDC Core 5.3), for providers that put e-mail claims there rather than in the ID token. */
  async userinfo(accessToken: string, subject: string): Promise<Record<string, unknown>> {
    const doc = await this.getDiscovery();
    if (!doc.userinfo_endpoint) return {};
    const res = await this.http(
      doc.userinfo_endpoint,
      { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } },
      'userinfo',
    );
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok || !json || typeof json !== 'object' || Array.isArray(json)) {
      throw new OidcError(OidcErrorCode.USERINFO_FAILED, `userinfo ${res.status}`);
    }
    // 5.3.2: the sub must match the ID token's, or the response is about someone else and must be ignored.
    if ((json as { sub?: unknown }).sub !== subject) {
      throw new OidcError(OidcErrorCode.USERINFO_FAILED, 'userinfo sub mismatch');
    }
    return json as Record<string, unknown>;
  }

  private async signingKey(header: IdTokenHeader): Promise<KeyObject> {
    const cached = this.jwks;
    const age = cached ? Date.now() - cached.fetchedAt : Infinity;
    let jwk = cached && age < JWKS_TTL_MS ? selectJwk(cached.keys, header) : undefined;
    // An unknown kid may mean the provider rotated its keys: refetch, but never more often than the cooldown.
    if (!jwk && age > JWKS_REFETCH_COOLDOWN_MS) jwk = selectJwk(await this.loadJwks(), header);
    if (!jwk) throw new OidcError(OidcErrorCode.ID_TOKEN_INVALID, 'no matching signing key');
    try {
      return publicKeyFromJwk(jwk);
    } catch {
      throw new OidcError(OidcErrorCode.ID_TOKEN_INVALID, 'unusable signing key');
    }
  }

  private loadJwks(): Promise<Jwk[]> {
    this.jwksInFlight ??= (async () => {
      try {
        const doc = await this.getDiscovery();
        const res = await this.http(doc.jwks_uri, { headers: { accept: 'application/json' } }, 'jwks');
        const parsed = jwksSchema.safeParse(await res.json().catch(() => null));
        if (!res.ok || !parsed.success) {
          throw new OidcError(OidcErrorCode.ID_TOKEN_INVALID, `jwks unusable (${res.status})`);
        }
        this.jwks = { keys: parsed.data.keys as Jwk[], fetchedAt: Date.now() };
        return this.jwks.keys;
      } finally {
        this.jwksInFlight = undefined;
      }
    })();
    return this.jwksInFlight;
  }

  private async http(target: string, init: RequestInit, what: keyof typeof UNREACHABLE): Promise<Response> {
    try {
      // No redirects: a token request must reach the endpoint discovery named, nowhere else.
      return await fetch(target, {
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
      });
    } catch {
      throw new OidcError(UNREACHABLE[what], `${what} endpoint unreachable`);
    }
  }
}
