import { dataSourceOptions, JobQueues, OutboxService, QueueName } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import {
  createTestDatabase,
  freePort,
  startTestSmtp,
  TestDatabase,
  testConfig,
  TestSmtpServer,
  testRedisUrl,
} from '@pleje/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

// The built worker process relays an email's outbox row to BullMQ, renders it and delivers it over SMTP
// to a real SMTP server started here (smtp-server): the path production takes, no mock transport.
const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'dist/apps/worker/src/main.js');
const PUBLIC_URL = 'https://plejeportalen.example.dk';

let database: TestDatabase;
let dataSource: DataSource;
let child: ChildProcess | undefined;
let smtp: TestSmtpServer | undefined;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('run `npm run build:server` first (npm test does)');
});

beforeEach(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(testConfig(database.url))).initialize();
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await smtp?.close();
  await dataSource.destroy();
  await database.drop();
});

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, log: () => string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('email through the built worker', () => {
  it('delivers a committed email to the SMTP server and marks it SENT, logging ids only', async () => {
    smtp = await startTestSmtp();
    const { received } = smtp;

    const port = await freePort();
    const proc = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: database.url,
        REDIS_URL: testRedisUrl(),
        REDIS_PREFIX: database.name,
        WORKER_PORT: String(port),
        PUBLIC_URL,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Plejeportalen <noreply@plejeportalen.example.dk>',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let out = '';
    proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    await waitFor(
      'the worker to be ready',
      async () => {
        if (proc.exitCode !== null) throw new Error(`worker exited:\n${out}`);
        const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
        return res?.status === 200 ? true : undefined;
      },
      () => out,
    );

    const [{ id: municipalityId }] = (await dataSource.query(
      `INSERT INTO "municipality" ("code", "name") VALUES ('101', 'København') RETURNING "id"`,
    )) as Array<{ id: string }>;
    const [{ id: userId }] = (await dataSource.query(
      `INSERT INTO "app_user" ("municipality_id", "email", "name", "role", "version")
       VALUES ($1, 'jonas@example.dk', 'Jonas Holm', 'APPLICANT', 1) RETURNING "id"`,
      [municipalityId],
    )) as Array<{ id: string }>;
    const service = new NotificationsService(new OutboxService());
    await dataSource.transaction((manager) =>
      service.queueEmail(manager, {
        recipientUserId: userId,
        municipalityId,
        template: 'recruitment.status-changed',
        params: { statusLabel: '1. hjemmebesøg', nextStep: 'Din konsulent ringer for at aftale en tid.' },
      }),
    );

    const { rcptTo, mail } = await waitFor(
      'the mail',
      async () => received[0],
      () => out,
    );
    expect(rcptTo).toEqual(['jonas@example.dk']);
    expect(mail.subject).toBe('Din ansøgning er nu: 1. hjemmebesøg');
    expect(mail.text).toContain('Hej Jonas Holm,');
    expect(mail.text).toContain('Næste skridt: Din konsulent ringer for at aftale en tid.');
    expect(mail.text).toContain(`${PUBLIC_URL}/ansoegning/status`);

    const row = await waitFor(
      'the SENT mark',
      async () => {
        const [r] = (await dataSource.query(
          `SELECT "id", "status", "attempts", "sent_at" FROM "email_message"`,
        )) as Array<{ id: string; status: string; attempts: number; sent_at: Date | null }>;
        return r?.status === 'SENT' ? r : undefined;
      },
      () => out,
    );
    expect(row.attempts).toBe(1);
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(received).toHaveLength(1);

    // Logs carry the email id and template, never the address, the name or the subject.
    const sentLog = await waitFor(
      'the log line',
      async () =>
        out
          .split('\n')
          .filter((l) => l.trim().startsWith('{'))
          .map((l) => JSON.parse(l) as { msg?: string; emailId?: string; template?: string })
          .find((r) => r.msg === 'email sent'),
      () => out,
    );
    expect(sentLog).toMatchObject({ emailId: row.id, template: 'recruitment.status-changed' });
    expect(out).not.toContain('jonas@example.dk');
    expect(out).not.toContain('Jonas Holm');
    expect(out).not.toContain('hjemmebesøg');

    const queues = new JobQueues(testConfig(database.url, { REDIS_PREFIX: database.name }));
    try {
      await queues.get(QueueName.Notifications).obliterate({ force: true });
    } finally {
      await queues.close();
    }
  });
});
