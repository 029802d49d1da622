import { seedFaq } from '@pleje/faq';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

const ENTRY = `id key question answer version status`;
const ASK = `query($t: String!) { askQuestion(text: $t) { verdict phone best { confidence entry { key answer } } runnersUp { confidence entry { key } } } }`;
const CREATE = `mutation($i: FaqEntryInput!) { createFaqEntry(input: $i) { ${ENTRY} } }`;
const UPDATE = `mutation($i: UpdateFaqEntryInput!) { updateFaqEntry(input: $i) { ${ENTRY} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!) { archiveFaqEntry(id: $id, version: $v) { ${ENTRY} } }`;
const HISTORY = `query($id: ID!) { faqEntryHistory(id: $id) { version action changedBy changedByName changedFields snapshot { answer } } }`;

interface Answer {
  askQuestion: {
    verdict: string;
    phone: string | null;
    best: { confidence: number; entry: { key: string; answer: string } } | null;
    runnersUp: { confidence: number; entry: { key: string } }[];
  };
}
interface Entry {
  id: string;
  key: string;
  version: number;
  status: string;
}

describe('FAQ over GraphQL', () => {
  let api: TestApi;
  let consultant: string;
  let fosterParent: string;
  let norddjursConsultant: string;
  const entryInput = {
    question: 'Må plejefamilien holde høns i haven?',
    answer: 'Ja, tal med din familieplejekonsulent om dyr i hjemmet.',
    phrasings: ['Kan vi have høns?'],
    english: ['Can we keep chickens?'],
    category: 'Hverdag',
    ownerTeam: 'FAMILIEPLEJE',
  };

  beforeAll(async () => {
    api = await startApiForTest();
    await seedFaq(api.dataSource);
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    fosterParent = await loginToken(api.url, 'plejefamilie@aarhus.example');
    norddjursConsultant = await loginToken(api.url, 'familiekonsulent@norddjurs.example');
  });
  afterAll(() => api.close());

  it('answers a foster parent from the seeded Danish knowledge base', async () => {
    const r = await gql<Answer>(
      api.url,
      ASK,
      { t: 'skal jeg betale skat af plejevederlaget' },
      { token: fosterParent },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.askQuestion.best?.entry.key).toBe('skat');
    const far = await gql<Answer>(api.url, ASK, { t: 'hvem vandt superligaen' }, { token: fosterParent });
    expect(far.data!.askQuestion.verdict).toBe('NOT_CONFIDENT');
  });

  it('lets a consultant create, edit (optimistically) and archive an entry; the answer follows', async () => {
    const created = await gql<{ createFaqEntry: Entry }>(
      api.url,
      CREATE,
      { i: entryInput },
      { token: consultant },
    );
    expect(created.errors).toBeUndefined();
    const entry = created.data!.createFaqEntry;
    expect(entry).toMatchObject({
      key: 'maa-plejefamilien-holde-hoens-i-haven',
      version: 1,
      status: 'ACTIVE',
    });

    const asked = await gql<Answer>(api.url, ASK, { t: 'maa vi have hoens' }, { token: fosterParent });
    expect(asked.data!.askQuestion.best?.entry.key).toBe(entry.key);

    const updated = await gql<{ updateFaqEntry: Entry }>(
      api.url,
      UPDATE,
      {
        i: {
          ...entryInput,
          id: entry.id,
          key: entry.key,
          version: 1,
          answer: 'Ja, hvis kommunen er orienteret.',
        },
      },
      { token: consultant },
    );
    expect(updated.data!.updateFaqEntry.version).toBe(2);
    const stale = await gql(
      api.url,
      UPDATE,
      { i: { ...entryInput, id: entry.id, key: entry.key, version: 1 } },
      { token: consultant },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('FAQ.STALE');

    const history = await gql<{
      faqEntryHistory: { version: number; changedFields: string[]; changedByName: string | null }[];
    }>(api.url, HISTORY, { id: entry.id }, { token: consultant });
    expect(history.data!.faqEntryHistory.map((h) => [h.version, h.changedFields])).toEqual([
      [2, ['answer']],
      [1, expect.arrayContaining(['question'])],
    ]);
    const [{ name }] = (await api.dataSource.query(`SELECT name FROM app_user WHERE email = $1`, [
      'familiekonsulent@aarhus.example',
    ])) as Array<{ name: string }>;
    expect(history.data!.faqEntryHistory.map((h) => h.changedByName)).toEqual([name, name]);

    const otherMunicipality = await gql(
      api.url,
      ARCHIVE,
      { id: entry.id, v: 2 },
      { token: norddjursConsultant },
    );
    expect(otherMunicipality.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const archived = await gql<{ archiveFaqEntry: Entry }>(
      api.url,
      ARCHIVE,
      { id: entry.id, v: 2 },
      { token: consultant },
    );
    expect(archived.data!.archiveFaqEntry.status).toBe('ARCHIVED');
    const after = await gql<Answer>(api.url, ASK, { t: 'maa vi have hoens' }, { token: fosterParent });
    expect(after.data!.askQuestion.best?.entry.key).not.toBe(entry.key);
  });

  it('rejects bad input with field messages', async () => {
    const r = await gql(api.url, CREATE, { i: { ...entryInput, question: 'Hv?' } }, { token: consultant });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { question: expect.any(String) },
    });
    const empty = await gql(api.url, ASK, { t: '  ' }, { token: fosterParent });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
