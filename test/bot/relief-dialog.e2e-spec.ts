import { INestApplication } from '@nestjs/common';
import { Role } from '@pleje/core';
import { ReliefService } from '@pleje/relief';
import { TeamsLinkService } from '@pleje/teams';
import { DataSource } from 'typeorm';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { reliefScenario, ReliefScenario } from '../support/relief-bot-fixtures';
import { BotHarness, startBotHarness } from '../support/bot-harness';
import type { TestApi } from '../support/test-api';
import { postActivity, teamsActivities } from '../support/teams-activities';

/**
 * Relief booking in Teams over the Bot Framework protocol (`expectReplies`): linking, the cards step by step,
 * the booking row in PostgreSQL, and the proactive cards through the outbox, the bot's `teams` worker and a
 * local fake Bot Connector.
 */

const bot = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Plejeportalen' };
const tenant = { id: '00000000-0000-0000-0000-0000000000aa' };

interface CardJson {
  body: Array<Record<string, unknown>>;
  actions: Array<{ type: string; title: string; data?: Record<string, unknown> }>;
}
interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: CardJson }>;
}

let harness: BotHarness;
let api: TestApi;
let botApp: INestApplication;
let botUrl: string;
let connector: FakeBotConnector;
let ds: DataSource;

beforeAll(async () => {
  harness = await startBotHarness({ relay: { pollIntervalMs: 100 } });
  ({ api, botApp, botUrl, connector, ds } = harness);
});

afterAll(() => harness?.close());

const teamsChat = teamsActivities({
  bot,
  tenant,
  serviceUrl: () => connector.url,
  activityIdPrefix: '1900000000',
});

function teamsUser(name: string) {
  const { from, conversation, activity } = teamsChat(name);
  return {
    from,
    conversation,
    say: (text: string) => post(activity({ type: 'message', text })),
    /** A card button: Teams sends the button's data merged with the card's inputs as `value`, without text. */
    press: (value: Record<string, unknown>) => post(activity({ type: 'message', value })),
  };
}

async function post(body: Record<string, unknown>): Promise<ReplyActivity> {
  const replies = await postActivity<ReplyActivity>(botUrl, body);
  expect(replies).toHaveLength(1);
  return replies[0];
}

const cardOf = (reply: ReplyActivity): CardJson => {
  const card = reply.attachments?.[0]?.content;
  if (!card) throw new Error(`no card in reply: ${reply.text ?? ''}`);
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'da' });
  return card;
};

