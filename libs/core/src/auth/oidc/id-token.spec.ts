import { generateKeyPairSync, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { accessTokenHash, IdTokenHeader, Jwk, publicKeyFromJwk, selectJwk, verifyIdToken } from './id-token';
import { OidcError, OidcErrorCode } from './oidc.exception';

const ISSUER = 'https://login.microsoftonline.com/tenant-id/v2.0';
const CLIENT_ID = 'client-123';
const NONCE = 'nonce-abc';
const NOW = 1_800_000_000;

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

function sign(
  claims: Record<string, unknown>,
  options: { key?: KeyObject | string; alg?: jwt.Algorithm; kid?: string } = {},
): string {
  const payload = Object.fromEntries(
    Object.entries({
      iss: ISSUER,
      aud: CLIENT_ID,
      sub: 'subject-1',
      nonce: NONCE,
      iat: NOW - 5,
      exp: NOW + 3600,
      ...claims,
    }).filter(([, value]) => value !== undefined),
  );
  return jwt.sign(payload, options.key ?? rsa.privateKey, {
    algorithm: options.alg ?? 'RS256',
    keyid: options.kid ?? 'rsa-1',
    // jsonwebtoken keeps a given iat; only an explicitly absent one needs noTimestamp.
    noTimestamp: 'iat' in claims && claims.iat === undefined,
  });
}

const keys = async (header: IdTokenHeader): Promise<KeyObject> =>
  header.alg === 'ES256' ? ec.publicKey : rsa.publicKey;

const expectations = { issuer: ISSUER, clientId: CLIENT_ID, nonce: NONCE, now: NOW };

async function reason(token: string, extra: Partial<typeof expectations> & Record<string, unknown> = {}) {
  try {
    await verifyIdToken(token, keys, { ...expectations, ...extra });
  } catch (err) {
    expect(err).toBeInstanceOf(OidcError);
    expect((err as OidcError).code).toBe(OidcErrorCode.ID_TOKEN_INVALID);
    return (err as OidcError).reason;
  }
  throw new Error('token was accepted');
}

describe('ID token validation (OIDC Core 3.1.3.7)', () => {
  it('accepts a well-formed RS256 token and returns its claims', async () => {
    const claims = await verifyIdToken(sign({ email: 'a@b.dk' }), keys, expectations);
    expect(claims).toMatchObject({ sub: 'subject-1', iss: ISSUER, email: 'a@b.dk' });
  });

  it('accepts ES256', async () => {
    const token = sign({}, { key: ec.privateKey, alg: 'ES256', kid: 'ec-1' });
    await expect(verifyIdToken(token, keys, expectations)).resolves.toMatchObject({ sub: 'subject-1' });
  });

  it('refuses a signature by another key', async () => {
    expect(await reason(sign({}, { key: otherRsa.privateKey }))).toBe('invalid signature');
  });

  it('refuses alg none and HS256 (a public key must never become an HMAC secret)', async () => {
    const none = jwt.sign({ iss: ISSUER, aud: CLIENT_ID, sub: 's', nonce: NONCE }, '', { algorithm: 'none' });
    expect(await reason(none)).toBe('unsupported alg');
    const pem = rsa.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(await reason(sign({}, { key: pem, alg: 'HS256' }))).toBe('unsupported alg');
  });

  it('refuses an alg the provider does not declare', async () => {
    const token = sign({}, { key: ec.privateKey, alg: 'ES256' });
    expect(await reason(token, { providerAlgs: ['RS256'] })).toBe('alg not declared by provider');
  });

  it('checks iss, aud, untrusted extra audiences and azp', async () => {
    expect(await reason(sign({ iss: 'https://evil.example' }))).toBe('jwt issuer invalid');
    expect(await reason(sign({ aud: 'another-client' }))).toBe('jwt audience invalid');
    expect(await reason(sign({ aud: [CLIENT_ID, 'another-client'] }))).toBe('untrusted extra audience');
    expect(await reason(sign({ azp: 'another-client' }))).toBe('azp mismatch');
    await expect(
      verifyIdToken(sign({ aud: [CLIENT_ID], azp: CLIENT_ID }), keys, expectations),
    ).resolves.toBeDefined();
  });

  it('checks the nonce without quoting it', async () => {
    const why = await reason(sign({ nonce: 'replayed' }));
    expect(why).toBe('jwt nonce invalid');
    expect(await reason(sign({ nonce: undefined }))).toBe('jwt nonce invalid');
  });

  it('checks exp and iat with a one-minute clock skew', async () => {
    expect(await reason(sign({ exp: NOW - 61 }))).toBe('jwt expired');
    await expect(verifyIdToken(sign({ exp: NOW - 30 }), keys, expectations)).resolves.toBeDefined();
    expect(await reason(sign({ iat: NOW + 120 }))).toBe('issued in the future');
    expect(await reason(sign({ iat: NOW - 3600 }))).toBe('issued too long ago');
    expect(await reason(sign({ iat: undefined }))).toBe('missing iat');
    expect(await reason(sign({ exp: undefined }))).toBe('missing exp');
  });

  it('requires a subject', async () => {
    expect(await reason(sign({ sub: '' }))).toBe('missing sub');
  });

  it('checks at_hash against the access token when present', async () => {
    const good = sign({ at_hash: accessTokenHash('the-access-token') });
    await expect(
      verifyIdToken(good, keys, { ...expectations, accessToken: 'the-access-token' }),
    ).resolves.toBeDefined();
    expect(await reason(good, { accessToken: 'another-access-token' })).toBe('at_hash mismatch');
  });

  it('refuses malformed and encrypted (five-part) tokens', async () => {
    expect(await reason('not.a-token')).toBe('malformed');
    expect(await reason('a.b.c.d.e')).toBe('malformed');
  });

  it('computes at_hash as in a published worked example', () => {
    // Worked example from Ping Identity's developer guide (RS256, SHA-256 left half).
    expect(accessTokenHash('dNZX1hEZ9wBCzNL40Upu646bdzQA')).toBe('wfgvmE9VxjAudsl9lc6TqA');
  });
});

describe('JWKS key selection', () => {
  const rsaJwk = { ...(rsa.publicKey.export({ format: 'jwk' }) as Jwk), kid: 'rsa-1', use: 'sig' };
  const ecJwk = { ...(ec.publicKey.export({ format: 'jwk' }) as Jwk), kid: 'ec-1' };
  const encJwk = { ...(otherRsa.publicKey.export({ format: 'jwk' }) as Jwk), kid: 'enc-1', use: 'enc' };

  it('matches kid and key type, and ignores encryption keys', () => {
    const jwks = [rsaJwk, ecJwk, encJwk];
    expect(selectJwk(jwks, { alg: 'RS256', kid: 'rsa-1' })).toBe(rsaJwk);
    expect(selectJwk(jwks, { alg: 'ES256', kid: 'ec-1' })).toBe(ecJwk);
    expect(selectJwk(jwks, { alg: 'ES256', kid: 'rsa-1' })).toBeUndefined();
    expect(selectJwk(jwks, { alg: 'RS256', kid: 'enc-1' })).toBeUndefined();
    expect(selectJwk(jwks, { alg: 'RS256', kid: 'unknown' })).toBeUndefined();
  });

  it('without a kid, picks a key only when exactly one fits', () => {
    expect(selectJwk([rsaJwk, ecJwk], { alg: 'RS256' })).toBe(rsaJwk);
    expect(selectJwk([rsaJwk, { ...rsaJwk, kid: 'rsa-2' }], { alg: 'RS256' })).toBeUndefined();
  });

  it('builds a public key even from a JWK that wrongly carries private members', () => {
    const leaked = { ...(rsa.privateKey.export({ format: 'jwk' }) as Jwk), kid: 'x' };
    const key = publicKeyFromJwk(leaked);
    expect(key.type).toBe('public');
    expect(key.export({ format: 'jwk' })).toEqual(rsa.publicKey.export({ format: 'jwk' }));
  });
});
