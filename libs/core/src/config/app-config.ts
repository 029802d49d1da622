import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(0).max(65535);

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

const databaseUrl = z.string().url({ message: 'DATABASE_URL skal være en postgres://-URL' });

/** Every setting the apps read. Nothing else in the code base reads process.env. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.string().url({ message: 'REDIS_URL skal være en redis://-URL' }),
    REDIS_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, 'REDIS_PREFIX må kun indeholde a-z, 0-9, _ og -')
      .default('pleje'),
    PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    API_PORT: port.default(3000),
    WORKER_PORT: port.default(3001),
    BOT_PORT: port.default(3978),
    PORTAL_DIST: z.string().default('dist/portal'),
    JWT_SECRET: z.string().min(32, 'JWT_SECRET skal være mindst 32 tegn').optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(300)
      .max(90 * 24 * 3600)
      .default(14 * 24 * 3600),
    LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
    /** Public self-registration per client address and hour (each one sends a mail: no spam relay). */
    REGISTRATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100000).default(10),
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_REDIRECT_URI: z.string().url().optional(),
    MICROSOFT_APP_ID: z.string().optional(),
    MICROSOFT_APP_PASSWORD: z.string().optional(),
    MICROSOFT_APP_TENANT_ID: z.string().optional(),
    /** Messages one Teams user may send the bot per minute before it asks them to slow down. */
    BOT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(20),
    /**
     * The municipality (three-digit code, e.g. 751) whose knowledge base answers Teams users who have not linked
     * a portal account. A SingleTenant bot registration belongs to one municipality's tenant. Unset: unlinked
     * users are asked to link first.
     */
    BOT_DEFAULT_MUNICIPALITY_CODE: z
      .string()
      .regex(/^\d{3}$/, 'BOT_DEFAULT_MUNICIPALITY_CODE skal være en kommunekode på tre cifre')
      .optional(),
    /**
     * Teams single sign-on: the municipality's Entra tenant (GUID). SSO is on only when this and MICROSOFT_APP_ID
     * are set; otherwise Teams users link with a one-time code from the portal ("forbind 123456").
     */
    TEAMS_SSO_TENANT_ID: z
      .string()
      .regex(GUID, 'TEAMS_SSO_TENANT_ID skal være et tenant-id (GUID) fra Entra ID')
      .optional(),
    /** The Application ID URI exposed by the bot's app registration; default api://botid-<MICROSOFT_APP_ID>. */
    TEAMS_SSO_APP_ID_URI: z
      .string()
      .regex(/^api:\/\/\S+$/, 'TEAMS_SSO_APP_ID_URI skal være en Application ID URI, fx api://botid-<app-id>')
      .optional(),
    /** The OAuth connection name on the Azure Bot resource, echoed by Teams in the token exchange. */
    TEAMS_SSO_CONNECTION_NAME: z
      .string()
      .regex(/^[\w.-]{1,100}$/, 'TEAMS_SSO_CONNECTION_NAME må kun indeholde bogstaver, tal, _, . og -')
      .default('TeamsSso'),
    /** Where the tenant's signing keys are found; default Entra's v2.0 OpenID configuration for the tenant. */
    TEAMS_SSO_OPENID_CONFIG_URL: z
      .string()
      .url({ message: 'TEAMS_SSO_OPENID_CONFIG_URL skal være en URL' })
      .optional(),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
    // A full page (100) of a wide type (foster families: ~17 fields) costs ~6,700; 20,000 leaves room for that
    // while still refusing the multiplied nesting that cost limits exist for.
    GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(20000),
    GRAPHQL_INTROSPECTION: bool.optional(),
    TRUST_PROXY: bool.default(false),
    /** smtp://user:pass@host:port or smtps://…; unset outside production = mails are written as .eml files to MAIL_DIR. */
    SMTP_URL: z.string().url({ message: 'SMTP_URL skal være en smtp:// eller smtps://-URL' }).optional(),
    MAIL_DIR: z.string().default('.data/mail'),
    MAIL_FROM: z.string().min(3).default('Plejeportalen <noreply@plejeportalen.local>'),
    /** local (disk under STORAGE_DIR) or s3 (any S3-compatible service). */
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().default('.data/uploads'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default('eu-north-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool.default(true),
    /** Encryption at rest asked of the service per object (AES256 or aws:kms); unset, the bucket default applies. */
    S3_SSE: z.enum(['AES256', 'aws:kms']).optional(),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    /** Days a refused or withdrawn application is kept before it is erased (GDPR storage limitation). */
    RECRUITMENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Days an untouched draft waits before its one reminder mail. */
    DRAFT_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    /** Days the text of a question put to the FAQ (and of a finished ticket) is kept: it may hold personal data. */
    FAQ_QUESTION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      for (const key of [
        'JWT_SECRET',
        'SMTP_URL',
        'MICROSOFT_APP_ID',
        'MICROSOFT_APP_PASSWORD',
        'MICROSOFT_APP_TENANT_ID',
      ] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} skal sættes i produktion` });
      }
    }
    if (env.STORAGE_DRIVER === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: `${key} skal sættes når STORAGE_DRIVER=s3` });
      }
    }
    if (env.TEAMS_SSO_TENANT_ID && env.MICROSOFT_APP_ID && !env.BOT_DEFAULT_MUNICIPALITY_CODE) {
      // Single sign-on maps the tenant's users to accounts of one municipality: the bot's.
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_DEFAULT_MUNICIPALITY_CODE'],
        message: 'BOT_DEFAULT_MUNICIPALITY_CODE skal sættes, når TEAMS_SSO_TENANT_ID er sat',
      });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_REDIRECT_URI];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'OIDC_ISSUER, OIDC_CLIENT_ID og OIDC_REDIRECT_URI skal sættes sammen',
      });
    }
  });

export type Env = z.infer<typeof schema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  logLevel: Env['LOG_LEVEL'];
  publicUrl: string;
  database: { url: string; poolSize: number };
  redis: { url: string; prefix: string };
  ports: { api: number; worker: number; bot: number };
  portalDist: string;
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    loginMaxAttempts: number;
    loginWindowSeconds: number;
    registrationsPerIpPerHour: number;
  };
  oidc: { issuer: string; clientId: string; clientSecret?: string; redirectUri: string } | null;
  bot: { appId?: string; appPassword?: string; tenantId?: string; defaultMunicipalityCode?: string };
  botLimits: { messagesPerMinute: number };
  /** Teams single sign-on; null when off (no tenant id or no bot app id): the code flow alone. */
  teamsSso: {
    tenantId: string;
    appId: string;
    appIdUri: string;
    connectionName: string;
    openIdConfigUrl: string;
  } | null;
  graphql: { maxDepth: number; maxCost: number; introspection: boolean };
  trustProxy: boolean;
  mail: { smtpUrl: string | null; from: string; dir: string };
  storage:
    | { driver: 'local'; dir: string; maxBytes: number }
    | {
        driver: 's3';
        maxBytes: number;
        endpoint?: string;
        region: string;
        bucket: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
        serverSideEncryption?: 'AES256' | 'aws:kms';
      };
  recruitment: { retentionDays: number; draftReminderDays: number };
  faq: { questionRetentionDays: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfiguration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Development-only fallback; production refuses to start without JWT_SECRET (see superRefine).
const DEV_JWT_SECRET = 'plejeportalen-development-secret-not-for-production';

/** Validates or throws one ConfigError listing every problem as `SETTING: Danish message`. */
function parseOrThrow<S extends z.ZodType>(
  schema: S,
  source: Record<string, string | undefined>,
): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(rod)'}: ${i.message}`));
  }
  return parsed.data;
}

