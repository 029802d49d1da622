import { AppConfig, createLogger, dataSourceOptions, OutboxService, QueueErrorCode } from '@pleje/core';
import {
  createTestDatabase,
  freePort,
  ReceivedMail,
  startTestSmtp,
  testConfig,
  TestDatabase,
} from '@pleje/testing';
import { Job, UnrecoverableError } from 'bullmq';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { EmailMessage, EmailStatus } from './email-message.entity';
import { SendEmailJob } from './jobs/send-email.job';
import { Mailer } from './mailer';
import { NotificationsErrorCode } from './notifications.error';
import { NotificationsService } from './notifications.service';

// Real PostgreSQL (jest global setup) and a real SMTP server (smtp-server) started here: no mock transport.
const logger = createLogger('silent', 'test');
const PUBLIC_URL = 'https://plejeportalen.example.dk';

type Received = ReceivedMail;
const startSmtp = startTestSmtp;

function context(attemptsMade = 0, attempts = 5): Parameters<SendEmailJob['handle']>[1] {
  // Only opts.attempts is read from the BullMQ job.
  return { jobId: 'test', attemptsMade, job: { opts: { attempts } } as unknown as Job };
}

let database: TestDatabase;
let dataSource: DataSource;
let municipalityId: string;
let userId: string;
const cleanup: Array<() => Promise<unknown>> = [];
const service = new NotificationsService(new OutboxService());

beforeEach(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(testConfig(database.url))).initialize();
  [{ id: municipalityId }] = (await dataSource.query(
    `INSERT INTO "municipality" ("code", "name") VALUES ('751', 'Aarhus') RETURNING "id"`,
  )) as Array<{ id: string }>;
  [{ id: userId }] = (await dataSource.query(
    `INSERT INTO "app_user" ("municipality_id", "email", "name", "role", "version")
     VALUES ($1, 'anna@example.dk', 'Anna Sørensen', 'APPLICANT', 1) RETURNING "id"`,
    [municipalityId],
  )) as Array<{ id: string }>;
});

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
  await dataSource.destroy();
  await database.drop();
});

function configWith(overrides: Record<string, string>): AppConfig {
  return testConfig(database.url, {
    PUBLIC_URL,
    MAIL_FROM: 'Plejeportalen <noreply@plejeportalen.example.dk>',
    ...overrides,
  });
}

function sendJob(config: AppConfig): SendEmailJob {
  const mailer = new Mailer(config, logger);
  cleanup.push(async () => mailer.onApplicationShutdown());
  return new SendEmailJob(dataSource, mailer, config, logger);
}

async function queue(
  input: Partial<Parameters<NotificationsService['queueEmail']>[1]> = {},
): Promise<string> {
  await dataSource.transaction((manager) =>
    service.queueEmail(manager, {
      recipientUserId: userId,
      municipalityId,
      template: 'recruitment.receipt',
      params: { submittedAt: '2026-11-24T09:30:00.000Z' },
      ...input,
    }),
  );
  const [row] = (await dataSource.query(
    `SELECT "id" FROM "email_message" ORDER BY "created_at" DESC LIMIT 1`,
  )) as Array<{
    id: string;
  }>;
  if (!row) throw new Error('no email row');
  return row.id;
}

async function emailRow(id: string): Promise<EmailMessage> {
  return dataSource.getRepository(EmailMessage).findOneByOrFail({ id });
}

async function counts(): Promise<{ emails: number; outbox: number }> {
  const [{ emails, outbox }] = (await dataSource.query(
    `SELECT (SELECT count(*) FROM "email_message")::int AS "emails",
            (SELECT count(*) FROM "outbox_job" WHERE "job_name" = 'notification.send-email')::int AS "outbox"`,
  )) as Array<{ emails: number; outbox: number }>;
  return { emails, outbox };
}

