import { INestApplication, Logger } from '@nestjs/common';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { Role } from '@pleje/core';
import { TeamsLinkService } from '@pleje/teams';
import type { ServiceClientCredentials, ServiceClientCredentialsFactory } from 'botframework-connector';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createBotApp } from '../../apps/bot/src/create-bot-app';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { teamsActivities } from '../support/teams-activities';

/**
 * Teams single sign-on over the real Bot Framework protocol, with app credentials configured: every request
 * carries a Bot Connector token the bot validates (signed here with a local key the SDK finds through a local
 * OpenID document), and `signin/tokenExchange` carries an Entra token signed with a local "tenant" key. No
 * Azure, no Bot Framework token service.
 */

const appId = '0b8e6d4c-1f2a-4b3c-8d9e-0a1b2c3d4e5f';
const appIdUri = `api://botid-${appId}`;
const tenantId = '7f8e9d0c-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const otherTenant = '99999999-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
const bot = { id: `28:${appId}`, name: 'Plejeportalen' };
const municipalityCode = '992';
const connectionName = 'TeamsSso';

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const channelKey = rsa();
const tenantKey = rsa();
const rotatedKey = rsa();
const strangerKey = rsa();

/** Local stand-in for Bot Framework's and Entra's OpenID documents and key sets. */
class KeyServer {
  tenantKeys: Array<{ kid: string; key: KeyObject }> = [{ kid: 'tenant-1', key: tenantKey.publicKey }];
  tenantKeyRequests = 0;
  url = '';
  private server: Server | null = null;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const json = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const jwk = (key: KeyObject, kid: string, extra: Record<string, unknown> = {}) => ({
        ...key.export({ format: 'jwk' }),
        kid,
        use: 'sig',
        ...extra,
      });
      switch (req.url) {
        case '/botframework/openid':
          return json({ issuer: 'https://api.botframework.com', jwks_uri: `${this.url}/botframework/keys` });
        case '/botframework/keys':
          // Bot Framework endorses its keys per channel; the SDK checks that "msteams" is among them.
          return json({ keys: [jwk(channelKey.publicKey, 'channel-1', { endorsements: ['msteams'] })] });
        case '/entra/openid':
          return json({
            issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
            jwks_uri: `${this.url}/entra/keys`,
          });
        case '/entra/keys':
          this.tenantKeyRequests += 1;
          return json({ keys: this.tenantKeys.map(({ kid, key }) => jwk(key, kid)) });
        default:
          res.writeHead(404);
          res.end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** Outgoing calls to the (fake) Bot Connector carry a local token instead of one from Entra. */
class LocalCredentialsFactory implements ServiceClientCredentialsFactory {
  isValidAppId(id: string): Promise<boolean> {
    return Promise.resolve(id === appId);
  }
  isAuthenticationDisabled(): Promise<boolean> {
    return Promise.resolve(false);
  }
  createCredentials(): Promise<ServiceClientCredentials> {
    return Promise.resolve({
      signRequest: (request) => {
        request.headers.set('authorization', 'Bearer local-outgoing-token');
        return Promise.resolve(request);
      },
    });
  }
}

let db: TestDatabase;
let keys: KeyServer;
let connector: FakeBotConnector;
let app: INestApplication;
let botUrl: string;
let ds: DataSource;
let municipalityId: string;

const users: Record<string, { id: string; email: string; role: Role }> = {};

async function addUser(
  key: string,
  email: string,
  role: Role,
  extra: { active?: boolean; oidcIssuer?: string; oidcSubject?: string; municipality?: string } = {},
): Promise<void> {
  const [{ id }] = (await ds.query(
    `INSERT INTO app_user (municipality_id, email, name, role, version, active, oidc_issuer, oidc_subject)
     VALUES ($1, $2, 'Anna Holm', $3, 1, $4, $5, $6) RETURNING id`,
    [
      extra.municipality ?? municipalityId,
      email,
      role,
      extra.active ?? true,
      extra.oidcIssuer ?? null,
      extra.oidcSubject ?? null,
    ],
  )) as Array<{ id: string }>;
  users[key] = { id, email, role };
}

beforeAll(async () => {
  db = await createTestDatabase();
  keys = new KeyServer();
  await keys.start();
  connector = new FakeBotConnector();
  await connector.start();
  const config = testConfig(db.url, {
    PUBLIC_URL: 'https://plejeportalen.example.dk',
    REDIS_PREFIX: db.name,
    MICROSOFT_APP_ID: appId,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    MICROSOFT_APP_TENANT_ID: tenantId,
    TEAMS_SSO_TENANT_ID: tenantId,
    TEAMS_SSO_OPENID_CONFIG_URL: `${keys.url}/entra/openid`,
    BOT_DEFAULT_MUNICIPALITY_CODE: municipalityCode,
  });
  expect(config.teamsSso).not.toBeNull();
  app = await createBotApp(config, {
    logger: ['error'],
    channelAuth: {
      channelOpenIdMetadataUrl: `${keys.url}/botframework/openid`,
      credentialsFactory: new LocalCredentialsFactory(),
    },
  });
  await app.listen(0, '127.0.0.1');
  botUrl = `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;
  ds = app.get(DataSource);
  [{ id: municipalityId }] = (await ds.query(
    `INSERT INTO municipality (code, name) VALUES ($1, 'SSO-kommune') RETURNING id`,
    [municipalityCode],
  )) as Array<{ id: string }>;
  const [{ id: elsewhere }] = (await ds.query(
    `INSERT INTO municipality (code, name) VALUES ('993', 'Nabokommune') RETURNING id`,
  )) as Array<{ id: string }>;
  await addUser('parent', 'anna.holm@sso-kommune.example', Role.FOSTER_PARENT);
  await addUser('racer', 'bo.racer@sso-kommune.example', Role.FOSTER_PARENT);
  await addUser('rotated', 'rikke@sso-kommune.example', Role.CASEWORKER);
  await addUser('consultant', 'karen.konsulent@sso-kommune.example', Role.FAMILY_CONSULTANT, {
    oidcIssuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
    oidcSubject: 'portal-subject-karen',
  });
  await addUser('inactive', 'gone@sso-kommune.example', Role.FOSTER_PARENT, { active: false });
  await addUser('neighbour', 'nabo@nabokommune.example', Role.FOSTER_PARENT, { municipality: elsewhere });
});

afterAll(async () => {
  await app?.close();
  await connector?.stop();
  await keys?.stop();
  await db?.drop();
});

const teamsUser = teamsActivities({
  bot,
  tenant: { id: tenantId },
  serviceUrl: () => connector.url,
  activityIdPrefix: '1900000000',
  userPrefix: 'sso-',
});

/** The Bot Connector's token for a request, as Bot Framework signs it (issuer, audience, serviceUrl claim). */
function connectorToken(serviceUrl: string): string {
  return jwt.sign(
    { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl },
    channelKey.privateKey,
    { algorithm: 'RS256', keyid: 'channel-1', expiresIn: 300 },
  );
}

async function post(
  body: Record<string, unknown>,
  authorization: string | null = `Bearer ${connectorToken(String(body.serviceUrl))}`,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') && text;
  return { status: res.status, body: json ? (JSON.parse(text) as unknown) : text || null };
}

interface Reply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
}

/** A Teams user in a personal chat: messages come back as replies (expectReplies); invokes as invoke responses. */
function person(name: string) {
  const user = teamsUser(name);
  return {
    ...user,
    async say(text: string): Promise<Reply[]> {
      const res = await post(user.activity({ type: 'message', text }));
      expect(res.status).toBe(200);
      return (res.body as { activities: Reply[] }).activities;
    },
    /** `signin/tokenExchange` as Teams sends it: a normal invoke, not expectReplies. */
    exchange(token: string, id = 'exchange-1') {
      return post(
        user.activity({
          type: 'invoke',
          name: 'signin/tokenExchange',
          value: { id, connectionName, token },
          deliveryMode: undefined,
        }),
      );
    },
  };
}

/** An Entra access token for the bot's API, as the Teams client gets it for the OAuthCard's resource. */
function entraToken(
  claims: Record<string, unknown>,
  { key = tenantKey.privateKey, kid = 'tenant-1' }: { key?: KeyObject; kid?: string } = {},
): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      aud: appIdUri,
      iss: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      tid: tenantId,
      scp: 'access_as_user',
      sub: 'bot-pairwise-subject',
      iat: now,
      nbf: now,
      exp: now + 3600,
      ...claims,
    },
    key,
    { algorithm: 'RS256', keyid: kid },
  );
}

const linkRows = (channelUserId: string) =>
  ds.query(`SELECT user_id, aad_object_id, tenant_id FROM teams_link WHERE channel_user_id = $1`, [
    channelUserId,
  ]) as Promise<Array<{ user_id: string; aad_object_id: string; tenant_id: string }>>;

function oauthCardOf(replies: Reply[]) {
  return replies
    .flatMap((r) => r.attachments ?? [])
    .find((a) => a.contentType === 'application/vnd.microsoft.card.oauth');
}

async function until<T>(probe: () => T | undefined | false, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Teams single sign-on (credentials configured, connector token checked)', () => {
  it('still refuses a request without a Bot Connector token, or with one signed by another key', async () => {
    // The SDK writes rejected requests to console.error.
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const user = teamsUser('no-token');
      const bodyOf = () => user.activity({ type: 'message', text: 'hjælp' });
      expect((await post(bodyOf(), null)).status).toBe(401);
      const forged = jwt.sign(
        { iss: 'https://api.botframework.com', aud: appId, serviceurl: connector.url },
        strangerKey.privateKey,
        { algorithm: 'RS256', keyid: 'channel-1', expiresIn: 300 },
      );
      // botbuilder 4.23 answers a bad signature with 500 (it rethrows jsonwebtoken's error rather than an
      // AuthenticationError); what matters is that the turn never runs: no reply, nothing sent.
      const forgedResponse = await post(bodyOf(), `Bearer ${forged}`);
      expect(forgedResponse.status).toBe(500);
      expect(JSON.stringify(forgedResponse.body)).not.toContain('Hvad kan jeg hjælpe med?');
      expect(connector.posts.filter((p) => p.conversationId === user.conversation.id)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('offers an unlinked user in a personal chat the OAuthCard with the token exchange resource', async () => {
    const user = person('offered');
    const replies = await user.say('hjælp');
    // The answer first (the help card), then the sign-in card.
    expect(replies[0].attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = oauthCardOf(replies);
    expect(card?.content).toEqual({
      text: expect.stringContaining('Forbind Teams med din konto på Plejeportalen'),
      connectionName,
      tokenExchangeResource: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), uri: appIdUri },
      buttons: [
        {
          type: 'openUrl',
          title: 'Hent en kode på Plejeportalen',
          value: 'https://plejeportalen.example.dk',
        },
      ],
    });
    // Not with every message; but always when the user asks to link without a code.
    expect(oauthCardOf(await user.say('hvad er vederlag'))).toBeUndefined();
    expect(oauthCardOf(await user.say('forbind'))).toBeDefined();
  });

  it('links with a valid token (200), answers in Danish, and the next message is from a linked user', async () => {
    const user = person('anna');
    const res = await user.exchange(
      entraToken({ oid: user.from.aadObjectId, preferred_username: 'Anna.Holm@SSO-kommune.example' }),
    );
    expect(res.status).toBe(200);
    expect(await linkRows(user.from.id)).toEqual([
      { user_id: users.parent.id, aad_object_id: user.from.aadObjectId, tenant_id: tenantId },
    ]);
    const confirmation = await until(
      () => connector.delivered(user.conversation.id).find((p) => p.activity.text?.startsWith('Du er nu')),
      'the confirmation',
    );
    expect(confirmation.activity.text).toBe(
      'Du er nu forbundet som plejeforælder. Jeg sender dig påmindelser her i chatten.',
    );
    expect(JSON.stringify(confirmation.activity)).not.toContain('Holm');
    // Same audit and chat reference as a code link.
    const audit = (await ds.query(
      `SELECT action, details FROM audit_event WHERE entity = 'teams_link' AND actor_user_id = $1`,
      [users.parent.id],
    )) as Array<{ action: string; details: Record<string, unknown> }>;
    expect(audit).toEqual([{ action: 'CREATE', details: { replaced: 0, via: 'sso' } }]);
    expect(
      await ds.query(`SELECT 1 FROM teams_conversation WHERE user_id = $1`, [users.parent.id]),
    ).toHaveLength(1);

    const [relief] = await user.say('aflastning');
    expect(relief.text).not.toContain('Det kræver, at Teams er forbundet');
    expect(oauthCardOf(await user.say('forbind'))).toBeUndefined();
  });

  it("finds a staff account by the portal's own OIDC identity when the tenant and subject match", async () => {
    const user = person('karen');
    const res = await user.exchange(
      entraToken({
        oid: user.from.aadObjectId,
        sub: 'portal-subject-karen',
        preferred_username: 'k@other.example',
      }),
    );
    expect(res.status).toBe(200);
    expect((await linkRows(user.from.id)).map((r) => r.user_id)).toEqual([users.consultant.id]);
  });

  describe('refuses with 412 and writes no link', () => {
    const now = () => Math.floor(Date.now() / 1000);
    it.each<[string, (aad: string) => string, string]>([
      [
        'a token for another audience',
        (oid) => entraToken({ oid, aud: 'api://botid-someone-else', email: 'anna.holm@sso-kommune.example' }),
        'TEAMS.SSO_TOKEN_REFUSED',
      ],
      [
        'a token from another tenant',
        (oid) =>
          entraToken({
            oid,
            tid: otherTenant,
            iss: `https://login.microsoftonline.com/${otherTenant}/v2.0`,
            email: 'anna.holm@sso-kommune.example',
          }),
        'TEAMS.SSO_TOKEN_REFUSED',
      ],
      [
        'an expired token',
        (oid) =>
          entraToken({
            oid,
            iat: now() - 7200,
            nbf: now() - 7200,
            exp: now() - 3600,
            email: 'anna.holm@sso-kommune.example',
          }),
        'TEAMS.SSO_TOKEN_REFUSED',
      ],
      [
        'a token signed by a key that is not the tenant’s',
        (oid) => entraToken({ oid, email: 'anna.holm@sso-kommune.example' }, { key: strangerKey.privateKey }),
        'TEAMS.SSO_TOKEN_REFUSED',
      ],
      [
        "another person's token (oid ≠ aadObjectId)",
        () => entraToken({ oid: 'aad-someone-else', email: 'anna.holm@sso-kommune.example' }),
        'TEAMS.SSO_TOKEN_REFUSED',
      ],
      [
        'a valid token with an unknown e-mail',
        (oid) => entraToken({ oid, email: 'ukendt@sso-kommune.example' }),
        'TEAMS.SSO_NO_ACCOUNT',
      ],
      [
        'a deactivated account',
        (oid) => entraToken({ oid, email: 'gone@sso-kommune.example' }),
        'TEAMS.SSO_NO_ACCOUNT',
      ],
      [
        'a token whose e-mail and UPN name two different accounts',
        (oid) =>
          entraToken({
            oid,
            email: 'anna.holm@sso-kommune.example',
            preferred_username: 'bo.racer@sso-kommune.example',
          }),
        'TEAMS.SSO_NO_ACCOUNT',
      ],
      [
        "another municipality's account",
        (oid) => entraToken({ oid, email: 'nabo@nabokommune.example' }),
        'TEAMS.SSO_NO_ACCOUNT',
      ],
    ])('%s', async (label, tokenFor, failureDetail) => {
      const user = person(`refused-${label.replace(/\W+/g, '-')}`);
      const res = await user.exchange(tokenFor(user.from.aadObjectId), `exchange-${label}`);
      expect(res).toEqual({
        status: 412,
        body: { id: `exchange-${label}`, connectionName, failureDetail },
      });
      expect(await linkRows(user.from.id)).toEqual([]);
    });

    it('a malformed invoke', async () => {
      const user = person('malformed');
      const res = await post(
        user.activity({
          type: 'invoke',
          name: 'signin/tokenExchange',
          value: { id: 'x' },
          deliveryMode: undefined,
        }),
      );
      expect(res.status).toBe(412);
      expect(await linkRows(user.from.id)).toEqual([]);
    });
  });

  it('logs the refusal reason but neither the token nor the e-mail', async () => {
    const logged: string[] = [];
    const capture = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    };
    const spies = [
      jest.spyOn(Logger.prototype, 'warn').mockImplementation(capture),
      jest.spyOn(Logger.prototype, 'error').mockImplementation(capture),
      jest.spyOn(Logger.prototype, 'log').mockImplementation(capture),
      jest.spyOn(console, 'error').mockImplementation(capture),
      jest.spyOn(console, 'warn').mockImplementation(capture),
      jest.spyOn(console, 'log').mockImplementation(capture),
    ];
    try {
      const user = person('logged');
      const token = entraToken({ oid: 'aad-someone-else', email: 'anna.holm@sso-kommune.example' });
      expect((await user.exchange(token, 'exchange-logged')).status).toBe(412);
      const unknown = entraToken({ oid: user.from.aadObjectId, email: 'hemmelig@sso-kommune.example' });
      expect((await user.exchange(unknown, 'exchange-logged-2')).status).toBe(412);
      expect(logged.join('\n')).toContain('Teams single sign-on refused (wrong-user)');
      for (const secret of [token, unknown, token.split('.')[1], 'anna.holm', 'hemmelig'])
        expect(logged.join('\n')).not.toContain(secret);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('handles the same exchange id from two Teams clients at once: one link, no error', async () => {
    const user = person('racer');
    const token = entraToken({ oid: user.from.aadObjectId, email: 'bo.racer@sso-kommune.example' });
    // Two invokes with different activity ids (two clients), same exchange id.
    const results = await Promise.all([
      user.exchange(token, 'exchange-race'),
      user.exchange(token, 'exchange-race'),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect((await linkRows(user.from.id)).map((r) => r.user_id)).toEqual([users.racer.id]);
    const audit = await ds.query(
      `SELECT 1 FROM audit_event WHERE entity = 'teams_link' AND actor_user_id = $1`,
      [users.racer.id],
    );
    expect(audit).toHaveLength(1);
    await until(() => connector.delivered(user.conversation.id).length >= 1, 'the confirmation');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.delivered(user.conversation.id)).toHaveLength(1);
  });

  it('follows a key rotation: a token signed with a new kid makes the bot reload the tenant keys once', async () => {
    const user = person('rotated');
    // The bot holds the current keys (whatever ran before): one exchange with the old kid first.
    await user.exchange(
      entraToken({ oid: user.from.aadObjectId, email: 'ukendt@sso-kommune.example' }),
      'warm-up',
    );
    const before = keys.tenantKeyRequests;
    keys.tenantKeys = [...keys.tenantKeys, { kid: 'tenant-2', key: rotatedKey.publicKey }];
    const res = await user.exchange(
      entraToken(
        { oid: user.from.aadObjectId, email: 'rikke@sso-kommune.example' },
        { key: rotatedKey.privateKey, kid: 'tenant-2' },
      ),
    );
    expect(res.status).toBe(200);
    expect(keys.tenantKeyRequests).toBe(before + 1);
    expect((await linkRows(user.from.id)).map((r) => r.user_id)).toEqual([users.rotated.id]);
  });
});

describe('with single sign-on off (no tenant id): the code flow as before', () => {
  let offApp: INestApplication;
  let offUrl: string;

  beforeAll(async () => {
    const config = testConfig(db.url, {
      PUBLIC_URL: 'https://plejeportalen.example.dk',
      REDIS_PREFIX: `${db.name}-off`,
      BOT_DEFAULT_MUNICIPALITY_CODE: municipalityCode,
    });
    expect(config.teamsSso).toBeNull();
    offApp = await createBotApp(config, { logger: ['error'] });
    await offApp.listen(0, '127.0.0.1');
    offUrl = `http://127.0.0.1:${((offApp.getHttpServer() as Server).address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await offApp?.close();
  });

  const offPost = async (body: Record<string, unknown>) => {
    const res = await fetch(`${offUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  it('sends no OAuthCard, refuses a token exchange, and links with a one-time code', async () => {
    await addUser('coded', 'kode@sso-kommune.example', Role.APPLICANT);
    const user = teamsUser('coded');
    const say = async (text: string) =>
      ((await offPost(user.activity({ type: 'message', text }))).body as { activities: Reply[] }).activities;

    const howTo = await say('forbind');
    expect(oauthCardOf(howTo)).toBeUndefined();
    expect(howTo[0].text).toContain('Du får en kode på seks cifre');
    expect(oauthCardOf(await say('hjælp'))).toBeUndefined();

    const exchange = await offPost(
      user.activity({
        type: 'invoke',
        name: 'signin/tokenExchange',
        value: {
          id: 'exchange-off',
          connectionName,
          token: entraToken({ oid: user.from.aadObjectId, email: 'kode@sso-kommune.example' }),
        },
        deliveryMode: undefined,
      }),
    );
    expect(exchange.status).toBe(412);
    expect(await linkRows(user.from.id)).toEqual([]);

    const { code } = await offApp.get(TeamsLinkService).createLinkCode({
      userId: users.coded.id,
      municipalityId,
      role: Role.APPLICANT,
    });
    const [linked] = await say(`forbind ${code}`);
    expect(linked.text).toBe(
      'Nu er du forbundet til Plejeportalen som ansøger. Jeg sender dig påmindelser her i chatten.',
    );
    expect((await linkRows(user.from.id)).map((r) => r.user_id)).toEqual([users.coded.id]);
  });
});
