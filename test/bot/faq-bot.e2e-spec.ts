import { INestApplication } from '@nestjs/common';
import { seedFaq } from '@pleje/faq';
import { DataSource } from 'typeorm';
import { BotMunicipalities } from '../../apps/bot/src/conversation/faq/bot-municipalities';
import { faqTexts } from '../../apps/bot/src/conversation/faq/faq-texts';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { gql, loginToken } from '../support/graphql-client';
import { BotHarness, startBotHarness } from '../support/bot-harness';
import type { TestApi } from '../support/test-api';
import { postActivity, teamsActivities } from '../support/teams-activities';

/**
 * Questions in Teams end to end: Activities posted to the bot app (`expectReplies`) answered from the seeded
 * knowledge base through the same FAQ services as the portal, card buttons (👍/👎, candidates, "Spørg en
 * konsulent"), and a consultant's answer in the portal (GraphQL) arriving in the parent's chat at a local fake
 * Bot Connector, once. One real PostgreSQL and Redis.
 */

const bot = { id: '28:00000000-0000-0000-0000-0000000fa0b0', name: 'Plejeportalen' };
const tenant = { id: '00000000-0000-0000-0000-0000000000bb' };
const AARHUS_PHONE = '89 40 20 00';
const ANSWER_FAQ_TICKET = `mutation($id: ID!, $a: String!) { answerFaqTicket(id: $id, answer: $a) { id status } }`;

interface Card {
  body: Array<{ type: string; text?: string }>;
  actions: Array<{ type: string; title: string; data?: Record<string, unknown> }>;
}

interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: Card }>;
}

let harness: BotHarness;
let api: TestApi;
let botApp: INestApplication;
let botUrl: string;
let connector: FakeBotConnector;
let ds: DataSource;

beforeAll(async () => {
  harness = await startBotHarness({
    prepare: (api) => seedFaq(api.dataSource),
    // Unlinked users ask in Aarhus (751), the demo municipality with the seeded knowledge base.
    configure: (config) => ({ ...config, bot: { ...config.bot, defaultMunicipalityCode: '751' } }),
    relay: { pollIntervalMs: 100 },
  });
  ({ api, botApp, botUrl, connector, ds } = harness);
});

afterAll(() => harness?.close());

const teamsChat = teamsActivities({
  bot,
  tenant,
  serviceUrl: () => connector.url,
  activityIdPrefix: '1900000000',
  conversationKind: 'faq',
});

function teamsUser(name: string) {
  const { from, conversation, activity } = teamsChat(name);
  return {
    from,
    conversation,
    say: async (text: string) => one(await post(activity({ type: 'message', text }))),
    /** Teams sends an Action.Submit as a message with the button's data as `value` and no text. */
    click: async (data: Record<string, unknown> | undefined) =>
      one(await post(activity({ type: 'message', value: data }))),
  };
}

const post = (body: Record<string, unknown>) => postActivity<ReplyActivity>(botUrl, body);

function one(replies: ReplyActivity[]): ReplyActivity {
  expect(replies).toHaveLength(1);
  return replies[0];
}

function cardOf(reply: ReplyActivity): Card {
  const attachment = reply.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment!.content;
}

function button(card: Card, title: string) {
  const found = card.actions.find((a) => a.title === title);
  if (!found) throw new Error(`no button "${title}" among ${card.actions.map((a) => a.title).join(', ')}`);
  return found.data;
}

async function link(user: ReturnType<typeof teamsUser>, email: string): Promise<void> {
  const token = await loginToken(api.url, email);
  const r = await gql<{ createTeamsLinkCode: { code: string } }>(
    api.url,
    `mutation { createTeamsLinkCode { code } }`,
    {},
    { token },
  );
  const reply = await user.say(`forbind ${r.data!.createTeamsLinkCode.code}`);
  expect(reply.text).toContain('Nu er du forbundet til Plejeportalen');
}

