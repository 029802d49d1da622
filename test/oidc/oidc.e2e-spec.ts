import { ChildProcess } from 'node:child_process';
import { LOGGER } from '@pleje/core';
import type { Logger } from 'pino';
import { gql } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';
import { Browserless, Hop, readForm } from './browserless';
import { freePort } from '@pleje/testing';
import { startProvider, stopProvider } from './provider-process';

const CLIENT_ID = 'plejeportalen-test';
const CLIENT_SECRET = 'provider-shared-secret-for-tests-only';
const PUBLIC_CLIENT_ID = 'plejeportalen-public';
const REFRESH = `mutation { refreshSession { accessToken user { email role } } }`;

interface SignInResult {
  browser: Browserless;
  /** The api callback's answer. */
  callback: Hop;
  /** The refresh cookie as a Cookie header value, when one was set. */
  refreshCookie?: string;
}

/**
 * Walks the whole flow as a browser would: api login -> provider -> login form -> consent form ->
 * api callback. `tamper` may rewrite the callback URL the provider redirects to.
 */
async function signIn(
  api: TestApi,
  login: string,
  tamper?: (callbackUrl: URL) => void,
): Promise<SignInResult> {
  const redirectUri = api.config.oidc!.redirectUri;
  const browser = new Browserless();
  let hop = await browser.visit(`${api.url}/auth/oidc/login`);
  for (let i = 0; i < 15; i++) {
    if (hop.location) {
      const next = new URL(hop.location);
      if (next.toString().startsWith(redirectUri)) {
        tamper?.(next);
        const callback = await browser.visit(next.toString());
        const cookie = callback.setCookie.find((c) => c.startsWith('pp_refresh='));
        return { browser, callback, refreshCookie: cookie?.split(';')[0] };
      }
      hop = await browser.visit(next.toString());
      continue;
    }
    const form = readForm(hop.body, hop.url);
    if (!form) throw new Error(`unexpected page ${hop.status} at ${hop.url}`);
    hop = await browser.visit(form.action, {
      method: 'POST',
      form:
        form.prompt === 'login'
          ? { prompt: 'login', login, password: 'adgangskode-ignoreres' }
          : { prompt: form.prompt },
    });
  }
  throw new Error('the flow did not reach the callback');
}

// One real provider for the file, with a confidential and a public client, each bound to its own api.
let provider: ChildProcess;
let issuer: string;
const apiPorts = { confidential: 0, public: 0 };

beforeAll(async () => {
  apiPorts.confidential = await freePort();
  apiPorts.public = await freePort();
  ({ child: provider, issuer } = await startProvider([
    { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: callbackUri(apiPorts.confidential) },
    { clientId: PUBLIC_CLIENT_ID, redirectUri: callbackUri(apiPorts.public) },
  ]));
});

afterAll(() => stopProvider(provider));

function callbackUri(port: number): string {
  return `http://127.0.0.1:${port}/auth/oidc/callback`;
}

