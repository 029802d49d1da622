// `npm run bench:learning`: the learning consultants' queue measured end to end through GraphQL over HTTP.
// Throwaway embedded PostgreSQL + redis-server, migrations, demo seed, then in Aarhus BENCH_LEARNING_OPEN
// (10,000) open NEW requests across P1-P4, the built api and worker in production mode, and:
// 1. takeNextLearningRequest by one consultant: BENCH_LEARNING_TAKES (200) sequential calls after 20 warm-ups
//    (each really assigns a request); target p95 < 20 ms.
// 2. 20 consultants pressing take-next at once until BENCH_LEARNING_RACE (1,000) requests are taken; duplicates
//    counted in the responses and in SQL (ASSIGNED events per request); target 0.
// 3. One request retriaged to a deadline 3 s ahead; the real worker escalates it through the outbox and a
//    BullMQ delayed job; lag = escalated_at - deadline_at from SQL; target < 5 s.
// Prints figures with the machine's load average (other work on the machine moves the tail a lot) and, as a
// floor to compare with, the cheapest authenticated query (`me`: HTTP + GraphQL + one primary-key read).
// Targets are printed, not asserted. Everything it starts is stopped again.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import {
  createBench,
  demoCredentials,
  envInt as env,
  fmtMs as f,
  graphql as gql,
  login,
  mark,
  DIST,
  productionApiEnv,
  ROOT,
  sql,
  summary,
  timed,
} from './bench-support.mjs';
import { freePort } from './infra.mjs';

const OPEN = env('BENCH_LEARNING_OPEN', 10000);
const TAKES = env('BENCH_LEARNING_TAKES', 200);
const RACE = env('BENCH_LEARNING_RACE', 1000);
const RACERS = 20;
const DATA_DIR = resolve(ROOT, '.data/bench-learning');
const WORKER = resolve(ROOT, 'dist/apps/worker/src/main.js');
const bench = createBench('bench:learning');
const { log } = bench;

const TAKE = 'mutation { takeNextLearningRequest { id priority } }';
const ME = '{ me { id } }';

