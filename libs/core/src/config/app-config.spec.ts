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