describe('staff sign-in with OpenID Connect against a real oidc-provider (confidential client)', () => {
  let api: TestApi;
  let redirectUri: string;

  beforeAll(async () => {
    redirectUri = callbackUri(apiPorts.confidential);
    api = await startApiForTest({
      env: {
        API_PORT: String(apiPorts.confidential),
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: CLIENT_ID,
        OIDC_CLIENT_SECRET: CLIENT_SECRET,
        OIDC_REDIRECT_URI: redirectUri,
      },
    });
  });

  afterAll(() => api?.close());

  /** Why the last OIDC sign-in failed, from the audit log (which holds codes, never claims). */
  const lastFailure = async (): Promise<unknown> =>
    (
      await api.dataSource.query(
        `SELECT details FROM audit_event WHERE action = 'LOGIN_FAILED' ORDER BY id DESC LIMIT 1`,
      )
    )[0]?.details;

  const userCount = async (): Promise<number> =>
    Number((await api.dataSource.query(`SELECT count(*)::int AS n FROM app_user`))[0].n);

  it('says OIDC is enabled in publicConfig', async () => {
    const r = await gql<{ publicConfig: { oidcEnabled: boolean } }>(
      api.url,
      '{ publicConfig { oidcEnabled } }',
    );
    expect(r.data).toEqual({ publicConfig: { oidcEnabled: true } });
  });

  it('starts the flow with PKCE S256, state and nonce in an encrypted httpOnly SameSite=Lax cookie', async () => {
    const browser = new Browserless();
    const hop = await browser.visit(`${api.url}/auth/oidc/login`);
    expect(hop.status).toBe(302);
    const target = new URL(hop.location!);
    expect(`${target.origin}${target.pathname}`).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(target.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(target.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(target.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = hop.setCookie.find((c) => c.startsWith('pp_oidc='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\/auth\/oidc/i);
    expect(cookie).toMatch(/Max-Age=600/i);
    // Encrypted: neither the state nor anything else of the flow is readable in the cookie.
    const value = decodeURIComponent(cookie!.split(';')[0].slice('pp_oidc='.length));
    expect(value).not.toContain(target.searchParams.get('state'));
    expect(Buffer.from(value.split('.')[2], 'base64url').toString('latin1')).not.toMatch(/state|nonce/);
  });

  it('signs a staff member in, links the identity on first sign-in, and the refresh cookie gives a session', async () => {
    const before = await userCount();
    const { callback, refreshCookie } = await signIn(api, 'entra-familiekonsulent');
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${api.url}/`);
    expect(refreshCookie).toBeDefined();
    // The one-time flow cookie is cleared by the callback.
    expect(callback.setCookie.find((c) => c.startsWith('pp_oidc='))).toMatch(/Expires=Thu, 01 Jan 1970/);

    const refreshed = await gql<{
      refreshSession: { accessToken: string; user: { email: string; role: string } };
    }>(api.url, REFRESH, {}, { cookie: refreshCookie });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data?.refreshSession.user).toEqual({
      email: 'familiekonsulent@aarhus.example',
      role: 'FAMILY_CONSULTANT',
    });
    const me = await gql<{ me: { email: string; role: string } }>(
      api.url,
      '{ me { email role } }',
      {},
      { token: refreshed.data?.refreshSession.accessToken },
    );
    expect(me.data?.me).toEqual({ email: 'familiekonsulent@aarhus.example', role: 'FAMILY_CONSULTANT' });

    const [row] = await api.dataSource.query(
      `SELECT id, oidc_issuer, oidc_subject FROM app_user WHERE email = 'familiekonsulent@aarhus.example'`,
    );
    expect(row).toMatchObject({ oidc_issuer: issuer, oidc_subject: 'entra-familiekonsulent' });
    expect(await userCount()).toBe(before);
    const audit = await api.dataSource.query(
      `SELECT action, details FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [row.id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'UPDATE',
          details: expect.objectContaining({ reason: 'oidc-first-sign-in' }),
        }),
        expect.objectContaining({ action: 'LOGIN', details: { method: 'oidc' } }),
      ]),
    );
  });

  it('signs the same identity in again through the linked subject', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-familiekonsulent');
    expect(callback.location).toBe(`${api.url}/`);
    const refreshed = await gql<{ refreshSession: { user: { email: string } } }>(
      api.url,
      REFRESH,
      {},
      { cookie: refreshCookie },
    );
    expect(refreshed.data?.refreshSession.user.email).toBe('familiekonsulent@aarhus.example');
    const linked = await api.dataSource.query(
      `SELECT id FROM app_user WHERE oidc_subject = 'entra-familiekonsulent'`,
    );
    expect(linked).toHaveLength(1);
  });

  it('refuses an unknown e-mail without creating an account, and keeps the e-mail out of the URL', async () => {
    const before = await userCount();
    const { callback, refreshCookie } = await signIn(api, 'entra-ukendt');
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${api.url}/login?fejl=oidc`);
    expect(callback.location).not.toMatch(/ukendt|andet/);
    expect(refreshCookie).toBeUndefined();
    expect(await userCount()).toBe(before);
    expect(
      await api.dataSource.query(`SELECT 1 FROM app_user WHERE email LIKE '%andet.example'`),
    ).toHaveLength(0);
    expect(await lastFailure()).toEqual({ method: 'oidc', code: 'OIDC.UNKNOWN_IDENTITY' });
  });

  it('refuses a foster parent: only staff accounts may use the organisation sign-in', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-plejefamilie');
    expect(callback.location).toBe(`${api.url}/login?fejl=oidc`);
    expect(refreshCookie).toBeUndefined();
    expect(await lastFailure()).toEqual({ method: 'oidc', code: 'OIDC.NOT_STAFF' });
    const [row] = await api.dataSource.query(
      `SELECT oidc_subject FROM app_user WHERE email = 'plejefamilie@aarhus.example'`,
    );
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses an e-mail the provider has not verified, and links nothing', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-uverificeret');
    expect(callback.location).toBe(`${api.url}/login?fejl=oidc`);
    expect(refreshCookie).toBeUndefined();
    expect(await lastFailure()).toEqual({ method: 'oidc', code: 'OIDC.NO_VERIFIED_EMAIL' });
    const [row] = await api.dataSource.query(
      `SELECT oidc_subject FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`,
    );
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses a tampered state before redeeming the code, and links nothing', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-admin', (url) => {
      const state = url.searchParams.get('state')!;
      url.searchParams.set('state', `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    });
    expect(callback.location).toBe(`${api.url}/login?fejl=oidc`);
    expect(refreshCookie).toBeUndefined();
    expect(await lastFailure()).toEqual({ method: 'oidc', code: 'OIDC.STATE_MISMATCH' });
    const [row] = await api.dataSource.query(
      `SELECT oidc_subject FROM app_user WHERE email = 'admin@plejeportalen.example'`,
    );
    expect(row.oidc_subject).toBeNull();
  });

  it('refuses a callback without the flow cookie (a code injected from another browser)', async () => {
    const victim = new Browserless();
    let injected: string | undefined;
    await signIn(api, 'entra-admin', (url) => {
      injected = url.toString();
      url.searchParams.set('state', 'stop-here');
    });
    const hop = await victim.visit(injected!);
    expect(hop.location).toBe(`${api.url}/login?fejl=oidc`);
    expect(hop.setCookie.some((c) => c.startsWith('pp_refresh='))).toBe(false);
    expect(await lastFailure()).toEqual({ method: 'oidc', code: 'OIDC.FLOW_EXPIRED' });
  });

  it('logs a failure as a code and a fixed reason: no e-mail, claim, code or state', async () => {
    const logger = api.app.get<Logger>(LOGGER);
    const warn = jest.spyOn(logger, 'warn');
    try {
      let callbackUrl = '';
      await signIn(api, 'entra-ukendt', (url) => {
        callbackUrl = url.toString();
      });
      expect(warn).toHaveBeenCalledWith(
        { code: 'OIDC.UNKNOWN_IDENTITY', reason: 'no account with that e-mail' },
        'oidc sign-in failed',
      );
      const logged = JSON.stringify(warn.mock.calls);
      const params = new URL(callbackUrl).searchParams;
      for (const secret of ['ukendt', 'andet.example', params.get('code')!, params.get('state')!]) {
        expect(logged).not.toContain(secret);
      }
    } finally {
      warn.mockRestore();
    }
  });

  it('lets a linked admin sign in too (ADMIN is staff)', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-admin');
    expect(callback.location).toBe(`${api.url}/`);
    const refreshed = await gql<{ refreshSession: { user: { role: string } } }>(
      api.url,
      REFRESH,
      {},
      { cookie: refreshCookie },
    );
    expect(refreshed.data?.refreshSession.user.role).toBe('ADMIN');
  });
});