/** For tools that only need the database (migration CLI, seed): validates DATABASE_URL alone. */
export function loadDatabaseConfig(
  source: Record<string, string | undefined> = process.env,
): Pick<AppConfig, 'database'> {
  const { DATABASE_URL } = parseOrThrow(z.object({ DATABASE_URL: databaseUrl }), source);
  return { database: { url: DATABASE_URL, poolSize: 4 } };
}

/** For the seed command: which data set (demo or none) and how many extra synthetic users (benchmarks). */
export function loadSeedOptions(source: Record<string, string | undefined> = process.env): {
  seed: 'demo' | 'none';
  scale: number;
} {
  const { SEED, SEED_SCALE } = parseOrThrow(
    z.object({
      SEED: z.enum(['demo', 'none']).default('demo'),
      SEED_SCALE: z.coerce.number().int().min(0).max(1_000_000).default(0),
    }),
    source,
  );
  return { seed: SEED, scale: SEED_SCALE };
}

/** For `npm run eval:faq` (a developer tool): which report to print and how big the padded knowledge base is. */
export interface FaqEvalOptions {
  /** Print the held-out set's misses (off: the held-out set must not be tuned on). */
  heldoutMisses: boolean;
  /** One question and its candidates, then stop (debugging). */
  ask: string | null;
  /** A JSON array of partial search-tuning variants: one summary line each, then stop. */
  sweep: string | null;
  /** Skip the run with synthetic fillers. */
  quick: boolean;
  /** Knowledge-base size for the padded run. */
  entries: number;
  /** File to write the dev set's scores to, for calibrating thresholds. */
  dump: string | null;
}