/** Every Action.Submit anywhere in the card (card actions and ActionSets in containers). */
function submits(card: CardJson): Array<{ title: string; data: Record<string, unknown> }> {
  const found: Array<{ title: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Submit')
      found.push({ title: String(n.title), data: n.data as Record<string, unknown> });
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}
const button = (card: CardJson, title: string) => {
  const b = submits(card).find((s) => s.title === title);
  if (!b)
    throw new Error(
      `no button "${title}" in ${submits(card)
        .map((s) => s.title)
        .join(', ')}`,
    );
  return b.data;
};
const inputs = (card: CardJson) =>
  Object.fromEntries(
    card.body.filter((e) => String(e.type).startsWith('Input.')).map((e) => [e.id as string, e.value ?? '']),
  );
const texts = (card: CardJson) => JSON.stringify(card);

async function link(user: ReturnType<typeof teamsUser>, userId: string, municipalityId: string) {
  const { code } = await botApp
    .get(TeamsLinkService)
    .createLinkCode({ userId, municipalityId, role: Role.FOSTER_PARENT });
  const reply = await user.say(`forbind ${code}`);
  expect(reply.text).toContain('Nu er du forbundet til Plejeportalen som plejeforælder');
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

describe('relief booking in Teams', () => {
  const parent = teamsUser('relief-parent');
  const providerUser = teamsUser('relief-provider');
  let scenario: ReliefScenario;
  let bookingId: string;

  beforeAll(async () => {
    scenario = await reliefScenario(ds, 'Emma');
  });

  it('books relief end to end: child and dates, providers with the usual family first, confirm, request sent', async () => {
    await link(parent, scenario.child.familyUserId, scenario.municipalityId);
    // The usual relief family is linked too and gets the request in Teams.
    await link(providerUser, scenario.usual.userId ?? '', scenario.municipalityId);

    const start = cardOf(await parent.say('aflastning'));
    const choice = start.body.find((e) => e.id === 'placementId') as {
      choices: { title: string; value: string }[];
    };
    expect(choice.choices).toEqual([{ title: 'Emma (30 døgn tilbage)', value: scenario.child.placementId }]);
    const chosen = inputs(start);
    // Default: the coming weekend, Friday 17:00 to Sunday 17:00.
    expect(new Date(`${String(chosen.fromDate)}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(new Date(`${String(chosen.toDate)}T12:00:00Z`).getUTCDay()).toBe(0);
    expect([chosen.fromTime, chosen.toTime]).toEqual(['17:00', '17:00']);

    const results = cardOf(
      await parent.press({ ...button(start, 'Find aflastning'), ...chosen, note: 'Emma sover med bamse' }),
    );
    const places = results.body.filter((e) => e.type === 'Container');
    expect(places).toHaveLength(5);
    expect(JSON.stringify(places[0])).toContain('Familien Ø Emma');
    expect(JSON.stringify(places[0])).toContain('Plejer at have barnet');
    expect(JSON.stringify(places.slice(1))).not.toContain('Plejer at have barnet');
    // Seven free families: five shown, the rest behind "Vis flere".
    const more = cardOf(await parent.press(button(results, 'Vis flere')));
    expect(more.body.filter((e) => e.type === 'Container')).toHaveLength(2);

    const usualPick = submits(results).find((s) => s.data.providerId === scenario.usual.providerId);
    const confirm = cardOf(await parent.press(usualPick?.data ?? {}));
    expect(texts(confirm)).toContain('Send anmodning om aflastning?');
    expect(texts(confirm)).toContain('Familien Ø Emma');

    const sent = await parent.press(button(confirm, 'Send anmodning'));
    expect(sent.text).toBe('Anmodningen er sendt');
    const [row] = (await ds.query(
      `SELECT id, status, note, provider_id FROM relief_booking WHERE placement_id = $1 AND status = 'REQUESTED'`,
      [scenario.child.placementId],
    )) as { id: string; status: string; note: string; provider_id: string }[];
    expect(row).toMatchObject({
      status: 'REQUESTED',
      note: 'Emma sover med bamse',
      provider_id: scenario.usual.providerId,
    });
    bookingId = row.id;

    // Pressing "Send anmodning" again (a double tap) books nothing more and says why in Danish.
    const again = await parent.press(button(confirm, 'Send anmodning'));
    expect(again.text).toBe('Barnet har allerede aflastning i det tidsrum.');
    expect(submits(cardOf(again)).map((s) => s.title)).toEqual(['Vælg et andet sted', 'Vælg andre datoer']);

    // The relief family hears of the request in its own chat, with the child's first name only.
    const request = await until(
      async () => connector.delivered(providerUser.conversation.id)[0],
      'the request at the relief family',
    );
    expect(request.activity.text).toBe('Ny anmodning: kan I tage Emma på aflastning?');
  });

  it('the provider confirms: the family gets one proactive card', async () => {
    const provider = {
      userId: scenario.usual.userId ?? '',
      municipalityId: scenario.municipalityId,
      role: Role.FOSTER_PARENT,
    };
    await api.app.get(ReliefService).confirm(provider, bookingId);
    const answered = await until(
      async () =>
        connector
          .delivered(parent.conversation.id)
          .find((p) => p.activity.text?.includes('har bekræftet aflastningen')),
      'the confirmation at the family',
    );
    expect(answered.activity.text).toBe('Familien Ø Emma har bekræftet aflastningen for Emma.');
    const card = answered.activity.attachments?.[0]?.content as CardJson;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    // A second answer is refused, and the family still has exactly one message.
    await expect(api.app.get(ReliefService).decline(provider, bookingId, 'Syg')).rejects.toMatchObject({
      code: 'RELIEF.ILLEGAL_TRANSITION',
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      connector
        .delivered(parent.conversation.id)
        .filter((p) => p.activity.text?.includes('aflastningen for Emma')),
    ).toHaveLength(1);
  });

  it('"Mine aflastninger" lists the booking, and "Aflys" with a reason cancels it', async () => {
    const mine = cardOf(await parent.say('mine aflastninger'));
    expect(texts(mine)).toContain('Emma hos Familien Ø Emma');
    expect(texts(mine)).toContain('Bekræftet');
    const ask = cardOf(await parent.press(button(mine, 'Aflys')));
    // No reason: asked again, nothing changes.
    const noReason = cardOf(await parent.press({ ...button(ask, 'Aflys aflastningen'), reason: '' }));
    expect(texts(noReason)).toContain('Skriv en begrundelse.');
    expect((await ds.query(`SELECT status FROM relief_booking WHERE id = $1`, [bookingId]))[0].status).toBe(
      'CONFIRMED',
    );
    const done = await parent.press({ ...button(ask, 'Aflys aflastningen'), reason: 'Emma er syg' });
    expect(done.text).toBe('Aflastningen er aflyst. Aflastningsstedet får besked på Plejeportalen.');
    const [row] = (await ds.query(`SELECT status, status_reason FROM relief_booking WHERE id = $1`, [
      bookingId,
    ])) as {
      status: string;
      status_reason: string;
    }[];
    expect(row).toEqual({ status: 'CANCELLED', status_reason: 'Emma er syg' });
    expect((await parent.say('mine aflastninger')).text).toBe('I har ingen kommende aflastninger.');
  });

  it('a stay beyond the grant is refused in Danish with the days used and left, and writes nothing', async () => {
    const small = await reliefScenario(ds, 'Noah', 1, 1);
    const user = teamsUser('relief-parent-noah');
    await link(user, small.child.familyUserId, small.municipalityId);
    const start = cardOf(await user.say('aflastning'));
    const results = cardOf(await user.press({ ...button(start, 'Find aflastning'), ...inputs(start) }));
    const pick = submits(results).find((s) => s.data.providerId === small.usual.providerId);
    const confirm = cardOf(await user.press(pick?.data ?? {}));
    const refused = await user.press(button(confirm, 'Send anmodning'));
    expect(refused.text).toMatch(
      /^Bevillingen giver 1 døgn i perioden; 0 er brugt, og opholdet bruger \d+\.$/,
    );
    const card = cardOf(refused);
    expect(card.body).toContainEqual({
      type: 'FactSet',
      facts: [
        { title: 'Brugt i perioden', value: '0 døgn' },
        { title: 'Tilbage i perioden', value: '1 døgn' },
      ],
    });
    expect(submits(card).map((s) => s.title)).toContain('Vælg andre datoer');
    expect(
      await ds.query(`SELECT 1 FROM relief_booking WHERE placement_id = $1 AND status = 'REQUESTED'`, [
        small.child.placementId,
      ]),
    ).toEqual([]);
  });

  it('bad dates are shown in Danish on the first card again', async () => {
    const start = cardOf(await parent.say('aflastning'));
    const reply = cardOf(
      await parent.press({
        ...button(start, 'Find aflastning'),
        ...inputs(start),
        toDate: inputs(start).fromDate,
        toTime: '09:00',
      }),
    );
    expect(texts(reply)).toContain('Slut skal ligge efter start.');
    expect(reply.body.some((e) => e.id === 'placementId')).toBe(true);
  });

  it('an unlinked Teams user pressing an old relief button is told to link', async () => {
    const stranger = teamsUser('relief-stranger');
    const reply = await stranger.press({ action: 'relief.search', placementId: scenario.child.placementId });
    expect(reply.text).toContain('Det kræver, at Teams er forbundet til din konto på Plejeportalen');
  });
});