async function until<T>(probe: () => Promise<T | undefined | false>, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const questionRow = async (id: unknown) =>
  (
    (await ds.query(
      `SELECT channel, asked_by, verdict, helpful, rated_entry_id FROM faq_question WHERE id = $1`,
      [id],
    )) as Array<Record<string, unknown>>
  )[0];

describe('questions from a linked foster parent', () => {
  const parent = teamsUser('parent');

  beforeAll(() => link(parent, 'plejefamilie@aarhus.example'));

  it('a confident answer comes as a card titled with the entry’s question, with 👍/👎 and the human route', async () => {
    const reply = await parent.say('skal jeg betale skat af plejevederlaget');
    const card = cardOf(reply);
    const [entry] = (await ds.query(
      `SELECT e.id, e.question, e.answer FROM faq_entry e JOIN municipality m ON m.id = e.municipality_id
        WHERE m.code = '751' AND e.key = 'skat'`,
    )) as Array<{ id: string; question: string; answer: string }>;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'da' });
    expect(card.body[0]).toMatchObject({ text: entry.question, style: 'heading' });
    expect(card.body[1]).toMatchObject({ text: entry.answer });
    expect(card.body[2]).toMatchObject({ text: 'Hjalp det?' });
    expect(card.actions.map((a) => a.title)).toEqual(['👍 Ja', '👎 Nej', 'Spørg en konsulent']);
    const yes = button(card, '👍 Ja')!;
    expect(yes).toMatchObject({ action: 'faq.rate', entryId: entry.id, helpful: true });
    // Logged as a Teams question of the linked account (the improvement report counts it).
    expect(await questionRow(yes.questionId)).toMatchObject({ channel: 'TEAMS', verdict: 'CONFIDENT' });

    const thanks = await parent.click(yes);
    expect(thanks.text).toBe('Tak! Godt, at svaret hjalp.');
    expect(await questionRow(yes.questionId)).toMatchObject({ helpful: true, rated_entry_id: entry.id });
  });

  it('👎 is recorded, thanked, and offers "Spørg en konsulent" and the phone number; the ticket goes to the entry’s team', async () => {
    const card = cardOf(await parent.say('skal jeg betale skat af plejevederlaget'));
    const no = button(card, '👎 Nej')!;
    const reply = await parent.click(no);
    expect(reply.text).toBe('Tak, fordi du sagde det. Så kan vi gøre svaret bedre.');
    const follow = cardOf(reply);
    expect(JSON.stringify(follow.body)).toContain(AARHUS_PHONE);
    expect(await questionRow(no.questionId)).toMatchObject({ helpful: false });

    const confirmed = await parent.click(button(follow, 'Spørg en konsulent'));
    const [ticket] = (await ds.query(
      `SELECT t.channel, t.team, t.question, t.status, e.owner_team FROM faq_ticket t
         JOIN faq_question q ON q.id = t.question_id JOIN faq_entry e ON e.id = q.best_entry_id
        WHERE t.question_id = $1`,
      [no.questionId],
    )) as Array<Record<string, string>>;
    expect(ticket).toMatchObject({
      channel: 'TEAMS',
      question: 'skal jeg betale skat af plejevederlaget',
      status: 'OPEN',
    });
    // Routed by category: the best entry's owner team.
    expect(ticket.team).toBe(ticket.owner_team);
    expect(confirmed.text).toMatch(
      /^Tak\. Dit spørgsmål er sendt til en konsulent \(.+\)\. Du får svaret her i chatten og på mail\.$/,
    );

    // A second click (Teams users double-tap) does not make a second ticket.
    await parent.click(button(follow, 'Spørg en konsulent'));
    expect(await ds.query(`SELECT 1 FROM faq_ticket WHERE question_id = $1`, [no.questionId])).toHaveLength(
      1,
    );
  });

  it('a close call offers up to three candidate questions; picking one shows its answer card', async () => {
    const reply = await parent.say('samvær med forældre');
    expect(reply.text).toBe('Jeg er ikke helt sikker på, hvad du mener. Er det et af disse spørgsmål?');
    const card = cardOf(reply);
    const picks = card.actions.filter((a) => a.data?.action === 'faq.pick');
    expect(picks.length).toBeGreaterThanOrEqual(2);
    expect(picks.length).toBeLessThanOrEqual(3);
    expect(card.actions.at(-1)).toMatchObject({ title: 'Ingen af dem – spørg en konsulent' });
    expect(card.actions.at(-1)?.data).toMatchObject({ action: 'faq.consultant' });

    const second = picks[1].data!;
    const [entry] = (await ds.query(`SELECT question, answer FROM faq_entry WHERE id = $1`, [
      second.entryId,
    ])) as Array<{ question: string; answer: string }>;
    const answer = cardOf(await parent.click(second));
    expect(answer.body[0]).toMatchObject({ text: entry.question });
    expect(answer.body[1]).toMatchObject({ text: entry.answer });
    // Rating the picked candidate is allowed (it was shown for the question).
    expect((await parent.click(button(answer, '👍 Ja'))).text).toBe('Tak! Godt, at svaret hjalp.');
    expect(await questionRow(second.questionId)).toMatchObject({
      verdict: 'CLOSE_CALL',
      helpful: true,
      rated_entry_id: second.entryId,
    });

    // A forged button for an entry that was not a candidate shows nothing.
    const [other] = (await ds.query(
      `SELECT e.id FROM faq_entry e JOIN municipality m ON m.id = e.municipality_id
        WHERE m.code = '751' AND e.key = 'skat'`,
    )) as Array<{ id: string }>;
    expect((await parent.click({ ...second, entryId: other.id })).text).toBe(faqTexts.gone);
  });

  it('out of scope: says so plainly, offers a consultant and the phone number', async () => {
    const reply = await parent.say('hvem vandt superligaen i fodbold');
    expect(reply.text).toBe('Det kan jeg desværre ikke svare sikkert på.');
    const card = cardOf(reply);
    expect(JSON.stringify(card.body)).toContain(`Du kan også ringe til kommunen på **${AARHUS_PHONE}**`);
    expect(card.actions.map((a) => a.title)).toEqual(['Spørg en konsulent']);
  });

  it('"konsulent <spørgsmål>" creates a ticket from the text; "konsulent" alone explains it', async () => {
    const intro = await parent.say('konsulent');
    expect(intro.text).toContain(faqTexts.consultantIntro);
    expect(intro.text).toContain(AARHUS_PHONE);
    const reply = await parent.say('konsulent Må vi tage plejebarnet med på ferie til Spanien?');
    expect(reply.text).toContain('Dit spørgsmål er sendt til en konsulent');
    const rows = await ds.query(
      `SELECT channel, question_id FROM faq_ticket WHERE question = 'Må vi tage plejebarnet med på ferie til Spanien?'`,
    );
    expect(rows).toEqual([{ channel: 'TEAMS', question_id: null }]);
  });
});

