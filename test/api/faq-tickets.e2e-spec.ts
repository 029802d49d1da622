import { seedFaq } from '@pleje/faq';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

const ASK = `query($t: String!) { askQuestion(text: $t) { questionId verdict best { entry { id key } } } }`;
const RATE = `mutation($q: ID!, $h: Boolean!, $e: ID!) { rateFaqAnswer(questionId: $q, helpful: $h, entryId: $e) { helpful } }`;
const ASK_CONSULTANT = `mutation($i: AskConsultantInput!) { askConsultant(input: $i) { id status team teamLabel question answer } }`;
const MINE = `{ myFaqTickets { id status question answer answeredAt } }`;
const QUEUE = `query($s: FaqTicketStatus, $t: FaqOwnerTeam) { faqTickets(status: $s, team: $t) { id status question askerName assignedToMe } }`;
const TAKE = `mutation($id: ID!) { takeFaqTicket(id: $id) { id status assignedToMe } }`;
const ANSWER = `mutation($id: ID!, $a: String!) { answerFaqTicket(id: $id, answer: $a) { id status answer } }`;
const CLOSE = `mutation($id: ID!) { closeFaqTicket(id: $id) { id status } }`;
const TO_ENTRY = `mutation($id: ID!) { createFaqEntryFromTicket(ticketId: $id) { ticket { faqEntryId } entry { id key version ownerTeam } } }`;
const REPORT = `query($f: DateTime!, $t: DateTime!) { faqImprovementReport(from: $f, to: $t) { questions unanswered notHelpful groups { entryKey unanswered notHelpful total examples } } }`;

interface Ticket {
  id: string;
  status: string;
  question: string;
  answer: string | null;
}

