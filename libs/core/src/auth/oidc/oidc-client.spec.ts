import { generateKeyPairSync } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import jwt from 'jsonwebtoken';
import { loadConfig } from '../../config/app-config';
import { createFlowState } from './flow-cookie';
import { OidcClient } from './oidc-client';
import { OidcErrorCode } from './oidc.exception';

// A tiny provider over real HTTP whose answers each test shapes; no mocked fetch.
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base: string;
let routes: Record<string, Handler>;
const hits: string[] = [];

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', base).pathname;
      hits.push(path);
      const route = routes[path];
      if (route) route(req, body, res);
      else json(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const keyA = generateKeyPairSync('rsa', { modulusLength: 2048 });
const keyB = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwkOf = (pair: typeof keyA, kid: string) => ({
  ...pair.publicKey.export({ format: 'jwk' }),
  kid,
  use: 'sig',
});

function discovery(overrides: Record<string, unknown> = {}) {
  return {
    issuer: base,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/jwks`,
    userinfo_endpoint: `${base}/userinfo`,
    ...overrides,
  };
}

function client(env: Record<string, string> = {}): OidcClient {
  return new OidcClient(
    loadConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      REDIS_URL: 'redis://127.0.0.1:1',
      OIDC_ISSUER: base,
      OIDC_CLIENT_ID: 'client id/æ',
      OIDC_CLIENT_SECRET: 'se:cret +&',
      OIDC_REDIRECT_URI: 'https://portal.example/auth/oidc/callback',
      ...env,
    }),
  );
}

async function code(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'resolved',
    (err: { code?: unknown }) => err.code,
  );
}

beforeEach(() => {
  hits.length = 0;
  routes = { '/.well-known/openid-configuration': (_q, _b, res) => json(res, 200, discovery()) };
});

afterEach(() => jest.restoreAllMocks());

describe('OidcClient discovery', () => {
  it('builds the authorization request from discovery, and caches the document', async () => {
    const c = client();
    const flow = createFlowState();
    const url = new URL(await c.authorizationUrl(flow));
    await c.authorizationUrl(flow);
    expect(`${url.origin}${url.pathname}`).toBe(`${base}/authorize`);
    expect(url.searchParams.get('client_id')).toBe('client id/æ');
    expect(url.searchParams.get('state')).toBe(flow.state);
    expect(url.searchParams.get('nonce')).toBe(flow.nonce);
    expect(url.searchParams.get('code_challenge')).not.toBe(flow.verifier);
    expect(hits.filter((h) => h.startsWith('/.well-known'))).toHaveLength(1);
  });

  it('refuses a document naming another issuer, and does not cache the failure', async () => {
    routes['/.well-known/openid-configuration'] = (_q, _b, res) =>
      json(res, 200, discovery({ issuer: 'https://evil.example' }));
    const c = client();
    await expect(c.getDiscovery()).rejects.toMatchObject({ reason: 'issuer mismatch' });
    routes['/.well-known/openid-configuration'] = (_q, _b, res) => json(res, 200, discovery());
    await expect(c.getDiscovery()).resolves.toMatchObject({ issuer: base });
  });

  it('refuses plain-http endpoints in production, and a provider without PKCE S256', async () => {
    const production = client({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      MICROSOFT_APP_ID: 'a',
      MICROSOFT_APP_PASSWORD: 'b',
      MICROSOFT_APP_TENANT_ID: 'c',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    await expect(production.getDiscovery()).rejects.toMatchObject({
      code: OidcErrorCode.DISCOVERY_FAILED,
      reason: 'non-https endpoint in production',
    });
    routes['/.well-known/openid-configuration'] = (_q, _b, res) =>
      json(res, 200, discovery({ code_challenge_methods_supported: ['plain'] }));
    await expect(client().getDiscovery()).rejects.toMatchObject({
      code: OidcErrorCode.DISCOVERY_FAILED,
      reason: 'provider lacks PKCE S256',
    });
  });

  it('reports an unreachable provider as DISCOVERY_FAILED', async () => {
    expect(await code(client({ OIDC_ISSUER: 'http://127.0.0.1:1' }).getDiscovery())).toBe(
      OidcErrorCode.DISCOVERY_FAILED,
    );
  });
});

describe('OidcClient token exchange', () => {
  it('authenticates with client_secret_basic, form-encoding id and secret (RFC 6749 2.3.1)', async () => {
    let seen: { authorization?: string; body?: URLSearchParams } = {};
    routes['/token'] = (req, body, res) => {
      seen = { authorization: req.headers.authorization, body: new URLSearchParams(body) };
      json(res, 200, { id_token: 'x.y.z', access_token: 'at', token_type: 'Bearer' });
    };
    await client().exchangeCode('the-code', 'the-verifier');
    const decoded = Buffer.from(seen.authorization!.replace(/^Basic /, ''), 'base64').toString();
    expect(decoded).toBe(`${encodeURIComponent('client id/æ').replace(/%20/g, '+')}:se%3Acret+%2B%26`);
    expect(Object.fromEntries(seen.body!)).toEqual({
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://portal.example/auth/oidc/callback',
      code_verifier: 'the-verifier',
    });
  });

  it('uses client_secret_post when that is all the provider offers', async () => {
    routes['/.well-known/openid-configuration'] = (_q, _b, res) =>
      json(res, 200, discovery({ token_endpoint_auth_methods_supported: ['client_secret_post'] }));
    let seen: { authorization?: string; body?: URLSearchParams } = {};
    routes['/token'] = (req, body, res) => {
      seen = { authorization: req.headers.authorization, body: new URLSearchParams(body) };
      json(res, 200, { id_token: 'x.y.z', access_token: 'at', token_type: 'bearer' });
    };
    await client().exchangeCode('c', 'v');
    expect(seen.authorization).toBeUndefined();
    expect(seen.body?.get('client_id')).toBe('client id/æ');
    expect(seen.body?.get('client_secret')).toBe('se:cret +&');
  });

  it('turns an OAuth error into TOKEN_EXCHANGE_FAILED with the error code only', async () => {
    routes['/token'] = (_q, _b, res) =>
      json(res, 400, { error: 'invalid_grant', error_description: 'grant for fie@aarhus.dk expired' });
    const err = await client()
      .exchangeCode('c', 'v')
      .catch((e: { code: string; reason: string }) => e);
    expect(err).toMatchObject({
      code: OidcErrorCode.TOKEN_EXCHANGE_FAILED,
      reason: 'token endpoint 400 invalid_grant',
    });
  });

  it('refuses a token response without an ID token', async () => {
    routes['/token'] = (_q, _b, res) => json(res, 200, { access_token: 'at', token_type: 'Bearer' });
    expect(await code(client().exchangeCode('c', 'v'))).toBe(OidcErrorCode.TOKEN_EXCHANGE_FAILED);
  });
});

describe('OidcClient ID token keys', () => {
  const sign = (pair: typeof keyA, kid: string): string =>
    jwt.sign({ iss: base, aud: 'client id/æ', sub: 's', nonce: 'n' }, pair.privateKey, {
      algorithm: 'RS256',
      keyid: kid,
      expiresIn: 300,
    });

  it('verifies against the JWKS, and refetches it once the provider has rotated its keys', async () => {
    let keys = [jwkOf(keyA, 'a')];
    routes['/jwks'] = (_q, _b, res) => json(res, 200, { keys });
    const c = client();
    await expect(c.verifyIdToken(sign(keyA, 'a'), 'n', 'at')).resolves.toMatchObject({ sub: 's' });
    keys = [jwkOf(keyB, 'b')];
    // Within the cooldown an unknown kid does not hammer the provider.
    expect(await code(c.verifyIdToken(sign(keyB, 'b'), 'n', 'at'))).toBe(OidcErrorCode.ID_TOKEN_INVALID);
    expect(hits.filter((h) => h === '/jwks')).toHaveLength(1);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    await expect(c.verifyIdToken(sign(keyB, 'b'), 'n', 'at')).resolves.toMatchObject({ sub: 's' });
    expect(hits.filter((h) => h === '/jwks')).toHaveLength(2);
  });
});

describe('OidcClient UserInfo', () => {
  it('returns the claims for the same subject and refuses another subject', async () => {
    routes['/userinfo'] = (req, _b, res) =>
      req.headers.authorization === 'Bearer at'
        ? json(res, 200, { sub: 's', email: 'fie@aarhus.dk', email_verified: true })
        : json(res, 401, { error: 'invalid_token' });
    await expect(client().userinfo('at', 's')).resolves.toMatchObject({ email: 'fie@aarhus.dk' });
    expect(await code(client().userinfo('at', 'someone-else'))).toBe(OidcErrorCode.USERINFO_FAILED);
    expect(await code(client().userinfo('wrong', 's'))).toBe(OidcErrorCode.USERINFO_FAILED);
  });
});