describe('staff sign-in with a public client (PKCE only, no client secret)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({
      env: {
        API_PORT: String(apiPorts.public),
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: PUBLIC_CLIENT_ID,
        OIDC_REDIRECT_URI: callbackUri(apiPorts.public),
      },
    });
  });
  afterAll(() => api?.close());

  it('signs a staff member in with the code verifier as the only proof', async () => {
    const { callback, refreshCookie } = await signIn(api, 'entra-familiekonsulent');
    expect(callback.location).toBe(`${api.url}/`);
    const refreshed = await gql<{ refreshSession: { user: { email: string } } }>(
      api.url,
      REFRESH,
      {},
      { cookie: refreshCookie },
    );
    expect(refreshed.data?.refreshSession.user.email).toBe('familiekonsulent@aarhus.example');
  });
});

describe('without OIDC configuration', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({ seed: false });
  });
  afterAll(() => api?.close());

  it('has no OIDC routes and says so in publicConfig', async () => {
    expect((await fetch(`${api.url}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${api.url}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' })).status).toBe(
      404,
    );
    const r = await gql<{ publicConfig: { oidcEnabled: boolean } }>(
      api.url,
      '{ publicConfig { oidcEnabled } }',
    );
    expect(r.data).toEqual({ publicConfig: { oidcEnabled: false } });
  });
});