export function loadFaqEvalOptions(source: Record<string, string | undefined> = process.env): FaqEvalOptions {
  const e = parseOrThrow(
    z.object({
      EVAL_FAQ_HELDOUT_MISSES: z.enum(['0', '1']).default('0'),
      EVAL_FAQ_ASK: z.string().min(1).optional(),
      EVAL_FAQ_SWEEP: z.string().min(1).optional(),
      EVAL_FAQ_QUICK: z.enum(['0', '1']).default('0'),
      EVAL_FAQ_ENTRIES: z.coerce.number().int().min(1).max(100_000).default(1000),
      EVAL_FAQ_DUMP: z.string().min(1).optional(),
    }),
    source,
  );
  return {
    heldoutMisses: e.EVAL_FAQ_HELDOUT_MISSES === '1',
    ask: e.EVAL_FAQ_ASK ?? null,
    sweep: e.EVAL_FAQ_SWEEP ?? null,
    quick: e.EVAL_FAQ_QUICK === '1',
    entries: e.EVAL_FAQ_ENTRIES,
    dump: e.EVAL_FAQ_DUMP ?? null,
  };
}

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const e = parseOrThrow(schema, source);
  const isProduction = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    isProduction,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    redis: { url: e.REDIS_URL, prefix: e.REDIS_PREFIX },
    ports: { api: e.API_PORT, worker: e.WORKER_PORT, bot: e.BOT_PORT },
    portalDist: e.PORTAL_DIST,
    auth: {
      jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
      loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
      loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
      registrationsPerIpPerHour: e.REGISTRATIONS_PER_IP_PER_HOUR,
    },
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_REDIRECT_URI
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUri: e.OIDC_REDIRECT_URI,
          }
        : null,
    bot: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      defaultMunicipalityCode: e.BOT_DEFAULT_MUNICIPALITY_CODE,
    },
    botLimits: { messagesPerMinute: e.BOT_MESSAGES_PER_MINUTE },
    teamsSso:
      e.TEAMS_SSO_TENANT_ID && e.MICROSOFT_APP_ID
        ? {
            tenantId: e.TEAMS_SSO_TENANT_ID.toLowerCase(),
            appId: e.MICROSOFT_APP_ID,
            appIdUri: e.TEAMS_SSO_APP_ID_URI ?? `api://botid-${e.MICROSOFT_APP_ID}`,
            connectionName: e.TEAMS_SSO_CONNECTION_NAME,
            openIdConfigUrl:
              e.TEAMS_SSO_OPENID_CONFIG_URL ??
              `https://login.microsoftonline.com/${e.TEAMS_SSO_TENANT_ID.toLowerCase()}/v2.0/.well-known/openid-configuration`,
          }
        : null,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    },
    trustProxy: e.TRUST_PROXY,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, dir: e.MAIL_DIR },
    storage:
      e.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            maxBytes: e.UPLOAD_MAX_BYTES,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET ?? '',
            accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            ...(e.S3_SSE ? { serverSideEncryption: e.S3_SSE } : {}),
          }
        : { driver: 'local', dir: e.STORAGE_DIR, maxBytes: e.UPLOAD_MAX_BYTES },
    recruitment: {
      retentionDays: e.RECRUITMENT_RETENTION_DAYS,
      draftReminderDays: e.DRAFT_REMINDER_DAYS,
    },
    faq: { questionRetentionDays: e.FAQ_QUESTION_RETENTION_DAYS },
  };
}
