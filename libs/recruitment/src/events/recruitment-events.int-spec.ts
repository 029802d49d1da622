import { AppConfig, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { Mailer, NotificationsService, SendEmailJob } from '@pleje/notifications';
import { createTestDatabase, startTestSmtp, testConfig, TestDatabase } from '@pleje/testing';
import { Job } from 'bullmq';
import ICAL from 'ical.js';
import { Writable } from 'node:stream';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { ApplicationStatus, ApplicationTrack } from '../application-status';
import { RecruitmentEventKind } from '../recruitment-event.entity';
import { RecruitmentErrorCode } from '../recruitment.exception';
import { SendEventRemindersJob } from '../jobs/event-reminders.job';
import { CalendarInvitationService } from './calendar-invitation.service';
import { CalendarItemKind } from './graphql/dto/recruitment-event.model';
import { HomeVisitsService } from './home-visits.service';
import { RecruitmentEventsService } from './recruitment-events.service';
import {
  emailRows,
  HOUR,
  insertApplicant,
  insertEvent,
  insertMunicipality,
  insertUser,
  requirementStatuses,
} from './testing/event-fixtures';

// Real PostgreSQL (jest global setup): the row lock, the unique signup and the mail dedupe keys are the
// database's work, so nothing here is mocked.
let database: TestDatabase;
let config: AppConfig;
let ds: DataSource;
let audit: AuditService;
let events: RecruitmentEventsService;
let visits: HomeVisitsService;
let calendar: CalendarInvitationService;
let reminders: SendEventRemindersJob;
let municipalityId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig(database.url, { REDIS_PREFIX: database.name, DATABASE_POOL_SIZE: '16' });
  ds = await new DataSource(dataSourceOptions(config)).initialize();
  audit = new AuditService(ds, config);
  const notifications = new NotificationsService(new OutboxService());
  events = new RecruitmentEventsService(ds, audit, notifications);
  visits = new HomeVisitsService(ds, audit, notifications);
  calendar = new CalendarInvitationService(ds, audit, config);
  reminders = new SendEventRemindersJob(ds, notifications);
  municipalityId = await insertMunicipality(ds, '751');
});

afterAll(async () => {
  await audit.onApplicationShutdown();
  await ds.destroy();
  await database.drop();
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code?: string } | undefined;
  return error?.code;
}

const count = async (sql: string, params: unknown[] = []): Promise<number> =>
  ((await ds.query(sql, params)) as Array<{ n: number }>)[0]!.n;

