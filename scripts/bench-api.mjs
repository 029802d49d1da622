// `npm run bench:api`: the GraphQL api under load against the plain upper limit, in one run.
//
// 1. A throwaway embedded PostgreSQL (.data/bench) and redis-server, migrations, and the demo data
//    scaled to SEED_SCALE users (default 10,000).
// 2. The built api as a child process, in production mode; one ADMIN login for a bearer token.
// 3. autocannon, 20 connections for 15 s each, on the users list query (50 users with their
//    municipality) against the api and against a plain `pg` + `node:http` endpoint that serves the
//    same JSON for the same rows from the same database.
// Prints requests/s, p50/p99 latency, the ratio and the api's peak RSS; targets are printed, not asserted.
// Every process it starts is stopped again, also on Ctrl-C or an error.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import process from 'node:process';
import pg from 'pg';
import { freePort } from './infra.mjs';
import {
  autocannonGraphql,
  createBench,
  demoCredentials,
  DIST,
  envInt,
  graphql,
  login,
  machineBusy,
  mark,
  productionApiEnv,
  ROOT,
  sql,
  waitForHttp,
} from './bench-support.mjs';

const SCALE = envInt('SEED_SCALE', 10000);
const DURATION = envInt('BENCH_DURATION', 15);
const WARMUP = envInt('BENCH_WARMUP', 3);
const CONNECTIONS = 20;
const PAGE_SIZE = 50;
const POOL_SIZE = 10;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;
const DATA_DIR = resolve(ROOT, '.data/bench');
const QUERY = `{ users(first: ${PAGE_SIZE}) { edges { node { id email name role municipality { id name } } } pageInfo { endCursor hasNextPage } } }`;

const bench = createBench('bench:api');
const { log } = bench;

/** The seeded ADMIN's credentials. */
const adminCredentials = () => demoCredentials((u) => u.role === 'ADMIN', 'ADMIN user');

/**
 * The upper limit: the same rows in the same order and the same JSON shape, straight from pg. Like the
 * api it scopes to the actor's municipality (the platform ADMIN sees every municipality) and pages by
 * (created_at, id) newest first. It runs in its
 * own process (`--baseline`), as the api does, so it does not share an event loop with autocannon.
 */
async function serveBaseline() {
  const {
    BENCH_BASELINE_DB: databaseUrl,
    BENCH_BASELINE_EMAIL: adminEmail,
    BENCH_BASELINE_PORT: port,
  } = process.env;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  const { rows: actors } = await pool.query('SELECT role, municipality_id FROM app_user WHERE email = $1', [
    adminEmail,
  ]);
  const actor = actors[0];
  if (!actor) throw new Error('the seeded ADMIN is missing from app_user');
  const municipalityId = actor.role === 'ADMIN' ? null : actor.municipality_id;
  const sql = `
    SELECT u.id, u.email, u.name, u.role, u.created_at, m.id AS municipality_id, m.name AS municipality_name
      FROM app_user u JOIN municipality m ON m.id = u.municipality_id
     WHERE ($1::uuid IS NULL OR u.municipality_id = $1)
     ORDER BY u.created_at DESC, u.id DESC
     LIMIT $2`;
  const cursor = (r) => Buffer.from(`${r.created_at.toISOString()}|${r.id}`).toString('base64url');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      if (req.url === '/health') return void res.writeHead(200).end('ok');
      try {
        const { rows } = await pool.query(sql, [municipalityId, PAGE_SIZE + 1]);
        const page = rows.slice(0, PAGE_SIZE);
        const edges = page.map((r) => ({
          node: {
            id: r.id,
            email: r.email,
            name: r.name,
            role: r.role,
            municipality: { id: r.municipality_id, name: r.municipality_name },
          },
        }));
        const last = page.at(-1);
        const body = JSON.stringify({
          data: {
            users: {
              edges,
              pageInfo: { endCursor: last ? cursor(last) : null, hasNextPage: rows.length > PAGE_SIZE },
            },
          },
        });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500).end(String(error.message));
      }
    });
  });
  await new Promise((r) => server.listen(Number(port), '127.0.0.1', r));
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}