describe('the consultant’s answer arrives in the same Teams chat', () => {
  const parent = teamsUser('asker');

  beforeAll(() => link(parent, 'plejefamilie@aarhus.example'));

  it('ask in Teams → ticket → answer in the portal (GraphQL) → the answer card arrives once, and a mail', async () => {
    const question = 'hvem vandt superligaen i fodbold sidste år, og må plejebarnet gå til fodbold';
    const card = cardOf(await parent.say(question));
    const ask = button(card, 'Spørg en konsulent')!;
    expect((await parent.click(ask)).text).toContain('Du får svaret her i chatten og på mail.');
    const [ticket] = (await ds.query(`SELECT id, team FROM faq_ticket WHERE question_id = $1`, [
      ask.questionId,
    ])) as Array<{ id: string; team: string }>;
    // A vague question goes to family care.
    expect(ticket.team).toBe('FAMILIEPLEJE');

    const consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    const answer =
      'Ja, plejebarnet må gerne gå til fodbold. Se [fritidsaktiviteter](https://www.aarhus.dk) og aftal det med os.';
    const answered = await gql(
      api.url,
      ANSWER_FAQ_TICKET,
      { id: ticket.id, a: answer },
      { token: consultant },
    );
    expect(answered.errors).toBeUndefined();

    await until(async () => connector.delivered(parent.conversation.id).length === 1, 'the answer in Teams');
    // A second answer is refused, and nothing more arrives.
    const again = await gql(api.url, ANSWER_FAQ_TICKET, { id: ticket.id, a: 'Igen.' }, { token: consultant });
    expect(again.errors?.[0].extensions?.code).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 800));
    const delivered = connector.delivered(parent.conversation.id);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].activity.text).toBe('En konsulent har svaret på dit spørgsmål.');
    const content = delivered[0].activity.attachments?.[0].content as Card;
    expect(content.body[0]).toMatchObject({ text: 'Svar fra din konsulent' });
    expect(content.body[1]).toMatchObject({ text: `Du spurgte: "${question}"` });
    expect(content.body[2]).toMatchObject({ text: answer });
    expect(JSON.stringify(content.actions)).toContain('/spoergsmaal');
    // The mail goes too (the record, and the route when the chat is gone).
    expect(
      await ds.query(
        `SELECT 1 FROM email_message WHERE template = 'faq.ticket-answered' AND params->>'ticketId' = $1`,
        [ticket.id],
      ),
    ).toHaveLength(1);
  });

  it('the card recalls only the first 200 characters of a long question', async () => {
    const long = `${'Vi har et spørgsmål om plejebarnets fritid og om hvad kommunen betaler for udstyr. '.repeat(4)}Hvad gør vi?`;
    const card = cardOf(await parent.say(long));
    const ask = button(card, card.actions.at(-1)!.title)!;
    await parent.click(ask);
    const [ticket] = (await ds.query(`SELECT id FROM faq_ticket WHERE question_id = $1`, [
      ask.questionId,
    ])) as Array<{ id: string }>;
    const consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    await gql(
      api.url,
      ANSWER_FAQ_TICKET,
      { id: ticket.id, a: 'Det dækker vederlaget.' },
      { token: consultant },
    );
    const [row] = await until(async () => {
      const rows = (await ds.query(
        `SELECT params FROM teams_message WHERE kind = 'faq.ticket-answered' AND params->>'ticketId' = $1`,
        [ticket.id],
      )) as Array<{ params: { question: string; answer: string } }>;
      return rows.length ? rows : undefined;
    }, 'the teams message');
    expect(row.params.question.length).toBeLessThanOrEqual(200);
    expect(row.params.question.endsWith('…')).toBe(true);
    expect(long.startsWith(row.params.question.slice(0, -1))).toBe(true);
  });

  it('a question asked in the portal is answered by mail only, not pushed into Teams', async () => {
    const parentToken = await loginToken(api.url, 'plejefamilie@aarhus.example');
    const asked = await gql<{ askConsultant: { id: string } }>(
      api.url,
      `mutation($i: AskConsultantInput!) { askConsultant(input: $i) { id } }`,
      { i: { text: 'Hvornår er der kursus i førstehjælp?' } },
      { token: parentToken },
    );
    const id = asked.data!.askConsultant.id;
    const consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    await gql(api.url, ANSWER_FAQ_TICKET, { id, a: 'Næste kursus er i marts.' }, { token: consultant });
    expect(
      await ds.query(
        `SELECT 1 FROM email_message WHERE template = 'faq.ticket-answered' AND params->>'ticketId' = $1`,
        [id],
      ),
    ).toHaveLength(1);
    expect(await ds.query(`SELECT 1 FROM teams_message WHERE params->>'ticketId' = $1`, [id])).toEqual([]);
  });
});

