import {
  Actor,
  AppError,
  AuditService,
  dataSourceOptions,
  OutboxService,
  QueueError,
  Role,
} from '@pleje/core';
import { createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { TeamsLinkService } from './teams-link.service';
import { TeamsMessageService } from './teams-message.service';
import { TeamsNotifier } from './teams-notifier';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof AppError || err instanceof QueueError ? err.code : `OTHER: ${String(err)}`;
  }
  return 'OK';
}

// Real PostgreSQL and Redis; services built by hand like the api and bot build them.
describe('teams links, chat references and the message outbox', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let redis: Redis;
  let audit: AuditService;
  let links: TeamsLinkService;
  let notifier: TeamsNotifier;
  let messages: TeamsMessageService;
  let m: string;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { REDIS_PREFIX: db.name });
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    redis = new Redis(config.redis.url);
    audit = new AuditService(ds, config);
    links = new TeamsLinkService(ds, audit, redis, config);
    notifier = new TeamsNotifier(new OutboxService());
    messages = new TeamsMessageService(ds);
    [{ id: m }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('996', 'Teamskommune') RETURNING id`,
    );
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await redis.quit();
    await ds.destroy();
    await db.drop();
  });

  const user = (role = Role.FOSTER_PARENT): Promise<Actor> => insertUser(ds, m, role);
  const teamsUser = () => {
    n += 1;
    return { channelUserId: `29:user-${n}`, aadObjectId: `aad-${n}`, tenantId: 'tenant' };
  };
  const chat = (channelUserId: string) => ({
    serviceUrl: 'http://127.0.0.1:9/',
    conversationId: `a:${channelUserId}`,
    botId: '28:bot',
    channelUserId,
    channelId: 'msteams',
    tenantId: 'tenant',
  });
  const reminder = (recipientUserId: string, dedupeKey: string) => ({
    recipientUserId,
    municipalityId: m,
    kind: 'relief.booking-reminder' as const,
    params: {
      bookingId: '00000000-0000-4000-8000-000000000001',
      role: 'FAMILY' as const,
      startsAt: '2026-12-04T16:00:00.000Z',
      endsAt: '2026-12-06T16:00:00.000Z',
      placeName: 'Familien Holm',
    },
    dedupeKey,
  });
  const count = async (sql: string, params: unknown[]) =>
    ((await ds.query(sql, params)) as Array<{ c: number }>)[0].c;

  it('a new code makes the earlier one stop working, and an expired code is refused', async () => {
    const actor = await user();
    const first = await links.createLinkCode(actor);
    const second = await links.createLinkCode(actor);
    expect(first.code).toMatch(/^\d{6}$/);
    expect(second.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(second.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    if (first.code !== second.code)
      expect(await code(links.linkWithCode(teamsUser(), first.code))).toBe('TEAMS.CODE_INVALID');
    await ds.query(`UPDATE teams_link_code SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      actor.userId,
    ]);
    expect(await code(links.linkWithCode(teamsUser(), second.code))).toBe('TEAMS.CODE_INVALID');
    expect(await links.status(actor)).toEqual({ linked: false, linkedAt: null, reachable: false });
  });

  it('linking again replaces both earlier links and their chats: nothing meant for one person reaches another', async () => {
    const [x, y] = [await user(), await user(Role.FAMILY_CONSULTANT)];
    const teams = teamsUser();
    await links.linkWithCode(teams, (await links.createLinkCode(x)).code);
    await links.rememberConversation(x.userId, chat(teams.channelUserId));
    expect(await links.status(x)).toMatchObject({ linked: true, reachable: true });

    // The same Teams account now links to y: x's link and chat reference go.
    const actor = await links.linkWithCode(teams, (await links.createLinkCode(y)).code);
    expect(actor).toEqual({ userId: y.userId, municipalityId: m, role: Role.FAMILY_CONSULTANT });
    expect(await links.status(x)).toEqual({ linked: false, linkedAt: null, reachable: false });
    expect(await links.actorFor(teams)).toEqual(actor);
    expect(await ds.transaction((em) => notifier.queue(em, reminder(x.userId, `swap-${x.userId}`)))).toBe(
      false,
    );
    // A chat of another Teams user cannot be stored under y's link.
    await links.rememberConversation(y.userId, chat('29:someone-else'));
    expect(await links.status(y)).toMatchObject({ linked: true, reachable: false });
  });

  it('an inactive account cannot be linked, and a deactivated one stops acting in Teams', async () => {
    const actor = await user();
    const teams = teamsUser();
    const { code: c } = await links.createLinkCode(actor);
    await ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [actor.userId]);
    expect(await code(links.linkWithCode(teams, c))).toBe('TEAMS.USER_INACTIVE');
    await ds.query(`UPDATE app_user SET active = true WHERE id = $1`, [actor.userId]);
    await links.linkWithCode(teams, (await links.createLinkCode(actor)).code);
    await ds.query(`UPDATE app_user SET active = false WHERE id = $1`, [actor.userId]);
    expect(await links.actorFor(teams)).toBeNull();
  });

  it('unlink removes the link, the chat and unused codes, audited; a second unlink is a no-op', async () => {
    const actor = await user();
    const teams = teamsUser();
    await links.linkWithCode(teams, (await links.createLinkCode(actor)).code);
    await links.rememberConversation(actor.userId, chat(teams.channelUserId));
    await links.createLinkCode(actor);
    expect(await links.unlink(actor)).toBe(true);
    expect(await links.unlink(actor)).toBe(false);
    expect(await links.actorFor(teams)).toBeNull();
    expect(
      await count(`SELECT count(*)::int AS c FROM teams_conversation WHERE user_id = $1`, [actor.userId]),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS c FROM teams_link_code WHERE user_id = $1 AND used_at IS NULL`, [
        actor.userId,
      ]),
    ).toBe(0);
    const actions = await ds.query(
      `SELECT action, entity FROM audit_event WHERE actor_user_id = $1 ORDER BY at, action`,
      [actor.userId],
    );
    expect(actions.filter((a: { entity: string }) => a.entity === 'teams_link')).toEqual([
      { action: 'CREATE', entity: 'teams_link' },
      { action: 'DELETE', entity: 'teams_link' },
    ]);
  });

  it('queues a message once per dedupe key (even racing), only with a live chat, and rejects bad params', async () => {
    const actor = await user();
    const teams = teamsUser();
    expect(await ds.transaction((em) => notifier.queue(em, reminder(actor.userId, 'unlinked')))).toBe(false);
    await links.linkWithCode(teams, (await links.createLinkCode(actor)).code);
    await links.rememberConversation(actor.userId, chat(teams.channelUserId));

    const key = `race-${actor.userId}`;
    const results = await Promise.all(
      [1, 2, 3].map(() => ds.transaction((em) => notifier.queue(em, reminder(actor.userId, key)))),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(
      await count(
        `SELECT count(*)::int AS c FROM outbox_job o JOIN teams_message t ON o.payload->>'messageId' = t.id::text WHERE t.dedupe_key = $1`,
        [key],
      ),
    ).toBe(1);

    const bad = {
      ...reminder(actor.userId, 'bad'),
      params: { ...reminder('', '').params, childName: 'Oskar Hansen' },
    };
    expect(await code(ds.transaction((em) => notifier.queue(em, bad)))).toBe('TEAMS.INVALID_MESSAGE');
    expect(await count(`SELECT count(*)::int AS c FROM teams_message WHERE dedupe_key = 'bad'`, [])).toBe(0);
    expect(await code(notifier.queue(ds.manager, reminder(actor.userId, 'no-tx')))).toBe(
      'QUEUE.OUTBOX_NEEDS_TRANSACTION',
    );
  });

  it('claims a message for one send only; a stale claim is taken over, a sent one never again', async () => {
    const actor = await user();
    const teams = teamsUser();
    await links.linkWithCode(teams, (await links.createLinkCode(actor)).code);
    await links.rememberConversation(actor.userId, chat(teams.channelUserId));
    await ds.transaction((em) => notifier.queue(em, reminder(actor.userId, `claim-${actor.userId}`)));
    const [{ id }] = await ds.query(`SELECT id FROM teams_message WHERE dedupe_key = $1`, [
      `claim-${actor.userId}`,
    ]);

    const claims = await Promise.all([messages.claim(id), messages.claim(id), messages.claim(id)]);
    expect(claims.map((c) => c.status).sort()).toEqual(['busy', 'busy', 'claimed']);
    // A send that crashed holding the claim: after the lease another run takes over.
    await ds.query(`UPDATE teams_message SET claimed_at = now() - interval '10 minutes' WHERE id = $1`, [id]);
    expect((await messages.claim(id)).status).toBe('claimed');
    await messages.markSent(id);
    expect((await messages.claim(id)).status).toBe('already-sent');

    // A gone chat: the next message fails at once with its code, and nothing can be queued any more.
    await ds.query(`UPDATE teams_conversation SET gone_at = now() WHERE user_id = $1`, [actor.userId]);
    expect(
      await ds.transaction((em) => notifier.queue(em, reminder(actor.userId, `after-${actor.userId}`))),
    ).toBe(false);
  });
});