describe('NotificationsService.queueEmail', () => {
  it('writes the email row and its outbox job in the caller transaction', async () => {
    const id = await queue();
    const [outbox] = (await dataSource.query(
      `SELECT "job_id", "payload" FROM "outbox_job" WHERE "job_name" = 'notification.send-email'`,
    )) as Array<{ job_id: string; payload: unknown }>;
    expect(outbox).toEqual({ job_id: `email-${id}`, payload: { emailId: id } });
    const row = await emailRow(id);
    expect(row).toMatchObject({
      status: EmailStatus.Pending,
      attempts: 0,
      template: 'recruitment.receipt',
      recipientUserId: userId,
      municipalityId,
      sentAt: null,
    });
  });

  it('leaves neither row when the transaction rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await service.queueEmail(manager, {
          recipientUserId: userId,
          municipalityId,
          template: 'recruitment.draft-reminder',
          params: {},
        });
        throw new Error('business change failed');
      }),
    ).rejects.toThrow('business change failed');
    expect(await counts()).toEqual({ emails: 0, outbox: 0 });
  });

  it('sends once per dedupe key: the second call is a no-op and returns false', async () => {
    const input = {
      recipientUserId: userId,
      municipalityId,
      template: 'recruitment.draft-reminder' as const,
      params: {},
      dedupeKey: 'draft-reminder-x',
    };
    expect(await dataSource.transaction((m) => service.queueEmail(m, input))).toBe(true);
    expect(await dataSource.transaction((m) => service.queueEmail(m, input))).toBe(false);
    expect(await counts()).toEqual({ emails: 1, outbox: 1 });
    // Without a key, nothing is deduplicated.
    const { dedupeKey: _ignored, ...noKey } = input;
    await dataSource.transaction((m) => service.queueEmail(m, noKey));
    await dataSource.transaction((m) => service.queueEmail(m, noKey));
    expect(await counts()).toEqual({ emails: 3, outbox: 3 });
  });

  it('rejects params that do not fit the template, naming the field only, and writes nothing', async () => {
    const error = (await dataSource
      .transaction((m) =>
        service.queueEmail(m, {
          recipientUserId: userId,
          municipalityId,
          template: 'recruitment.receipt',
          params: { submittedAt: 'sometime in november' },
        }),
      )
      .catch((e: unknown) => e)) as { code?: string; fields?: Record<string, string>; message: string };
    expect(error.code).toBe(NotificationsErrorCode.InvalidParams);
    expect(error.fields).toEqual({ submittedAt: 'Ugyldig værdi.' });
    expect(JSON.stringify(error)).not.toContain('sometime');
    expect(await counts()).toEqual({ emails: 0, outbox: 0 });
  });

  it('refuses to write outside a transaction', async () => {
    const error = (await service
      .queueEmail(dataSource.manager, {
        recipientUserId: userId,
        municipalityId,
        template: 'recruitment.draft-reminder',
        params: {},
      })
      .catch((e: unknown) => e)) as { code?: string };
    expect(error.code).toBe(QueueErrorCode.OutboxNeedsTransaction);
    expect(await counts()).toEqual({ emails: 0, outbox: 0 });
  });
});