async function startBaseline(databaseUrl, adminEmail) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    BENCH_BASELINE_DB: databaseUrl,
    BENCH_BASELINE_EMAIL: adminEmail,
    BENCH_BASELINE_PORT: String(port),
  };
  const child = bench.spawnChild([import.meta.filename, '--baseline'], env);
  await waitForHttp(`http://127.0.0.1:${port}/health`, child, 15000);
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid };
}

const load = (url, token, duration) =>
  autocannonGraphql({ url, token, query: QUERY, connections: CONNECTIONS, duration });

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) =>
    Number.parseInt(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 'NaN', 10);
  return { hwmMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 };
}

/** Reset VmHWM so the peak covers the measured load, not start-up (Linux: clear_refs 5). */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

const nproc = () => spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
const CLK_TCK = Number.parseInt(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout, 10) || 100;

/** CPU seconds a process has used, and the machine's busy/total jiffies, from /proc. */
function processCpuSeconds(pid, withReapedChildren = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime + stime, plus cutime + cstime: the time of children that exited (backends that closed).
    const own = Number(fields[11]) + Number(fields[12]);
    const children = withReapedChildren ? Number(fields[13]) + Number(fields[14]) : 0;
    return (own + children) / CLK_TCK;
  } catch {
    return 0; // exited between listing and reading
  }
}