describe('signing up', () => {
  it('never exceeds capacity under a real race: 12 households for 5 places', async () => {
    const eventId = await insertEvent(ds, municipalityId, { capacity: 5 });
    const households = await Promise.all(
      Array.from({ length: 12 }, () => insertApplicant(ds, municipalityId)),
    );
    const results = await Promise.allSettled(households.map((h) => events.signUp(h.actor, eventId)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const full = results.filter(
      (r) =>
        r.status === 'rejected' && (r.reason as { code?: string }).code === RecruitmentErrorCode.EVENT_FULL,
    );
    expect(ok).toHaveLength(5);
    expect(full).toHaveLength(7);
    expect(
      await count(`SELECT count(*)::int AS n FROM recruitment_event_signup WHERE event_id = $1`, [eventId]),
    ).toBe(5);
    // One invitation per signup, written in the signup's transaction.
    const mails = (await emailRows(ds, 'recruitment.event-invitation')).filter(
      (r) => r.params.eventId === eventId,
    );
    expect(mails).toHaveLength(5);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as Error).message).toMatch(/ledige pladser/);
  });

  it('returns the existing signup when the household signs up twice, and sends one invitation', async () => {
    const eventId = await insertEvent(ds, municipalityId, { capacity: 1 });
    const h = await insertApplicant(ds, municipalityId);
    const first = await events.signUp(h.actor, eventId);
    const second = await events.signUp(h.actor, eventId);
    expect(second.id).toBe(first.id);
    expect(second.event.seatsLeft).toBe(0);
    const mails = (await emailRows(ds, 'recruitment.event-invitation')).filter(
      (r) => r.params.eventId === eventId,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.recipient_user_id).toBe(h.actor.userId);
  });

  it('refuses cancelled and past events with EVENT_CLOSED', async () => {
    const h = await insertApplicant(ds, municipalityId);
    const cancelled = await insertEvent(ds, municipalityId, { cancelled: true });
    const past = await insertEvent(ds, municipalityId, { inHours: -1 });
    expect(await codeOf(events.signUp(h.actor, cancelled))).toBe(RecruitmentErrorCode.EVENT_CLOSED);
    expect(await codeOf(events.signUp(h.actor, past))).toBe(RecruitmentErrorCode.EVENT_CLOSED);
    expect(
      await count(`SELECT count(*)::int AS n FROM recruitment_event_signup WHERE application_id = $1`, [
        h.applicationId,
      ]),
    ).toBe(0);
  });

  it('applies the status and track rules', async () => {
    const inquiry = await insertApplicant(ds, municipalityId, { status: ApplicationStatus.INQUIRY });
    const network = await insertApplicant(ds, municipalityId, { track: ApplicationTrack.NETWORK });
    const standard = await insertApplicant(ds, municipalityId);
    const info = await insertEvent(ds, municipalityId);
    const course = await insertEvent(ds, municipalityId, { kind: RecruitmentEventKind.COURSE_DAYS_1_2 });
    const networkCourse = await insertEvent(ds, municipalityId, {
      kind: RecruitmentEventKind.NETWORK_COURSE,
    });

    await expect(events.signUp(inquiry.actor, info)).resolves.toBeDefined();
    expect(await codeOf(events.signUp(inquiry.actor, course))).toBe('BAD_USER_INPUT');
    expect(await codeOf(events.signUp(network.actor, course))).toBe('BAD_USER_INPUT');
    await expect(events.signUp(network.actor, networkCourse)).resolves.toBeDefined();
    expect(await codeOf(events.signUp(standard.actor, networkCourse))).toBe('BAD_USER_INPUT');
    await expect(events.signUp(standard.actor, course)).resolves.toBeDefined();
  });

  it('hides another municipality’s event and needs an open application', async () => {
    const other = await insertMunicipality(ds, '707');
    const foreign = await insertEvent(ds, other);
    const h = await insertApplicant(ds, municipalityId);
    expect(await codeOf(events.signUp(h.actor, foreign))).toBe('NOT_FOUND');
    const withdrawn = await insertApplicant(ds, municipalityId, { status: ApplicationStatus.WITHDRAWN });
    expect(await codeOf(events.signUp(withdrawn.actor, await insertEvent(ds, municipalityId)))).toBe(
      'NOT_FOUND',
    );
  });

  it('cancels a signup with a CANCEL invitation, and lists only upcoming open events publicly', async () => {
    const own = await insertMunicipality(ds, '101');
    const h = await insertApplicant(ds, own);
    const later = await insertEvent(ds, own, { inHours: 48, title: 'Senere' });
    const sooner = await insertEvent(ds, own, { inHours: 24, title: 'Snart' });
    await insertEvent(ds, own, { inHours: -5 });
    await insertEvent(ds, own, { cancelled: true });
    await events.signUp(h.actor, sooner);
    const listed = await events.listPublic(own);
    expect(listed.map((e) => e.title)).toEqual(['Snart', 'Senere']);
    expect(listed[0]!.seatsLeft).toBe(29);
    expect(await events.listPublic(own, RecruitmentEventKind.COURSE_DAYS_1_2)).toEqual([]);

    expect(await events.cancelSignup(h.actor, sooner)).toBe(true);
    expect(await events.cancelSignup(h.actor, later)).toBe(false);
    const cancel = (await emailRows(ds, 'recruitment.event-invitation')).filter(
      (r) => r.params.eventId === sooner && r.params.cancelled === true,
    );
    expect(cancel).toHaveLength(1);
    expect((await events.myCalendar(h.actor)).signups).toEqual([]);
  });
});

