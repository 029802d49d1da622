import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@pleje/core';
import { createTestDatabase, testConfig, TestDatabase, testRedisUrl } from '@pleje/testing';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBotApp } from '../../apps/bot/src/create-bot-app';

/**
 * The bot over real HTTP and the Bot Framework protocol: Activity JSON in, and with
 * deliveryMode "expectReplies" the replies come back in the response body instead of being
 * posted to the channel's serviceUrl.
 */

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

function botConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  // No MICROSOFT_APP_ID: the adapter then accepts activities without a token (allowed outside production only).
  const config = testConfig(db.url, {
    PUBLIC_URL: 'https://plejeportalen.example.dk',
    REDIS_PREFIX: db.name,
  });
  return { ...config, ...overrides };
}

const bot = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Plejeportalen' };
const user = { id: '29:1a2b3c', aadObjectId: '00000000-0000-0000-0000-000000000001' };
const tenant = { id: '00000000-0000-0000-0000-0000000000aa' };

let sequence = 0;

/** A Teams-shaped activity. serviceUrl points at a closed local port: nothing may be sent there. */
function activity(
  conversationType: 'personal' | 'channel',
  fields: Record<string, unknown>,
): Record<string, unknown> {
  sequence += 1;
  return {
    id: `1700000000000${sequence}`,
    timestamp: new Date().toISOString(),
    serviceUrl: 'http://127.0.0.1:9/',
    channelId: 'msteams',
    from: user,
    recipient: bot,
    conversation: { id: `a:conversation-${sequence}`, conversationType, tenantId: tenant.id },
    channelData: { tenant },
    locale: 'da-DK',
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

interface ReplyActivity {
  type: string;
  text?: string;
  replyToId?: string;
  attachments?: {
    contentType: string;
    content: { type: string; version: string; body: { text?: string }[] };
  }[];
}

describe('bot protocol (POST /api/messages, expectReplies)', () => {
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createBotApp(botConfig(), { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    const address = (app.getHttpServer() as Server).address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    await app?.close();
  });

  async function post(
    body: Record<string, unknown>,
  ): Promise<{ status: number; activities: ReplyActivity[] }> {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { activities: ReplyActivity[] };
    return { status: res.status, activities: json.activities };
  }

  function helpCardOf(reply: ReplyActivity) {
    expect(reply.attachments).toHaveLength(1);
    const [card] = reply.attachments ?? [];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    return card.content;
  }

  it('greets a foster parent who opens a chat with the bot, in Danish with the help card', async () => {
    const { status, activities } = await post(
      activity('personal', { type: 'conversationUpdate', membersAdded: [{ id: user.id }] }),
    );
    expect(status).toBe(200);
    expect(activities).toHaveLength(1);
    expect(activities[0].type).toBe('message');
    expect(activities[0].text).toBe('Hej og velkommen til Plejeportalen i Teams!');
    const card = helpCardOf(activities[0]);
    expect(card.body.map((b) => b.text)).toContain('Hvad kan jeg hjælpe med?');
    expect(JSON.stringify(card)).toContain('Svar på spørgsmål om at være plejefamilie');
  });

  it('greets once when the app is installed (the bot itself is the added member)', async () => {
    const { activities } = await post(
      activity('personal', { type: 'conversationUpdate', membersAdded: [{ id: bot.id }] }),
    );
    expect(activities.map((a) => a.text)).toEqual(['Hej og velkommen til Plejeportalen i Teams!']);
  });

  it('answers "hjælp" with the help card, as a reply to the message', async () => {
    const message = activity('personal', { type: 'message', text: 'hjælp', textFormat: 'plain' });
    const { status, activities } = await post(message);
    expect(status).toBe(200);
    expect(activities).toHaveLength(1);
    expect(activities[0].replyToId).toBe(message.id);
    const card = helpCardOf(activities[0]);
    expect(card.body[0].text).toBe('Hvad kan jeg hjælpe med?');
  });

  it('answers an @mention in a team channel', async () => {
    const { activities } = await post(
      activity('channel', {
        type: 'message',
        text: '<at>Plejeportalen</at> help',
        entities: [{ type: 'mention', mentioned: bot, text: '<at>Plejeportalen</at>' }],
      }),
    );
    helpCardOf(activities[0]);
  });

  it('takes other text as a question; an unlinked user with no default municipality is asked to link', async () => {
    const { activities } = await post(
      activity('personal', { type: 'message', text: 'hvornår kommer bussen' }),
    );
    expect(activities[0].text).toBe(
      "Jeg ved ikke, hvilken kommune du hører til. Forbind Teams til din konto på Plejeportalen: log ind, vælg 'Forbind Teams', og skriv koden til mig, fx **forbind 123456**.",
    );
  });

  it('rejects a request that is not an activity', async () => {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hello: 'world' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BOT.INVALID_ACTIVITY' });
  });

  it('serves /health/live and, with the database and Redis up, /health/ready', async () => {
    const live = await fetch(`${baseUrl}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    // The health connection to Redis is opened at start; give it a moment to become ready.
    let ready: Response | undefined;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      ready = await fetch(`${baseUrl}/health/ready`);
      if (ready.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready?.status).toBe(200);
    expect(await ready?.json()).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });
});

describe('bot with a Microsoft app registration', () => {
  let app: INestApplication;
  let port: number;
  const sdkErrors: string[] = [];

  beforeAll(async () => {
    const config = botConfig({
      bot: {
        appId: '11111111-2222-3333-4444-555555555555',
        appPassword: 'not-a-real-secret',
        tenantId: tenant.id,
      },
    });
    app = await createBotApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    ({ port } = (app.getHttpServer() as Server).address() as AddressInfo);
  });

  beforeEach(() => {
    // The SDK itself writes rejected requests to console.error; capture it to check it leaks no secret.
    sdkErrors.length = 0;
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      sdkErrors.push(args.map(String).join(' '));
    });
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await app?.close();
  });

  async function postWith(headers: Record<string, string>): Promise<Response> {
    return fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity('personal', { type: 'message', text: 'hjælp' })),
    });
  }

  it('rejects an activity without a Bot Framework token', async () => {
    const res = await postWith({});
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('not-a-real-secret');
    expect(sdkErrors.join('\n')).toContain('Unauthorized Access');
    expect(sdkErrors.join('\n')).not.toContain('not-a-real-secret');
  });

  // Only tokens rejected before any key lookup: a well-formed JWT makes the SDK fetch Microsoft's signing keys,
  // which needs the network (offline it answers 500, still without running the bot).
  it.each([
    ['a garbage bearer token', 'Bearer not-a-jwt'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
  ])('rejects an activity with %s (401, nothing answered)', async (_label, authorization) => {
    const res = await postWith({ authorization });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('not-a-real-secret');
  });
});

describe('bot start-up', () => {
  it('refuses to start in production without a Microsoft app id', async () => {
    const production = botConfig({ env: 'production', isProduction: true, bot: {} });
    await expect(createBotApp(production, { logger: false })).rejects.toMatchObject({
      code: 'BOT.APP_ID_MISSING',
    });
  });

  it('the production config itself already demands the app registration', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
        REDIS_URL: testRedisUrl(),
        JWT_SECRET: 'x'.repeat(32),
      }),
    ).toThrow(/MICROSOFT_APP_ID/);
  });
});
