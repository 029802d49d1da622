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
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import {
  autocannonGraphql,
  createBench,
  demoCredentials,
  DIST as BASE_DIST,
  envInt as env,
  fmtMs as fmt,
  graphql,
  login,
  machineBusy,
  mark,
  productionApiEnv,
  ROOT,
  sql,
  summary,
  timed,
} from './bench-support.mjs';

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
  ...BASE_DIST,
  recruitmentSeed: resolve(ROOT, 'dist/libs/recruitment/src/seed/recruitment-seed.js'),
  dataSourceOptions: resolve(ROOT, 'dist/libs/core/src/database/data-source-options.js'),
  config: resolve(ROOT, 'dist/libs/core/src/config/app-config.js'),
};
const BOARD_QUERY = `{ pipelineBoard(perColumn: 20) { status label count items { id applicantName daysInStatus assignedConsultant { name } } } }`;
const ANALYTICS_QUERY = `{ recruitmentAnalytics { applications approved refused withdrawn medianDaysToApproval
  funnel { status reached conversionFromPrevious medianDaysInStage }
  bySource { source label applications submitted approved } ageDistribution { band count } } }`;

const bench = createBench('bench:recruitment');
const { log } = bench;

function line(label, s) {
  return `${label.padEnd(44)} n=${String(s.n).padStart(5)}  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  p99 ${fmt(s.p99)}  max ${fmt(s.max)}`;
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
  bench.runNode([import.meta.filename, '--seed', String(count)], childEnv, `seedRecruitment(${count})`);
  // What autovacuum does shortly after a bulk load: visibility map (index-only scans) and statistics.
  const started = Date.now();
  await sql(childEnv.DATABASE_URL, 'VACUUM (ANALYZE) application, application_transition, app_user');
  log(`VACUUM ANALYZE: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const consultantCredentials = () =>
  demoCredentials(
    (u) => u.role === 'FAMILY_CONSULTANT' && u.municipalityCode === '751',
    'Aarhus family-care consultant',
  );

function autocannonRun(url, token, query, duration, onResponse) {
  return autocannonGraphql({ url, token, query, connections: BOARD_CONNECTIONS, duration, onResponse });
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
  bench.build(DIST);
  log('starting PostgreSQL and Redis ...');
  const infra = await bench.startInfra(DATA_DIR);
  const childEnv = await productionApiEnv(infra, { DATABASE_POOL_SIZE: String(POOL_SIZE) });

  bench.runNode([DIST.migrate], childEnv, 'migrations');
  bench.runNode([DIST.seed], { ...childEnv, NODE_ENV: 'development', SEED: 'demo' }, 'demo seed');
  await seedApplications(childEnv, BOARD_APPLICATIONS);

  log('starting the api ...');
  await bench.startApi(childEnv);
  const url = `http://127.0.0.1:${childEnv.API_PORT}/graphql`;
  const token = await login(url, consultantCredentials());
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
  await bench.run(main);
}
