import { DataSource, EntityManager } from 'typeorm';
import { FaqChangeAction } from '../faq-entry.entity';
import { indexEntry, lockKnowledgeBase, rebuildVocabulary } from '../search/faq-index';
import { FAQ_SEED_ENTRIES, FaqSeedEntry } from './faq-entries';

/**
 * Synonym groups every municipality starts with; consultants keep them after. A general glossary of Danish
 * foster care written from the domain (/work/shared/DOMAIN.md, the municipal seed documents and the words
 * parents use for them), not from the evaluation questions: everyday words ↔ the knowledge base's terms.
 * Members match by stem, so one form of each word is enough.
 */
export const FAQ_SEED_SYNONYMS: { term: string; synonyms: string[] }[] = [
  // Money
  { term: 'plejeløn', synonyms: ['vederlag', 'honorar', 'løn', 'aflønning', 'plejevederlag'] },
  { term: 'omkostningsdækning', synonyms: ['kost og logi', 'mad', 'husleje', 'dagligt forbrug'] },
  {
    term: 'særlige udgifter',
    synonyms: [
      'ekstra udgifter',
      'tilskud',
      'kontingent',
      'fritidsaktiviteter',
      'udstyr',
      'briller',
      'tandregulering',
    ],
  },
  { term: 'skat', synonyms: ['skattefri', 'skattepligtig', 'årsopgørelse', 'forskudsopgørelse', 'fradrag'] },
  // People and roles
  {
    term: 'myndighedsrådgiver',
    synonyms: ['sagsbehandler', 'rådgiver', 'socialrådgiver', 'barnets rådgiver'],
  },
  {
    term: 'familieplejekonsulent',
    synonyms: ['plejefamiliekonsulent', 'familiekonsulent', 'konsulent', 'kontaktperson'],
  },
  {
    term: 'plejebarn',
    synonyms: ['barn', 'anbragt barn', 'anbragte', 'plejesøn', 'plejedatter', 'plejeunge'],
  },
  { term: 'plejefamilie', synonyms: ['plejeforældre', 'plejemor', 'plejefar', 'familieplejer'] },
  {
    term: 'slægtspleje',
    synonyms: [
      'netværkspleje',
      'netværksplejefamilie',
      'slægtning',
      'slægt',
      'bedsteforældre',
      'bedstemor',
      'bedstefar',
      'mormor',
      'morfar',
      'farmor',
      'farfar',
      'moster',
      'faster',
      'morbror',
      'farbror',
      'onkel',
      'tante',
      'barnebarn',
      'familiemedlem',
    ],
  },
  { term: 'biologiske forældre', synonyms: ['forældrene', 'barnets forældre', 'barnets familie', 'hjemmet'] },
  // Approval
  { term: 'børneattest', synonyms: ['straffeattest', 'politiattest', 'attest'] },
  { term: 'kvalitetsmodel', synonyms: ['kriterier', 'krav', 'vurdering', 'bedømmelse'] },
  { term: 'afslag', synonyms: ['afvist', 'afvisning', 'klage', 'ankestyrelsen'] },
  {
    term: 'husstandsændring',
    synonyms: [
      'skilsmisse',
      'skilles',
      'separation',
      'flytning',
      'ny kæreste',
      'samlever',
      'dødsfald',
      'graviditet',
    ],
  },
  {
    term: 'tilsyn',
    synonyms: ['tilsynsbesøg', 'socialtilsynet', 'kontrolbesøg', 'kontrol', 'uanmeldt besøg'],
  },
  { term: 'kontrakt', synonyms: ['plejekontrakt', 'aftale', 'kontraktsamtale'] },
  { term: 'opsigelse', synonyms: ['opsige', 'sige op', 'ophør', 'afslutte', 'stoppe'] },
  // Relief and crisis
  { term: 'pusterum', synonyms: ['aflastning', 'støtteophold', 'aflastningsophold', 'afløsning', 'pause'] },
  { term: 'efterværn', synonyms: ['ungestøtte', 'myndig', 'fylder 18'] },
  { term: 'sammenbrud', synonyms: ['krise', 'brud', 'magter', 'orker', 'udbrændt'] },
  { term: 'akut', synonyms: ['straks', 'haster', 'nødsituation', 'omgående'] },
  { term: 'socialvagt', synonyms: ['døgnvagt', 'nat', 'aften', 'uden for åbningstid', 'helligdag'] },
  // Everyday life
  { term: 'samvær', synonyms: ['samværsbesøg', 'forældrebesøg', 'samværsaftale'] },
  { term: 'tavshedspligt', synonyms: ['fortrolighed', 'diskretion', 'privatliv', 'fortælle videre'] },
  {
    term: 'underretningspligt',
    synonyms: ['underretning', 'bekymring', 'indberette', 'omsorgssvigt', 'vold', 'overgreb', 'mistrivsel'],
  },
  { term: 'supervision', synonyms: ['sparring', 'faglig støtte', 'vejledning'] },
  { term: 'efteruddannelse', synonyms: ['videreuddannelse', 'opkvalificering', 'temadag'] },
  { term: 'skole', synonyms: ['folkeskole', 'skolegang', 'klasse', 'lærer', 'skoleskift'] },
  { term: 'lektier', synonyms: ['lektiehjælp', 'hjemmearbejde', 'læring', 'lektielæsning'] },
  { term: 'eksamen', synonyms: ['afgangsprøve', 'afgangseksamen', 'prøver'] },
  { term: 'læringskonsulent', synonyms: ['læringsvejleder', 'skolekonsulent'] },
  { term: 'sygdom', synonyms: ['syg', 'sygemelding', 'sygemeldt', 'feber'] },
  { term: 'ferie', synonyms: ['rejse', 'udlandet', 'sommerferie', 'udenlandsrejse'] },
  { term: 'forsikring', synonyms: ['ansvarsforsikring', 'skade', 'erstatning', 'ulykke'] },
  {
    term: 'netværksgruppe',
    synonyms: ['gruppeforløb', 'ligesindede', 'andre plejebørn', 'netværkskonsulent'],
  },
  // English words parents use for the Danish terms ("a few English questions"; the index holds only each
  // entry's short English phrasings).
  { term: 'foster child', synonyms: ['plejebarn', 'foster kid'] },
  { term: 'foster parent', synonyms: ['plejefamilie', 'foster family', 'foster carer'] },
  { term: 'apply', synonyms: ['ansøgning', 'application', 'ansøge'] },
  { term: 'pay', synonyms: ['vederlag', 'payment', 'fee', 'salary', 'wage'] },
  { term: 'tax', synonyms: ['skat', 'taxes', 'taxed'] },
  { term: 'expenses', synonyms: ['udgifter', 'costs'] },
  { term: 'relief', synonyms: ['aflastning', 'respite', 'break'] },
  { term: 'contact visit', synonyms: ['samvær', 'birth parents', 'visitation'] },
  { term: 'kinship', synonyms: ['netværksplejefamilie', 'grandparents', 'relatives', 'family member'] },
  { term: 'caseworker', synonyms: ['sagsbehandler', 'social worker'] },
  { term: 'consultant', synonyms: ['konsulent', 'advisor'] },
  { term: 'learning consultant', synonyms: ['læringskonsulent'] },
  { term: 'supervisor', synonyms: ['supervision'] },
  { term: 'training', synonyms: ['efteruddannelse', 'course'] },
  { term: 'confidential', synonyms: ['tavshedspligt', 'confidentiality', 'secret', 'privacy'] },
  { term: 'report', synonyms: ['underretning', 'concern', 'abuse', 'neglect'] },
  { term: 'school', synonyms: ['skole', 'homework', 'teacher'] },
  { term: 'sick', synonyms: ['sygdom', 'ill', 'illness'] },
  { term: 'holiday', synonyms: ['ferie', 'vacation', 'trip', 'abroad'] },
  { term: 'insurance', synonyms: ['forsikring', 'damage'] },
  { term: 'emergency', synonyms: ['akut', 'urgent', 'night'] },
  { term: 'crisis', synonyms: ['anbringelse i krise', 'breakdown', 'cannot cope'] },
  { term: 'after 18', synonyms: ['ungestøtte', 'leaving care', 'aftercare'] },
];

