import { ConfigError, loadConfig, loadFaqEvalOptions } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives a typed config with defaults for development', () => {
    const config = loadConfig(base);
    expect(config.env).toBe('development');
    expect(config.ports).toEqual({ api: 3000, worker: 3001, bot: 3978 });
    expect(config.graphql.introspection).toBe(true);
    expect(config.oidc).toBeNull();
  });

  it('stops on a missing or malformed setting with a Danish message naming it', () => {
    expect(problems({ REDIS_URL: base.REDIS_URL })).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
    expect(problems({ ...base, DATABASE_URL: 'ikke en url' })).toEqual([
      'DATABASE_URL: DATABASE_URL skal være en postgres://-URL',
    ]);
    expect(problems({ ...base, API_PORT: '70000' })).toEqual([expect.stringMatching(/^API_PORT: /)]);
    expect(problems({ ...base, REDIS_PREFIX: 'a:b' })).toEqual([expect.stringMatching(/^REDIS_PREFIX: /)]);
  });

  it('refuses production without secrets and bot credentials, and turns introspection off there', () => {
    const found = problems({ ...base, NODE_ENV: 'production' });
    expect(found).toEqual(
      expect.arrayContaining([
        'JWT_SECRET: JWT_SECRET skal sættes i produktion',
        'MICROSOFT_APP_ID: MICROSOFT_APP_ID skal sættes i produktion',
        'SMTP_URL: SMTP_URL skal sættes i produktion',
      ]),
    );
    const prod = loadConfig({
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      MICROSOFT_APP_ID: 'a',
      MICROSOFT_APP_PASSWORD: 'b',
      MICROSOFT_APP_TENANT_ID: 'c',
      SMTP_URL: 'smtp://mail.kommune.example:587',
    });
    expect(prod.graphql.introspection).toBe(false);
    expect(prod.auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('requires bucket and keys when files go to S3', () => {
    expect(problems({ ...base, STORAGE_DRIVER: 's3', S3_BUCKET: 'b' })).toEqual([
      'S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID skal sættes når STORAGE_DRIVER=s3',
      'S3_SECRET_ACCESS_KEY: S3_SECRET_ACCESS_KEY skal sættes når STORAGE_DRIVER=s3',
    ]);
    expect(loadConfig(base).storage).toEqual({
      driver: 'local',
      dir: '.data/uploads',
      maxBytes: 10 * 1024 * 1024,
    });
  });

  it('asks S3 for encryption at rest only when S3_SSE names a known kind', () => {
    const s3 = {
      ...base,
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'b',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    };
    expect(loadConfig(s3).storage).not.toHaveProperty('serverSideEncryption');
    expect(loadConfig({ ...s3, S3_SSE: 'aws:kms' }).storage).toMatchObject({
      serverSideEncryption: 'aws:kms',
    });
    expect(problems({ ...s3, S3_SSE: 'rot13' })).toHaveLength(1);
    expect(problems({ ...s3, S3_SSE: 'rot13' })[0]).toMatch(/^S3_SSE: /);
  });

  it('turns Teams single sign-on on only with a tenant id and a bot app id, with Entra defaults', () => {
    const tenant = '7f8e9d0c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
    expect(loadConfig(base).teamsSso).toBeNull();
    // Development and the Agents Playground: no app id, so the code flow stays alone.
    expect(loadConfig({ ...base, TEAMS_SSO_TENANT_ID: tenant }).teamsSso).toBeNull();
    const on = loadConfig({
      ...base,
      TEAMS_SSO_TENANT_ID: tenant.toUpperCase(),
      MICROSOFT_APP_ID: 'app-1',
      BOT_DEFAULT_MUNICIPALITY_CODE: '751',
    });
    expect(on.teamsSso).toEqual({
      tenantId: tenant,
      appId: 'app-1',
      appIdUri: 'api://botid-app-1',
      connectionName: 'TeamsSso',
      openIdConfigUrl: `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`,
    });
    expect(problems({ ...base, TEAMS_SSO_TENANT_ID: 'aarhus' })).toEqual([
      'TEAMS_SSO_TENANT_ID: TEAMS_SSO_TENANT_ID skal være et tenant-id (GUID) fra Entra ID',
    ]);
    expect(problems({ ...base, TEAMS_SSO_TENANT_ID: tenant, MICROSOFT_APP_ID: 'app-1' })).toEqual([
      'BOT_DEFAULT_MUNICIPALITY_CODE: BOT_DEFAULT_MUNICIPALITY_CODE skal sættes, når TEAMS_SSO_TENANT_ID er sat',
    ]);
    expect(problems({ ...base, TEAMS_SSO_APP_ID_URI: 'https://example.dk' })).toEqual([
      'TEAMS_SSO_APP_ID_URI: TEAMS_SSO_APP_ID_URI skal være en Application ID URI, fx api://botid-<app-id>',
    ]);
  });

  it('requires the OIDC settings together', () => {
    expect(problems({ ...base, OIDC_ISSUER: 'https://login.example/v2.0' })).toEqual([
      'OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID og OIDC_REDIRECT_URI skal sættes sammen',
    ]);
  });
});

describe('loadFaqEvalOptions', () => {
  it('defaults to the full report without held-out misses, and refuses a malformed size', () => {
    expect(loadFaqEvalOptions({})).toEqual({
      heldoutMisses: false,
      ask: null,
      sweep: null,
      quick: false,
      entries: 1000,
      dump: null,
    });
    expect(loadFaqEvalOptions({ EVAL_FAQ_HELDOUT_MISSES: '1', EVAL_FAQ_ENTRIES: '250' })).toMatchObject({
      heldoutMisses: true,
      entries: 250,
    });
    expect(() => loadFaqEvalOptions({ EVAL_FAQ_ENTRIES: 'mange' })).toThrow(ConfigError);
  });
});
