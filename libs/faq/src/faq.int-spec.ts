import { Actor, AuditService, dataSourceOptions, Role } from '@pleje/core';
import { codeOf, createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { FaqAnswerService, FaqVerdict } from './faq-answer.service';
import { FaqChangeAction, FaqEntry, FaqEntryStatus, FaqOwnerTeam } from './faq-entry.entity';
import { FaqErrorCode } from './faq.exception';
import { FaqService } from './faq.service';
import { ALL_FEATURES, SearchFeatures } from './search/faq-search';
import { FAQ_SEED_ENTRIES } from './seed/faq-entries';
import { FAQ_SEED_SYNONYMS, insertFaqEntries, seedFaq } from './seed/faq-seed';

// A small, controlled knowledge base: each search feature has one question that only it can answer.
const CONTROLLED = [
  {
    key: 'aflastningsfamilie',
    question: 'Hvad laver en aflastningsfamilie?',
    answer: 'Den passer barnet nogle dage om måneden.',
  },
  { key: 'weekend', question: 'Kan vi få aflastning en weekend?', answer: 'Ja, efter aftale.' },
  { key: 'vederlag', question: 'Hvordan udbetales vederlag?', answer: 'Det udbetales hver måned.' },
  { key: 'boerneattest', question: 'Skal alle have en børneattest?', answer: 'Alle over 15 år.' },
  {
    key: 'skole',
    question: 'Hvem hjælper med skolegangen?',
    answer: 'Læringskonsulenten.',
    english: ['Who helps with school?'],
  },
  { key: 'grundkursus', question: 'Hvornår holdes grundkurset?', answer: 'Flere gange om året.' },
];

describe('FAQ knowledge base and answers against real PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let faq: FaqService;
  let answers: FaqAnswerService;
  let municipalityId: string;
  let otherMunicipalityId: string;
  let consultant: Actor;
  let consultant2: Actor;
  let fosterParent: Actor;
  let otherConsultant: Actor;

  const user = (role: Role, m = municipalityId): Promise<Actor> => insertUser(ds, m, role, 'X');
  const input = (question: string, extra: Partial<Parameters<FaqService['create']>[1]> = {}) => ({
    question,
    answer: 'Et svar på dansk med et [link](https://example.dk).',
    phrasings: [],
    english: [],
    category: 'Test',
    ownerTeam: FaqOwnerTeam.FAMILIEPLEJE,
    ...extra,
  });
  const top = async (m: string, text: string, features: SearchFeatures = ALL_FEATURES) => {
    const a = await answers.ask(m, text, features);
    return { key: a.best?.entry.key ?? null, confidence: a.best?.confidence ?? 0, verdict: a.verdict };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    faq = new FaqService(ds, audit);
    answers = new FaqAnswerService(ds);
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name, phone) VALUES ('991', 'Testkommune', '70 11 22 33') RETURNING id`,
    );
    [{ id: otherMunicipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('992', 'Andenkommune') RETURNING id`,
    );
    consultant = await user(Role.FAMILY_CONSULTANT);
    consultant2 = await user(Role.FAMILY_CONSULTANT);
    fosterParent = await user(Role.FOSTER_PARENT);
    otherConsultant = await user(Role.FAMILY_CONSULTANT, otherMunicipalityId);
    for (const e of CONTROLLED)
      await faq.create(
        consultant,
        input(e.question, { key: e.key, answer: e.answer, english: e.english ?? [] }),
      );
    await faq.saveSynonym(consultant, { term: 'plejeløn', synonyms: ['vederlag'] });
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  describe('versioning', () => {
    it('keeps who changed which fields when, with the full content after each change', async () => {
      const created = await faq.create(consultant, input('Hvad er en test af historik?'));
      expect(created.version).toBe(1);
      const updated = await faq.update(consultant2, {
        ...input('Hvad er en test af historik?', { answer: 'Et nyt svar.' }),
        id: created.id,
        key: created.key,
        version: created.version,
      });
      expect(updated.version).toBe(2);
      const archived = await faq.archive(consultant, created.id, updated.version);
      expect(archived.status).toBe(FaqEntryStatus.ARCHIVED);
      const history = await faq.history(consultant, created.id);
      expect(history.map((h) => [h.version, h.action, h.changedBy, h.changedFields])).toEqual([
        [3, FaqChangeAction.ARCHIVE, consultant.userId, ['status']],
        [2, FaqChangeAction.UPDATE, consultant2.userId, ['answer']],
        [1, FaqChangeAction.CREATE, consultant.userId, expect.arrayContaining(['question', 'answer'])],
      ]);
      expect(history[1].snapshot.answer).toBe('Et nyt svar.');
      // The portal shows who: the colleague's name, never a raw id.
      await ds.query(`UPDATE app_user SET name = 'Kollega To' WHERE id = $1`, [consultant2.userId]);
      const named = await faq.history(consultant, created.id);
      expect(named.map((h) => h.changedByName)).toEqual(['X', 'Kollega To', 'X']);
      expect(history[2].snapshot.answer).toContain('[link]');
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE entity = 'faq_entry' AND entity_id = $1`,
        [created.id],
      );
      expect(n).toBe(3);
    });

    it('refuses an update from a stale version with FAQ.STALE and writes nothing', async () => {
      const e = await faq.create(consultant, input('Hvad sker der ved en forældet udgave?'));
      await faq.update(consultant, {
        ...input(e.question, { answer: 'Først.' }),
        id: e.id,
        key: e.key,
        version: 1,
      });
      expect(
        await codeOf(
          faq.update(consultant2, {
            ...input(e.question, { answer: 'For sent.' }),
            id: e.id,
            key: e.key,
            version: 1,
          }),
        ),
      ).toBe(FaqErrorCode.STALE);
      const row = await ds.getRepository(FaqEntry).findOneByOrFail({ id: e.id });
      expect([row.answer, row.version]).toEqual(['Først.', 2]);
    });

    it('lets exactly one of two racing updates of the same version win', async () => {
      const e = await faq.create(consultant, input('Hvem vinder et kapløb om at gemme?'));
      const results = await Promise.all(
        [consultant, consultant2].map((who, i) =>
          codeOf(
            faq.update(who, {
              ...input(e.question, { answer: `Svar ${i}.` }),
              id: e.id,
              key: e.key,
              version: 1,
            }),
          ),
        ),
      );
      expect(results.sort()).toEqual([FaqErrorCode.STALE, 'OK'].sort());
      const versions = await faq.history(consultant, e.id);
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
    });

    it('rejects a duplicate key with FAQ.KEY_TAKEN', async () => {
      expect(await codeOf(faq.create(consultant, input('Endnu et spørgsmål?', { key: 'vederlag' })))).toBe(
        FaqErrorCode.KEY_TAKEN,
      );
    });
  });

  describe('bad input', () => {
    it('refuses an empty or too long question to ask', async () => {
      expect(await codeOf(answers.ask(municipalityId, '   '))).toBe('BAD_USER_INPUT');
      expect(await codeOf(answers.ask(municipalityId, 'a'.repeat(501)))).toBe('BAD_USER_INPUT');
    });

    it('refuses an invalid entry with field messages and writes nothing', async () => {
      const before = await ds.getRepository(FaqEntry).count();
      const err = await faq
        .create(consultant, { ...input('Hv?', { answer: '', category: '' }), key: 'Ugyldig nøgle!' })
        .catch((e: { code: string; fields: Record<string, string> }) => e);
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(Object.keys((err as { fields: Record<string, string> }).fields).sort()).toEqual(
        ['answer', 'category', 'key', 'question'].sort(),
      );
      expect(await ds.getRepository(FaqEntry).count()).toBe(before);
    });

    it('answers a question of only stop words or symbols as not confident', async () => {
      expect((await top(municipalityId, 'hvad er det?!')).verdict).toBe(FaqVerdict.NOT_CONFIDENT);
      expect((await top(municipalityId, '🙂 ### ')).verdict).toBe(FaqVerdict.NOT_CONFIDENT);
    });
  });

  describe('search features, each with the question that fails without it', () => {
    // Features back each other up (a typo fix also catches a missing stem), so each is proven alone: the
    // question fails with every feature off, works with only that feature on, and works in production.
    const NONE: SearchFeatures = {
      folding: false,
      plainFolding: false,
      stemming: false,
      compounds: false,
      typos: false,
      synonyms: false,
      english: false,
    };
    /** Folding and stemming are the normalisation every other feature builds on. */
    const BASE: SearchFeatures = { ...NONE, folding: true, stemming: true };
    const proves = async (feature: keyof SearchFeatures, text: string, key: string) => {
      const without = feature === 'folding' || feature === 'stemming' ? NONE : BASE;
      expect((await top(municipalityId, text)).key).toBe(key);
      expect((await top(municipalityId, text, { ...without, [feature]: true })).key).toBe(key);
      expect((await top(municipalityId, text, without)).key).not.toBe(key);
    };

    it('stemming: "vederlagene" finds "vederlag"', () => proves('stemming', 'vederlagene', 'vederlag'));

    it('compounds joined: "aflastnings familie" is "aflastningsfamilie"', async () => {
      // The prefix of the family (aflastning:*) already reaches the compound; joining explains the rest.
      const on = await top(municipalityId, 'aflastnings familie', { ...BASE, compounds: true });
      const off = await top(municipalityId, 'aflastnings familie', BASE);
      expect(on).toMatchObject({ key: 'aflastningsfamilie', verdict: FaqVerdict.CONFIDENT });
      expect(off.verdict).not.toBe(FaqVerdict.CONFIDENT);
      expect(off.confidence).toBeLessThan(on.confidence - 0.1);
    });

    it('compounds split: "aflastningsweekend" finds "aflastning en weekend"', () =>
      proves('compounds', 'aflastningsweekend', 'weekend'));

    it('typos: "grunkurset" finds "grundkurset" through pg_trgm', () =>
      proves('typos', 'hvornår er grunkurset', 'grundkursus'));

    it('æ/ø/å and ae/oe/aa: both spellings find "børneattest"', async () => {
      // The index is folded, so "boerneattest" needs nothing; "børneattest" needs the query folded too.
      expect((await top(municipalityId, 'boerneattest', NONE)).key).toBe('boerneattest');
      await proves('folding', 'BØRNEATTEST', 'boerneattest');
    });

    it('æ/ø/å as plain a/o: "borneattest" is read as "boerneattest"', () =>
      proves('plainFolding', 'skal alle have borneattest', 'boerneattest'));

    it('synonyms kept by consultants: "plejeløn" finds "vederlag"', () =>
      proves('synonyms', 'plejeløn', 'vederlag'));

    it('synonyms match any form of a member: "plejelønnen" is "plejeløn", so it finds "vederlag"', () =>
      proves('synonyms', 'plejelønnen', 'vederlag'));

    it('the seeded foster-care glossary: "mormor" is kinship care, "skolekonsulent" the learning consultant, "salary" is "vederlag"', async () => {
      const [{ id: m }] = await ds.query(
        `INSERT INTO municipality (code, name) VALUES ('993', 'Ordlistekommune') RETURNING id`,
      );
      await seedFaq(ds, [m]);
      const noSynonyms = { ...ALL_FEATURES, synonyms: false };
      for (const [text, key] of [
        // Words only the glossary knows (the entries never use them).
        ['må min mormor være plejefamilie', 'netvaerksplejefamilie'],
        ['kontakt til skolekonsulent', 'laeringskonsulent'],
        ['salary', 'vederlag'],
      ]) {
        expect((await top(m, text)).key).toBe(key);
        expect((await top(m, text, noSynonyms)).key).not.toBe(key);
      }
    });

    it('English: "who is helping with schooling" finds the Danish answer', () =>
      proves('english', 'who is helping with schooling', 'skole'));
  });

  describe('answers', () => {
    it('hides archived entries from answers', async () => {
      const e = await faq.create(consultant, input('Hvordan fodrer man en struds?', { key: 'struds' }));
      expect((await top(municipalityId, 'fodre struds')).key).toBe('struds');
      await faq.archive(consultant, e.id, e.version);
      expect((await top(municipalityId, 'fodre struds')).key).toBeNull();
      expect((await faq.entries(fosterParent)).map((x) => x.key)).not.toContain('struds');
      expect((await faq.entries(consultant, { includeArchived: true })).map((x) => x.key)).toContain(
        'struds',
      );
    });

    it('answers only from the asking municipality and offers its phone number', async () => {
      const a = await answers.ask(municipalityId, 'hvornår holdes grundkurset');
      expect(a).toMatchObject({ verdict: FaqVerdict.CONFIDENT, phone: '70 11 22 33' });
      expect((await top(otherMunicipalityId, 'hvornår holdes grundkurset')).key).toBeNull();
      expect(await codeOf(faq.history(otherConsultant, a.best!.entry.id))).toBe('NOT_FOUND');
      expect(
        await codeOf(
          faq.update(otherConsultant, {
            ...input('Kapret?'),
            id: a.best!.entry.id,
            key: 'grundkursus',
            version: a.best!.entry.version,
          }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('finds the seeded knowledge base, with runners-up, and rejects an out-of-scope question', async () => {
      expect(await seedFaq(ds, [otherMunicipalityId])).toBeGreaterThanOrEqual(FAQ_SEED_ENTRIES.length);
      expect(await seedFaq(ds, [otherMunicipalityId])).toBe(0);
      const a = await answers.ask(otherMunicipalityId, 'skal jeg betale skat af mit vederlag');
      expect(a.best?.entry.key).toBe('skat');
      expect(a.runnersUp.length).toBeGreaterThan(0);
      expect(a.runnersUp.every((r) => r.confidence <= a.best!.confidence)).toBe(true);
      expect((await answers.ask(otherMunicipalityId, 'hvem vandt superligaen i fodbold')).verdict).toBe(
        FaqVerdict.NOT_CONFIDENT,
      );
    });
  });

  describe('seed updates', () => {
    it('brings untouched seeded entries and synonym groups up to the seed, never what a consultant changed', async () => {
      const [{ id: m }] = await ds.query(
        `INSERT INTO municipality (code, name) VALUES ('994', 'Opdateringskommune') RETURNING id`,
      );
      const editor = await user(Role.FAMILY_CONSULTANT, m);
      // An older seed: two entries without their newest phrasing, one synonym group shorter.
      const [first, second] = FAQ_SEED_ENTRIES;
      const older = FAQ_SEED_ENTRIES.map((e) =>
        e === first || e === second ? { ...e, phrasings: e.phrasings.slice(0, -1) } : e,
      );
      await ds.transaction((em) => insertFaqEntries(em, m, older));
      const group = FAQ_SEED_SYNONYMS[0];
      await ds.query(
        `INSERT INTO faq_synonym (municipality_id, term, synonyms, version) VALUES ($1, $2, $3, 1)`,
        [m, group.term, group.synonyms.slice(0, 1)],
      );
      // A consultant edits the second entry (and keeps her own wording).
      const [edited] = await ds.getRepository(FaqEntry).findBy({ municipalityId: m, key: second.key });
      await faq.update(editor, {
        id: edited.id,
        version: edited.version,
        key: second.key,
        question: second.question,
        answer: `${second.answer} Ring til os.`,
        phrasings: edited.phrasings,
        english: edited.english,
        category: second.category,
        ownerTeam: second.ownerTeam,
      });
      const newest = first.phrasings[first.phrasings.length - 1];
      const before = await answers.ask(m, newest);

      expect(await seedFaq(ds, [m])).toBeGreaterThanOrEqual(2);
      const rows = await ds.getRepository(FaqEntry).findBy({ municipalityId: m });
      const byKey = new Map(rows.map((r) => [r.key, r]));
      expect(byKey.get(first.key)).toMatchObject({ phrasings: first.phrasings, version: 2 });
      expect(byKey.get(second.key)).toMatchObject({ phrasings: second.phrasings.slice(0, -1), version: 2 });
      expect(byKey.get(second.key)!.answer).toContain('Ring til os.');
      const history = await faq.history(editor, byKey.get(first.key)!.id);
      expect(history[0]).toMatchObject({
        version: 2,
        action: FaqChangeAction.UPDATE,
        changedBy: null,
        changedFields: ['phrasings'],
      });
      // The new phrasing is searchable at once (indexed, vocabulary rebuilt).
      const after = await answers.ask(m, newest);
      expect(after.best?.entry.key).toBe(first.key);
      expect(after.best!.confidence).toBeGreaterThanOrEqual(before.best?.confidence ?? 0);
      const [{ synonyms }] = await ds.query(
        `SELECT synonyms FROM faq_synonym WHERE municipality_id = $1 AND term = $2`,
        [m, group.term],
      );
      expect(synonyms).toEqual(group.synonyms);
      // Current: nothing more to do.
      expect(await seedFaq(ds, [m])).toBe(0);

      // A seeded group a consultant has saved is hers.
      const [pusterum] = await ds.query(
        `SELECT id, version FROM faq_synonym WHERE municipality_id = $1 AND term = 'pusterum'`,
        [m],
      );
      await faq.saveSynonym(editor, {
        id: pusterum.id,
        version: pusterum.version,
        term: 'pusterum',
        synonyms: ['pause'],
      });
      expect(await seedFaq(ds, [m])).toBe(0);
      const [kept] = await ds.query(
        `SELECT synonyms FROM faq_synonym WHERE municipality_id = $1 AND term = 'pusterum'`,
        [m],
      );
      expect(kept.synonyms).toEqual(['pause']);

      // A seeded group she deleted stays deleted.
      const [skat] = await ds.query(
        `SELECT id FROM faq_synonym WHERE municipality_id = $1 AND term = 'skat'`,
        [m],
      );
      expect(await faq.deleteSynonym(editor, skat.id)).toBe(true);
      expect(await seedFaq(ds, [m])).toBe(0);
      expect(
        await ds.query(`SELECT id FROM faq_synonym WHERE municipality_id = $1 AND term = 'skat'`, [m]),
      ).toEqual([]);
    });
  });

  describe('synonyms', () => {
    it('are kept per municipality with optimistic versions', async () => {
      const s = await faq.saveSynonym(consultant, { term: 'Pusterum', synonyms: ['aflastning', 'pusterum'] });
      expect([s.term, s.synonyms]).toEqual(['pusterum', ['aflastning']]);
      expect(await codeOf(faq.saveSynonym(consultant, { term: 'pusterum', synonyms: ['pause'] }))).toBe(
        FaqErrorCode.SYNONYM_EXISTS,
      );
      expect(
        await codeOf(
          faq.saveSynonym(consultant, { id: s.id, term: 'pusterum', synonyms: ['pause'], version: 99 }),
        ),
      ).toBe(FaqErrorCode.STALE);
      expect(await codeOf(faq.deleteSynonym(otherConsultant, s.id))).toBe('NOT_FOUND');
      expect(await faq.deleteSynonym(consultant, s.id)).toBe(true);
      expect(await codeOf(faq.saveSynonym(consultant, { term: 'x', synonyms: [] }))).toBe('BAD_USER_INPUT');
    });
  });
});
