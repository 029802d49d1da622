import { AuditService, dataSourceOptions, OutboxService } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { TeamsNotifier } from '@pleje/teams';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import {
  hoursFromNow,
  insertBooking,
  placedChild,
  reliefFamily,
  reliefUnit,
} from '../feeds/testing/relief-fixtures';
import { linkToTeamsForTest, teamsMessagesLike } from '../../../teams/src/testing/teams-fixtures';
import { SendReliefBookingRemindersJob } from './booking-reminders.job';

// Real PostgreSQL; the job is the worker's, called directly.
describe('relief booking reminders', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let job: SendReliefBookingRemindersJob;
  let municipalityId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    job = new SendReliefBookingRemindersJob(
      ds,
      new NotificationsService(new OutboxService()),
      new TeamsNotifier(new OutboxService()),
    );
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('998', 'Påmindelseskommune') RETURNING id`,
    );
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  const mailsFor = (bookingId: string) =>
    ds.query(
      `SELECT m.recipient_user_id, m.template, m.params, m.dedupe_key,
              (SELECT count(*)::int FROM outbox_job o WHERE o.payload->>'emailId' = m.id::text) AS jobs
       FROM email_message m WHERE m.dedupe_key LIKE $1 ORDER BY m.dedupe_key`,
      [`relief-reminder:${bookingId}:%`],
    ) as Promise<
      Array<{
        recipient_user_id: string;
        template: string;
        params: Record<string, unknown>;
        dedupe_key: string;
        jobs: number;
      }>
    >;

  it('two runs send one mail to the foster family and one to the relief family, each with its send job', async () => {
    const child = await placedChild(ds, municipalityId, 'Mikkel');
    const provider = await reliefFamily(ds, municipalityId, 'Familien Holm');
    const bookingId = await insertBooking(
      ds,
      municipalityId,
      child,
      provider,
      hoursFromNow(40),
      hoursFromNow(88),
    );

    const first = await job.handle();
    const second = await job.handle();
    expect(first.sent).toBe(2);
    expect(second.sent).toBe(0);

    const mails = await mailsFor(bookingId);
    expect(mails.map((m) => [m.dedupe_key, m.recipient_user_id, m.jobs])).toEqual([
      [`relief-reminder:${bookingId}:FAMILY`, child.familyUserId, 1],
      [`relief-reminder:${bookingId}:PROVIDER`, provider.userId, 1],
    ]);
    expect(mails[0].template).toBe('relief.booking-reminder');
    expect(mails[0].params).toMatchObject({
      bookingId,
      role: 'FAMILY',
      placeName: 'Familien Holm',
      sequence: 1,
    });
    // No child's name in the mail's params: mail is not a secure channel.
    expect(JSON.stringify(mails)).not.toContain('Mikkel');
  });

  it('a foster family linked to Teams also gets the reminder in Teams, once across racing and repeated runs', async () => {
    const child = await placedChild(ds, municipalityId, 'Emil');
    const provider = await reliefFamily(ds, municipalityId, 'Familien Krogh');
    await linkToTeamsForTest(ds, child.familyUserId, municipalityId);
    const bookingId = await insertBooking(
      ds,
      municipalityId,
      child,
      provider,
      hoursFromNow(30),
      hoursFromNow(60),
    );

    const runs = await Promise.all([job.handle(), job.handle()]);
    await job.handle();
    expect(runs.reduce((n, r) => n + r.teams, 0)).toBe(1);

    // Only the linked foster family: the relief family has no Teams link, and gets its mail as before.
    const messages = await teamsMessagesLike(ds, `relief-reminder:${bookingId}:`);
    expect(messages.map((m) => [m.dedupe_key, m.recipient_user_id, m.kind, m.jobs])).toEqual([
      [`relief-reminder:${bookingId}:FAMILY`, child.familyUserId, 'relief.booking-reminder', 1],
    ]);
    expect(messages[0].params).toMatchObject({ bookingId, role: 'FAMILY', placeName: 'Familien Krogh' });
    expect(JSON.stringify(messages)).not.toContain('Emil');
    expect((await mailsFor(bookingId)).length).toBe(2);
  });

  it('a cancelled, a requested, a far-off and an imminent booking get no reminder', async () => {
    const provider = await reliefFamily(ds, municipalityId, 'Familien Lund');
    const ids: string[] = [];
    for (const [status, start] of [
      ['CANCELLED', 40],
      ['REQUESTED', 40],
      ['CONFIRMED', 72],
      ['CONFIRMED', 10],
    ] as const) {
      const child = await placedChild(ds, municipalityId, 'Sara');
      ids.push(
        await insertBooking(
          ds,
          municipalityId,
          child,
          provider,
          hoursFromNow(start),
          hoursFromNow(start + 1 + ids.length * 100),
          status,
        ),
      );
    }
    await job.handle();
    for (const id of ids) expect(await mailsFor(id)).toEqual([]);
  });

  it('a booking cancelled after the reminders went out gets nothing more, and a unit without an account is skipped', async () => {
    const child = await placedChild(ds, municipalityId, 'Ali');
    const unit = await reliefUnit(ds, municipalityId, 'Aflastningshjemmet Solsikken');
    const bookingId = await insertBooking(
      ds,
      municipalityId,
      child,
      unit,
      hoursFromNow(30),
      hoursFromNow(50),
    );
    await job.handle();
    expect((await mailsFor(bookingId)).map((m) => m.dedupe_key)).toEqual([
      `relief-reminder:${bookingId}:FAMILY`,
    ]);
    await ds.query(`UPDATE relief_booking SET status = 'CANCELLED' WHERE id = $1`, [bookingId]);
    expect((await job.handle()).sent).toBe(0);
    expect(await mailsFor(bookingId)).toHaveLength(1);
  });
});
