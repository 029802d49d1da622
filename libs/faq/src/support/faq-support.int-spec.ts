import { Actor, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { codeOf, createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource, EntityManager } from 'typeorm';
import { FaqAnswerService, FaqVerdict } from '../faq-answer.service';
import { FaqChangeAction, FaqOwnerTeam } from '../faq-entry.entity';
import { FaqService } from '../faq.service';
import { FaqAskService } from './faq-ask.service';
import { FaqReportService } from './faq-report.service';
import { FaqChannel } from './faq-question.entity';
import { FaqTicketErrorCode } from './faq-support.exception';
import { FaqTicketStatus } from './faq-ticket.entity';
import { FaqTicketService } from './faq-ticket.service';
import { EraseExpiredFaqQuestionsJob } from './jobs/erase-expired-faq-questions.job';
import { EmailTicketAnswerNotifier, TicketAnswered, TicketAnswerNotifier } from './ticket-answer-notifier';

const ENTRIES = [
  {
    key: 'aflastning-weekend',
    question: 'Kan vores plejebarn komme i aflastning en weekend?',
    answer: 'Ja, aftal det med jeres familieplejekonsulent.',
    ownerTeam: FaqOwnerTeam.AFLASTNING,
    category: 'Aflastning',
  },
  {
    key: 'lektiehjaelp',
    question: 'Hvem hjælper plejebarnet med lektierne i skolen?',
    answer: 'Læringskonsulenten hjælper barnet og skolen.',
    ownerTeam: FaqOwnerTeam.LAERING,
    category: 'Skole',
  },
  {
    key: 'vederlag-udbetaling',
    question: 'Hvornår bliver vederlaget udbetalt?',
    answer: 'Vederlaget udbetales månedsvis bagud.',
    ownerTeam: FaqOwnerTeam.FAMILIEPLEJE,
    category: 'Økonomi',
  },
];
const FAR_AWAY = 'hvem vandt superligaen i fodbold sidste år';

/** Records what the seam is given, and writes nothing: proves the seam gets ids, once. */
class RecordingNotifier implements TicketAnswerNotifier {
  readonly calls: TicketAnswered[] = [];
  constructor(private readonly inner: TicketAnswerNotifier) {}
  async ticketAnswered(em: EntityManager, event: TicketAnswered) {
    this.calls.push(event);
    await this.inner.ticketAnswered(em, event);
  }
}

describe('FAQ question log, feedback, consultant tickets and the improvement report (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let faq: FaqService;
  let asking: FaqAskService;
  let tickets: FaqTicketService;
  let reports: FaqReportService;
  let notifier: RecordingNotifier;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let parent: Actor;
  let parent2: Actor;
  let familyConsultants: Actor[];
  let learningConsultant: Actor;
  let networkConsultant: Actor;
  let caseworker: Actor;
  let otherFamilyConsultant: Actor;
  let entryIds: Record<string, string>;

  const user = (role: Role, m = municipalityId, name = 'X'): Promise<Actor> => insertUser(ds, m, role, name);
  const count = async (sql: string, params: unknown[] = []) =>
    ((await ds.query(sql, params)) as Array<{ n: number }>)[0].n;
  const mails = (ticketId: string) =>
    ds.query(
      `SELECT recipient_user_id, params FROM email_message WHERE template = 'faq.ticket-answered' AND params->>'ticketId' = $1`,
      [ticketId],
    ) as Promise<Array<{ recipient_user_id: string; params: Record<string, unknown> }>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { FAQ_QUESTION_RETENTION_DAYS: '90' });
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    faq = new FaqService(ds, audit);
    asking = new FaqAskService(ds, new FaqAnswerService(ds), audit);
    notifier = new RecordingNotifier(
      new EmailTicketAnswerNotifier(new NotificationsService(new OutboxService())),
    );
    tickets = new FaqTicketService(ds, audit, faq, notifier);
    reports = new FaqReportService(ds, audit);
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name, phone) VALUES ('981', 'Billetkommune', '70 11 22 33') RETURNING id`,
    );
    [{ id: otherMunicipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('982', 'Andenkommune') RETURNING id`,
    );
    parent = await user(Role.FOSTER_PARENT, municipalityId, 'Mette Plejemor');
    parent2 = await user(Role.FOSTER_PARENT);
    familyConsultants = await Promise.all([1, 2, 3, 4, 5, 6].map(() => user(Role.FAMILY_CONSULTANT)));
    learningConsultant = await user(Role.LEARNING_CONSULTANT);
    networkConsultant = await user(Role.NETWORK_CONSULTANT);
    caseworker = await user(Role.CASEWORKER);
    otherFamilyConsultant = await user(Role.FAMILY_CONSULTANT, otherMunicipalityId);
    entryIds = {};
    for (const e of ENTRIES)
      entryIds[e.key] = (await faq.create(familyConsultants[0], { ...e, phrasings: [], english: [] })).id;
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  describe('question log and "Hjalp det?"', () => {
    it('logs every ask with verdict, best entry, confidence and channel, and returns its id', async () => {
      const a = await asking.ask(parent, municipalityId, ENTRIES[0].question, FaqChannel.PORTAL);
      expect(a.verdict).toBe(FaqVerdict.CONFIDENT);
      const [row] = await ds.query(`SELECT * FROM faq_question WHERE id = $1`, [a.questionId]);
      expect(row).toMatchObject({
        municipality_id: municipalityId,
        asked_by: parent.userId,
        channel: 'PORTAL',
        text: ENTRIES[0].question,
        verdict: 'CONFIDENT',
        best_entry_id: entryIds['aflastning-weekend'],
      });
      expect(row.confidence).toBeCloseTo(a.best!.confidence, 3);
      // An unlinked Teams user: no asker, the bot's municipality.
      const teams = await asking.ask(null, municipalityId, FAR_AWAY, FaqChannel.TEAMS);
      expect(teams.verdict).toBe(FaqVerdict.NOT_CONFIDENT);
      const [t] = await ds.query(`SELECT asked_by, channel, best_entry_id FROM faq_question WHERE id = $1`, [
        teams.questionId,
      ]);
      expect(t).toEqual({ asked_by: null, channel: 'TEAMS', best_entry_id: teams.best?.entry.id ?? null });
    });

    it('refuses bad input and another municipality before anything is written', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM faq_question`);
      expect(await codeOf(asking.ask(parent, municipalityId, '   ', FaqChannel.PORTAL))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await codeOf(asking.ask(parent, municipalityId, 'x'.repeat(501), FaqChannel.PORTAL))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await codeOf(asking.ask(parent, otherMunicipalityId, 'vederlag', FaqChannel.PORTAL))).toBe(
        'FORBIDDEN',
      );
      expect(await count(`SELECT count(*)::int AS n FROM faq_question`)).toBe(before);
    });

    it('takes 👍/👎 from the asker only, about an answer that was shown; a second rating replaces the first', async () => {
      const a = await asking.ask(parent, municipalityId, ENTRIES[2].question, FaqChannel.PORTAL);
      const shown = a.best!.entry.id;
      expect(await asking.rate(parent, a.questionId, shown, false)).toEqual({
        questionId: a.questionId,
        entryId: shown,
        helpful: false,
      });
      await asking.rate(parent, a.questionId, shown, true);
      const [row] = await ds.query(`SELECT helpful, rated_entry_id FROM faq_question WHERE id = $1`, [
        a.questionId,
      ]);
      expect(row).toEqual({ helpful: true, rated_entry_id: shown });
      expect(await codeOf(asking.rate(parent2, a.questionId, shown, false))).toBe('NOT_FOUND');
      expect(await codeOf(asking.rate(otherFamilyConsultant, a.questionId, shown, false))).toBe('NOT_FOUND');
      const notShown = Object.values(entryIds).find(
        (id) => ![a.best, ...a.runnersUp].some((c) => c?.entry.id === id),
      )!;
      expect(await codeOf(asking.rate(parent, a.questionId, notShown, false))).toBe(
        FaqTicketErrorCode.NOT_A_CANDIDATE,
      );
      expect(await codeOf(asking.rate(parent, a.questionId, 'nope', false))).toBe('BAD_USER_INPUT');
      // Unlinked Teams asker: rated with no actor, in the bot's municipality only.
      const t = await asking.ask(null, municipalityId, ENTRIES[1].question, FaqChannel.TEAMS);
      expect(
        await codeOf(asking.rate(null, t.questionId, t.best!.entry.id, false, otherMunicipalityId)),
      ).toBe('NOT_FOUND');
      expect((await asking.rate(null, t.questionId, t.best!.entry.id, false, municipalityId)).helpful).toBe(
        false,
      );
      expect(await codeOf(asking.rate(parent, t.questionId, t.best!.entry.id, false))).toBe('NOT_FOUND');
    });
  });

  describe('tickets', () => {
    it('routes by category, else by the best entry’s team, else to family care; each role sees its teams only', async () => {
      const aflastning = await asking.ask(parent, municipalityId, ENTRIES[0].question, FaqChannel.PORTAL);
      const viaEntry = await tickets.ask(parent, { questionId: aflastning.questionId });
      expect(viaEntry.team).toBe(FaqOwnerTeam.AFLASTNING);
      const vague = await asking.ask(parent, municipalityId, FAR_AWAY, FaqChannel.PORTAL);
      expect((await tickets.ask(parent, { questionId: vague.questionId })).team).toBe(
        FaqOwnerTeam.FAMILIEPLEJE,
      );
      const byCategory = {
        [FaqOwnerTeam.LAERING]: learningConsultant,
        [FaqOwnerTeam.NETVAERK]: networkConsultant,
        [FaqOwnerTeam.MYNDIGHED]: caseworker,
      };
      const made: Record<string, string> = {};
      for (const [team] of Object.entries(byCategory))
        made[team] = (
          await tickets.ask(parent, {
            text: `Et spørgsmål til team ${team}?`,
            category: team as FaqOwnerTeam,
          })
        ).id;

      const seen = async (a: Actor) => (await tickets.queue(a)).map((t) => t.id);
      for (const [team, consultant] of Object.entries(byCategory)) {
        expect(await seen(consultant)).toEqual([made[team]]);
        // Nobody else takes it: another team's ticket looks missing.
        expect(await codeOf(tickets.take(familyConsultants[1], made[team]))).toBe('NOT_FOUND');
      }
      const family = await seen(familyConsultants[1]);
      expect(family).toEqual(expect.arrayContaining([viaEntry.id]));
      expect(family).not.toEqual(expect.arrayContaining([made.LAERING]));
      expect(
        (await tickets.queue(familyConsultants[1], { team: FaqOwnerTeam.AFLASTNING })).map((t) => t.id),
      ).toContain(viaEntry.id);
      expect(await codeOf(tickets.queue(learningConsultant, { team: FaqOwnerTeam.AFLASTNING }))).toBe(
        'BAD_USER_INPUT',
      );
      // Another municipality's consultant of the same team sees nothing of it.
      expect(await seen(otherFamilyConsultant)).toEqual([]);
      expect(await codeOf(tickets.take(otherFamilyConsultant, viaEntry.id))).toBe('NOT_FOUND');
      // Asking again for the same question (a double click) gives the same ticket.
      expect((await tickets.ask(parent, { questionId: aflastning.questionId })).id).toBe(viaEntry.id);
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'faq_ticket' AND entity_id = $1 AND action = 'CREATE'`,
        [viaEntry.id],
      );
      expect(n).toBe(1);
    });

    it('lets exactly one of six racing consultants take a ticket; the others are told it is taken', async () => {
      const t = await tickets.ask(parent, { text: 'Må vi tage plejebarnet med til udlandet?' });
      const results = await Promise.all(familyConsultants.map((c) => codeOf(tickets.take(c, t.id))));
      expect(results.filter((r) => r === 'OK')).toHaveLength(1);
      expect(results.filter((r) => r === FaqTicketErrorCode.TAKEN)).toHaveLength(5);
      const winner = familyConsultants[results.indexOf('OK')];
      const [row] = await ds.query(`SELECT status, assignee_id, version FROM faq_ticket WHERE id = $1`, [
        t.id,
      ]);
      expect(row).toEqual({ status: 'ASSIGNED', assignee_id: winner.userId, version: 2 });
    });

    it('answers once: the asker is told once (mail with no texts), a second answer is refused', async () => {
      const t = await tickets.ask(parent, { text: 'Kan vi få hjælp til en større bil?' });
      const c = familyConsultants[2];
      await tickets.take(c, t.id);
      expect(await codeOf(tickets.answer(familyConsultants[3], t.id, 'Ja, det kan I.'))).toBe(
        FaqTicketErrorCode.NOT_ASSIGNEE,
      );
      const calls = notifier.calls.length;
      // The assignee double-submits the answer form: one wins, one is refused.
      const results = await Promise.all([
        codeOf(tickets.answer(c, t.id, 'Ja, søg om merudgifter hos jeres familieplejekonsulent.')),
        codeOf(tickets.answer(c, t.id, 'Ja, søg om merudgifter hos jeres familieplejekonsulent.')),
      ]);
      expect(results.sort()).toEqual([FaqTicketErrorCode.ILLEGAL_TRANSITION, 'OK']);
      expect(notifier.calls.slice(calls)).toEqual([
        {
          ticketId: t.id,
          municipalityId,
          askerUserId: parent.userId,
          channel: FaqChannel.PORTAL,
          team: FaqOwnerTeam.FAMILIEPLEJE,
          questionId: null,
          question: 'Kan vi få hjælp til en større bil?',
          answer: 'Ja, søg om merudgifter hos jeres familieplejekonsulent.',
        },
      ]);
      const sent = await mails(t.id);
      expect(sent).toEqual([{ recipient_user_id: parent.userId, params: { ticketId: t.id } }]);
      // The job goes through the outbox with the mail row, in the answer's transaction.
      expect(
        await count(
          `SELECT count(*)::int AS n FROM outbox_job o JOIN email_message m ON o.job_id = 'email-' || m.id
                      WHERE m.template = 'faq.ticket-answered' AND m.params->>'ticketId' = $1`,
          [t.id],
        ),
      ).toBe(1);
      const mine = await tickets.mine(parent);
      const own = mine.find((m) => m.id === t.id)!;
      expect(own).toMatchObject({
        status: FaqTicketStatus.ANSWERED,
        answer: expect.stringContaining('merudgifter'),
      });
      expect(own.assigneeId).toBeNull();
      // The other parent sees none of it.
      expect((await tickets.mine(parent2)).map((m) => m.id)).not.toContain(t.id);

      await tickets.close(c, t.id);
      expect(await codeOf(tickets.close(c, t.id))).toBe(FaqTicketErrorCode.ILLEGAL_TRANSITION);
      expect(await codeOf(tickets.answer(c, t.id, 'Et nyt svar igen.'))).toBe(
        FaqTicketErrorCode.ILLEGAL_TRANSITION,
      );
      expect(await mails(t.id)).toHaveLength(1);
    });

    it('answering an open ticket takes it; bad answers and bad asks write nothing', async () => {
      const t = await tickets.ask(parent, { text: 'Hvad gør vi, hvis barnet bliver sygt på ferien?' });
      const before = await count(`SELECT count(*)::int AS n FROM faq_ticket`);
      expect(await codeOf(tickets.answer(familyConsultants[4], t.id, 'kort'))).toBe('BAD_USER_INPUT');
      expect(await codeOf(tickets.answer(familyConsultants[4], t.id, 'Ring på 010190-1234 i morgen.'))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await codeOf(tickets.ask(parent, {}))).toBe('BAD_USER_INPUT');
      expect(await codeOf(tickets.ask(parent, { text: 'hej' }))).toBe('BAD_USER_INPUT');
      expect(await codeOf(tickets.ask(parent, { text: 'Mit CPR er 010190-1234, hvad nu?' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(
        await codeOf(
          tickets.ask(parent, { text: 'Et godt spørgsmål her?', category: 'NOPE' as FaqOwnerTeam }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        await codeOf(tickets.ask(familyConsultants[0], { text: 'Et spørgsmål fra en konsulent?' })),
      ).toBe('FORBIDDEN');
      // Someone else's logged question looks missing.
      const q = await asking.ask(parent, municipalityId, 'hvornår kommer vederlaget', FaqChannel.PORTAL);
      expect(await codeOf(tickets.ask(parent2, { questionId: q.questionId }))).toBe('NOT_FOUND');
      expect(await count(`SELECT count(*)::int AS n FROM faq_ticket`)).toBe(before);
      expect(await mails(t.id)).toHaveLength(0);

      const answered = await tickets.answer(
        familyConsultants[4],
        t.id,
        'Ring til jeres familieplejekonsulent.',
      );
      expect(answered).toMatchObject({
        status: FaqTicketStatus.ANSWERED,
        assigneeId: familyConsultants[4].userId,
      });
      expect(await mails(t.id)).toHaveLength(1);
    });

    it('assigns only to an active consultant of the ticket’s team, and back to the queue', async () => {
      const t = await tickets.ask(parent, {
        text: 'Hvordan kommer vi med i en netværksgruppe?',
        category: FaqOwnerTeam.NETVAERK,
      });
      expect(await codeOf(tickets.assign(networkConsultant, t.id, learningConsultant.userId))).toBe(
        FaqTicketErrorCode.INVALID_ASSIGNEE,
      );
      const other = await user(Role.NETWORK_CONSULTANT, municipalityId, 'Nanna Netværk');
      const assigned = await tickets.assign(networkConsultant, t.id, other.userId);
      expect(assigned).toMatchObject({ status: FaqTicketStatus.ASSIGNED, assigneeName: 'Nanna Netværk' });
      expect(
        (await tickets.consultants(networkConsultant, FaqOwnerTeam.NETVAERK)).map((c) => c.id),
      ).toContain(other.userId);
      const back = await tickets.assign(networkConsultant, t.id, null);
      expect(back).toMatchObject({ status: FaqTicketStatus.OPEN, assigneeId: null });
    });

    it('turns an answer into a new, versioned and audited knowledge-base entry of the team, once', async () => {
      const q = await asking.ask(
        parent,
        municipalityId,
        'Hvem hjælper plejebarnet med lektier i weekenden?',
        FaqChannel.PORTAL,
      );
      const t = await tickets.ask(parent, { questionId: q.questionId, category: FaqOwnerTeam.LAERING });
      expect(await codeOf(tickets.createEntry(learningConsultant, t.id))).toBe(
        FaqTicketErrorCode.ILLEGAL_TRANSITION,
      );
      await tickets.take(learningConsultant, t.id);
      await tickets.answer(
        learningConsultant,
        t.id,
        'Læringskonsulenten kan lave en plan for lektier sammen med jer.',
      );
      const { ticket, entry } = await tickets.createEntry(learningConsultant, t.id);
      expect(ticket.faqEntryId).toBe(entry.id);
      expect(entry).toMatchObject({
        question: 'Hvem hjælper plejebarnet med lektier i weekenden?',
        answer: 'Læringskonsulenten kan lave en plan for lektier sammen med jer.',
        ownerTeam: FaqOwnerTeam.LAERING,
        category: 'Skole',
        version: 1,
      });
      const history = await faq.history(familyConsultants[0], entry.id);
      expect(history.map((h) => [h.version, h.action, h.changedBy])).toEqual([
        [1, FaqChangeAction.CREATE, learningConsultant.userId],
      ]);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'faq_entry' AND entity_id = $1`,
          [entry.id],
        ),
      ).toBe(1);
      expect(await codeOf(tickets.createEntry(learningConsultant, t.id))).toBe(
        FaqTicketErrorCode.ALREADY_IN_KNOWLEDGE_BASE,
      );
      // The knowledge base now answers the question itself.
      const again = await asking.ask(
        parent2,
        municipalityId,
        'Hvem hjælper plejebarnet med lektier i weekenden?',
        FaqChannel.PORTAL,
      );
      expect(again.best?.entry.id).toBe(entry.id);
      // The same question made into an entry twice gets a free key, not an error.
      const t2 = await tickets.ask(parent2, { questionId: again.questionId, category: FaqOwnerTeam.LAERING });
      await tickets.answer(learningConsultant, t2.id, 'Det samme svar, kort fortalt.');
      const second = await tickets.createEntry(learningConsultant, t2.id);
      expect(second.entry.key).toBe(`${entry.key}-2`);
    });
  });

  describe('improvement report', () => {
    it('groups unanswered questions and 👎 answers by the nearest entry (or none), in the period only', async () => {
      const [{ id: m }] = await ds.query(
        `INSERT INTO municipality (code, name) VALUES ('983', 'Rapportkommune') RETURNING id`,
      );
      const consultant = await user(Role.FAMILY_CONSULTANT, m);
      const asker = await user(Role.FOSTER_PARENT, m);
      const e = await faq.create(consultant, { ...ENTRIES[2], key: 'vederlag', phrasings: [], english: [] });
      const ins = (
        verdict: string,
        best: string | null,
        helpful: boolean | null,
        text: string,
        at = 'now()',
      ) =>
        ds.query(
          `INSERT INTO faq_question (municipality_id, asked_by, channel, text, verdict, best_entry_id, candidate_ids, helpful, rated_entry_id, rated_at, created_at)
           VALUES ($1, $2, 'PORTAL', $3, $4, $5, $6, $7, $8, CASE WHEN $7::boolean IS NULL THEN NULL ELSE now() END, ${at})`,
          [m, asker.userId, text, verdict, best, best ? [best] : [], helpful, helpful === null ? null : best],
        );
      await ins('NOT_CONFIDENT', null, null, 'hvad med hunden');
      await ins('NOT_CONFIDENT', null, null, 'må vi ryge');
      await ins('NOT_CONFIDENT', e.id, null, 'hvornår vederlag i december');
      await ins('CONFIDENT', e.id, false, 'hvornår kommer pengene');
      await ins('CONFIDENT', e.id, true, 'udbetaling af vederlag');
      await ins('CONFIDENT', e.id, null, 'vederlag');
      await ins('NOT_CONFIDENT', null, null, 'gammelt spørgsmål', `now() - interval '40 days'`);

      const from = new Date(Date.now() - 7 * 86_400_000);
      const to = new Date(Date.now() + 60_000);
      const report = await reports.improvementReport(consultant, from, to);
      expect(report).toMatchObject({ questions: 6, unanswered: 3, notHelpful: 1, helpful: 1 });
      expect(report.groups).toEqual([
        {
          entryId: null,
          entryKey: null,
          entryQuestion: null,
          unanswered: 2,
          notHelpful: 0,
          total: 2,
          examples: expect.arrayContaining(['hvad med hunden', 'må vi ryge']),
        },
        {
          entryId: e.id,
          entryKey: 'vederlag',
          entryQuestion: ENTRIES[2].question,
          unanswered: 1,
          notHelpful: 1,
          total: 2,
          examples: expect.arrayContaining(['hvornår kommer pengene', 'hvornår vederlag i december']),
        },
      ]);
      // Another municipality's report does not include these.
      const elsewhere = await reports.improvementReport(otherFamilyConsultant, from, to);
      expect(elsewhere.questions).toBe(0);
      expect(await codeOf(reports.improvementReport(consultant, to, from))).toBe('BAD_USER_INPUT');
      expect(
        await codeOf(reports.improvementReport(consultant, new Date('2020-01-01'), new Date('2022-01-01'))),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('retention', () => {
    it('erases question texts and finished tickets after the retention period; keeps statistics and open work', async () => {
      const old = await asking.ask(parent, municipalityId, FAR_AWAY, FaqChannel.PORTAL);
      const recent = await asking.ask(
        parent,
        municipalityId,
        'Hvornår bliver vederlaget udbetalt i år?',
        FaqChannel.PORTAL,
      );
      const finished = await tickets.ask(parent, { questionId: old.questionId });
      await tickets.answer(familyConsultants[5], finished.id, 'Et svar på et gammelt spørgsmål.');
      const open = await tickets.ask(parent, { text: 'Et gammelt spørgsmål uden svar endnu?' });
      await ds.query(`UPDATE faq_question SET created_at = now() - interval '91 days' WHERE id = $1`, [
        old.questionId,
      ]);
      await ds.query(
        `UPDATE faq_ticket SET created_at = now() - interval '91 days', answered_at = now() - interval '91 days' WHERE id = ANY($1)`,
        [[finished.id, open.id]],
      );

      // The answer's Teams copy (as TeamsTicketAnswerNotifier queues it for a Teams ticket), already sent.
      await ds.query(
        `INSERT INTO teams_message (municipality_id, recipient_user_id, kind, params, status)
         VALUES ($1, $2, 'faq.ticket-answered', $3::jsonb, 'SENT')`,
        [
          municipalityId,
          parent.userId,
          JSON.stringify({ ticketId: finished.id, question: 'Et spørgsmål', answer: 'Et svar' }),
        ],
      );
      const job = new EraseExpiredFaqQuestionsJob(
        ds,
        audit,
        testConfig(db.url, { FAQ_QUESTION_RETENTION_DAYS: '90' }),
      );
      const result = await job.handle();
      expect(result.questions).toBeGreaterThanOrEqual(1);
      expect(result.tickets).toBe(1);
      const rows = (await ds.query(`SELECT id, text, verdict FROM faq_question WHERE id = ANY($1)`, [
        [old.questionId, recent.questionId],
      ])) as Array<{ id: string; text: string | null; verdict: string }>;
      expect(rows.find((r) => r.id === old.questionId)).toEqual({
        id: old.questionId,
        text: null,
        verdict: 'NOT_CONFIDENT',
      });
      expect(rows.find((r) => r.id === recent.questionId)?.text).toBe(
        'Hvornår bliver vederlaget udbetalt i år?',
      );
      expect(await count(`SELECT count(*)::int AS n FROM faq_ticket WHERE id = $1`, [finished.id])).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM faq_ticket WHERE id = $1`, [open.id])).toBe(1);
      expect(
        await count(`SELECT count(*)::int AS n FROM teams_message WHERE params->>'ticketId' = $1`, [
          finished.id,
        ]),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'faq_ticket' AND entity_id = $1 AND action = 'DELETE'`,
          [finished.id],
        ),
      ).toBe(1);
      // An erased question cannot become a ticket: the text is gone.
      const erased = await asking.ask(
        parent,
        municipalityId,
        'Et spørgsmål der bliver gammelt?',
        FaqChannel.PORTAL,
      );
      await ds.query(`UPDATE faq_question SET created_at = now() - interval '91 days' WHERE id = $1`, [
        erased.questionId,
      ]);
      await job.handle();
      expect(await codeOf(tickets.ask(parent, { questionId: erased.questionId }))).toBe(
        FaqTicketErrorCode.QUESTION_ERASED,
      );
      // Running again changes nothing.
      expect(await job.handle()).toEqual({ questions: 0, tickets: 0 });
    });
  });
});
