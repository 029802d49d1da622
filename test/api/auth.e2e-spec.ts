import { startApiForTest, TestApi } from '../support/test-api';
import { gql, LOGIN } from '../support/graphql-client';

const PASSWORD = 'Pleje-demo-2026';
const REFRESH = `mutation { refreshSession { accessToken user { email } } }`;

function cookieFrom(setCookie: string[]): string {
  const c = setCookie.find((h) => h.startsWith('pp_refresh='));
  if (!c) throw new Error('no refresh cookie');
  return c.split(';')[0];
}

describe('authentication over GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({ env: { LOGIN_MAX_ATTEMPTS: '3' } });
  });
  afterAll(() => api.close());

  it('logs in, returns a bearer token that works, and sets an httpOnly SameSite=Strict refresh cookie', async () => {
    const r = await gql<{
      login: { accessToken: string; user: { role: string; municipality: { code: string } } };
    }>(api.url, LOGIN, { email: 'Familiekonsulent@Aarhus.example', password: PASSWORD });
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.user).toMatchObject({ role: 'FAMILY_CONSULTANT', municipality: { code: '751' } });
    const cookie = r.setCookie.find((h) => h.startsWith('pp_refresh='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await gql<{ me: { email: string } }>(
      api.url,
      '{ me { email } }',
      {},
      { token: r.data?.login.accessToken },
    );
    expect(me.data?.me.email).toBe('familiekonsulent@aarhus.example');
  });

  it('refuses a wrong password with UNAUTHENTICATED and a Danish message, and rate-limits per account', async () => {
    const email = 'sagsbehandler@aarhus.example';
    for (let i = 0; i < 3; i++) {
      const r = await gql(api.url, LOGIN, { email, password: 'forkert-kode-123' });
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.errors?.[0].message).toBe('E-mail eller adgangskode er forkert.');
    }
    const limited = await gql(api.url, LOGIN, { email, password: PASSWORD });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Another account from the same address is not locked out by it.
    const other = await gql(api.url, LOGIN, { email: 'netvaerk@aarhus.example', password: PASSWORD });
    expect(other.errors).toBeUndefined();
  });

  it('rejects bad input with BAD_USER_INPUT naming the field', async () => {
    const r = await gql(api.url, LOGIN, { email: 'ikke-en-mail', password: 'x' });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toHaveProperty('email');
  });

  it('rotates the refresh token, and reuse of a spent token revokes the whole session', async () => {
    const login = await gql(api.url, LOGIN, { email: 'laering@aarhus.example', password: PASSWORD });
    const first = cookieFrom(login.setCookie);
    const refreshed = await gql<{ refreshSession: { user: { email: string } } }>(
      api.url,
      REFRESH,
      {},
      { cookie: first },
    );
    expect(refreshed.data?.refreshSession.user.email).toBe('laering@aarhus.example');
    const second = cookieFrom(refreshed.setCookie);
    expect(second).not.toBe(first);
    const reuse = await gql(api.url, REFRESH, {}, { cookie: first });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The stolen-token response also kills the legitimate successor.
    const successor = await gql(api.url, REFRESH, {}, { cookie: second });
    expect(successor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('two concurrent refreshes with one token: exactly one wins', async () => {
    const login = await gql(api.url, LOGIN, { email: 'plejefamilie@aarhus.example', password: PASSWORD });
    const cookie = cookieFrom(login.setCookie);
    const results = await Promise.all([1, 2, 3, 4].map(() => gql(api.url, REFRESH, {}, { cookie })));
    expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
  });

  it('logout revokes the refresh token', async () => {
    const login = await gql(api.url, LOGIN, { email: 'ansoeger@aarhus.example', password: PASSWORD });
    const cookie = cookieFrom(login.setCookie);
    const out = await gql(api.url, 'mutation { logout }', {}, { cookie });
    expect(out.data).toEqual({ logout: true });
    const after = await gql(api.url, REFRESH, {}, { cookie });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an invalid bearer token gets UNAUTHENTICATED, never a stack trace', async () => {
    const r = await gql(api.url, '{ me { email } }', {}, { token: 'not-a-jwt' });
    expect(r.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('records logins in the append-only audit log', async () => {
    const rows = await api.dataSource.query(
      `SELECT action FROM audit_event WHERE action IN ('LOGIN','LOGIN_FAILED')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    await expect(api.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/append-only/);
  });
});
