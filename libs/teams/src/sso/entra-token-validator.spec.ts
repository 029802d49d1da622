import { generateKeyPairSync, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import {
  EntraTokenValidator,
  SSO_KEYS_REFETCH_COOLDOWN_MS,
  SSO_KEYS_TTL_MS,
  SsoRefusal,
  SsoTokenRefused,
} from './entra-token-validator';

const tenant = '7f8e9d0c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const appId = '0b8e6d4c-1f2a-4b3c-8d9e-0a1b2c3d4e5f';
const appIdUri = `api://botid-${appId}`;
const oid = '11111111-2222-4333-8444-555555555555';
const configUrl = 'https://login.example/tenant/v2.0/.well-known/openid-configuration';
const jwksUrl = 'https://login.example/tenant/discovery/v2.0/keys';

function rsa(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

const first = rsa();
const second = rsa();

/** A fake of Entra's two endpoints, counting requests; its key set can be swapped (rotation). */
function entra(keys: Array<{ kid: string; key: KeyObject }>) {
  const state = { keys, requests: 0, fail: false };
  const fetchJson = (url: string): Promise<unknown> => {
    state.requests += 1;
    if (state.fail) return Promise.reject(new Error('offline'));
    if (url === configUrl) return Promise.resolve({ jwks_uri: jwksUrl });
    if (url === jwksUrl)
      return Promise.resolve({
        keys: state.keys.map(({ kid, key }) => ({ ...key.export({ format: 'jwk' }), kid, use: 'sig' })),
      });
    return Promise.reject(new Error(`unexpected ${url}`));
  };
  return { state, fetchJson };
}

let clock = Date.parse('2026-11-26T10:00:00Z');
const now = () => clock;

function validatorWith(fake: ReturnType<typeof entra>) {
  return new EntraTokenValidator({
    tenantId: tenant,
    audiences: [appIdUri, appId],
    openIdConfigUrl: configUrl,
    fetchJson: fake.fetchJson,
    now,
  });
}

function token(
  claims: Record<string, unknown> = {},
  { kid = 'k1', key = first.privateKey }: { kid?: string; key?: KeyObject } = {},
): string {
  const iat = Math.floor(clock / 1000);
  const payload = Object.fromEntries(
    Object.entries({
      aud: appIdUri,
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      tid: tenant,
      oid,
      sub: 'pairwise-subject',
      scp: 'access_as_user',
      preferred_username: 'Anna.Holm@Aarhus.example',
      iat,
      nbf: iat,
      exp: iat + 3600,
      ...claims,
    }).filter(([, value]) => value !== undefined),
  );
  return jwt.sign(payload, key, { algorithm: 'RS256', keyid: kid });
}

async function refusal(promise: Promise<unknown>): Promise<SsoRefusal | 'accepted'> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof SsoTokenRefused) return error.reason;
    throw error;
  }
}