describe('questions from a Teams user without a portal account', () => {
  const stranger = teamsUser('stranger');

  it('gets answers from the default municipality’s knowledge base and can rate them', async () => {
    const card = cardOf(await stranger.say('hvad sker der når barnet fylder 18'));
    const yes = button(card, '👍 Ja')!;
    expect(await questionRow(yes.questionId)).toMatchObject({ asked_by: null, channel: 'TEAMS' });
    expect((await stranger.click(yes)).text).toBe('Tak! Godt, at svaret hjalp.');
    expect(await questionRow(yes.questionId)).toMatchObject({ helpful: true });
  });

  it('"Spørg en konsulent" tells how to link and gives the phone number; no ticket', async () => {
    const card = cardOf(await stranger.say('hvem vandt superligaen i fodbold'));
    const ask = button(card, 'Spørg en konsulent')!;
    const reply = await stranger.click(ask);
    expect(reply.text).toContain("vælg 'Forbind Teams'");
    expect(reply.text).toContain(AARHUS_PHONE);
    expect(await ds.query(`SELECT 1 FROM faq_ticket WHERE question_id = $1`, [ask.questionId])).toEqual([]);
    const typed = await stranger.say('konsulent hjælp mig');
    expect(typed.text).toContain("vælg 'Forbind Teams'");
  });

  it('a copied button does not let a linked user rate an unlinked user’s question', async () => {
    const other = teamsUser('copycat');
    const card = cardOf(await stranger.say('skal jeg betale skat af plejevederlaget'));
    const yes = button(card, '👍 Ja')!;
    await link(other, 'plejefamilie@aarhus.example');
    expect((await other.click(yes)).text).toBe(faqTexts.gone);
    expect(await questionRow(yes.questionId)).toMatchObject({ helpful: null });
  });

  it('without BOT_DEFAULT_MUNICIPALITY_CODE an unlinked user has no municipality and is asked to link', async () => {
    const municipalities = new BotMunicipalities(ds, {
      ...api.config,
      bot: { ...api.config.bot, defaultMunicipalityCode: undefined },
    });
    expect(await municipalities.forActor(null)).toBeNull();
    const withDefault = botApp.get(BotMunicipalities);
    expect(await withDefault.forActor(null)).toMatchObject({ phone: AARHUS_PHONE });
  });
});