describe('"Spørg en konsulent" over GraphQL: the asker’s flow', () => {
  let api: TestApi;
  let parent: string;
  let consultant: string;
  let learning: string;
  let norddjurs: string;

  beforeAll(async () => {
    api = await startApiForTest();
    await seedFaq(api.dataSource);
    parent = await loginToken(api.url, 'plejefamilie@aarhus.example');
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    learning = await loginToken(api.url, 'laering@aarhus.example');
    norddjurs = await loginToken(api.url, 'familiekonsulent@norddjurs.example');
  });
  afterAll(() => api.close());

  it('asks, rates, asks a consultant, reads the answer; the consultant takes, answers, saves and closes', async () => {
    const asked = await gql<{
      askQuestion: { questionId: string; verdict: string; best: { entry: { id: string } } };
    }>(api.url, ASK, { t: 'skal jeg betale skat af plejevederlaget' }, { token: parent });
    expect(asked.errors).toBeUndefined();
    const { questionId, best } = asked.data!.askQuestion;
    const rated = await gql(api.url, RATE, { q: questionId, h: false, e: best.entry.id }, { token: parent });
    expect(rated.data).toEqual({ rateFaqAnswer: { helpful: false } });
    // Someone else cannot rate the parent's question.
    const foreign = await gql(
      api.url,
      RATE,
      { q: questionId, h: true, e: best.entry.id },
      { token: consultant },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const vague = await gql<{ askQuestion: { questionId: string; verdict: string } }>(
      api.url,
      ASK,
      { t: 'må min datter på 15 tage på højskole i Norge alene' },
      { token: parent },
    );
    const created = await gql<{ askConsultant: Ticket & { team: string; teamLabel: string } }>(
      api.url,
      ASK_CONSULTANT,
      { i: { questionId: vague.data!.askQuestion.questionId, category: 'FAMILIEPLEJE' } },
      { token: parent },
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data!.askConsultant;
    expect(ticket).toMatchObject({
      status: 'OPEN',
      team: 'FAMILIEPLEJE',
      teamLabel: 'Familiepleje',
      question: 'må min datter på 15 tage på højskole i Norge alene',
      answer: null,
    });

    // Danish messages beside the field for bad input.
    const bad = await gql(api.url, ASK_CONSULTANT, { i: { text: 'hej' } }, { token: parent });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields).toEqual({ text: 'Skriv spørgsmålet med mindst 5 tegn.' });

    // Routed to the family-care consultants of Aarhus only.
    const queue = await gql<{ faqTickets: Array<{ id: string; askerName: string | null }> }>(
      api.url,
      QUEUE,
      {},
      { token: consultant },
    );
    expect(queue.data!.faqTickets.map((t) => t.id)).toContain(ticket.id);
    for (const token of [learning, norddjurs]) {
      const other = await gql<{ faqTickets: Array<{ id: string }> }>(api.url, QUEUE, {}, { token });
      expect(other.data!.faqTickets.map((t) => t.id)).not.toContain(ticket.id);
    }
    const notYours = await gql(api.url, TAKE, { id: ticket.id }, { token: learning });
    expect(notYours.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const taken = await gql(api.url, TAKE, { id: ticket.id }, { token: consultant });
    expect(taken.data).toEqual({ takeFaqTicket: { id: ticket.id, status: 'ASSIGNED', assignedToMe: true } });
    const again = await gql(api.url, TAKE, { id: ticket.id }, { token: consultant });
    expect(again.errors?.[0]).toMatchObject({
      message: 'En anden konsulent har allerede taget henvendelsen.',
      extensions: { code: 'FAQ_TICKET.TAKEN' },
    });
    const answerText =
      'Ja, hvis hendes sagsbehandler er enig. Tal med os om en aftale, før I melder hende til.';
    const answered = await gql(api.url, ANSWER, { id: ticket.id, a: answerText }, { token: consultant });
    expect(answered.errors).toBeUndefined();

    const mine = await gql<{ myFaqTickets: Array<Ticket & { answeredAt: string | null }> }>(
      api.url,
      MINE,
      {},
      { token: parent },
    );
    const own = mine.data!.myFaqTickets.find((t) => t.id === ticket.id)!;
    expect(own).toMatchObject({ status: 'ANSWERED', answer: answerText });
    expect(own.answeredAt).not.toBeNull();
    const [mail] = await api.dataSource.query(
      `SELECT m.params, u.email FROM email_message m JOIN app_user u ON u.id = m.recipient_user_id
        WHERE m.template = 'faq.ticket-answered' AND m.params->>'ticketId' = $1`,
      [ticket.id],
    );
    expect(mail).toEqual({ params: { ticketId: ticket.id }, email: 'plejefamilie@aarhus.example' });

    const saved = await gql<{
      createFaqEntryFromTicket: { ticket: { faqEntryId: string }; entry: { id: string; version: number } };
    }>(api.url, TO_ENTRY, { id: ticket.id }, { token: consultant });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.createFaqEntryFromTicket.entry).toMatchObject({
      version: 1,
      ownerTeam: 'FAMILIEPLEJE',
    });
    expect(saved.data!.createFaqEntryFromTicket.ticket.faqEntryId).toBe(
      saved.data!.createFaqEntryFromTicket.entry.id,
    );
    const closed = await gql(api.url, CLOSE, { id: ticket.id }, { token: consultant });
    expect(closed.data).toEqual({ closeFaqTicket: { id: ticket.id, status: 'CLOSED' } });

    // The consultant's improvement report holds the 👎.
    const report = await gql<{
      faqImprovementReport: {
        notHelpful: number;
        groups: Array<{ entryKey: string | null; notHelpful: number }>;
      };
    }>(
      api.url,
      REPORT,
      { f: new Date(Date.now() - 86_400_000).toISOString(), t: new Date(Date.now() + 60_000).toISOString() },
      { token: consultant },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.faqImprovementReport.notHelpful).toBeGreaterThanOrEqual(1);
    expect(report.data!.faqImprovementReport.groups.find((g) => g.entryKey === 'skat')?.notHelpful).toBe(1);
    const forbidden = await gql(
      api.url,
      REPORT,
      { f: '2026-01-01T00:00:00Z', t: '2026-02-01T00:00:00Z' },
      { token: parent },
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