describe('EntraTokenValidator', () => {
  beforeEach(() => {
    clock = Date.parse('2026-11-26T10:00:00Z');
  });

  it('accepts a valid token of the Teams user and returns the identity with lower-cased addresses', async () => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    await expect(
      validator.validate(token({ email: 'anna@aarhus.example' }), oid.toUpperCase()),
    ).resolves.toEqual({
      tenantId: tenant,
      objectId: oid,
      issuer: `https://login.microsoftonline.com/${tenant}/v2.0`,
      subject: 'pairwise-subject',
      emails: ['anna@aarhus.example', 'anna.holm@aarhus.example'],
    });
  });

  it('accepts the bare app id as audience and the v1 issuer of the same tenant', async () => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    expect(await refusal(validator.validate(token({ aud: appId }), oid))).toBe('accepted');
    expect(await refusal(validator.validate(token({ iss: `https://sts.windows.net/${tenant}/` }), oid))).toBe(
      'accepted',
    );
  });

  it.each<[string, Record<string, unknown>, SsoRefusal]>([
    ['another audience', { aud: 'api://botid-someone-else' }, 'wrong-audience'],
    ['no audience', { aud: undefined }, 'wrong-audience'],
    ['another tenant', { tid: '99999999-1b2a-4c3d-9e8f-0a1b2c3d4e5f' }, 'wrong-tenant'],
    [
      "another tenant's issuer",
      { iss: 'https://login.microsoftonline.com/99999999-1b2a-4c3d-9e8f-0a1b2c3d4e5f/v2.0' },
      'wrong-issuer',
    ],
    [
      'the common endpoint as issuer',
      { iss: 'https://login.microsoftonline.com/common/v2.0' },
      'wrong-issuer',
    ],
    ['an app-only token (no scp)', { scp: undefined, roles: ['access_as_user'] }, 'wrong-scope'],
    ['another scope', { scp: 'User.Read' }, 'wrong-scope'],
    ['another person', { oid: '22222222-2222-4333-8444-555555555555' }, 'wrong-user'],
    ['no oid', { oid: undefined }, 'wrong-user'],
  ])('refuses %s', async (_label, claims, reason) => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    expect(await refusal(validator.validate(token(claims), oid))).toBe(reason);
  });

  it('refuses a token when the activity carries no aadObjectId', async () => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    expect(await refusal(validator.validate(token(), null))).toBe('wrong-user');
  });

  it('refuses an expired token beyond the skew, and one not valid yet; tolerates a minute either way', async () => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    const iat = Math.floor(clock / 1000);
    expect(await refusal(validator.validate(token({ exp: iat - 120 }), oid))).toBe('expired');
    expect(await refusal(validator.validate(token({ exp: iat - 30 }), oid))).toBe('accepted');
    expect(await refusal(validator.validate(token({ nbf: iat + 600 }), oid))).toBe('not-yet-valid');
    expect(await refusal(validator.validate(token({ nbf: iat + 30 }), oid))).toBe('accepted');
    expect(await refusal(validator.validate(token({ exp: undefined }), oid))).toBe('expired');
  });

  it('refuses a token signed by another key under a known kid, and non-RS256 or garbage tokens', async () => {
    const validator = validatorWith(entra([{ kid: 'k1', key: first.publicKey }]));
    expect(await refusal(validator.validate(token({}, { key: second.privateKey }), oid))).toBe(
      'bad-signature',
    );
    const hs256 = jwt.sign({ oid, tid: tenant }, 'shared-secret', { algorithm: 'HS256', keyid: 'k1' });
    expect(await refusal(validator.validate(hs256, oid))).toBe('malformed');
    const unsigned = jwt.sign({ oid, tid: tenant }, '', { algorithm: 'none' });
    expect(await refusal(validator.validate(unsigned, oid))).toBe('malformed');
    expect(await refusal(validator.validate('not-a-token', oid))).toBe('malformed');
    // Someone else's valid token with the oid swapped in: the signature no longer fits.
    const [header, , signature] = token({ oid: '22222222-2222-4333-8444-555555555555' }).split('.');
    const payload = Buffer.from(JSON.stringify(jwt.decode(token()))).toString('base64url');
    expect(await refusal(validator.validate([header, payload, signature].join('.'), oid))).toBe(
      'bad-signature',
    );
  });

  it('caches the keys, reloads them once for an unknown kid (rotation), and not again within the cooldown', async () => {
    const fake = entra([{ kid: 'k1', key: first.publicKey }]);
    const validator = validatorWith(fake);
    await validator.validate(token(), oid);
    await validator.validate(token(), oid);
    expect(fake.state.requests).toBe(2); // configuration + keys, once

    fake.state.keys = [
      { kid: 'k1', key: first.publicKey },
      { kid: 'k2', key: second.publicKey },
    ];
    expect(await refusal(validator.validate(token({}, { kid: 'k2', key: second.privateKey }), oid))).toBe(
      'accepted',
    );
    expect(fake.state.requests).toBe(4);

    // Made-up kids do not make the bot hammer Entra: one reload per cooldown.
    expect(await refusal(validator.validate(token({}, { kid: 'made-up' }), oid))).toBe('unknown-key');
    expect(await refusal(validator.validate(token({}, { kid: 'made-up-2' }), oid))).toBe('unknown-key');
    expect(fake.state.requests).toBe(4);
    clock += SSO_KEYS_REFETCH_COOLDOWN_MS;
    expect(await refusal(validator.validate(token({}, { kid: 'made-up-3' }), oid))).toBe('unknown-key');
    expect(fake.state.requests).toBe(6);
  });

  it('reloads the keys after the TTL, and keeps the old ones when the reload fails', async () => {
    const fake = entra([{ kid: 'k1', key: first.publicKey }]);
    const validator = validatorWith(fake);
    await validator.validate(token(), oid);
    clock += SSO_KEYS_TTL_MS;
    fake.state.fail = true;
    expect(await refusal(validator.validate(token(), oid))).toBe('accepted');
    expect(fake.state.requests).toBe(3);
  });

  it('refuses everything while the keys were never loaded', async () => {
    const fake = entra([{ kid: 'k1', key: first.publicKey }]);
    fake.state.fail = true;
    expect(await refusal(validatorWith(fake).validate(token(), oid))).toBe('keys-unavailable');
  });

  it('shares one key request between parallel validations', async () => {
    const fake = entra([{ kid: 'k1', key: first.publicKey }]);
    const validator = validatorWith(fake);
    await Promise.all([validator.validate(token(), oid), validator.validate(token(), oid)]);
    expect(fake.state.requests).toBe(2);
  });
});
