// What every `bench:*` script against the built api needs: the build check, throwaway PostgreSQL + Redis,
// the production child environment, child processes that are stopped again (also on Ctrl-C or an error),
// readiness polling, a GraphQL client, timing and nearest-rank percentiles. Each script keeps only what it
// measures and how it prints it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ROOT, startPostgres, startRedis } from './infra.mjs';

export { ROOT };

/** Entry points of `npm run build:server` that every bench starts. */
export const DIST = {
  api: resolve(ROOT, 'dist/apps/api/src/main.js'),
  migrate: resolve(ROOT, 'dist/libs/core/src/database/migrate.js'),
  seed: resolve(ROOT, 'dist/libs/core/src/database/seed/run-seed.js'),
  demoSeed: resolve(ROOT, 'dist/libs/core/src/database/seed/demo-seed.js'),
};

/** An integer setting from the environment, so a bench can be run small (e.g. BENCH_SUBMITS=20). */
export const envInt = (name, fallback) => Number.parseInt(process.env[name] ?? String(fallback), 10);

/**
 * One bench run: its log prefix (`[bench:api]`) and the stack of cleanup steps. Everything the run starts
 * registers its own stop step, and `run(main)` unwinds them in reverse order at the end, on an error and
 * on SIGINT/SIGTERM, so no PostgreSQL, redis-server or api is left behind.
 */
export function createBench(name) {
  const prefix = `[${name}]`;
  const cleanups = [];
  const log = (message) => console.log(`${prefix} ${message}`);
  const onCleanup = (step) => cleanups.push(step);

  async function cleanup() {
    while (cleanups.length > 0) {
      const step = cleanups.pop();
      await step().catch((error) => console.error(`${prefix} cleanup: ${error.message}`));
    }
  }

  /** `npm run build:server` unless BENCH_SKIP_BUILD=1 and every entry point the bench needs is there. */
  function build(entries = DIST) {
    if (process.env.BENCH_SKIP_BUILD === '1' && Object.values(entries).every((f) => existsSync(f))) return;
    log('building the server (npm run build:server) ...');
    const result = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm run build:server failed');
    for (const [entry, file] of Object.entries(entries)) {
      if (!existsSync(file)) throw new Error(`the build has no ${entry} at ${file}`);
    }
  }

  /**
   * Run a node script to its end (migrations, seeds). `quiet` hides its stdout and the timing line, for
   * benches whose printed output is only their figures.
   */
  function runNode(args, env, what, { quiet = false } = {}) {
    const started = Date.now();
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
    if (!quiet) log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  /** Start a node child process that is stopped (TERM, then KILL after 10 s) when the run ends. */
  function spawnChild(args, env) {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
    onCleanup(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const exited = await Promise.race([
        new Promise((r) => child.once('exit', () => r(true))),
        new Promise((r) => setTimeout(() => r(false), 10000)),
      ]);
      if (!exited) child.kill('SIGKILL');
    });
    return child;
  }

  /** A fresh embedded PostgreSQL in `dataDir` with an empty `pleje_bench` database, and a redis-server. */
  async function startInfra(dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
    onCleanup(async () => rmSync(dataDir, { recursive: true, force: true }));
    const postgres = await startPostgres({ dataDir: resolve(dataDir, 'pg'), persistent: false });
    onCleanup(() => postgres.stop());
    await postgres.createDatabase('pleje_bench');
    const redis = await startRedis();
    onCleanup(() => redis.stop());
    return { databaseUrl: postgres.url('pleje_bench'), redisUrl: redis.url };
  }

  /** The built api as a child process, once /health/ready answers. */
  async function startApi(env, nodeArgs = []) {
    const child = spawnChild([...nodeArgs, DIST.api], env);
    await waitForHttp(`http://127.0.0.1:${env.API_PORT}/health/ready`, child, 60000);
    return child;
  }

  /** Run `main`, print its error, and always stop everything it started. */
  async function run(main) {
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, () => {
        log(`${signal}: stopping everything this run started`);
        void cleanup().finally(() => process.exit(130));
      });
    }
    try {
      await main();
    } catch (error) {
      console.error(`${prefix} ${error.stack ?? error.message}`);
      process.exitCode = 1;
    } finally {
      await cleanup();
    }
  }

  return { log, onCleanup, build, runNode, spawnChild, startInfra, startApi, run };
}

/**
 * The api's environment in production mode on a free port. Production refuses to start without a mail
 * server and a bot registration; the benches send no mail (no worker runs) and use no bot, so placeholders do.
 */
export async function productionApiEnv({ databaseUrl, redisUrl }, extra = {}) {
  const apiPort = await freePort();
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    // The submit benchmark registers hundreds of applicants from one address.
    REGISTRATIONS_PER_IP_PER_HOUR: '100000',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    API_PORT: String(apiPort),
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000',
    MICROSOFT_APP_PASSWORD: 'bench',
    MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000000',
    ...extra,
  };
}

/** Poll `url` until it answers 2xx; fail early when `child` exits during start. */
export async function waitForHttp(url, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`${url} : the process exited with code ${child.exitCode} during start`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${url}`);
}

export async function graphql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

export async function login(url, { email, password }) {
  const data = await graphql(
    url,
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return data.login.accessToken;
}

/** A demo user's credentials, taken from the built seed so they cannot drift. */
export function demoCredentials(matches, what) {
  const require = createRequire(import.meta.url);
  const seed = require(DIST.demoSeed);
  const user = seed.DEMO_USERS.find(matches);
  if (!user) throw new Error(`the demo seed has no ${what}`);
  return { email: user.email, password: seed.DEMO_PASSWORD };
}

/** One query on its own connection (setup, VACUUM/ANALYZE, checks); not for measured work. */
export async function sql(databaseUrl, text, params = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** autocannon POSTing one GraphQL query with a bearer token; `onResponse` gets each latency in ms. */
export function autocannonGraphql({ url, token, query, connections, duration, onResponse }) {
  return new Promise((res, rej) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      },
      (error, result) => (error ? rej(error) : res(result)),
    );
    if (onResponse)
      instance.on('response', (_client, _status, _bytes, responseTime) => onResponse(responseTime));
  });
}

/** Milliseconds `fn` took. */
export async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Nearest-rank percentiles of latencies in ms. */
export function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) };
}

/** A latency for the result lines, right-aligned: `   12.3 ms`. */
export const fmtMs = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

export const mark = (ok) => (ok ? 'met' : 'MISSED');

/** Share of the machine busy over one second: other work on the box skews every figure a bench prints. */
export async function machineBusy() {
  const sample = () => {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    return { total: cpu.reduce((a, b) => a + b, 0), idle: (cpu[3] ?? 0) + (cpu[4] ?? 0) };
  };
  const before = sample();
  await new Promise((r) => setTimeout(r, 1000));
  const after = sample();
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}
