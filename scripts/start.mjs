// `npm start`: the whole product on one machine. Embedded PostgreSQL (data in .data/pg) unless DATABASE_URL
// is set, a local redis-server unless REDIS_URL is set, migrations, the Danish demo data (unless SEED=none),
// then api (serving the built portal), worker and bot. Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import process from 'node:process';
import { ROOT, freePort, startPostgres, startRedis } from './infra.mjs';

const env = { ...process.env };
// PLEJE_DATA_DIR lets the launcher's own end-to-end test use a throwaway folder instead of .data.
const DATA = resolve(ROOT, env.PLEJE_DATA_DIR ?? '.data');
const stops = [];
const children = new Map();
let shuttingDown = false;

function say(line) {
  process.stdout.write(`${line}\n`);
}

async function portFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '0.0.0.0', () => srv.close(() => res(true)));
  });
}

async function choosePort(name, preferred) {
  const wanted = Number(env[name] ?? preferred);
  const port = (await portFree(wanted)) ? wanted : await freePort();
  if (port !== wanted) say(`Port ${wanted} er optaget; bruger ${port} til ${name}.`);
  env[name] = String(port);
  return port;
}

function runOnce(label, script) {
  const result = spawnSync(process.execPath, [resolve(ROOT, script)], { env, stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) throw new Error(`${label} fejlede (exit ${result.status})`);
}

function startApp(name, script) {
  const file = resolve(ROOT, script);
  if (!existsSync(file)) {
    say(`(${name} er ikke bygget: ${script} mangler)`);
    return;
  }
  const child = spawn(process.execPath, ['--enable-source-maps', file], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, out) => {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        out.write(`[${name}] ${buf.slice(0, i)}\n`);
        buf = buf.slice(i + 1);
      }
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!shuttingDown) {
      say(`${name} stoppede uventet (${signal ?? code}); lukker ned.`);
      void shutdown(1);
    }
  });
  children.set(name, child);
}

async function waitReady(name, url, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!children.has(name)) throw new Error(`${name} stoppede under opstart`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} blev ikke klar inden for ${timeoutMs / 1000} s (${url})`);
}

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('\nStopper Plejeportalen ...');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise((res) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
          child.once('exit', () => {
            clearTimeout(timer);
            res();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  say('Stoppet.');
  process.exit(code);
}

// A closed terminal must not crash the launcher before it has stopped what it started.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
process.on('SIGINT', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  const t0 = Date.now();
  if (!env.DATABASE_URL) {
    say('Starter indlejret PostgreSQL (data i .data/pg) ...');
    const pg = await startPostgres({ dataDir: resolve(DATA, 'pg') });
    stops.push(pg.stop);
    await pg.createDatabase('plejeportalen');
    env.DATABASE_URL = pg.url('plejeportalen');
  }
  if (!env.REDIS_URL) {
    say('Starter redis-server (data i .data/redis) ...');
    const redis = await startRedis({ dir: resolve(DATA, 'redis') });
    stops.push(redis.stop);
    env.REDIS_URL = redis.url;
  }
  const apiPort = await choosePort('API_PORT', 3000);
  const workerPort = await choosePort('WORKER_PORT', 3001);
  const botPort = await choosePort('BOT_PORT', 3978);
  env.PUBLIC_URL ??= `http://localhost:${apiPort}`;
  env.PORTAL_DIST ??= resolve(ROOT, 'dist/portal');
  // Uploaded documents and development mail (.eml files, no SMTP server needed) stay in the data folder.
  env.STORAGE_DIR ??= resolve(DATA, 'uploads');
  env.MAIL_DIR ??= resolve(DATA, 'mail');

  runOnce('Migreringer', 'dist/libs/core/src/database/migrate.js');
  if ((env.SEED ?? 'demo') !== 'none') runOnce('Demodata', 'dist/libs/core/src/database/seed/run-seed.js');

  startApp('api', 'dist/apps/api/src/main.js');
  startApp('worker', 'dist/apps/worker/src/main.js');
  startApp('bot', 'dist/apps/bot/src/main.js');
  await Promise.all([
    waitReady('api', `http://127.0.0.1:${apiPort}/health/ready`),
    children.has('worker') ? waitReady('worker', `http://127.0.0.1:${workerPort}/health/ready`) : null,
    waitReady('bot', `http://127.0.0.1:${botPort}/health/ready`),
  ]);

  const seeded = (env.SEED ?? 'demo') !== 'none';
  say('');
  say(`Plejeportalen kører (klar på ${((Date.now() - t0) / 1000).toFixed(1)} s):`);
  say(`  Portal:       ${env.PUBLIC_URL}/`);
  say(`  GraphQL:      ${env.PUBLIC_URL}/graphql`);
  say(`  Bot:          http://localhost:${botPort}/api/messages`);
  say(`  Bliv plejefamilie (offentlig ansøgning): ${env.PUBLIC_URL}/bliv-plejefamilie`);
  if (!env.SMTP_URL) say(`  E-mails gemmes som .eml-filer i ${env.MAIL_DIR}`);
  if (seeded) {
    const { DEMO_USERS, DEMO_PASSWORD } = createRequire(import.meta.url)(
      resolve(ROOT, 'dist/libs/core/src/database/seed/demo-seed.js'),
    );
    say(`  Demo-logins (adgangskode for alle: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) say(`    ${u.email.padEnd(38)} ${u.name}`);
  }
  say('Stop med Ctrl-C.');
}

main().catch(async (err) => {
  process.stderr.write(`Start fejlede: ${err instanceof Error ? err.message : String(err)}\n`);
  await shutdown(1);
});
