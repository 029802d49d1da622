import { Actor, AuditService, dataSourceOptions, Role } from '@pleje/core';
import { codeOf, createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { FaqAnswerService, FaqVerdict } from '../faq-answer.service';
import { FaqChangeAction, FaqEntry, FaqOwnerTeam } from '../faq-entry.entity';
import { FaqErrorCode } from '../faq.exception';
import { FaqService } from '../faq.service';
import { FaqAskService } from './faq-ask.service';
import { FaqChannel } from './faq-question.entity';
import { FaqSuggestionService } from './faq-suggestion.service';

describe('suggested phrasings from parents who rated an unsure answer 👍 (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let faq: FaqService;
  let answers: FaqAnswerService;
  let asking: FaqAskService;
  let suggestions: FaqSuggestionService;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let consultant: Actor;
  let consultant2: Actor;
  let otherConsultant: Actor;
  let parent: Actor;
  let vederlag: FaqEntry;
  let aflastning: FaqEntry;

  const user = (role: Role, m = municipalityId): Promise<Actor> => insertUser(ds, m, role, 'X');
  const entry = (key: string, question: string, phrasings: string[] = []) =>
    faq.create(consultant, {
      key,
      question,
      answer: 'Et svar på dansk, som konsulenten har skrevet.',
      phrasings,
      english: [],
      category: 'Test',
      ownerTeam: FaqOwnerTeam.FAMILIEPLEJE,
    });
  /** A logged question as the ask/rate path leaves it, written directly so each case is exact. */
  const logged = async (
    text: string | null,
    o: { verdict: FaqVerdict; best: FaqEntry; rated?: FaqEntry; helpful?: boolean; m?: string },
  ): Promise<string> => {
    const [{ id }] = await ds.query(
      `INSERT INTO faq_question (municipality_id, channel, text, verdict, best_entry_id, confidence, helpful, rated_entry_id, rated_at)
       VALUES ($1, 'TEAMS', $2, $3, $4, 0.4, $5, $6, CASE WHEN $5::boolean IS NULL THEN NULL ELSE now() END) RETURNING id`,
      [
        o.m ?? municipalityId,
        text,
        o.verdict,
        o.best.id,
        o.helpful ?? null,
        o.rated?.id ?? (o.helpful === undefined ? null : o.best.id),
      ],
    );
    return id;
  };
  const current = (e: FaqEntry) => ds.getRepository(FaqEntry).findOneByOrFail({ id: e.id });
  const stateOf = async (id: string) =>
    (await ds.query(`SELECT phrasing_state FROM faq_question WHERE id = $1`, [id]))[0].phrasing_state;
  const listed = async (actor: Actor = consultant) =>
    (await suggestions.suggestions(actor)).map((s) => s.text).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    faq = new FaqService(ds, audit);
    answers = new FaqAnswerService(ds);
    asking = new FaqAskService(ds, answers, audit);
    suggestions = new FaqSuggestionService(ds, faq, audit);
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('971', 'Forslagskommune') RETURNING id`,
    );
    [{ id: otherMunicipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('972', 'Nabokommune') RETURNING id`,
    );
    consultant = await user(Role.FAMILY_CONSULTANT);
    consultant2 = await user(Role.FAMILY_CONSULTANT);
    otherConsultant = await user(Role.FAMILY_CONSULTANT, otherMunicipalityId);
    parent = await user(Role.FOSTER_PARENT);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  beforeEach(async () => {
    await ds.query(`DELETE FROM faq_question`);
    await ds.query(`DELETE FROM faq_entry_version`);
    await ds.query(`DELETE FROM faq_entry`);
    vederlag = await entry('vederlag', 'Hvornår bliver vederlaget udbetalt?', [
      'Hvornår kommer plejelønnen?',
    ]);
    aflastning = await entry('aflastning', 'Hvor mange døgn aflastning kan vi få?');
  });

  it('suggests only what the search was unsure of and the parent then confirmed, once per wording', async () => {
    const B = { verdict: FaqVerdict.CLOSE_CALL, best: aflastning, rated: vederlag, helpful: true };
    await logged('hvornår får vi penge for at have et plejebarn', B);
    await logged('Hvornår får vi PENGE for at have et plejebarn?', B); // same words: one suggestion, count 2
    await logged('vi mangler løn for marts', { ...B, verdict: FaqVerdict.NOT_CONFIDENT });
    // Confident, but the parent chose the runner-up: the search was wrong.
    await logged('hvornaar udbetales pengene', { ...B, verdict: FaqVerdict.CONFIDENT });
    // Not suggested: a confident answer confirmed, a 👎, no rating, an erased text, words the entry has, another
    // municipality.
    await logged('vederlag udbetaling dato', {
      verdict: FaqVerdict.CONFIDENT,
      best: vederlag,
      helpful: true,
    });
    await logged('hvornår kommer lønnen', { ...B, helpful: false });
    await logged('kommer pengene snart', { verdict: FaqVerdict.CLOSE_CALL, best: vederlag });
    await logged(null, B);
    await logged('hvornaar kommer plejeloennen', B);
    await logged('løn til plejefamilier', { ...B, m: otherMunicipalityId });

    const list = await suggestions.suggestions(consultant);
    expect(list.map((s) => [s.text, s.entryId, s.count]).sort()).toEqual(
      [
        ['hvornaar udbetales pengene', vederlag.id, 1],
        ['Hvornår får vi PENGE for at have et plejebarn?', vederlag.id, 2],
        ['vi mangler løn for marts', vederlag.id, 1],
      ].sort(),
    );
    expect(list.find((s) => s.count === 2)!.entryQuestion).toBe(vederlag.question);
    // Neither municipality sees the other's questions.
    expect(await listed(otherConsultant)).toEqual([]);
    expect(
      await ds.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND actor_user_id = $1`,
        [consultant.userId],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('takes the rating from the real ask and 👍 path', async () => {
    const a = await asking.ask(
      parent,
      municipalityId,
      'hvornår kommer pengene for aflastning',
      FaqChannel.PORTAL,
    );
    const chosen = [a.best, ...a.runnersUp].find((c) => c && c.entry.id !== a.best?.entry.id) ?? a.best;
    expect(chosen).toBeTruthy();
    await asking.rate(parent, a.questionId, chosen!.entry.id, true);
    const unsure = a.verdict !== FaqVerdict.CONFIDENT || chosen!.entry.id !== a.best!.entry.id;
    expect(unsure).toBe(true);
    expect(await listed()).toEqual(['hvornår kommer pengene for aflastning']);
  });

  it('accepting adds the (reworded) phrasing as a versioned change that search finds at once, and closes its duplicates', async () => {
    const B = { verdict: FaqVerdict.CLOSE_CALL, best: aflastning, rated: vederlag, helpful: true };
    const first = await logged('hvornår får Mette sine penge for plejebarnet', B);
    const twin = await logged('Hvornår får Mette sine penge for plejebarnet?', B);
    const before = await answers.ask(municipalityId, 'hvornår får vi pengene for plejebarnet');

    const saved = await suggestions.accept(consultant, first, 'Hvornår får vi pengene for plejebarnet?');
    expect(saved.phrasings).toEqual([
      'Hvornår kommer plejelønnen?',
      'Hvornår får vi pengene for plejebarnet?',
    ]);
    expect(saved.version).toBe(vederlag.version + 1);
    const [last] = await faq.history(consultant, vederlag.id);
    expect(last).toMatchObject({
      action: FaqChangeAction.UPDATE,
      changedBy: consultant.userId,
      changedFields: ['phrasings'],
    });
    expect([await stateOf(first), await stateOf(twin)]).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(await listed()).toEqual([]);
    const after = await answers.ask(municipalityId, 'hvornår får vi pengene for plejebarnet');
    expect(after.best?.entry.id).toBe(vederlag.id);
    expect(after.best!.confidence).toBeGreaterThan(
      before.best?.entry.id === vederlag.id ? before.best.confidence : 0,
    );
    // Handled: accepting or dismissing again is refused.
    expect(await codeOf(suggestions.accept(consultant2, twin))).toBe(FaqErrorCode.SUGGESTION_HANDLED);
    expect(await codeOf(suggestions.dismiss(consultant2, first))).toBe(FaqErrorCode.SUGGESTION_HANDLED);
  });

  it('dismissing hides the suggestion and changes no entry', async () => {
    const id = await logged('kan vi få penge til en ny cykel', {
      verdict: FaqVerdict.CLOSE_CALL,
      best: aflastning,
      rated: vederlag,
      helpful: true,
    });
    expect(await suggestions.dismiss(consultant, id)).toBe(true);
    expect(await stateOf(id)).toBe('DISMISSED');
    expect(await listed()).toEqual([]);
    expect((await current(vederlag)).version).toBe(vederlag.version);
  });

  it('two consultants accepting at once: one phrasing, the other told a colleague was first (also for two duplicates)', async () => {
    for (let round = 0; round < 4; round++) {
      const B = { verdict: FaqVerdict.CLOSE_CALL, best: aflastning, rated: vederlag, helpful: true };
      const id = await logged(`runde ${round} hvornår er der løn`, B);
      const twin = await logged(`Runde ${round}: hvornår er der løn?`, B);
      const same = await Promise.all(
        [suggestions.accept(consultant, id), suggestions.accept(consultant2, id)].map(codeOf),
      );
      expect(same.sort()).toEqual([FaqErrorCode.SUGGESTION_HANDLED, 'OK'].sort());
      const dup = await logged(`runde ${round} er der snart løn`, B);
      const dupTwin = await logged(`Runde ${round}, er der snart løn?`, B);
      const both = await Promise.all(
        [suggestions.accept(consultant, dup), suggestions.dismiss(consultant2, dupTwin)].map(codeOf),
      );
      expect(both.sort()).toEqual([FaqErrorCode.SUGGESTION_HANDLED, 'OK'].sort());
      expect(await stateOf(twin)).toBe('ACCEPTED');
    }
    const { phrasings } = await current(vederlag);
    const added = phrasings.slice(1);
    // One per round from the first race, and at most one per round from the second (a dismissal adds none).
    expect(added.filter((p) => p.includes('hvornår er der løn'))).toHaveLength(4);
    expect(added.filter((p) => /snart løn/.test(p)).length).toBeLessThanOrEqual(4);
    expect(new Set(added).size).toBe(added.length);
  });

  it('refuses bad input, other municipalities, archived and full entries, and writes nothing', async () => {
    const B = { verdict: FaqVerdict.CLOSE_CALL, best: aflastning, rated: vederlag, helpful: true };
    const id = await logged('hvornår udbetaler I vederlag i december', B);
    const versions = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM faq_entry_version`))[0].n as number;
    const n = await versions();
    expect(await codeOf(suggestions.accept(otherConsultant, id))).toBe('NOT_FOUND');
    expect(await codeOf(suggestions.dismiss(otherConsultant, id))).toBe('NOT_FOUND');
    expect(await codeOf(suggestions.accept(consultant, 'ikke-et-id'))).toBe('NOT_FOUND');
    expect(await codeOf(suggestions.accept(consultant, id, 'x'.repeat(301)))).toBe('BAD_USER_INPUT');
    // A question that was not rated 👍 is no suggestion.
    const unrated = await logged('noget helt andet', { verdict: FaqVerdict.CLOSE_CALL, best: vederlag });
    expect(await codeOf(suggestions.accept(consultant, unrated))).toBe('NOT_FOUND');
    // Full: 20 phrasings already.
    const full = await entry(
      'fuld',
      'Et spørgsmål med mange formuleringer?',
      Array.from({ length: 20 }, (_, i) => `Formulering nummer ${i + 1}?`),
    );
    const toFull = await logged('endnu en måde at spørge på', { ...B, rated: full });
    expect(await codeOf(suggestions.accept(consultant, toFull))).toBe(FaqErrorCode.PHRASINGS_FULL);
    // Archived.
    const archived = await faq.archive(consultant, aflastning.id, aflastning.version);
    const toArchived = await logged('aflastning i påsken', { ...B, rated: archived });
    expect(await codeOf(suggestions.accept(consultant, toArchived))).toBe(FaqErrorCode.ARCHIVED);

    expect([await stateOf(id), await stateOf(toFull), await stateOf(toArchived)]).toEqual([null, null, null]);
    expect((await current(vederlag)).phrasings).toEqual(vederlag.phrasings);
    expect((await current(full)).phrasings).toHaveLength(20);
    // The entries created and the archive above are the only new versions.
    expect(await versions()).toBe(n + 2);
  });
});
