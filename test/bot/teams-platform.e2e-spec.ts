import { INestApplication } from '@nestjs/common';
import { JobQueues, QueueName, QueueService } from '@pleje/core';
import { TeamsNotifier } from '@pleje/teams';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { SendTeamsMessageJob } from '../../apps/bot/src/proactive/send-teams-message.job';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { gql, loginToken } from '../support/graphql-client';
import { BotHarness, startBotHarness } from '../support/bot-harness';
import type { TestApi } from '../support/test-api';
import { postActivity, teamsActivities } from '../support/teams-activities';

/**
 * The Teams platform end to end: a code from GraphQL (the api), "forbind <code>" over the Bot Framework
 * protocol (the bot app), and proactive messages from the outbox through the bot app's `teams` worker to a
 * local fake Bot Connector, all on one real PostgreSQL and Redis.
 */

const RATE_LIMIT = 10;
const bot = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Plejeportalen' };
const tenant = { id: '00000000-0000-0000-0000-0000000000aa' };

interface ReplyActivity {
  type: string;
  text?: string;
}

let harness: BotHarness;
let api: TestApi;
let botApp: INestApplication;
let botUrl: string;
let connector: FakeBotConnector;
let ds: DataSource;

beforeAll(async () => {
  harness = await startBotHarness({
    configure: (config) => ({ ...config, botLimits: { messagesPerMinute: RATE_LIMIT } }),
    // The bot app relays the outbox itself here (in production the worker app does), polling fast.
    relay: { pollIntervalMs: 100 },
  });
  ({ api, botApp, botUrl, connector, ds } = harness);
});

afterAll(() => harness?.close());

/** A Teams user writing to the bot in their personal chat, with the fake connector as serviceUrl. */
const teamsUser = (name: string) => {
  const user = teamsChat(name);
  return { ...user, say: (text: string) => post(user.activity({ type: 'message', text })) };
};
const teamsChat = teamsActivities({
  bot,
  tenant,
  serviceUrl: () => connector.url,
  activityIdPrefix: '1800000000',
});

const post = (body: Record<string, unknown>) => postActivity<ReplyActivity>(botUrl, body);

async function linkCode(email: string): Promise<string> {
  const token = await loginToken(api.url, email);
  const r = await gql<{ createTeamsLinkCode: { code: string; expiresAt: string; instruction: string } }>(
    api.url,
    `mutation { createTeamsLinkCode { code expiresAt instruction } }`,
    {},
    { token },
  );
  const created = r.data?.createTeamsLinkCode;
  if (!created) throw new Error(`no code: ${JSON.stringify(r.errors)}`);
  expect(created.instruction).toBe(`Skriv 'forbind ${created.code}' til Plejeportalen i Teams`);
  return created.code;
}