async function main() {
  bench.build({ ...DIST, worker: WORKER });
  const childEnv = await productionApiEnv(await bench.startInfra(DATA_DIR), {
    WORKER_PORT: String(await freePort()),
  });
  bench.runNode([DIST.migrate], childEnv, 'migrations', { quiet: true });
  bench.runNode([DIST.seed], { ...childEnv, NODE_ENV: 'development', SEED: 'demo' }, 'demo seed', {
    quiet: true,
  });
  const db = childEnv.DATABASE_URL;
  const [{ id: aarhus }] = await sql(db, `SELECT id FROM municipality WHERE code = '751'`);
  const [caseworkerRow] = await sql(
    db,
    `SELECT id FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`,
  );
  const seeded = await timed(async () => {
    // Open requests waiting up to 30 days, priorities mixed like a real backlog (few P1, many P3/P4).
    await sql(
      db,
      `INSERT INTO learning_request (municipality_id, child_pseudonym, requested_by, requester_role, category, description,
         urgency, priority, deadline_at, status, queued_at, created_at, version)
       SELECT $1, 'Barn ' || g, $2, 'CASEWORKER', (enum_range(NULL::learning_category))[1 + g % 8],
              'Benchmark-henvendelse om skolegang nummer ' || g, 'NORMAL',
              (ARRAY['P1','P2','P2','P3','P3','P3','P4','P4','P4','P4'])[1 + g % 10]::learning_priority,
              now() + interval '7 days', 'NEW', now() - (g % 43200) * interval '1 minute',
              now() - (g % 43200) * interval '1 minute', 1
         FROM generate_series(1, $3) g`,
      [aarhus, caseworkerRow.id, OPEN],
    );
    // 20 learning consultants who can log in (the demo consultant's password hash).
    await sql(
      db,
      `INSERT INTO app_user (municipality_id, email, name, role, password_hash, version)
       SELECT $1, 'laering-' || g || '@bench.example', 'Læringskonsulent ' || g, 'LEARNING_CONSULTANT',
              (SELECT password_hash FROM app_user WHERE email = 'laering@aarhus.example'), 1
         FROM generate_series(1, $2) g`,
      [aarhus, RACERS],
    );
    await sql(db, 'VACUUM ANALYZE');
  });
  log(`${OPEN} open learning requests seeded in ${(seeded / 1000).toFixed(1)} s`);

  await bench.startApi(childEnv);
  bench.spawnChild([WORKER], childEnv);
  const url = `http://127.0.0.1:${childEnv.API_PORT}/graphql`;
  const demo = demoCredentials((u) => u.email === 'laering@aarhus.example', 'Aarhus learning consultant');
  const consultant = await login(url, demo);
  const caseworker = await login(
    url,
    demoCredentials((u) => u.email === 'sagsbehandler@aarhus.example', 'Aarhus caseworker'),
  );

  // 1. Sequential take-next, each followed by the `me` floor query.
  for (let i = 0; i < 20; i++) await gql(url, TAKE, {}, consultant);
  const loadBefore = loadavg()[0];
  const times = [];
  const floorTimes = [];
  for (let i = 0; i < TAKES; i++) {
    times.push(await timed(() => gql(url, TAKE, {}, consultant)));
    floorTimes.push(await timed(() => gql(url, ME, {}, consultant)));
  }
  const loadAfter = loadavg()[0];
  const take = summary(times);
  const floor = summary(floorTimes);

  // 2. 20 consultants at once until RACE requests are taken.
  const tokens = await Promise.all(
    Array.from({ length: RACERS }, (_, i) =>
      login(url, { email: `laering-${i + 1}@bench.example`, password: demo.password }),
    ),
  );
  const seen = new Set();
  let duplicates = 0;
  let taken = 0;
  const raceMs = await timed(() =>
    Promise.all(
      tokens.map(async (token) => {
        while (taken < RACE) {
          taken += 1;
          const r = (await gql(url, TAKE, {}, token)).takeNextLearningRequest;
          if (!r) return;
          if (seen.has(r.id)) duplicates += 1;
          seen.add(r.id);
        }
      }),
    ),
  );
  const [{ sqlDuplicates }] = await sql(
    db,
    `SELECT count(*)::int AS "sqlDuplicates" FROM (SELECT request_id FROM learning_event WHERE type = 'ASSIGNED'
      GROUP BY request_id HAVING count(*) > 1) d`,
  );
  const [{ people }] = await sql(
    db,
    `SELECT count(DISTINCT assignee_id)::int AS people FROM learning_request WHERE assignee_id IN
       (SELECT id FROM app_user WHERE email LIKE 'laering-%@bench.example')`,
  );

  // 3. Escalation lag through the real worker.
  const created = (
    await gql(
      url,
      `mutation($i: CreateLearningRequestInput!) { createLearningRequest(input: $i) { id } }`,
      {
        i: {
          childPseudonym: 'Eskalering',
          category: 'ABSENCE',
          description: 'Benchmark: denne henvendelse skal eskaleres ved fristen.',
          urgency: 'HIGH',
        },
      },
      caseworker,
    )
  ).createLearningRequest;
  const deadline = new Date(Date.now() + 3000);
  await gql(
    url,
    `mutation($id: ID!, $d: DateTime!) { retriageLearningRequest(id: $id, input: { deadlineAt: $d }) { id } }`,
    { id: created.id, d: deadline.toISOString() },
    consultant,
  );
  let lagMs = null;
  const until = Date.now() + 20000;
  while (Date.now() < until) {
    const [row] = await sql(
      db,
      `SELECT (extract(epoch FROM escalated_at - deadline_at) * 1000)::int AS lag FROM learning_request
        WHERE id = $1 AND escalated_at IS NOT NULL`,
      [created.id],
    );
    if (row) {
      lagMs = row.lag;
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const [{ escalations }] = await sql(
    db,
    `SELECT count(*)::int AS escalations FROM learning_event WHERE request_id = $1 AND type = 'ESCALATED'`,
    [created.id],
  );

  console.log('');
  console.log(
    `takeNextLearningRequest via GraphQL over HTTP, ${OPEN} open requests, sequential  n=${take.n}  p50 ${f(take.p50)}  p95 ${f(take.p95)}  p99 ${f(take.p99)}  max ${f(take.max)}`,
  );
  console.log(
    `  floor, { me { id } } over the same HTTP path, interleaved                    n=${floor.n}  p50 ${f(floor.p50)}  p95 ${f(floor.p95)}  p99 ${f(floor.p99)}  max ${f(floor.max)}`,
  );
  console.log(
    `  load average (1 min) on ${cpus().length} cores: ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after the sequential run`,
  );
  console.log(
    `${RACERS} consultants taking ${seen.size} requests at once in ${(raceMs / 1000).toFixed(1)} s (${people} consultants got work): duplicates = ${duplicates} (responses), ${sqlDuplicates} (SQL)`,
  );
  console.log(
    `escalation through outbox + BullMQ delayed job + worker: lag after the deadline = ${lagMs === null ? 'NOT ESCALATED within 20 s' : `${lagMs} ms`}, escalations = ${escalations}`,
  );
  console.log(
    `take-next p95 < 20 ms: ${mark(take.p95 < 20)}; duplicates = 0: ${mark(duplicates === 0 && sqlDuplicates === 0 && seen.size === RACE)}; ` +
      `escalation within 5 s, once: ${mark(lagMs !== null && lagMs < 5000 && escalations === 1)}`,
  );
}

await bench.run(main);