/**
 * Inserts entries that are missing (by key), indexes them and rebuilds the vocabulary once: idempotent,
 * and fast for a thousand entries (one vocabulary rebuild instead of one per entry). Returns rows added.
 */
export async function insertFaqEntries(
  em: EntityManager,
  municipalityId: string,
  entries: readonly FaqSeedEntry[],
): Promise<number> {
  await lockKnowledgeBase(em, municipalityId);
  const inserted: { id: string; key: string }[] = await em.query(
    `INSERT INTO faq_entry (municipality_id, key, question, answer, phrasings, english, category, owner_team, status, version)
     SELECT $1, e.key, e.question, e.answer, e.phrasings, e.english, e.category, e.owner_team::faq_owner_team, 'ACTIVE', 1
       FROM jsonb_to_recordset($2::jsonb) AS e(key text, question text, answer text, phrasings varchar[], english varchar[], category text, owner_team text)
     ON CONFLICT (municipality_id, key) DO NOTHING
     RETURNING id, key`,
    [
      municipalityId,
      JSON.stringify(
        entries.map((e) => ({
          key: e.key,
          question: e.question,
          answer: e.answer,
          phrasings: e.phrasings,
          english: e.english,
          category: e.category,
          owner_team: e.ownerTeam,
        })),
      ),
    ],
  );
  if (!inserted.length) return 0;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  for (const row of inserted) {
    const e = byKey.get(row.key)!;
    await indexEntry(em, { id: row.id, ...e });
  }
  await em.query(
    `INSERT INTO faq_entry_version (entry_id, municipality_id, version, action, changed_fields, changed_by, snapshot)
     SELECT id, municipality_id, version, $3::faq_change_action, '{}', NULL,
            jsonb_build_object('key', key, 'question', question, 'answer', answer, 'phrasings', to_jsonb(phrasings),
                               'english', to_jsonb(english), 'category', category, 'ownerTeam', owner_team, 'status', status)
       FROM faq_entry WHERE municipality_id = $1 AND id = ANY($2::uuid[])`,
    [municipalityId, inserted.map((r) => r.id), FaqChangeAction.CREATE],
  );
  await rebuildVocabulary(em, municipalityId);
  return inserted.length;
}

