import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, AuditService, dataSourceOptions, OutboxService, seedDemoData } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { LocalDiskStorage } from '@pleje/storage';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { SendDraftRemindersJob } from './draft-reminders.job';
import { EraseExpiredApplicationsJob } from './erase-expired-applications.job';
import { SendExpiryWarningsJob } from './expiry-warnings.job';

// Real PostgreSQL and a real folder on disk; the jobs are the worker's, called directly.
describe('recruitment jobs', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let config: AppConfig;
  let audit: AuditService;
  let notifications: NotificationsService;
  let storageDir: string;
  let storage: LocalDiskStorage;
  let municipalityId: string;
  let consultantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    storageDir = await mkdtemp(join(tmpdir(), 'pleje-jobs-'));
    config = testConfig(db.url, {
      RECRUITMENT_RETENTION_DAYS: '365',
      DRAFT_REMINDER_DAYS: '7',
      STORAGE_DIR: storageDir,
    });
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    await seedDemoData(dataSource);
    audit = new AuditService(dataSource, config);
    notifications = new NotificationsService(new OutboxService());
    storage = new LocalDiskStorage(storageDir);
    [{ id: municipalityId }] = await dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    [{ id: consultantId }] = await dataSource.query(
      `SELECT id FROM app_user WHERE email = 'familiekonsulent@aarhus.example'`,
    );
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
    await rm(storageDir, { recursive: true, force: true });
  });

  let seq = 0;
  async function applicant(role = 'APPLICANT'): Promise<string> {
    seq++;
    const [{ id }] = await dataSource.query(
      `INSERT INTO app_user (municipality_id, email, name, role, version) VALUES ($1, $2, 'Test Ansøger', $3, 1) RETURNING id`,
      [municipalityId, `job-${seq}-${Date.now()}@example.dk`, role],
    );
    return id;
  }
  async function application(
    userId: string,
    fields: {
      status: string;
      updatedDaysAgo?: number;
      closedDaysAgo?: number | null;
      consultant?: string | null;
    },
  ): Promise<string> {
    const [{ id }] = await dataSource.query(
      `INSERT INTO application (municipality_id, applicant_user_id, status, form, updated_at, closed_at, assigned_consultant_id, version)
       VALUES ($1, $2, $3, '{}'::jsonb, now() - make_interval(days => $4), CASE WHEN $5::int IS NULL THEN NULL ELSE now() - make_interval(days => $5::int) END, $6, 1)
       RETURNING id`,
      [
        municipalityId,
        userId,
        fields.status,
        fields.updatedDaysAgo ?? 0,
        fields.closedDaysAgo ?? null,
        fields.consultant ?? null,
      ],
    );
    return id;
  }
  const mails = (dedupePrefix: string) =>
    dataSource.query(
      `SELECT recipient_user_id, template, params FROM email_message WHERE dedupe_key LIKE $1`,
      [`${dedupePrefix}%`],
    );

  it('reminds an untouched draft once, never a fresh one, even when the job runs again', async () => {
    const stale = await application(await applicant(), { status: 'INQUIRY', updatedDaysAgo: 8 });
    const fresh = await application(await applicant(), { status: 'INQUIRY', updatedDaysAgo: 2 });
    const submitted = await application(await applicant(), { status: 'SUBMITTED', updatedDaysAgo: 30 });
    const job = new SendDraftRemindersJob(dataSource, notifications, config);
    expect(await job.handle()).toEqual({ reminded: 1 });
    expect(await job.handle()).toEqual({ reminded: 0 });
    const sent = await mails('draft-reminder:');
    expect(sent.map((m: { template: string }) => m.template)).toEqual(['recruitment.draft-reminder']);
    const keys = await dataSource.query(
      `SELECT dedupe_key FROM email_message WHERE dedupe_key LIKE 'draft-reminder:%'`,
    );
    expect(keys).toEqual([{ dedupe_key: `draft-reminder:${stale}` }]);
    expect([fresh, submitted]).not.toContain(stale);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_job WHERE job_name = 'notification.send-email'`,
    );
    expect(n).toBe(1);
  });

  it('warns the assigned consultant once about certificates expiring within 30 days', async () => {
    const app = await application(await applicant(), { status: 'ASSESSMENT', consultant: consultantId });
    const unassigned = await application(await applicant(), { status: 'ASSESSMENT' });
    for (const [appId, days] of [
      [app, 10],
      [app, 20],
      [app, 90],
      [unassigned, 5],
    ] as const) {
      await dataSource.query(
        `INSERT INTO application_requirement (application_id, municipality_id, kind, subject_id, status, expires_on)
         VALUES ($1, $2, 'CRIMINAL_RECORD', $3, 'ACCEPTED', (now() AT TIME ZONE 'Europe/Copenhagen')::date + $4::int)`,
        [appId, municipalityId, `s-${days}`, days],
      );
    }
    const job = new SendExpiryWarningsJob(dataSource, notifications);
    expect(await job.handle()).toEqual({ warned: 1 });
    expect(await job.handle()).toEqual({ warned: 0 });
    const [warning] = await mails('expiry-warning:');
    expect(warning).toMatchObject({
      recipient_user_id: consultantId,
      template: 'recruitment.expiry-warning',
      params: { applicationId: app, count: 2 },
    });
  });

  it('erases refused and withdrawn applications after the retention period, with their files and the bare account', async () => {
    const goneUser = await applicant();
    const gone = await application(goneUser, { status: 'WITHDRAWN', closedDaysAgo: 400 });
    await storage.put(`${municipalityId}/doc-gone`, Buffer.from('%PDF-1.4 cv'), 'application/pdf');
    await dataSource.query(
      `INSERT INTO application_document (application_id, municipality_id, kind, file_name, mime_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, 'CV', 'cv.pdf', 'application/pdf', 11, repeat('0', 64), $3)`,
      [gone, municipalityId, `${municipalityId}/doc-gone`],
    );
    await dataSource.query(
      `INSERT INTO application_transition (application_id, municipality_id, to_status, reason) VALUES ($1, $2, 'WITHDRAWN', 'flytter')`,
      [gone, municipalityId],
    );
    const recent = await application(await applicant(), { status: 'REFUSED', closedDaysAgo: 100 });
    const appealed = await application(await applicant(), { status: 'APPEALED', closedDaysAgo: null });
    const approvedUser = await applicant('FOSTER_PARENT');
    const approved = await application(approvedUser, {
      status: 'APPROVED',
      closedDaysAgo: null,
      updatedDaysAgo: 900,
    });
    // A returning applicant: the old refusal goes, the account and the new application stay.
    const returning = await applicant();
    const oldRefusal = await application(returning, { status: 'REFUSED', closedDaysAgo: 500 });
    const newTry = await application(returning, { status: 'SUBMITTED' });

    const job = new EraseExpiredApplicationsJob(dataSource, audit, storage, config);
    expect(await job.handle()).toEqual({ applications: 2, accounts: 1, files: 1 });

    const left: { id: string }[] = await dataSource.query(`SELECT id FROM application WHERE id = ANY($1)`, [
      [gone, recent, appealed, approved, oldRefusal, newTry],
    ]);
    expect(left.map((r) => r.id).sort()).toEqual([recent, appealed, approved, newTry].sort());
    const users: { id: string }[] = await dataSource.query(`SELECT id FROM app_user WHERE id = ANY($1)`, [
      [goneUser, returning, approvedUser],
    ]);
    expect(users.map((u) => u.id).sort()).toEqual([returning, approvedUser].sort());
    expect(await readdir(join(storageDir, municipalityId))).toEqual([]);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM application_transition WHERE application_id = $1`,
      [gone],
    );
    expect(n).toBe(0);
    const audits = await dataSource.query(
      `SELECT entity_id, details FROM audit_event WHERE action = 'DELETE' AND entity = 'application' ORDER BY entity_id`,
    );
    expect(audits).toEqual(
      [
        { entity_id: gone, details: { reason: 'retention', documents: 1, account: true } },
        { entity_id: oldRefusal, details: { reason: 'retention', documents: 0, account: false } },
      ].sort((a, b) => a.entity_id.localeCompare(b.entity_id)),
    );
    expect(await job.handle()).toEqual({ applications: 0, accounts: 0, files: 0 });
  });
});
