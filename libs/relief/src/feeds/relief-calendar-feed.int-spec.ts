import ICAL from 'ical.js';
import { DEMO_USERS } from '@pleje/core';
import { gql, loginToken } from '../../../../test/support/graphql-client';
import { startApiForTest, TestApi } from '../../../../test/support/test-api';
import { localInstant } from '../local-time';
import { hashFeedToken, ReliefCalendarFeedService } from './relief-calendar-feed.service';
import { insertBooking, PlacedChild, placedChild, Provider, reliefFamily } from './testing/relief-fixtures';

const CREATE = `mutation ($kind: ReliefCalendarFeedOwnerKind!, $id: ID!) {
  createReliefCalendarFeed(ownerKind: $kind, ownerId: $id) { url feed { id ownerKind ownerId revokedAt } }
}`;
const REVOKE = `mutation ($id: ID!) { revokeReliefCalendarFeed(id: $id) { id revokedAt } }`;
const LIST = `{ reliefCalendarFeeds { id ownerKind ownerId createdAt revokedAt } }`;
const DAY = 86_400_000;

interface Created {
  createReliefCalendarFeed: { url: string; feed: { id: string; ownerKind: string; ownerId: string } };
}

// The real api over HTTP with real PostgreSQL: GraphQL to manage feeds, the public .ics route to read them.
describe('relief calendar feeds', () => {
  let api: TestApi;
  let municipalityId: string;
  let consultant: string;
  let otherConsultant: string;
  let child: PlacedChild;
  let provider: Provider;
  const bookings: Record<string, string> = {};

  const fetchFeed = (url: string) => fetch(url.replace(api.config.publicUrl, api.url));
  const tokenOf = (url: string) => /\/api\/calendar\/relief\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)?.[1] ?? '';

  beforeAll(async () => {
    api = await startApiForTest();
    const ds = api.dataSource;
    [{ id: municipalityId }] = await ds.query(`SELECT id FROM municipality WHERE code = '751'`);
    const email = (code: string) =>
      DEMO_USERS.find((u) => u.role === 'FAMILY_CONSULTANT' && u.municipalityCode === code)?.email ?? '';
    consultant = await loginToken(api.url, email('751'));
    otherConsultant = await loginToken(
      api.url,
      DEMO_USERS.find((u) => u.role === 'FAMILY_CONSULTANT' && u.municipalityCode !== '751')?.email ?? '',
    );
    child = await placedChild(ds, municipalityId, 'Mikkel');
    provider = await reliefFamily(ds, municipalityId, 'Familien Holm');
    const other = await placedChild(ds, municipalityId, 'Sara');
    const now = Date.now();
    const at = (days: number, hours: number) => new Date(now + days * DAY + hours * 3_600_000);
    bookings.confirmed = await insertBooking(ds, municipalityId, child, provider, at(10, 0), at(12, 0));
    bookings.requested = await insertBooking(
      ds,
      municipalityId,
      child,
      provider,
      at(40, 0),
      at(41, 0),
      'REQUESTED',
    );
    bookings.cancelled = await insertBooking(
      ds,
      municipalityId,
      child,
      provider,
      at(50, 0),
      at(51, 0),
      'CANCELLED',
    );
    bookings.recent = await insertBooking(ds, municipalityId, child, provider, at(-20, 0), at(-19, 0));
    bookings.old = await insertBooking(ds, municipalityId, child, provider, at(-40, 0), at(-39, 0));
    bookings.farAhead = await insertBooking(ds, municipalityId, child, provider, at(400, 0), at(401, 0));
    // Another child at the same relief family: in the provider's feed, not in Mikkel's family's.
    bookings.otherChild = await insertBooking(ds, municipalityId, other, provider, at(20, 0), at(21, 0));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a family feed serves its requested and confirmed stays from 30 days back to 12 months ahead, readable by ical.js', async () => {
    const created = await gql<Created>(
      api.url,
      CREATE,
      { kind: 'FAMILY', id: child.familyId },
      { token: consultant },
    );
    expect(created.errors).toBeUndefined();
    const { url, feed } = created.data!.createReliefCalendarFeed;
    expect(url).toMatch(new RegExp(`^${api.config.publicUrl}/api/calendar/relief/[A-Za-z0-9_-]{43}\\.ics$`));
    // Only the hash is stored.
    const [row] = await api.dataSource.query(`SELECT * FROM relief_calendar_feed WHERE id = $1`, [feed.id]);
    expect(row.token_hash).toBe(hashFeedToken(tokenOf(url)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(url));

    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => ({
      event: new ICAL.Event(v),
      status: v.getFirstPropertyValue('status'),
    }));
    const host = new URL(api.config.publicUrl).hostname;
    expect(events.map((e) => e.event.uid)).toEqual(
      [bookings.recent, bookings.confirmed, bookings.requested].map((id) => `relief-${id}@${host}`),
    );
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'TENTATIVE']);
    expect(events[1].event.summary).toBe('Aflastning: Mikkel');
    expect(events[2].event.summary).toBe('Aflastning: Mikkel (afventer svar)');
    expect(events[1].event.location).toBe('Familien Holm');
    expect(events[1].event.sequence).toBe(1);
  });

  it('a provider feed shows every child coming to the relief family; the list never carries the token', async () => {
    const created = await gql<Created>(
      api.url,
      CREATE,
      { kind: 'PROVIDER', id: provider.providerId },
      { token: consultant },
    );
    const { url } = created.data!.createReliefCalendarFeed;
    const ics = await (await fetchFeed(url)).text();
    const summaries = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries).toEqual([
      'Aflastning: Mikkel',
      'Aflastning: Mikkel',
      'Aflastning: Sara',
      'Aflastning: Mikkel (afventer svar)',
    ]);
    const list = await gql<{ reliefCalendarFeeds: Array<{ ownerKind: string }> }>(
      api.url,
      LIST,
      {},
      { token: consultant },
    );
    expect(list.data!.reliefCalendarFeeds.map((f) => f.ownerKind).sort()).toEqual(['FAMILY', 'PROVIDER']);
    expect(JSON.stringify(list)).not.toContain(tokenOf(url));
    const otherList = await gql<{ reliefCalendarFeeds: unknown[] }>(
      api.url,
      LIST,
      {},
      { token: otherConsultant },
    );
    expect(otherList.data!.reliefCalendarFeeds).toEqual([]);
  });

  it('another municipality cannot revoke; a revoked or unknown token is a 404', async () => {
    const created = await gql<Created>(
      api.url,
      CREATE,
      { kind: 'FAMILY', id: child.familyId },
      { token: consultant },
    );
    const { url, feed } = created.data!.createReliefCalendarFeed;

    const foreign = await gql(api.url, REVOKE, { id: feed.id }, { token: otherConsultant });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await fetchFeed(url)).status).toBe(200);
    const foreignCreate = await gql(
      api.url,
      CREATE,
      { kind: 'FAMILY', id: child.familyId },
      { token: otherConsultant },
    );
    expect(foreignCreate.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const revoked = await gql<{ revokeReliefCalendarFeed: { revokedAt: string | null } }>(
      api.url,
      REVOKE,
      { id: feed.id },
      { token: consultant },
    );
    expect(revoked.data!.revokeReliefCalendarFeed.revokedAt).not.toBeNull();
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetch(`${api.url}/api/calendar/relief/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/api/calendar/relief/not-a-token.ics`)).status).toBe(404);
  });

  it('a foster parent subscribes to the own family only', async () => {
    const [{ email }] = await api.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [
      child.familyUserId,
    ]);
    await api.dataSource.query(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'plejefamilie@aarhus.example') WHERE id = $1`,
      [child.familyUserId],
    );
    const parent = await loginToken(api.url, email);
    const own = await gql<Created>(
      api.url,
      CREATE,
      { kind: 'FAMILY', id: child.familyId },
      { token: parent },
    );
    expect(own.errors).toBeUndefined();
    const notOwn = await gql(
      api.url,
      CREATE,
      { kind: 'PROVIDER', id: provider.providerId },
      { token: parent },
    );
    expect(notOwn.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await gql<{ reliefCalendarFeeds: Array<{ ownerId: string }> }>(
      api.url,
      LIST,
      {},
      { token: parent },
    );
    expect(new Set(list.data!.reliefCalendarFeeds.map((f) => f.ownerId))).toEqual(new Set([child.familyId]));
  });

  it('times are the right UTC instants across the October daylight-saving change', async () => {
    const feeds = api.app.get(ReliefCalendarFeedService);
    const ds = api.dataSource;
    const dstChild = await placedChild(ds, municipalityId, 'Emma');
    // Friday 16:00 summer time (14:00Z) to Sunday 18:00 winter time (17:00Z): 50 real hours.
    const startsAt = localInstant('2026-10-23', '16:00');
    const endsAt = localInstant('2026-10-25', '18:00');
    await insertBooking(ds, municipalityId, dstChild, provider, startsAt, endsAt);
    const created = await gql<Created>(
      api.url,
      CREATE,
      { kind: 'FAMILY', id: dstChild.familyId },
      { token: consultant },
    );
    const ics = await feeds.render(
      tokenOf(created.data!.createReliefCalendarFeed.url),
      new Date('2026-10-01T10:00:00Z'),
    );
    const [event] = new ICAL.Component(ICAL.parse(ics ?? ''))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-23T14:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T17:00:00.000Z');
  });
});
