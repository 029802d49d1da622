import { JobQueues, QueueName, QueueService } from '@pleje/core';
import { createTestDatabase, freePort, TestDatabase, testConfig, testRedisUrl } from '@pleje/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

// The built worker as a real process: the path `npm start` and the container take, including SIGTERM.
const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'dist/apps/worker/src/main.js');

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

let database: TestDatabase;
let child: ChildProcess | undefined;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('run `npm run build:server` first (npm test does)');
});

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await database.drop();
});

describe('worker process', () => {
  it('logs JSON, processes a job, and exits cleanly on SIGTERM after draining its workers', async () => {
    const port = await freePort();
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: database.name,
      WORKER_PORT: String(port),
    };
    const proc = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<Exit>((r) => proc.on('exit', (code, signal) => r({ code, signal })));

    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
      if (res?.status === 200) break;
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`worker not ready:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const queues = new JobQueues(testConfig(database.url, { REDIS_PREFIX: database.name }));
    try {
      await new QueueService(queues).enqueue(
        'maintenance.purge-expired-refresh-tokens',
        {},
        { jobId: 'from-test' },
      );
      const queue = queues.get(QueueName.Maintenance);
      const until = Date.now() + 15_000;
      while ((await (await queue.getJob('from-test'))?.getState()) !== 'completed') {
        if (Date.now() > until) throw new Error(`job not completed:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await queue.obliterate({ force: true });
    } finally {
      await queues.close();
    }

    proc.kill('SIGTERM');
    const exit = await Promise.race([
      exited,
      new Promise<Exit>((_, reject) =>
        setTimeout(() => reject(new Error(`no exit after SIGTERM:\n${out}`)), 15_000),
      ),
    ]);
    // Nest re-raises the signal after a clean close, so the process ends "by SIGTERM" rather than with code 0.
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);

    const lines = out.split('\n').filter((l) => l.trim() !== '');
    const records = lines.map((l) => JSON.parse(l) as { msg?: string; level?: number });
    const messages = records.map((r) => r.msg);
    expect(messages).toContain('job completed');
    expect(messages.indexOf('queue workers closed')).toBeGreaterThan(
      messages.indexOf('queue workers draining'),
    );
    // No connection strings (they carry passwords) in the logs.
    expect(out).not.toContain(database.url);
    expect(out).not.toContain('pleje:pleje@');
  });
});
