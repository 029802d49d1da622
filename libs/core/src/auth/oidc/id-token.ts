import { createHash, createPublicKey, JsonWebKey, KeyObject } from 'node:crypto';
import jwt, { JwtPayload } from 'jsonwebtoken';
import { OidcError, OidcErrorCode } from './oidc.exception';

/** Asymmetric algorithms only: HS* would need the client secret as the key, `none` is no signature at all. */
export const SUPPORTED_ID_TOKEN_ALGS = ['RS256', 'ES256'] as const;
export type IdTokenAlg = (typeof SUPPORTED_ID_TOKEN_ALGS)[number];

export interface IdTokenHeader {
  alg: IdTokenAlg;
  kid?: string;
}

/** Finds the provider's public key for a token header (from the JWKS). */
export type KeyResolver = (header: IdTokenHeader) => Promise<KeyObject>;

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  nonce: string;
  /** The provider's id_token_signing_alg_values_supported, when it publishes them. */
  providerAlgs?: readonly string[];
  /** When present and the token carries at_hash, the two must match (OIDC Core 3.1.3.8). */
  accessToken?: string;
  /** Epoch seconds; defaults to now. */
  now?: number;
  clockSkewSeconds?: number;
  /** Refuse tokens issued longer ago than this: a code flow token is minutes old at most. */
  maxAgeSeconds?: number;
}

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce: string;
  azp?: string;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  name?: unknown;
}

const invalid = (reason: string): OidcError => new OidcError(OidcErrorCode.ID_TOKEN_INVALID, reason);

/**
 * ID token validation per OpenID Connect Core 3.1.3.7: signature against the provider's key (alg pinned
 * to what we accept and the provider declares), iss, aud (no untrusted extra audiences), azp, exp and iat
 * with a small clock skew, nonce, and at_hash when present. Errors carry fixed reasons, never claim values.
 */
export async function verifyIdToken(
  idToken: string,
  resolveKey: KeyResolver,
  expect: IdTokenExpectations,
): Promise<IdTokenClaims> {
  if (typeof idToken !== 'string' || idToken.length > 16_384) throw invalid('malformed');
  // Five parts would be an encrypted (JWE) ID token: we never register for one, so refuse it.
  if (idToken.split('.').length !== 3) throw invalid('malformed');
  const decoded = jwt.decode(idToken, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw invalid('malformed');
  const { alg, kid } = decoded.header;
  if (!(SUPPORTED_ID_TOKEN_ALGS as readonly string[]).includes(alg)) throw invalid('unsupported alg');
  if (expect.providerAlgs && !expect.providerAlgs.includes(alg))
    throw invalid('alg not declared by provider');

  const key = await resolveKey({ alg: alg as IdTokenAlg, kid });
  const skew = expect.clockSkewSeconds ?? 60;
  const now = expect.now ?? Math.floor(Date.now() / 1000);
  let payload: JwtPayload;
  try {
    payload = jwt.verify(idToken, key, {
      algorithms: [alg as IdTokenAlg],
      issuer: expect.issuer,
      audience: expect.clientId,
      nonce: expect.nonce,
      clockTolerance: skew,
      clockTimestamp: now,
    }) as JwtPayload;
  } catch (err) {
    // jsonwebtoken's messages may quote expected values ("expected: <nonce>"): keep the first clause only.
    const message = err instanceof Error ? err.message.split('.')[0] : 'verification failed';
    throw invalid(message.slice(0, 80));
  }

  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 255) {
    throw invalid('missing sub');
  }
  if (typeof payload.exp !== 'number') throw invalid('missing exp');
  if (typeof payload.iat !== 'number') throw invalid('missing iat');
  if (payload.iat > now + skew) throw invalid('issued in the future');
  if (payload.iat < now - (expect.maxAgeSeconds ?? 600) - skew) throw invalid('issued too long ago');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (audiences.some((a) => a !== expect.clientId)) throw invalid('untrusted extra audience');
  if (payload.azp !== undefined && payload.azp !== expect.clientId) throw invalid('azp mismatch');
  if (payload.at_hash !== undefined && expect.accessToken !== undefined) {
    if (payload.at_hash !== accessTokenHash(expect.accessToken)) throw invalid('at_hash mismatch');
  }
  return payload as IdTokenClaims;
}

/** at_hash for RS256/ES256: base64url of the left half of SHA-256 over the access token. */
export function accessTokenHash(accessToken: string): string {
  const digest = createHash('sha256').update(accessToken, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

export interface Jwk {
  kty?: unknown;
  kid?: unknown;
  use?: unknown;
  alg?: unknown;
  crv?: unknown;
  [member: string]: unknown;
}

/** Picks the signing key for a header from a JWKS: matching kid, key type fit for the alg, meant for signing. */
export function selectJwk(keys: readonly Jwk[], header: IdTokenHeader): Jwk | undefined {
  const fit = keys.filter(
    (k) =>
      (k.use === undefined || k.use === 'sig') &&
      (k.alg === undefined || k.alg === header.alg) &&
      (header.alg === 'RS256' ? k.kty === 'RSA' : k.kty === 'EC' && k.crv === 'P-256'),
  );
  if (header.kid !== undefined) return fit.find((k) => k.kid === header.kid);
  // Without a kid the choice is only unambiguous when exactly one key fits.
  return fit.length === 1 ? fit[0] : undefined;
}

export function publicKeyFromJwk(jwk: Jwk): KeyObject {
  // Only public members: a JWKS that leaked a private "d" must still yield a public key.
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return createPublicKey({ key: pub as JsonWebKey, format: 'jwk' });
}
