// `npm run bench:recruitment`: the recruitment targets of issue 3, measured against the built api.
//
// 1. A throwaway embedded PostgreSQL (.data/bench-recruitment) and redis-server, migrations, the demo data,
//    then 10,000 synthetic applications in Aarhus (seedRecruitment: INSERT … SELECT, not row by row).
// 2. The built api as a child process in production mode; the Aarhus family-care consultant logs in.
// 3. Pipeline board (`pipelineBoard(perColumn: 20)`): sequential, then 20 connections with autocannon.
// 4. Submitting: N applicants register and save a complete draft (not timed), then N submits, C at a time.
// 5. Funnel analytics: 90,000 more applications (100,000 in Aarhus), then sequential `recruitmentAnalytics`.
// Prints p50/p95/p99 per case and the targets; targets are printed, not asserted. Every process it starts
// is stopped again, also on Ctrl-C or an error.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, ROOT, startPostgres, startRedis } from './infra.mjs';

const env = (name, fallback) => Number.parseInt(process.env[name] ?? String(fallback), 10);
const BOARD_APPLICATIONS = env('BENCH_BOARD_APPLICATIONS', 10000);
const ANALYTICS_APPLICATIONS = env('BENCH_ANALYTICS_APPLICATIONS', 100000);
const BOARD_SEQUENTIAL = env('BENCH_BOARD_SEQUENTIAL', 200);
const BOARD_CONNECTIONS = env('BENCH_BOARD_CONNECTIONS', 20);
const BOARD_DURATION = env('BENCH_BOARD_DURATION', 10);
const SUBMITS = env('BENCH_SUBMITS', 200);
const SUBMIT_CONCURRENCY = env('BENCH_SUBMIT_CONCURRENCY', 10);
const ANALYTICS_CALLS = env('BENCH_ANALYTICS_CALLS', 30);
const POOL_SIZE = 10;
const TARGETS = { boardP95: 100, analyticsP95: 300, submitP95: 150 };
const DATA_DIR = resolve(ROOT, '.data/bench-recruitment');
const DIST = {
  api: resolve(ROOT, 'dist/apps/api/src/main.js'),
  migrate: resolve(ROOT, 'dist/libs/core/src/database/migrate.js'),
  seed: resolve(ROOT, 'dist/libs/core/src/database/seed/run-seed.js'),
  demoSeed: resolve(ROOT, 'dist/libs/core/src/database/seed/demo-seed.js'),
  recruitmentSeed: resolve(ROOT, 'dist/libs/recruitment/src/seed/recruitment-seed.js'),
  dataSourceOptions: resolve(ROOT, 'dist/libs/core/src/database/data-source-options.js'),
  config: resolve(ROOT, 'dist/libs/core/src/config/app-config.js'),
};
const BOARD_QUERY = `{ pipelineBoard(perColumn: 20) { status label count items { id applicantName daysInStatus assignedConsultant { name } } } }`;
const ANALYTICS_QUERY = `{ recruitmentAnalytics { applications approved refused withdrawn medianDaysToApproval
  funnel { status reached conversionFromPrevious medianDaysInStage }
  bySource { source label applications submitted approved } ageDistribution { band count } } }`;

const cleanups = [];
const log = (message) => console.log(`[bench:recruitment] ${message}`);

async function cleanup() {
  while (cleanups.length > 0) {
    const step = cleanups.pop();
    await step().catch((error) => console.error(`[bench:recruitment] cleanup: ${error.message}`));
  }
}

function runNode(args, childEnv, what) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
  log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function build() {
  if (process.env.BENCH_SKIP_BUILD === '1' && Object.values(DIST).every((f) => existsSync(f))) return;
  log('building the server (npm run build:server) ...');
  const result = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:server failed');
  for (const [name, file] of Object.entries(DIST)) {
    if (!existsSync(file)) throw new Error(`the build has no ${name} at ${file}`);
  }
}

