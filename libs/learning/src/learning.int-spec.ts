import { Actor, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { EMAIL_TEMPLATES, NotificationsService } from '@pleje/notifications';
import { codeOf, createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { placedChild } from '../../relief/src/feeds/testing/relief-fixtures';
import { LearningDashboardService } from './learning-dashboard.service';
import { LearningRequest } from './learning-request.entity';
import {
  LearningCategory,
  LearningHoldReason,
  LearningNoteKind,
  LearningOutcome,
  LearningPriority,
  LearningRiskSignal,
  LearningStatus,
  LearningUrgency,
} from './learning-vocabulary';
import { CreateLearningRequestInput, LearningService } from './learning.service';

const ASK: CreateLearningRequestInput = {
  childPseudonym: 'Mikkel',
  category: LearningCategory.HOMEWORK_SUPPORT,
  description: 'Plejefamilien vil gerne have ideer til lektiehjælp i matematik.',
  urgency: LearningUrgency.NORMAL,
};

describe('learning queue against real PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let learning: LearningService;
  let dashboards: LearningDashboardService;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let caseworker: Actor;
  let consultant: Actor;
  let consultant2: Actor;

  const user = (role: Role, m = municipalityId): Promise<Actor> => insertUser(ds, m, role, 'X');
  const count = async (table: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    const outbox = new OutboxService();
    learning = new LearningService(ds, audit, outbox, new NotificationsService(outbox));
    dashboards = new LearningDashboardService(ds, audit);
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('997', 'Læringskommune') RETURNING id`,
    );
    [{ id: otherMunicipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('996', 'Nabokommune') RETURNING id`,
    );
    caseworker = await user(Role.CASEWORKER);
    consultant = await user(Role.LEARNING_CONSULTANT);
    consultant2 = await user(Role.LEARNING_CONSULTANT);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });
  // Each test starts with an empty queue, so take-next sees only its own requests.
  beforeEach(async () => {
    await ds.query(`DELETE FROM learning_request`);
  });

  it('triages on create and writes the event history, the audit row and both deadline jobs', async () => {
    const r = await learning.create(caseworker, {
      ...ASK,
      category: LearningCategory.ABSENCE,
      urgency: LearningUrgency.HIGH,
      absencePercent: 22,
    });
    expect(r.priority).toBe(LearningPriority.P1);
    expect(r.status).toBe(LearningStatus.NEW);
    // P1: 24 hours by default.
    expect(Math.abs(r.deadlineAt!.getTime() - (r.createdAt.getTime() + 24 * 3_600_000))).toBeLessThan(2000);
    const events = await ds.query(
      `SELECT type FROM learning_event WHERE request_id = $1 ORDER BY created_at`,
      [r.id],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual(['CREATED', 'TRIAGED']);
    const jobs = await ds.query(
      `SELECT job_name, payload FROM outbox_job WHERE job_id LIKE $1 ORDER BY job_name`,
      [`%${r.id}%`],
    );
    expect(jobs.map((j: { job_name: string }) => j.job_name)).toEqual([
      'learning.escalate-overdue',
      'learning.remind-assignee',
    ]);
    expect(jobs[0].payload).toEqual({ requestId: r.id, deadlineAt: r.deadlineAt!.getTime() });
  });

  it('orders the queue by priority, then waiting time, and take-next follows that order', async () => {
    const low1 = await learning.create(caseworker, ASK);
    const high = await learning.create(caseworker, {
      ...ASK,
      category: LearningCategory.SCHOOL_CHANGE,
      riskSignals: [LearningRiskSignal.NO_SCHOOL_OFFER],
    });
    const low2 = await learning.create(caseworker, ASK);
    const mid = await learning.create(caseworker, { ...ASK, category: LearningCategory.ABSENCE });
    const queue = await learning.queue(consultant);
    expect(queue.map((r) => r.id)).toEqual([high.id, mid.id, low1.id, low2.id]);
    const taken = [];
    for (let i = 0; i < 5; i += 1) taken.push((await learning.takeNext(consultant))?.id ?? null);
    expect(taken).toEqual([high.id, mid.id, low1.id, low2.id, null]);
  });

  it('take-next writes, in its one statement, the assignment, the event, the audit row and the requester mail', async () => {
    const child = await placedChild(ds, municipalityId, 'Ida');
    const parent: Actor = { userId: child.familyUserId, municipalityId, role: Role.FOSTER_PARENT };
    const r = await learning.create(parent, {
      placementId: child.placementId,
      category: LearningCategory.EXAMS,
      description: 'Ida skal til prøve i dansk og er meget nervøs for det.',
      urgency: LearningUrgency.NORMAL,
    });
    const before = await Promise.all(
      ['learning_event', 'audit_event', 'email_message', 'outbox_job'].map(count),
    );
    const taken = await learning.takeNext(consultant);
    // The returned view is what a fresh read gives, plus the placed child's first name.
    const stored = await ds.getRepository(LearningRequest).findOneByOrFail({ id: r.id });
    expect(taken).toMatchObject({ ...stored, childFirstName: 'Ida', isOverdue: false });
    expect(taken?.riskSignals).toEqual([]);
    expect(taken?.assignedAt).toBeInstanceOf(Date);
    expect(stored).toMatchObject({
      status: LearningStatus.ASSIGNED,
      assigneeId: consultant.userId,
      version: r.version + 1,
    });
    expect(stored.firstAssignedAt?.getTime()).toBe(stored.assignedAt?.getTime());
    const after = await Promise.all(
      ['learning_event', 'audit_event', 'email_message', 'outbox_job'].map(count),
    );
    expect(after.map((n, i) => n - before[i])).toEqual([1, 1, 1, 1]);
    const [event] = await ds.query(
      `SELECT id, type, actor_id, details FROM learning_event WHERE request_id = $1 AND type = 'ASSIGNED'`,
      [r.id],
    );
    expect(event).toMatchObject({ actor_id: consultant.userId, details: { via: 'TAKE_NEXT' } });
    const [auditRow] = await ds.query(
      `SELECT action, actor_user_id, actor_role, municipality_id FROM audit_event
        WHERE entity = 'learning_request' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [r.id],
    );
    expect(auditRow).toEqual({
      action: 'UPDATE',
      actor_user_id: consultant.userId,
      actor_role: Role.LEARNING_CONSULTANT,
      municipality_id: municipalityId,
    });
    const [mail] = await ds.query(
      `SELECT id, recipient_user_id, params, dedupe_key FROM email_message WHERE dedupe_key = $1`,
      [`learning-update:${event.id}`],
    );
    expect(mail).toMatchObject({
      recipient_user_id: parent.userId,
      params: { requestId: r.id, change: 'STATUS', status: 'ASSIGNED' },
    });
    // The mail's params still pass the template's schema, and its send job is the one queueEmail would write.
    expect(() => EMAIL_TEMPLATES['learning.request-updated'].params.parse(mail.params)).not.toThrow();
    const [job] = await ds.query(`SELECT job_name, payload, run_at FROM outbox_job WHERE job_id = $1`, [
      `email-${mail.id}`,
    ]);
    expect(job).toEqual({ job_name: 'notification.send-email', payload: { emailId: mail.id }, run_at: null });
    // An empty queue writes nothing at all.
    const idle = await Promise.all(
      ['learning_event', 'audit_event', 'email_message', 'outbox_job'].map(count),
    );
    expect(await learning.takeNext(consultant)).toBeNull();
    expect(
      await Promise.all(['learning_event', 'audit_event', 'email_message', 'outbox_job'].map(count)),
    ).toEqual(idle);
  });

  it('a learning consultant who takes their own request is not mailed about it', async () => {
    const own = await learning.create(consultant, ASK);
    const mails = await count('email_message');
    expect((await learning.takeNext(consultant))?.id).toBe(own.id);
    expect(await count('email_message')).toBe(mails);
    expect((await learning.get(consultant, own.id)).events.map((e) => e.type)).toContain('ASSIGNED');
  });

  it('20 consultants pressing take-next at once over 50 requests: 50 distinct, zero duplicates', async () => {
    for (let i = 0; i < 50; i += 1)
      await learning.create(caseworker, {
        ...ASK,
        urgency: [LearningUrgency.LOW, LearningUrgency.NORMAL, LearningUrgency.HIGH][i % 3],
      });
    const consultants = await Promise.all(Array.from({ length: 20 }, () => user(Role.LEARNING_CONSULTANT)));
    const takenBy = new Map<string, string>();
    let duplicates = 0;
    // Every consultant keeps pressing until the queue is empty: 20 concurrent transactions at each round.
    await Promise.all(
      consultants.map(async (c) => {
        for (;;) {
          const r = await learning.takeNext(c);
          if (!r) return;
          if (takenBy.has(r.id)) duplicates += 1;
          takenBy.set(r.id, c.userId);
        }
      }),
    );
    expect(duplicates).toBe(0);
    expect(takenBy.size).toBe(50);
    const rows = await ds.query(
      `SELECT count(*)::int AS n, count(DISTINCT assignee_id)::int AS people FROM learning_request WHERE status = 'ASSIGNED'`,
    );
    expect(rows[0].n).toBe(50);
    expect(rows[0].people).toBeGreaterThan(1);
    // One ASSIGNED event per request: nobody took a request twice.
    const events = await ds.query(
      `SELECT request_id, count(*)::int AS n FROM learning_event WHERE type = 'ASSIGNED' GROUP BY request_id HAVING count(*) > 1`,
    );
    expect(events).toEqual([]);
  });

  it('walks hold → resume → resolve → close, pausing the deadline on hold; illegal moves are typed', async () => {
    const r = await learning.create(caseworker, ASK);
    expect(await codeOf(learning.hold(consultant, r.id, LearningHoldReason.SCHOOL))).toBe(
      'LEARNING.ILLEGAL_TRANSITION',
    );
    expect(await codeOf(learning.resolve(consultant, r.id, LearningOutcome.ADVICE_GIVEN))).toBe(
      'LEARNING.ILLEGAL_TRANSITION',
    );
    await learning.takeNext(consultant);
    const held = await learning.hold(consultant, r.id, LearningHoldReason.SCHOOL);
    expect(held.status).toBe(LearningStatus.ON_HOLD);
    expect(held.deadlineAt).toBeNull();
    expect(Number(held.holdRemainingMs)).toBeGreaterThan(300 * 3_600_000);
    expect(await codeOf(learning.hold(consultant, r.id, LearningHoldReason.FAMILY))).toBe(
      'LEARNING.ILLEGAL_TRANSITION',
    );
    const resumed = await learning.resume(consultant, r.id);
    expect(resumed.status).toBe(LearningStatus.ASSIGNED);
    expect(resumed.deadlineAt!.getTime()).toBeGreaterThan(Date.now() + 300 * 3_600_000);
    expect(await codeOf(learning.close(consultant, r.id))).toBe('LEARNING.ILLEGAL_TRANSITION');
    expect(await codeOf(learning.resolve(consultant, r.id, null))).toBe('LEARNING.OUTCOME_REQUIRED');
    const resolved = await learning.resolve(
      consultant,
      r.id,
      LearningOutcome.SUPPORT_GRANTED,
      'Skolen giver støtte.',
    );
    expect(resolved.outcome).toBe(LearningOutcome.SUPPORT_GRANTED);
    const closed = await learning.close(consultant, r.id);
    expect(closed.status).toBe(LearningStatus.CLOSED);
    expect(await codeOf(learning.reopen(consultant, r.id))).toBe('LEARNING.ILLEGAL_TRANSITION');
    const { events } = await learning.get(consultant, r.id);
    expect(events.map((e) => e.type)).toEqual([
      'CREATED',
      'TRIAGED',
      'ASSIGNED',
      'HELD',
      'RESUMED',
      'REPLIED',
      'RESOLVED',
      'CLOSED',
    ]);
  });

  it('two consultants resolving the same request at once: one wins, the other gets a typed error', async () => {
    const r = await learning.create(caseworker, ASK);
    await learning.takeNext(consultant);
    const codes = await Promise.all([
      codeOf(learning.resolve(consultant, r.id, LearningOutcome.ADVICE_GIVEN)),
      codeOf(learning.resolve(consultant2, r.id, LearningOutcome.REFERRED)),
    ]);
    expect(codes.sort()).toEqual(['LEARNING.ILLEGAL_TRANSITION', 'OK']);
  });

  it('reassigns to a learning consultant of the municipality only, and releases back to the queue', async () => {
    const r = await learning.create(caseworker, ASK);
    const other = await user(Role.LEARNING_CONSULTANT, otherMunicipalityId);
    expect(await codeOf(learning.reassign(consultant, r.id, other.userId))).toBe('LEARNING.INVALID_ASSIGNEE');
    expect(await codeOf(learning.reassign(consultant, r.id, caseworker.userId))).toBe(
      'LEARNING.INVALID_ASSIGNEE',
    );
    const moved = await learning.reassign(consultant, r.id, consultant2.userId);
    expect([moved.status, moved.assigneeId]).toEqual([LearningStatus.ASSIGNED, consultant2.userId]);
    const released = await learning.reassign(consultant2, r.id, null);
    expect([released.status, released.assigneeId]).toEqual([LearningStatus.NEW, null]);
    expect((await learning.takeNext(consultant))?.id).toBe(r.id);
  });

  it('bad input is refused with field messages and writes nothing', async () => {
    const before = await Promise.all(
      ['learning_request', 'learning_event', 'outbox_job', 'audit_event'].map(count),
    );
    const bad = [
      { ...ASK, description: 'kort' },
      { ...ASK, description: 'Barnets CPR er 010203-1234, se venligst.' },
      { ...ASK, absencePercent: 140 },
      { ...ASK, childPseudonym: null },
      { ...ASK, childPseudonym: 'Mikkel 0102031234' },
      { ...ASK, category: 'NOPE' as LearningCategory },
    ];
    for (const input of bad) expect(await codeOf(learning.create(caseworker, input))).toBe('BAD_USER_INPUT');
    const after = await Promise.all(
      ['learning_request', 'learning_event', 'outbox_job', 'audit_event'].map(count),
    );
    expect(after).toEqual(before);
  });

  it('the requester sees status and replies, never internal notes; others’ requests look missing', async () => {
    const child = await placedChild(ds, municipalityId, 'Freja');
    const parent: Actor = { userId: child.familyUserId, municipalityId, role: Role.FOSTER_PARENT };
    const r = await learning.create(parent, {
      placementId: child.placementId,
      category: LearningCategory.LEARNING_DIFFICULTIES,
      description: 'Vi tror Freja har svært ved at læse. Hvad gør vi?',
      urgency: LearningUrgency.NORMAL,
    });
    expect(r.childFirstName).toBe('Freja');
    await learning.takeNext(consultant);
    await learning.addNote(consultant, r.id, LearningNoteKind.INTERNAL, 'Intern: ring til PPR først.');
    await learning.addNote(
      consultant,
      r.id,
      LearningNoteKind.REPLY,
      'Jeg kontakter skolen og PPR i denne uge.',
    );
    const mine = await learning.mineOne(parent, r.id);
    expect(mine.request.status).toBe(LearningStatus.ASSIGNED);
    expect(mine.conversation.map((n) => n.body)).toEqual(['Jeg kontakter skolen og PPR i denne uge.']);
    expect(JSON.stringify(mine)).not.toContain('Intern');
    // Mails: one for the status change (taken), one for the reply; never for the internal note.
    const mails = await ds.query(
      `SELECT params->>'change' AS change FROM email_message WHERE recipient_user_id = $1 AND template = 'learning.request-updated' ORDER BY created_at`,
      [parent.userId],
    );
    expect(mails.map((m: { change: string }) => m.change)).toEqual(['STATUS', 'REPLY']);
    // Another foster parent, a caseworker, and a consultant of another municipality cannot read it.
    const stranger = await placedChild(ds, municipalityId, 'Anden');
    const strangerActor: Actor = { userId: stranger.familyUserId, municipalityId, role: Role.FOSTER_PARENT };
    expect(await codeOf(learning.mineOne(strangerActor, r.id))).toBe('NOT_FOUND');
    expect(await codeOf(learning.mineOne(caseworker, r.id))).toBe('NOT_FOUND');
    const foreign = await user(Role.LEARNING_CONSULTANT, otherMunicipalityId);
    expect(await codeOf(learning.get(foreign, r.id))).toBe('NOT_FOUND');
    expect(await learning.queue(foreign)).toEqual([]);
    expect(await learning.takeNext(foreign)).toBeNull();
    // A foster parent cannot ask about a child placed elsewhere.
    expect(
      await codeOf(
        learning.create(strangerActor, { ...ASK, childPseudonym: null, placementId: child.placementId }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('the form offers a foster parent only their own placed children; staff the municipality’s', async () => {
    const mine = await placedChild(ds, municipalityId, 'Alma');
    const other = await placedChild(ds, municipalityId, 'Bertram');
    const foreign = await placedChild(ds, otherMunicipalityId, 'Carla');
    const parent: Actor = { userId: mine.familyUserId, municipalityId, role: Role.FOSTER_PARENT };
    expect(await learning.children(parent)).toEqual([
      { placementId: mine.placementId, childId: 'c1', firstName: 'Alma' },
    ]);
    const staff = (await learning.children(caseworker)).map((c) => c.placementId);
    expect(staff).toEqual(expect.arrayContaining([mine.placementId, other.placementId]));
    expect(staff).not.toContain(foreign.placementId);
    await ds.query(`UPDATE placement SET ended_on = '2025-06-01' WHERE id = $1`, [mine.placementId]);
    expect(await learning.children(parent)).toEqual([]);
  });

  it('the requester’s timeline holds only status changes, never notes, reminders or escalations', async () => {
    const r = await learning.create(caseworker, ASK);
    await learning.takeNext(consultant);
    await learning.addNote(consultant, r.id, LearningNoteKind.INTERNAL, 'Intern note.');
    await learning.hold(consultant, r.id, LearningHoldReason.SCHOOL);
    await learning.resolve(consultant, r.id, LearningOutcome.SCHOOL_PLAN_AGREED, 'Planen er aftalt.');
    const timeline = await learning.requesterTimeline(caseworker, r.id);
    expect(timeline.map((e) => e.type)).toEqual(['CREATED', 'ASSIGNED', 'HELD', 'RESOLVED']);
    expect(await codeOf(learning.requesterTimeline(consultant2, r.id))).toBe('NOT_FOUND');
  });

  it('the requester’s answer ends waiting for the family', async () => {
    const r = await learning.create(caseworker, ASK);
    await learning.takeNext(consultant);
    await learning.hold(consultant, r.id, LearningHoldReason.FAMILY);
    const view = await learning.addRequesterMessage(caseworker, r.id, 'Her er skemaet, I bad om.');
    expect(view.request.status).toBe(LearningStatus.ASSIGNED);
    expect(view.request.deadlineAt).not.toBeNull();
  });

  it('dashboard: backlog by priority, waiting times, missed deadlines and outcomes in the range', async () => {
    const a = await learning.create(caseworker, ASK);
    const b = await learning.create(caseworker, { ...ASK, category: LearningCategory.ABSENCE });
    await learning.create(caseworker, ASK);
    // Waiting: a waited 2 hours, b 10 hours.
    await ds.query(`UPDATE learning_request SET created_at = now() - interval '2 hours' WHERE id = $1`, [
      a.id,
    ]);
    await ds.query(`UPDATE learning_request SET created_at = now() - interval '10 hours' WHERE id = $1`, [
      b.id,
    ]);
    await learning.reassign(consultant, a.id, consultant.userId);
    await learning.reassign(consultant, b.id, consultant.userId);
    await learning.resolve(consultant, a.id, LearningOutcome.SCHOOL_PLAN_AGREED);
    await ds.query(
      `INSERT INTO learning_event (request_id, municipality_id, type) VALUES ($1, $2, 'ESCALATED')`,
      [b.id, municipalityId],
    );
    const d = await dashboards.dashboard(
      consultant,
      new Date(Date.now() - 86_400_000),
      new Date(Date.now() + 60_000),
    );
    expect(d.backlog).toEqual([
      { priority: 'P1', open: 0, unassigned: 0, overdue: 0 },
      { priority: 'P2', open: 0, unassigned: 0, overdue: 0 },
      { priority: 'P3', open: 1, unassigned: 0, overdue: 0 },
      { priority: 'P4', open: 1, unassigned: 1, overdue: 0 },
    ]);
    expect(d.taken).toBe(2);
    expect(d.waitingHoursMedian).toBe(6);
    expect(d.waitingHoursP90).toBe(9.2);
    expect(d.deadlinesMissed).toBe(1);
    expect(d.outcomes).toEqual([{ outcome: 'SCHOOL_PLAN_AGREED', count: 1 }]);
    expect(d.created).toBe(3);
    expect(d.resolved).toBe(1);
  });
});