/** The postmaster and its backends (each pooled connection is a process of its own). */
function postgresPids() {
  const pidFile = resolve(DATA_DIR, 'pg/postmaster.pid');
  if (!existsSync(pidFile)) return [];
  const postmaster = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/** CPU seconds of the server, PostgreSQL and this process (the load generator), and the machine's jiffies. */
function cpuSample(pid) {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return {
    server: processCpuSeconds(pid),
    postgres: postgresPids().reduce((sum, p, i) => sum + processCpuSeconds(p, i === 0), 0),
    loader: processCpuSeconds(process.pid),
    total: cpu.reduce((a, b) => a + b, 0),
    idle: (cpu[3] ?? 0) + (cpu[4] ?? 0),
    at: process.hrtime.bigint(),
  };
}

async function measure(label, url, token, pid) {
  if (WARMUP > 0) await load(url, token, WARMUP);
  const before = cpuSample(pid);
  const result = await load(url, token, DURATION);
  const after = cpuSample(pid);
  const seconds = Number(after.at - before.at) / 1e9;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    log(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failed,
    // Share of one core used by the server process, and of the whole machine (all processes).
    serverCpu: (after.server - before.server) / seconds,
    postgresCpu: (after.postgres - before.postgres) / seconds,
    loaderCpu: (after.loader - before.loader) / seconds,
    machineCpu: 1 - (after.idle - before.idle) / (after.total - before.total),
  };
}

function sameRows(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function main() {
  bench.build();

  log('starting PostgreSQL and Redis ...');
  const infra = await bench.startInfra(DATA_DIR);
  const env = await productionApiEnv(infra, {
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    SEED_SCALE: String(SCALE),
  });

  bench.runNode([DIST.migrate], env, 'migrations');
  // The demo seed is for development data only; load it the way `npm start` does.
  bench.runNode([DIST.seed], { ...env, NODE_ENV: 'development', SEED: 'demo' }, `seed (SEED_SCALE=${SCALE})`);
  // Planner statistics as a long-running database has them (autovacuum has not run yet after the seed).
  await sql(env.DATABASE_URL, 'ANALYZE');

  log('starting the api ...');
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=.data/prof", profiles the api under load.
  const api = await bench.startApi(env, (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean));
  const apiUrl = `http://127.0.0.1:${env.API_PORT}/graphql`;
  const token = await login(apiUrl, adminCredentials());
  const { url: baselineUrl, pid: baselinePid } = await startBaseline(
    env.DATABASE_URL,
    adminCredentials().email,
  );

  const [fromApi, fromBaseline] = await Promise.all([
    graphql(apiUrl, QUERY, undefined, token),
    fetch(baselineUrl, { method: 'POST' }).then((r) => r.json().then((b) => b.data)),
  ]);
  if (fromApi.users.edges.length !== PAGE_SIZE)
    throw new Error(`the api returned ${fromApi.users.edges.length} users, expected ${PAGE_SIZE}`);
  const same = sameRows(fromApi, fromBaseline);
  if (!same) {
    log('warning: the baseline rows differ from the api rows; the comparison is not like for like');
    if (process.env.BENCH_DEBUG === '1') {
      writeFileSync(resolve(ROOT, '.data/bench-api.json'), JSON.stringify(fromApi, null, 1));
      writeFileSync(resolve(ROOT, '.data/bench-baseline.json'), JSON.stringify(fromBaseline, null, 1));
    }
  }

  const busyBefore = await machineBusy();
  if (busyBefore > 0.2) {
    log(
      `warning: the machine was ${(busyBefore * 100).toFixed(0)}% busy before the load: other work skews these figures`,
    );
  }
  log(`load: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s each, ${SCALE} seeded users`);
  const baseline = await measure('pg + node:http', baselineUrl, token, baselinePid);
  const peakReset = resetPeak(api.pid);
  const graph = await measure('api (GraphQL)', apiUrl, token, api.pid);
  const mem = memory(api.pid);

  const ratio = graph.rps / baseline.rps;
  const pct = (x) => `${(x * 100).toFixed(0)}%`;
  const columns = [
    ['endpoint', 16, (r) => r.label],
    ['req/s', 8, (r) => r.rps.toFixed(0)],
    ['p50 ms', 8, (r) => r.p50.toFixed(1)],
    ['p99 ms', 8, (r) => r.p99.toFixed(1)],
    ['requests', 9, (r) => String(r.total)],
    ['failed', 7, (r) => String(r.failed)],
    ['server CPU', 11, (r) => pct(r.serverCpu)],
    ['PG CPU', 7, (r) => pct(r.postgresCpu)],
    ['load CPU', 9, (r) => pct(r.loaderCpu)],
    ['machine', 8, (r) => pct(r.machineCpu)],
  ];
  const line = (cell) =>
    columns.map(([, width, f], i) => (i === 0 ? cell(f).padEnd(width) : cell(f).padStart(width))).join(' ');
  console.log('');
  console.log(
    columns.map(([title, width], i) => (i === 0 ? title.padEnd(width) : title.padStart(width))).join(' '),
  );
  console.log(line((f) => f(baseline)));
  console.log(line((f) => f(graph)));
  console.log('');
  console.log(
    `ratio api/baseline: ${ratio.toFixed(2)}   (target >= ${TARGET_RATIO}: ${mark(ratio >= TARGET_RATIO)})`,
  );
  console.log(
    `api p99:            ${graph.p99.toFixed(1)} ms   (target < ${TARGET_P99_MS} ms: ${mark(graph.p99 < TARGET_P99_MS)})`,
  );
  console.log(
    `api peak RSS:       ${mem.hwmMiB.toFixed(0)} MiB${peakReset ? ' under load' : ' since start'} (VmHWM), ${mem.rssMiB.toFixed(0)} MiB at the end`,
  );
  console.log(`same rows as the baseline: ${same ? 'yes' : 'NO'}`);
  console.log(
    `machine busy before the load: ${pct(busyBefore)} (figures are only comparable on an idle machine)`,
  );
  console.log(
    `(CPU columns: share of one core used by the server process, by PostgreSQL (all backends) and by the load generator; machine: all ${nproc()} cores busy)`,
  );
  if (graph.failed > 0 || baseline.failed > 0) process.exitCode = 1;
}

if (process.argv[2] === '--baseline') {
  await serveBaseline();
} else {
  await bench.run(main);
}