/** A six-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function userId(email: string): Promise<string> {
  const [row] = (await ds.query(`SELECT id, municipality_id FROM app_user WHERE email = $1`, [
    email,
  ])) as Array<{
    id: string;
  }>;
  return row.id;
}

async function queueReminder(
  recipientUserId: string,
  dedupeKey: string,
): Promise<{ queued: boolean; id?: string }> {
  const notifier = botApp.get(TeamsNotifier);
  const queued = await ds.transaction((em) =>
    notifier.queue(em, {
      recipientUserId,
      municipalityId: null,
      kind: 'relief.booking-reminder',
      params: {
        bookingId: '00000000-0000-4000-8000-000000000001',
        role: 'FAMILY',
        startsAt: '2026-12-04T16:00:00.000Z',
        endsAt: '2026-12-06T16:00:00.000Z',
        placeName: 'Familien Holm',
      },
      dedupeKey,
    }),
  );
  const [row] = (await ds.query(`SELECT id FROM teams_message WHERE dedupe_key = $1`, [dedupeKey])) as Array<{
    id: string;
  }>;
  return { queued, id: row?.id };
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

const messageRow = async (id: string) =>
  (
    (await ds.query(`SELECT status, attempts, error_code, sent_at FROM teams_message WHERE id = $1`, [
      id,
    ])) as Array<{
      status: string;
      attempts: number;
      error_code: string | null;
      sent_at: Date | null;
    }>
  )[0];

describe('linking a Teams user with a one-time code', () => {
  const parent = teamsUser('foster-parent');
  const email = 'plejefamilie@aarhus.example';

  it('a wrong code gets a Danish error and links nothing; the right one links and the portal sees it', async () => {
    const code = await linkCode(email);
    const [refused] = await parent.say(`forbind ${wrong(code)}`);
    expect(refused.text).toBe(
      'Koden passer ikke eller er udløbet. Lav en ny kode på Plejeportalen og prøv igen (du har 4 forsøg tilbage).',
    );
    expect(await ds.query(`SELECT 1 FROM teams_link WHERE channel_user_id = $1`, [parent.from.id])).toEqual(
      [],
    );

    const [linked] = await parent.say(`forbind ${code}`);
    expect(linked.text).toBe(
      'Nu er du forbundet til Plejeportalen som plejeforælder. Jeg sender dig påmindelser her i chatten.',
    );
    const token = await loginToken(api.url, email);
    const status = await gql<{ teamsLink: { linked: boolean; reachable: boolean } }>(
      api.url,
      `{ teamsLink { linked linkedAt reachable } }`,
      {},
      { token },
    );
    expect(status.data?.teamsLink).toMatchObject({ linked: true, reachable: true });
    // The code is single-use, stored only as a keyed hash, and linking is audited without the code.
    const [stored] = (await ds.query(`SELECT code_hash, used_at FROM teams_link_code WHERE user_id = $1`, [
      await userId(email),
    ])) as Array<{ code_hash: string; used_at: Date | null }>;
    expect(stored.used_at).not.toBeNull();
    expect(stored.code_hash).not.toContain(code);
    const audit = await ds.query(
      `SELECT action, details FROM audit_event WHERE entity IN ('teams_link', 'teams_link_code') ORDER BY at`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'CREATE']);
    expect(JSON.stringify(audit)).not.toContain(code);
    const again = teamsUser('someone-else');
    const [reused] = await again.say(`forbind ${code}`);
    expect(reused.text).toContain('Koden passer ikke eller er udløbet');
  });

  it('after five wrong codes in an hour the Teams user is locked, even for the right code', async () => {
    const guesser = teamsUser('guesser');
    const code = await linkCode('familiekonsulent@aarhus.example');
    const replies: string[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const [reply] = await guesser.say(
        `forbind ${String(i).padStart(6, '0') === code ? wrong(code) : String(i).padStart(6, '0')}`,
      );
      replies.push(reply.text ?? '');
    }
    expect(replies.every((r) => r.startsWith('Koden passer ikke eller er udløbet.'))).toBe(true);
    const [locked] = await guesser.say(`forbind ${code}`);
    expect(locked.text).toBe(
      'Du har skrevet en forkert kode for mange gange. Af hensyn til sikkerheden kan du først prøve igen om en time.',
    );
    expect(await ds.query(`SELECT 1 FROM teams_link WHERE channel_user_id = $1`, [guesser.from.id])).toEqual(
      [],
    );
  });

  it('parallel guesses cannot get past the limit', async () => {
    const racer = teamsUser('racer');
    const code = await linkCode('sagsbehandler@aarhus.example');
    const guesses = Array.from({ length: RATE_LIMIT }, (_, i) => String(900000 + i));
    const replies = await Promise.all(
      guesses.filter((g) => g !== code).map((g) => racer.say(`forbind ${g}`)),
    );
    const texts = replies.map(([r]) => r.text ?? '');
    expect(texts.filter((t) => t.startsWith('Koden passer ikke')).length).toBe(5);
    expect(texts.filter((t) => t.startsWith('Du har skrevet en forkert kode for mange gange')).length).toBe(
      texts.length - 5,
    );
  });

  it('an unlinked user may ask questions but is told to link for relief', async () => {
    const stranger = teamsUser('stranger');
    const [question] = await stranger.say('spørgsmål');
    expect(question.text).toContain('stille dine spørgsmål');
    const [relief] = await stranger.say('aflastning');
    expect(relief.text).toContain('Det kræver, at Teams er forbundet til din konto på Plejeportalen');
  });
});

describe('proactive messages', () => {
  const parent = teamsUser('foster-parent');
  const email = 'plejefamilie@aarhus.example';

  it('a queued message arrives once at the connector, even when its job runs again and twice at once', async () => {
    const recipient = await userId(email);
    const { queued, id } = await queueReminder(recipient, 'e2e-reminder-1');
    expect(queued).toBe(true);
    // Outbox -> relay -> BullMQ `teams` queue -> the bot app's worker -> continueConversationAsync -> connector.
    await until(async () => connector.delivered(parent.conversation.id).length === 1, 'the first delivery');
    await until(async () => (await messageRow(id ?? ''))?.status === 'SENT', 'SENT');

    // The same job again through BullMQ (new job id), and twice directly at the same moment.
    await botApp
      .get(QueueService)
      .enqueue('teams.send-message', { messageId: id ?? '' }, { jobId: `again-${id}` });
    const queue = botApp.get(JobQueues).get(QueueName.Teams);
    await until(
      async () => (await (await queue.getJob(`again-${id}`))?.getState()) === 'completed',
      'the re-run',
    );
    const job = botApp.get(SendTeamsMessageJob);
    const ctx = { jobId: 'direct', attemptsMade: 0, job: { opts: { attempts: 8 } } as Job };
    const results = await Promise.all([
      job.handle({ messageId: id ?? '' }, ctx),
      job.handle({ messageId: id ?? '' }, ctx),
    ]);
    expect(results).toEqual([{ status: 'already-sent' }, { status: 'already-sent' }]);

    const delivered = connector.delivered(parent.conversation.id);
    expect(delivered).toHaveLength(1);
    const card = JSON.stringify(delivered[0].activity);
    expect(delivered[0].activity.text).toBe(
      'Påmindelse: jeres plejebarn skal på aflastning hos Familien Holm.',
    );
    expect(delivered[0].activity.attachments?.[0].contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(card).toContain('Aflastning om to dage');
    expect(card).toContain('december 2026');
    expect((await messageRow(id ?? '')).attempts).toBe(1);
  });

  it('two fresh sends racing for one message deliver it once', async () => {
    const { id } = await queueReminder(await userId(email), 'e2e-reminder-race');
    const job = botApp.get(SendTeamsMessageJob);
    const ctx = { jobId: 'race', attemptsMade: 0, job: { opts: { attempts: 8 } } as Job };
    const settled = await Promise.allSettled([
      job.handle({ messageId: id ?? '' }, ctx),
      job.handle({ messageId: id ?? '' }, ctx),
    ]);
    await until(async () => (await messageRow(id ?? ''))?.status === 'SENT', 'SENT');
    // One run sent it; the other found it claimed (retried later) or already sent: never two deliveries.
    expect(settled.filter((s) => s.status === 'fulfilled' && s.value.status === 'sent')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.delivered(parent.conversation.id)).toHaveLength(2);
  });

  it('403 from the connector marks the chat gone; later messages are not queued until the user writes again', async () => {
    const recipient = await userId(email);
    connector.forbid(parent.conversation.id);
    const { id } = await queueReminder(recipient, 'e2e-reminder-403');
    await until(async () => (await messageRow(id ?? ''))?.status === 'FAILED', 'FAILED');
    expect(await messageRow(id ?? '')).toMatchObject({ error_code: 'TEAMS.CONVERSATION_GONE', attempts: 1 });
    const [conv] = (await ds.query(`SELECT gone_at FROM teams_conversation WHERE user_id = $1`, [
      recipient,
    ])) as Array<{
      gone_at: Date | null;
    }>;
    expect(conv.gone_at).not.toBeNull();
    // No retry of the failed job: exactly one attempt reached the connector.
    const queue = botApp.get(JobQueues).get(QueueName.Teams);
    const failed = await queue.getJob(`teams-${id}`);
    expect(failed?.attemptsMade).toBe(1);
    expect(connector.posts.filter((p) => p.status === 403)).toHaveLength(1);

    const later = await queueReminder(recipient, 'e2e-reminder-after-403');
    expect(later).toEqual({ queued: false, id: undefined });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.posts.filter((p) => p.conversationId === parent.conversation.id)).toHaveLength(3);

    // Writing to the bot again is the sign the app is back: the chat is live again.
    await parent.say('hjælp');
    const [back] = (await ds.query(`SELECT gone_at FROM teams_conversation WHERE user_id = $1`, [
      recipient,
    ])) as Array<{
      gone_at: Date | null;
    }>;
    expect(back.gone_at).toBeNull();
  });
});

describe('activity safety', () => {
  it('processes an activity id once: a retry by Teams gets no second reply', async () => {
    const user = teamsUser('retrier');
    const activity = user.activity({ type: 'message', text: 'hjælp' });
    const first = await post(activity);
    const second = await post(activity);
    expect(first).toHaveLength(1);
    expect(second).toEqual([]);
  });

  it('answers in Danish when a user writes faster than the limit, once, then stays quiet', async () => {
    const user = teamsUser('flooder');
    const replies = [];
    for (let i = 0; i < RATE_LIMIT + 2; i += 1) replies.push(await user.say('hjælp'));
    expect(replies.slice(0, RATE_LIMIT).every((r) => r.length === 1)).toBe(true);
    expect(replies[RATE_LIMIT].map((r) => r.text)).toEqual([
      'Du skriver hurtigere end jeg kan svare. Vent et øjeblik, og skriv så igen.',
    ]);
    expect(replies[RATE_LIMIT + 1]).toEqual([]);
    // Another user is not affected.
    expect(await teamsUser('calm').say('hjælp')).toHaveLength(1);
  });
});