describe('SendEmailJob', () => {
  it('delivers to a real SMTP server: recipient, Danish subject, link, a parseable .ics; marks SENT', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const job = sendJob(configWith({ SMTP_URL: smtp.url }));
    const eventId = '3b8a0a6e-1f7c-4c84-9d5e-6f6b8d1f2a10';
    const id = await queue({
      template: 'recruitment.event-invitation',
      params: {
        eventId,
        title: 'Informationsmøde om at blive plejefamilie',
        startsAt: '2026-12-03T17:00:00Z',
        endsAt: '2026-12-03T19:00:00Z',
        place: 'Rådhuset, lokale 2',
        sequence: 0,
      },
    });

    expect(await job.handle({ emailId: id }, context())).toEqual({ status: 'sent' });

    expect(smtp.received).toHaveLength(1);
    const [{ rcptTo, mail }] = smtp.received as [Received];
    expect(rcptTo).toEqual(['anna@example.dk']);
    expect(mail.subject).toBe('Invitation: Informationsmøde om at blive plejefamilie');
    expect(mail.from?.value[0]?.address).toBe('noreply@plejeportalen.example.dk');
    expect(mail.text).toContain('Hej Anna Sørensen,');
    expect(mail.text).toContain(`${PUBLIC_URL}/ansoegning/status`);
    expect(mail.text).toContain('torsdag den 3. december 2026 kl. 18.00 til 20.00');
    expect(mail.html).toContain('<html lang="da">');
    // The invitation is the message's calendar alternative (what Outlook and Gmail show as an event) and, for
    // clients that do not read alternatives, the same file as an attachment.
    const alternative = mail.attachments.find((a) => a.contentType === 'text/calendar');
    if (!alternative) throw new Error('no text/calendar alternative');
    expect(alternative.headers.get('content-type')).toMatchObject({ params: { method: 'REQUEST' } });
    const ics = mail.attachments.find((a) => a.contentType === 'application/ics');
    if (!ics) throw new Error('no .ics attachment');
    expect(ics.filename).toBe('invitation.ics');
    expect(ics.content.toString('utf8')).toBe(alternative.content.toString('utf8'));
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    // RFC 5546: a REQUEST names its attendee, the recipient, who signed up already and is not asked to reply.
    const attendee = vevent.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()).toBe('mailto:anna@example.dk');
    expect(attendee?.getParameter('cn')).toBe('Anna Sørensen');
    expect(attendee?.getParameter('partstat')).toBe('ACCEPTED');
    expect(attendee?.getParameter('rsvp')).toBe('FALSE');
    expect(vevent.getFirstPropertyValue('organizer')).toBe('mailto:noreply@plejeportalen.example.dk');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`event-${eventId}@plejeportalen.example.dk`);
    expect(event.summary).toBe('Informationsmøde om at blive plejefamilie');
    expect(event.location).toBe('Rådhuset, lokale 2');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:00:00.000Z');

    const row = await emailRow(id);
    expect(row.status).toBe(EmailStatus.Sent);
    expect(row.attempts).toBe(1);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastErrorCode).toBeNull();
  });

  it('sends once when the job runs twice (at-least-once delivery)', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const job = sendJob(configWith({ SMTP_URL: smtp.url }));
    const id = await queue();
    expect(await job.handle({ emailId: id }, context())).toEqual({ status: 'sent' });
    expect(await job.handle({ emailId: id }, context(1))).toEqual({ status: 'already-sent' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.mail.subject).toBe('Kvittering for din ansøgning');
    expect((await emailRow(id)).attempts).toBe(1);
  });

  it('keeps the row PENDING with attempts counted while SMTP is down, and FAILED after the last attempt', async () => {
    const deadPort = await freePort();
    const job = sendJob(configWith({ SMTP_URL: `smtp://127.0.0.1:${deadPort}` }));
    const id = await queue();

    const error = (await job.handle({ emailId: id }, context(0, 3)).catch((e: unknown) => e)) as Error & {
      code?: string;
    };
    expect(error).not.toBeInstanceOf(UnrecoverableError);
    expect(error.code).toBe(NotificationsErrorCode.SmtpFailed);
    let row = await emailRow(id);
    expect(row.status).toBe(EmailStatus.Pending);
    expect(row.attempts).toBe(1);
    expect(row.lastErrorCode).toMatch(/^EMAIL\.SMTP_FAILED/);

    await expect(job.handle({ emailId: id }, context(1, 3))).rejects.toThrow();
    expect((await emailRow(id)).attempts).toBe(2);

    // The last attempt BullMQ will make: nothing should wait as PENDING forever.
    await expect(job.handle({ emailId: id }, context(2, 3))).rejects.toThrow();
    row = await emailRow(id);
    expect(row.status).toBe(EmailStatus.Failed);
    expect(row.attempts).toBe(3);

    // Once SMTP is back, a retry of the pending mail would go through; a FAILED one stays failed.
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const later = sendJob(configWith({ SMTP_URL: smtp.url }));
    await expect(later.handle({ emailId: id }, context())).rejects.toBeInstanceOf(UnrecoverableError);
    expect(smtp.received).toHaveLength(0);
  });

  it('marks the email FAILED and throws UnrecoverableError for an inactive recipient', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const job = sendJob(configWith({ SMTP_URL: smtp.url }));
    const id = await queue();
    await dataSource.query(`UPDATE "app_user" SET "active" = false WHERE "id" = $1`, [userId]);

    const error = await job.handle({ emailId: id }, context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect((error as Error).message).toBe(NotificationsErrorCode.RecipientUnavailable);
    const row = await emailRow(id);
    expect(row.status).toBe(EmailStatus.Failed);
    expect(row.lastErrorCode).toBe(NotificationsErrorCode.RecipientUnavailable);
    expect(smtp.received).toHaveLength(0);
  });

  it('erasing the user erases their mail log, and a queued job then has nothing to send', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const job = sendJob(configWith({ SMTP_URL: smtp.url }));
    const id = await queue();
    await dataSource.query(`DELETE FROM "app_user" WHERE "id" = $1`, [userId]);
    expect(await counts()).toMatchObject({ emails: 0 });
    expect(await job.handle({ emailId: id }, context())).toEqual({ status: 'gone' });
    expect(smtp.received).toHaveLength(0);
  });

  it('writes an .eml file a developer can open when no SMTP_URL is set', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pleje-mail-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const job = sendJob(configWith({ MAIL_DIR: dir }));
    const id = await queue({
      template: 'recruitment.new-message',
      params: { applicationId: '3b8a0a6e-1f7c-4c84-9d5e-6f6b8d1f2a10', forStaff: false },
    });
    expect(await job.handle({ emailId: id }, context())).toEqual({ status: 'sent' });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`-${id}\\.eml$`));
    const mail = await simpleParser(await readFile(join(dir, files[0] ?? '')));
    expect(mail.subject).toBe('Du har en ny besked i Plejeportalen');
    expect(mail.text).toContain(`${PUBLIC_URL}/ansoegning/status`);
    expect((await emailRow(id)).status).toBe(EmailStatus.Sent);
  });
});