describe('consultants', () => {
  it('validates events with Danish field messages and writes nothing on bad input', async () => {
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const before = await count(`SELECT count(*)::int AS n FROM recruitment_event`);
    const startsAt = new Date(Date.now() + 48 * HOUR);
    const error = (await events
      .create(consultant, {
        kind: RecruitmentEventKind.INFO_MEETING,
        title: '  ',
        place: '',
        startsAt,
        endsAt: new Date(startsAt.getTime() - HOUR),
        capacity: 0,
      })
      .catch((e: unknown) => e)) as { code: string; fields: Record<string, string> };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.fields).sort()).toEqual(['capacity', 'endsAt', 'place', 'title']);
    expect(error.fields.endsAt).toBe('Sluttidspunktet skal ligge efter starttidspunktet.');
    expect(await count(`SELECT count(*)::int AS n FROM recruitment_event`)).toBe(before);
  });

  it('updates (sequence up, invitations re-sent), refuses a capacity below the signups, and cancels', async () => {
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const startsAt = new Date(Date.now() + 72 * HOUR);
    const created = await events.create(consultant, {
      kind: RecruitmentEventKind.COURSE_DAYS_1_2,
      title: 'Grundkursus dag 1-2',
      place: 'Kursuscenteret',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * HOUR),
      capacity: 10,
    });
    const a = await insertApplicant(ds, municipalityId);
    const b = await insertApplicant(ds, municipalityId);
    await events.signUp(a.actor, created.id);
    await events.signUp(b.actor, created.id);

    const tooSmall = (await events
      .update(consultant, { id: created.id, capacity: 1 })
      .catch((e: unknown) => e)) as { code: string; fields: Record<string, string> };
    expect(tooSmall.code).toBe('BAD_USER_INPUT');
    expect(tooSmall.fields.capacity).toMatch(/2 tilmeldte/);

    const moved = await events.update(consultant, { id: created.id, place: 'Rådhuset' });
    expect(moved.place).toBe('Rådhuset');
    const sent = () =>
      emailRows(ds, 'recruitment.event-invitation').then((rows) =>
        rows.filter((r) => r.params.eventId === created.id),
      );
    expect((await sent()).map((r) => r.params.sequence)).toEqual([0, 0, 1, 1]);

    const cancelled = await events.cancel(consultant, created.id, 'Underviseren er syg');
    expect(cancelled.cancelled).toBe(true);
    const cancels = (await sent()).filter((r) => r.params.cancelled === true);
    expect(cancels.map((r) => r.params.sequence)).toEqual([2, 2]);
    expect(await codeOf(events.update(consultant, { id: created.id, title: 'x' }))).toBe(
      RecruitmentErrorCode.EVENT_CLOSED,
    );

    const list = await events.staffList(consultant, new Date(Date.now() - HOUR));
    const row = list.find((e) => e.event.id === created.id);
    expect(row?.signups.map((s) => s.applicantName)).toEqual(['Anna og Bo', 'Anna og Bo']);
    const reads = await count(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND entity = 'recruitment_event_signup' AND actor_user_id = $1`,
      [consultant.userId],
    );
    expect(reads).toBe(1);
  });

  it('attendance on a course flips every applicant’s course lines (network course counts as days 1-2)', async () => {
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const h = await insertApplicant(ds, municipalityId);
    const course = await insertEvent(ds, municipalityId, { kind: RecruitmentEventKind.COURSE_DAYS_3_4 });
    await events.signUp(h.actor, course);
    const yes = await events.recordAttendance(consultant, course, h.applicationId, true);
    expect(yes.attended).toBe(true);
    expect(await requirementStatuses(ds, h.applicationId, 'COURSE_DAYS_3_4')).toEqual([
      'ACCEPTED',
      'ACCEPTED',
    ]);
    expect(await requirementStatuses(ds, h.applicationId, 'COURSE_DAYS_1_2')).toEqual(['MISSING', 'MISSING']);
    await events.recordAttendance(consultant, course, h.applicationId, false);
    expect(await requirementStatuses(ds, h.applicationId, 'COURSE_DAYS_3_4')).toEqual(['MISSING', 'MISSING']);

    const n = await insertApplicant(ds, municipalityId, {
      track: ApplicationTrack.NETWORK,
      firstNames: ['Eva'],
    });
    const networkCourse = await insertEvent(ds, municipalityId, {
      kind: RecruitmentEventKind.NETWORK_COURSE,
    });
    await events.signUp(n.actor, networkCourse);
    await events.recordAttendance(consultant, networkCourse, n.applicationId, true);
    expect(await requirementStatuses(ds, n.applicationId, 'COURSE_DAYS_1_2')).toEqual(['ACCEPTED']);

    const stranger = await insertUser(ds, await insertMunicipality(ds, '461'), Role.FAMILY_CONSULTANT);
    expect(await codeOf(events.recordAttendance(stranger, course, h.applicationId, true))).toBe('NOT_FOUND');
  });
});

describe('cancelling an event', () => {
  it('stores the reason, mails it to each household signed up, shows it on their calendar and never logs it', async () => {
    const reason = 'Underviseren er blevet syg. Vi finder en ny dato i marts.';
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const eventId = await insertEvent(ds, municipalityId, { kind: RecruitmentEventKind.INFO_MEETING });
    const a = await insertApplicant(ds, municipalityId);
    const b = await insertApplicant(ds, municipalityId, { firstNames: ['Cecilie'] });
    await events.signUp(a.actor, eventId);
    await events.signUp(b.actor, eventId);

    const blank = (await events.cancel(consultant, eventId, '   ').catch((e: unknown) => e)) as {
      code: string;
      fields: Record<string, string>;
    };
    expect(blank).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: 'Skriv en begrundelse.' } });

    const cancelled = await events.cancel(consultant, eventId, `  ${reason}  `);
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: reason });
    const [row] = (await ds.query(`SELECT cancel_reason, cancelled_at FROM recruitment_event WHERE id = $1`, [
      eventId,
    ])) as Array<{ cancel_reason: string; cancelled_at: Date }>;
    expect(row).toMatchObject({ cancel_reason: reason, cancelled_at: expect.any(Date) });
    const mine = await events.myCalendar(a.actor);
    expect(mine.signups.map((s) => [s.event.cancelled, s.event.cancelReason])).toEqual([[true, reason]]);

    // Deliver the two queued cancellation mails through the real mailer to a real SMTP server, logging at info.
    const smtp = await startTestSmtp();
    let logged = '';
    const logger = pino(
      { level: 'debug' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logged += chunk.toString();
          done();
        },
      }),
    );
    const mailConfig = testConfig(database.url, {
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'https://plejeportalen.example.dk',
      MAIL_FROM: 'Plejeportalen <noreply@plejeportalen.example.dk>',
    });
    const mailer = new Mailer(mailConfig, logger);
    try {
      const job = new SendEmailJob(ds, mailer, mailConfig, logger);
      const mails = (await ds.query(
        `SELECT id, recipient_user_id FROM email_message
          WHERE template = 'recruitment.event-invitation' AND params ->> 'eventId' = $1 AND (params ->> 'cancelled')::boolean`,
        [eventId],
      )) as Array<{ id: string; recipient_user_id: string }>;
      expect(mails.map((m) => m.recipient_user_id).sort()).toEqual([a.actor.userId, b.actor.userId].sort());
      for (const mail of mails)
        expect(
          await job.handle(
            { emailId: mail.id },
            { jobId: mail.id, attemptsMade: 0, job: { opts: { attempts: 5 } } as unknown as Job },
          ),
        ).toEqual({ status: 'sent' });
      expect(smtp.received).toHaveLength(2);
      for (const { mail } of smtp.received) {
        expect(mail.subject).toMatch(/^Aflyst: /);
        expect(mail.text).toContain(`Begrundelse: ${reason}`);
        expect(mail.html).toContain(`Begrundelse: ${reason}`);
      }
    } finally {
      mailer.onApplicationShutdown();
      await smtp.close();
    }
    expect(logged).toContain('email sent');
    expect(logged).not.toContain('Underviseren');
    const [audited] = (await ds.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND details::text LIKE '%Underviseren%'`,
      [eventId],
    )) as Array<{ n: number }>;
    expect(audited!.n).toBe(0);
  });
});