/** The seeded content fields of an entry, in the order a version's `changed_fields` lists them. */
const SEED_FIELDS = ['question', 'answer', 'phrasings', 'english', 'category', 'ownerTeam'] as const;

/**
 * Brings seeded entries that no person has touched up to the seed's current text (new phrasings, a corrected
 * answer), as a versioned UPDATE by the system. An entry a consultant has edited or archived is theirs and is
 * never changed. Returns the entries updated; the vocabulary is rebuilt once when any changed.
 */
export async function refreshUntouchedFaqEntries(
  em: EntityManager,
  municipalityId: string,
  entries: readonly FaqSeedEntry[],
): Promise<number> {
  await lockKnowledgeBase(em, municipalityId);
  const rows: {
    id: string;
    key: string;
    question: string;
    answer: string;
    phrasings: string[];
    english: string[];
    category: string;
    owner_team: string;
  }[] = await em.query(
    `SELECT e.id, e.key, e.question, e.answer, e.phrasings, e.english, e.category, e.owner_team
       FROM faq_entry e
      WHERE e.municipality_id = $1 AND e.key = ANY($2::text[]) AND e.status = 'ACTIVE' AND e.updated_by IS NULL
        AND NOT EXISTS (SELECT 1 FROM faq_entry_version v WHERE v.entry_id = e.id AND v.changed_by IS NOT NULL)
      FOR UPDATE`,
    [municipalityId, entries.map((e) => e.key)],
  );
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let updated = 0;
  for (const row of rows) {
    const seed = byKey.get(row.key)!;
    const current = { ...row, ownerTeam: row.owner_team };
    const changed = SEED_FIELDS.filter((f) => !same(current[f], seed[f]));
    if (!changed.length) continue;
    await em.query(
      `UPDATE faq_entry SET question = $2, answer = $3, phrasings = $4, english = $5, category = $6,
              owner_team = $7::faq_owner_team, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [row.id, seed.question, seed.answer, seed.phrasings, seed.english, seed.category, seed.ownerTeam],
    );
    await indexEntry(em, { id: row.id, ...seed });
    await em.query(
      `INSERT INTO faq_entry_version (entry_id, municipality_id, version, action, changed_fields, changed_by, snapshot)
       SELECT id, municipality_id, version, $3::faq_change_action, $4::varchar[], NULL,
              jsonb_build_object('key', key, 'question', question, 'answer', answer, 'phrasings', to_jsonb(phrasings),
                                 'english', to_jsonb(english), 'category', category, 'ownerTeam', owner_team, 'status', status)
         FROM faq_entry WHERE municipality_id = $1 AND id = $2`,
      [municipalityId, row.id, FaqChangeAction.UPDATE, changed],
    );
    updated++;
  }
  if (updated) await rebuildVocabulary(em, municipalityId);
  return updated;
}

/**
 * The real knowledge base and starter synonyms for every municipality (or the given ones): missing rows added,
 * untouched seeded rows brought up to date. Returns the rows added or updated (0 when all are current).
 */
export async function seedFaq(dataSource: DataSource, municipalityIds?: string[]): Promise<number> {
  const ids: string[] =
    municipalityIds ??
    (await dataSource.query(`SELECT id FROM municipality ORDER BY code`)).map((r: { id: string }) => r.id);
  let added = 0;
  for (const municipalityId of ids) {
    added += await dataSource.transaction(async (em) => {
      const n = await insertFaqEntries(em, municipalityId, FAQ_SEED_ENTRIES);
      const refreshed = await refreshUntouchedFaqEntries(em, municipalityId, FAQ_SEED_ENTRIES);
      // New groups are added (not those a consultant deleted); a seeded group no consultant has saved
      // (updated_by NULL) follows the seed.
      const synonyms: unknown[] = await em.query(
        `INSERT INTO faq_synonym (municipality_id, term, synonyms, version)
         SELECT $1, s.term, s.synonyms, 1 FROM jsonb_to_recordset($2::jsonb) AS s(term text, synonyms varchar[])
          WHERE NOT EXISTS (SELECT 1 FROM faq_seed_removal r WHERE r.municipality_id = $1 AND r.term = s.term)
         ON CONFLICT (municipality_id, term) DO UPDATE
            SET synonyms = EXCLUDED.synonyms, version = faq_synonym.version + 1, updated_at = now()
          WHERE faq_synonym.updated_by IS NULL AND faq_synonym.synonyms IS DISTINCT FROM EXCLUDED.synonyms
         RETURNING id`,
        [municipalityId, JSON.stringify(FAQ_SEED_SYNONYMS)],
      );
      return n + refreshed + synonyms.length;
    });
  }
  return added;
}