async function waitForHttp(url, child, timeoutMs) {
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

function spawnChild(args, childEnv) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanups.push(async () => {
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

async function graphql(url, query, variables, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Nearest-rank percentiles of latencies in ms. */
function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) };
}

const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
function line(label, s) {
  return `${label.padEnd(44)} n=${String(s.n).padStart(5)}  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)}  max ${fmt(s.max)}`;
}
const mark = (ok) => (ok ? 'met' : 'MISSED');

async function sql(databaseUrl, text, params) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** `--seed N`: runs in its own process against DATABASE_URL, with the built seed and data source. */
async function seedMode(count) {
  const require = createRequire(import.meta.url);
  require('reflect-metadata');
  const { DataSource } = require('typeorm');
  const { loadDatabaseConfig } = require(DIST.config);
  const { dataSourceOptions } = require(DIST.dataSourceOptions);
  const { seedRecruitment } = require(DIST.recruitmentSeed);
  const dataSource = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    await seedRecruitment(dataSource, { applications: count });
  } finally {
    await dataSource.destroy();
  }
}

async function seedApplications(childEnv, count) {
  runNode([import.meta.filename, '--seed', String(count)], childEnv, `seedRecruitment(${count})`);
  // What autovacuum does shortly after a bulk load: visibility map (index-only scans) and statistics.
  const started = Date.now();
  await sql(childEnv.DATABASE_URL, 'VACUUM (ANALYZE) application, application_transition, app_user');
  log(`VACUUM ANALYZE: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Share of the machine busy over one second: other work on the box skews every figure below. */
async function machineBusy() {
  const sample = () => {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
    return { total: cpu.reduce((a, b) => a + b, 0), idle: (cpu[3] ?? 0) + (cpu[4] ?? 0) };
  };
  const before = sample();
  await new Promise((r) => setTimeout(r, 1000));
  const after = sample();
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

function consultantCredentials() {
  const require = createRequire(import.meta.url);
  const seed = require(DIST.demoSeed);
  const user = seed.DEMO_USERS.find((u) => u.role === 'FAMILY_CONSULTANT' && u.municipalityCode === '751');
  if (!user) throw new Error('the demo seed has no Aarhus family-care consultant');
  return { email: user.email, password: seed.DEMO_PASSWORD };
}

function autocannonRun(url, token, query, duration, onResponse) {
  return new Promise((res, rej) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections: BOARD_CONNECTIONS,
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

/** Run `count` tasks with at most `concurrency` in flight. */
async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** A complete, valid form (validateForm): two applicants aged 30-60, a home, experience, an offer, consent. */
function completeForm(i) {
  return {
    applicants: [
      {
        firstName: 'Maja',
        lastName: `Bench${i}`,
        birthDate: '1984-04-12',
        phone: '20 30 40 50',
        workSituation: 'FULL_TIME',
        occupation: 'Sygeplejerske',
      },
      {
        firstName: 'Rasmus',
        lastName: `Bench${i}`,
        birthDate: '1981-09-30',
        phone: '+45 21 31 41 51',
        workSituation: 'PART_TIME',
        occupation: 'Tømrer',
      },
    ],
    household: [],
    street: `Skovvejen ${1 + (i % 90)}`,
    postalCode: '8000',
    city: 'Aarhus C',
    housingType: 'HOUSE',
    housingTenure: 'OWNED',
    rooms: 5,
    spareRoom: true,
    hasOwnChildren: false,
    professionalExperience: false,
    motivation:
      'Vi har et roligt hjem med god plads, og vi vil gerne give et barn tryghed, nærvær og en stabil hverdag.',
    familyTypes: ['ALMEN'],
    ageMin: 0,
    ageMax: 17,
    childrenCount: 1,
    siblings: true,
    recruitmentSource: 'WEBSITE',
    consentCertificates: true,
    consentPrivacy: true,
  };
}

async function benchBoard(url, token) {
  const first = await graphql(url, BOARD_QUERY, undefined, token);
  const total = first.pipelineBoard.reduce((n, column) => n + column.count, 0);
  log(`pipeline board: ${first.pipelineBoard.length} columns, ${total} applications counted`);
  for (let i = 0; i < 20; i++) await graphql(url, BOARD_QUERY, undefined, token); // warm-up
  const sequential = [];
  for (let i = 0; i < BOARD_SEQUENTIAL; i++) {
    sequential.push(await timed(() => graphql(url, BOARD_QUERY, undefined, token)));
  }
  await autocannonRun(url, token, BOARD_QUERY, 2); // warm-up under load
  const loaded = [];
  const result = await autocannonRun(url, token, BOARD_QUERY, BOARD_DURATION, (ms) => loaded.push(ms));
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    total,
    sequential: summary(sequential),
    loaded: summary(loaded),
    rps: result.requests.average,
    failed,
  };
}

async function benchSubmit(url, municipalityId) {
  const tokens = [];
  const run = randomBytes(3).toString('hex');
  const prepared = await timed(() =>
    pool(SUBMITS, 4, async (i) => {
      const { registerApplicant } = await graphql(
        url,
        `
          mutation ($input: RegisterApplicantInput!) {
            registerApplicant(input: $input) {
              accessToken
            }
          }
        `,
        {
          input: {
            municipalityId,
            name: `Maja Bench${i}`,
            email: `bench-${run}-${i}@ansoeger.example`,
            password: `Bench-kode-${run}-${i}!`,
            acceptPrivacy: true,
          },
        },
      );
      const token = registerApplicant.accessToken;
      await graphql(
        url,
        `
          mutation ($input: SaveApplicationDraftInput!) {
            saveApplicationDraft(input: $input) {
              id
            }
          }
        `,
        { input: { form: completeForm(i), step: 'CONSENT' } },
        token,
      );
      tokens[i] = token;
    }),
  );
  log(
    `submit: ${SUBMITS} applicants registered with complete drafts in ${(prepared / 1000).toFixed(1)} s (not timed)`,
  );
  const latencies = [];
  await pool(SUBMITS, SUBMIT_CONCURRENCY, async (i) => {
    latencies.push(
      await timed(() =>
        graphql(
          url,
          `
            mutation {
              submitApplication {
                id
                status
              }
            }
          `,
          undefined,
          tokens[i],
        ),
      ),
    );
  });
  return summary(latencies);
}

async function benchAnalytics(url, token, databaseUrl) {
  const data = await graphql(url, ANALYTICS_QUERY, undefined, token);
  const [{ n }] = await sql(
    databaseUrl,
    `SELECT count(*)::int AS n FROM application a JOIN municipality m ON m.id = a.municipality_id
      WHERE m.code = '751' AND a.created_at >= now() - interval '12 months'`,
  );
  const a = data.recruitmentAnalytics;
  log(
    `analytics: ${a.applications} applications (database: ${n}), reached ${a.funnel.map((f) => f.reached).join(' → ')}`,
  );
  log(
    `analytics: median days per stage ${a.funnel.map((f) => f.medianDaysInStage ?? '-').join(' / ')}, to approval ${a.medianDaysToApproval}`,
  );
  if (a.applications !== n)
    throw new Error('recruitmentAnalytics does not count every application in the window');
  for (let i = 0; i < 3; i++) await graphql(url, ANALYTICS_QUERY, undefined, token); // warm-up
  const latencies = [];
  for (let i = 0; i < ANALYTICS_CALLS; i++) {
    latencies.push(await timed(() => graphql(url, ANALYTICS_QUERY, undefined, token)));
  }
  return summary(latencies);
}

async function main() {
  build();
  rmSync(DATA_DIR, { recursive: true, force: true });
  cleanups.push(async () => rmSync(DATA_DIR, { recursive: true, force: true }));
  log('starting PostgreSQL and Redis ...');
  const postgres = await startPostgres({ dataDir: resolve(DATA_DIR, 'pg'), persistent: false });
  cleanups.push(() => postgres.stop());
  await postgres.createDatabase('pleje_bench');
  const redis = await startRedis();
  cleanups.push(() => redis.stop());

  const apiPort = await freePort();
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: postgres.url('pleje_bench'),
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    REDIS_URL: redis.url,
    API_PORT: String(apiPort),
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    // Production refuses to start without these; the api sends no mail and uses no bot in this run.
    MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000',
    MICROSOFT_APP_PASSWORD: 'bench',
    MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000000',
    SMTP_URL: 'smtp://127.0.0.1:2525',
  };

  runNode([DIST.migrate], childEnv, 'migrations');
  runNode([DIST.seed], { ...childEnv, NODE_ENV: 'development', SEED: 'demo' }, 'demo seed');
  await seedApplications(childEnv, BOARD_APPLICATIONS);

  log('starting the api ...');
  const api = spawnChild([DIST.api], childEnv);
  await waitForHttp(`http://127.0.0.1:${apiPort}/health/ready`, api, 60000);
  const url = `http://127.0.0.1:${apiPort}/graphql`;
  const { email, password } = consultantCredentials();
  const { login } = await graphql(
    url,
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  const token = login.accessToken;
  const [{ id: aarhusId }] = await sql(
    childEnv.DATABASE_URL,
    `SELECT id FROM municipality WHERE code = '751'`,
  );

  const busy = [];
  busy.push(await machineBusy());
  log(`pipeline board with ${BOARD_APPLICATIONS} applications ...`);
  const board = await benchBoard(url, token);
  busy.push(await machineBusy());
  log(`submitting ${SUBMITS} applications, ${SUBMIT_CONCURRENCY} at a time ...`);
  const submit = await benchSubmit(url, aarhusId);

  log(`adding applications up to ${ANALYTICS_APPLICATIONS} ...`);
  await seedApplications(childEnv, ANALYTICS_APPLICATIONS - BOARD_APPLICATIONS);
  busy.push(await machineBusy());
  const analytics = await benchAnalytics(url, token, childEnv.DATABASE_URL);

  console.log('');
  console.log(line(`pipelineBoard, ${BOARD_APPLICATIONS} apps, sequential`, board.sequential));
  console.log(line(`pipelineBoard, ${BOARD_CONNECTIONS} connections ${BOARD_DURATION} s`, board.loaded));
  console.log(line(`submitApplication, ${SUBMIT_CONCURRENCY} concurrent`, submit));
  console.log(line(`recruitmentAnalytics, ${ANALYTICS_APPLICATIONS} apps, sequential`, analytics));
  console.log('');
  console.log(
    `pipeline board p95 < ${TARGETS.boardP95} ms: sequential ${mark(board.sequential.p95 < TARGETS.boardP95)}, ` +
      `${BOARD_CONNECTIONS} connections ${mark(board.loaded.p95 < TARGETS.boardP95)} ` +
      `(${board.rps.toFixed(0)} req/s, ${board.failed} failed)`,
  );
  console.log(`submit p95 < ${TARGETS.submitP95} ms: ${mark(submit.p95 < TARGETS.submitP95)}`);
  console.log(`analytics p95 < ${TARGETS.analyticsP95} ms: ${mark(analytics.p95 < TARGETS.analyticsP95)}`);
  console.log(
    `machine busy before each part: ${busy.map((b) => `${(b * 100).toFixed(0)}%`).join(', ')} ` +
      '(figures are only comparable on an idle machine)',
  );
  if (board.failed > 0) process.exitCode = 1;
}

if (process.argv[2] === '--seed') {
  await seedMode(Number.parseInt(process.argv[3] ?? '0', 10));
} else {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping everything this run started`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (error) {
    console.error(`[bench:recruitment] ${error.stack ?? error.message}`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}