describe('home visits', () => {
  it('schedules, reschedules with a raised sequence, completes and cancels', async () => {
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const h = await insertApplicant(ds, municipalityId);
    const startsAt = new Date(Date.now() + 96 * HOUR);
    const visit = await visits.schedule(consultant, {
      applicationId: h.applicationId,
      number: 1,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      note: 'Begge voksne er hjemme',
    });
    expect(
      await codeOf(
        visits.schedule(consultant, {
          applicationId: h.applicationId,
          number: 1,
          startsAt,
          endsAt: new Date(startsAt.getTime() + HOUR),
        }),
      ),
    ).toBe('CONFLICT');
    const later = new Date(startsAt.getTime() + 24 * HOUR);
    await visits.reschedule(consultant, {
      id: visit.id,
      startsAt: later,
      endsAt: new Date(later.getTime() + HOUR),
    });
    const mails = (await emailRows(ds, 'recruitment.home-visit')).filter(
      (r) => r.params.visitId === visit.id,
    );
    expect(mails.map((r) => r.params.sequence)).toEqual([0, 1]);
    expect(mails[0]!.params.address).toBe('Testvej 1, 8000 Aarhus C');

    const ics = await calendar.invitation(h.actor, CalendarItemKind.HOME_VISIT, visit.id);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(1);
    expect(vevent?.getFirstPropertyValue('location')).toBe('Testvej 1, 8000 Aarhus C');
    expect((vevent?.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(
      Math.floor(later.getTime() / 1000) * 1000, // iCalendar times have whole seconds
    );

    await visits.complete(consultant, visit.id);
    expect(await requirementStatuses(ds, h.applicationId, 'HOME_VISIT_1')).toEqual(['ACCEPTED']);
    expect(await codeOf(visits.cancel(consultant, visit.id))).toBe(RecruitmentErrorCode.EVENT_CLOSED);

    const second = await visits.schedule(consultant, {
      applicationId: h.applicationId,
      number: 2,
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
    });
    const cancelled = await visits.cancel(consultant, second.id);
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    const cancelMail = (await emailRows(ds, 'recruitment.home-visit')).find(
      (r) => r.params.visitId === second.id && r.params.cancelled === true,
    );
    expect(cancelMail?.params.sequence).toBe(1);
    const staffView = await events.applicationCalendar(consultant, h.applicationId);
    // Ordered by time: visit 1 was moved after visit 2.
    expect(staffView.homeVisits.map((v) => v.number)).toEqual([2, 1]);
  });

  it('refuses a second visit on the network track and a time in the past', async () => {
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    const n = await insertApplicant(ds, municipalityId, { track: ApplicationTrack.NETWORK });
    const startsAt = new Date(Date.now() + 24 * HOUR);
    const error = (await visits
      .schedule(consultant, {
        applicationId: n.applicationId,
        number: 2,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
      })
      .catch((e: unknown) => e)) as { code: string; fields: Record<string, string> };
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields.number).toMatch(/ét hjemmebesøg/);
    const past = (await visits
      .schedule(consultant, {
        applicationId: n.applicationId,
        number: 1,
        startsAt: new Date(Date.now() - HOUR),
        endsAt: new Date(),
      })
      .catch((e: unknown) => e)) as { fields: Record<string, string> };
    expect(past.fields.startsAt).toBe('Starttidspunktet skal ligge i fremtiden.');
  });
});

describe('calendar invitations (.ics)', () => {
  it('parses with ical.js and is only given to the signed-up household or the municipality’s staff', async () => {
    const h = await insertApplicant(ds, municipalityId);
    const other = await insertApplicant(ds, municipalityId);
    const eventId = await insertEvent(ds, municipalityId, { title: 'Informationsmøde; kaffe, kage' });
    await events.signUp(h.actor, eventId);
    const ics = await calendar.invitation(h.actor, CalendarItemKind.EVENT, eventId);
    const root = new ICAL.Component(ICAL.parse(ics));
    expect(root.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = root.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Informationsmøde; kaffe, kage');
    expect(String(vevent?.getFirstPropertyValue('uid'))).toBe(`event-${eventId}@localhost`);

    expect(await codeOf(calendar.invitation(other.actor, CalendarItemKind.EVENT, eventId))).toBe('NOT_FOUND');
    const consultant = await insertUser(ds, municipalityId, Role.FAMILY_CONSULTANT);
    await expect(calendar.invitation(consultant, CalendarItemKind.EVENT, eventId)).resolves.toContain(
      'BEGIN:VCALENDAR',
    );
    const stranger = await insertUser(ds, await insertMunicipality(ds, '530'), Role.FAMILY_CONSULTANT);
    expect(await codeOf(calendar.invitation(stranger, CalendarItemKind.EVENT, eventId))).toBe('NOT_FOUND');
  });
});

describe('reminder job', () => {
  it('queues each reminder once across runs, and again after the appointment moves', async () => {
    const own = await insertMunicipality(ds, '615');
    const consultant = await insertUser(ds, own, Role.FAMILY_CONSULTANT);
    const h = await insertApplicant(ds, own);
    const soon = await insertEvent(ds, own, { inHours: 3 });
    const farAway = await insertEvent(ds, own, { inHours: 48 });
    await events.signUp(h.actor, soon);
    await events.signUp(h.actor, farAway);
    const visitStart = new Date(Date.now() + 5 * HOUR);
    const visit = await visits.schedule(consultant, {
      applicationId: h.applicationId,
      number: 1,
      startsAt: visitStart,
      endsAt: new Date(visitStart.getTime() + HOUR),
    });
    const cancelledEvent = await insertEvent(ds, own, { inHours: 2 });
    const g = await insertApplicant(ds, own);
    await events.signUp(g.actor, cancelledEvent);
    await events.cancel(consultant, cancelledEvent, 'Aflyst');

    const ownRows = async (template: string) =>
      (await emailRows(ds, template)).filter((r) => r.dedupe_key !== null);

    await reminders.handle();
    await reminders.handle();
    const eventReminders = await ownRows('recruitment.event-reminder');
    expect(eventReminders).toHaveLength(1);
    expect(eventReminders[0]!.params.eventId).toBe(soon);
    expect(eventReminders[0]!.dedupe_key).toMatch(/^event-reminder:[0-9a-f-]{36}:0$/);
    const visitReminders = await ownRows('recruitment.home-visit');
    expect(visitReminders.map((r) => r.dedupe_key)).toEqual([`visit-reminder:${visit.id}:0`]);

    const moved = new Date(Date.now() + 6 * HOUR);
    await visits.reschedule(consultant, {
      id: visit.id,
      startsAt: moved,
      endsAt: new Date(moved.getTime() + HOUR),
    });
    await reminders.handle();
    expect((await ownRows('recruitment.home-visit')).map((r) => r.dedupe_key)).toEqual([
      `visit-reminder:${visit.id}:0`,
      `visit-reminder:${visit.id}:1`,
    ]);
    expect(await ownRows('recruitment.event-reminder')).toHaveLength(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM outbox_job WHERE job_name = 'notification.send-email'`),
    ).toBe(await count(`SELECT count(*)::int AS n FROM email_message`));
  });
});
