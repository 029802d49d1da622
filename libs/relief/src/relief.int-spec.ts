import { Actor, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { TeamsNotifier } from '@pleje/teams';
import { createTestDatabase, insertUser, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource, QueryRunner } from 'typeorm';
import { insertFamily } from '../../matching/src/testing/matching-fixtures';
import { localInstant } from './local-time';
import { ReliefBookingStatus } from './relief-booking.entity';
import { ReliefError } from './relief.exception';
import { ReliefGrantPeriod } from './relief-grant.entity';
import { ReliefProviderKind } from './relief-provider.entity';
import { ReliefService } from './relief.service';

const WEEKEND = [
  { weekday: 5, startTime: '16:00', endTime: '24:00' },
  { weekday: 6, startTime: '00:00', endTime: '24:00' },
  { weekday: 7, startTime: '00:00', endTime: '18:00' },
];

describe('relief against real PostgreSQL', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let relief: ReliefService;
  let municipalityId: string;
  let caseworker: Actor;
  let consultant: Actor;

  const user = (role: Role): Promise<Actor> => insertUser(ds, municipalityId, role, 'X');
  const fosterParentOf = async (familyId: string): Promise<Actor> => {
    const [f] = await ds.query(`SELECT user_id FROM foster_family WHERE id = $1`, [familyId]);
    return { userId: f.user_id, municipalityId, role: Role.FOSTER_PARENT };
  };
  /** A placed child (aged about 9 in 2026) with its own foster family. */
  const placement = async (needs: string[] = []) => {
    const familyId = await insertFamily(ds, municipalityId, { profile: { lat: 56.15, lon: 10.2 } });
    const [need] = await ds.query(
      `INSERT INTO placement_need (municipality_id, children, support_level, needs, network_people, status, version)
       VALUES ($1, '[{"id":"c1","firstName":"Barn","birthDate":"2017-01-10"}]'::jsonb, 'ALMEN', $2, '[]'::jsonb, 'PLACED', 1) RETURNING id`,
      [municipalityId, needs],
    );
    const [p] = await ds.query(
      `INSERT INTO placement (municipality_id, need_id, foster_family_id, children_count, started_on, version)
       VALUES ($1, $2, $3, 1, '2025-01-01', 1) RETURNING id`,
      [municipalityId, need.id, familyId],
    );
    return { placementId: p.id as string, familyId };
  };
  const grant = (placementId: string, days: number, period = ReliefGrantPeriod.MONTH) =>
    relief.setGrant(caseworker, { placementId, daysPerPeriod: days, period, validFrom: '2026-01-01' });
  const familyProvider = async (name: string, lat: number, extra: { needsExcluded?: string[] } = {}) => {
    const familyId = await insertFamily(ds, municipalityId, { approvalTypes: ['ALMEN', 'AFLASTNING'] });
    const provider = await relief.saveProvider(consultant, {
      kind: ReliefProviderKind.FAMILY,
      fosterFamilyId: familyId,
      name,
      capacity: 1,
      ageMin: 0,
      ageMax: 17,
      needsExcluded: extra.needsExcluded ?? [],
      lat,
      lon: 10.2,
      active: true,
    });
    return { provider, familyId };
  };
  const unit = (capacity: number) =>
    relief.saveProvider(consultant, {
      kind: ReliefProviderKind.UNIT,
      name: `Enhed ${capacity}`,
      capacity,
      ageMin: 0,
      ageMax: 17,
      needsExcluded: [],
      lat: 56.3,
      lon: 10.2,
      active: true,
    });
  const at = (date: string, time: string) => localInstant(date, time);
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'OK';
    } catch (e) {
      const err = e as ReliefError & { driverError?: { code?: string } };
      return err.code ?? `${err.constructor.name}:${err.driverError?.code ?? err.message}`;
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    relief = new ReliefService(ds, audit, new TeamsNotifier(new OutboxService()));
    [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('999', 'Testkommune') RETURNING id`,
    );
    caseworker = await user(Role.CASEWORKER);
    consultant = await user(Role.FAMILY_CONSULTANT);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  it('20 concurrent bookings of a single-place family for overlapping ranges: exactly one is active', async () => {
    const { provider } = await familyProvider('Familien Enkelt', 56.2);
    const children = await Promise.all(Array.from({ length: 20 }, () => placement()));
    for (const c of children) await grant(c.placementId, 30);
    const results = await Promise.all(
      children.map((c, i) =>
        codeOf(
          relief.book(caseworker, {
            placementId: c.placementId,
            providerId: provider.id,
            startsAt: at('2026-06-05', `${String(10 + (i % 8)).padStart(2, '0')}:00`),
            endsAt: at('2026-06-07', '17:00'),
          }),
        ),
      ),
    );
    // Compared whole, so a failure prints every outcome (an unexpected error code shows up by name).
    expect([...results].sort()).toEqual(['OK', ...Array<string>(19).fill('RELIEF.SLOT_TAKEN')]);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM relief_booking WHERE provider_id = $1 AND status IN ('REQUESTED','CONFIRMED')`,
      [provider.id],
    );
    expect(n).toBe(1);
  });

  it('PostgreSQL itself refuses an overlapping single-place booking written past the service, even while the first is uncommitted', async () => {
    const { provider } = await familyProvider('Familien Direkte', 56.21);
    const [a, b] = await Promise.all([placement(), placement()]);
    const insert = (runner: QueryRunner, placementId: string, from: string, to: string) =>
      runner.query(
        `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place,
                                     status, acute, requested_by, version)
         VALUES ($1, $2, $3, $4, $5, 2, true, 'REQUESTED', false, $6, 1)`,
        [
          municipalityId,
          placementId,
          provider.id,
          at('2026-08-07', from),
          at('2026-08-09', to),
          caseworker.userId,
        ],
      );
    const first = ds.createQueryRunner();
    const second = ds.createQueryRunner();
    try {
      await first.startTransaction();
      await second.startTransaction();
      await insert(first, a.placementId, '17:00', '17:00');
      // The second writer must wait for the first: it cannot know yet whether the first commits.
      const blocked = insert(second, b.placementId, '12:00', '12:00').then(
        () => 'inserted',
        (e: { driverError?: { code?: string; constraint?: string } }) =>
          `${e.driverError?.code}:${e.driverError?.constraint}`,
      );
      await first.commitTransaction();
      expect(await blocked).toBe('23P01:relief_booking_no_overlap');
      await second.rollbackTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM relief_booking WHERE provider_id = $1`, [
      provider.id,
    ]);
    expect(n).toBe(1);
  });

  it('a capacity-3 unit takes exactly 3 of 10 concurrent overlapping bookings', async () => {
    const provider = await unit(3);
    const children = await Promise.all(Array.from({ length: 10 }, () => placement()));
    for (const c of children) await grant(c.placementId, 30);
    const results = await Promise.all(
      children.map((c) =>
        codeOf(
          relief.book(caseworker, {
            placementId: c.placementId,
            providerId: provider.id,
            startsAt: at('2026-06-12', '17:00'),
            endsAt: at('2026-06-14', '17:00'),
          }),
        ),
      ),
    );
    expect([...results].sort()).toEqual([
      ...Array<string>(3).fill('OK'),
      ...Array<string>(7).fill('RELIEF.SLOT_TAKEN'),
    ]);
  });

  it('counts the maximum overlap, not the bookings: a chain overlapping pairwise never 4 at once all succeeds', async () => {
    const provider = await unit(3);
    // Five stays, each overlapping its neighbours; at most 3 are ever present at one moment.
    const ranges = [
      ['2026-07-01', '2026-07-04'],
      ['2026-07-02', '2026-07-05'],
      ['2026-07-03', '2026-07-06'],
      ['2026-07-04', '2026-07-07'],
      ['2026-07-05', '2026-07-08'],
    ];
    const children = await Promise.all(ranges.map(() => placement()));
    for (const c of children) await grant(c.placementId, 30);
    const results = await Promise.all(
      ranges.map(([s, e], i) =>
        codeOf(
          relief.book(caseworker, {
            placementId: children[i].placementId,
            providerId: provider.id,
            startsAt: at(s, '12:00'),
            endsAt: at(e, '12:00'),
          }),
        ),
      ),
    );
    expect(results).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
    // A sixth across 3 July 13:00 would make four at once.
    const extra = await placement();
    await grant(extra.placementId, 30);
    expect(
      await codeOf(
        relief.book(caseworker, {
          placementId: extra.placementId,
          providerId: provider.id,
          startsAt: at('2026-07-03', '13:00'),
          endsAt: at('2026-07-03', '14:00'),
        }),
      ),
    ).toBe('RELIEF.SLOT_TAKEN');
  });

  it('counts døgn on real instants across both DST changes against a monthly grant, and a consultant may override', async () => {
    const { provider } = await familyProvider('Familien Sommertid', 56.2);
    const child = await placement();
    await grant(child.placementId, 3);
    // October: 24 Oct 18:00 → 26 Oct 18:00 is 49 real hours = 3 døgn, the whole monthly grant.
    const oct = await relief.book(caseworker, {
      placementId: child.placementId,
      providerId: provider.id,
      startsAt: at('2026-10-24', '18:00'),
      endsAt: at('2026-10-26', '18:00'),
    });
    expect(oct.days).toBe(3);
    const more = {
      placementId: child.placementId,
      providerId: provider.id,
      startsAt: at('2026-10-30', '18:00'),
      endsAt: at('2026-10-31', '12:00'),
    };
    expect(await codeOf(relief.book(caseworker, more))).toBe('RELIEF.GRANT_EXCEEDED');
    expect(await codeOf(relief.book(caseworker, { ...more, overrideReason: 'Akut behov' }))).toBe(
      'FORBIDDEN',
    );
    const over = await relief.book(consultant, { ...more, overrideReason: 'Plejefamilien er presset' });
    expect(over.overrideReason).toBe('Plejefamilien er presset');
    const [event] = await ds.query(
      `SELECT details FROM audit_event WHERE entity = 'relief_booking' AND entity_id = $1`,
      [over.id],
    );
    expect(event.details.override).toBe(true);
    // March: 28 Mar 18:00 → 30 Mar 18:00 is 47 real hours = 2 døgn; a further 1-døgn stay still fits in 3.
    const mar = await relief.book(caseworker, {
      placementId: child.placementId,
      providerId: provider.id,
      startsAt: at('2026-03-28', '18:00'),
      endsAt: at('2026-03-30', '18:00'),
    });
    expect(mar.days).toBe(2);
    expect(
      await codeOf(
        relief.book(caseworker, {
          placementId: child.placementId,
          providerId: provider.id,
          startsAt: at('2026-03-06', '18:00'),
          endsAt: at('2026-03-07', '18:00'),
        }),
      ),
    ).toBe('OK');
    expect(
      await codeOf(
        relief.book(caseworker, {
          placementId: child.placementId,
          providerId: provider.id,
          startsAt: at('2026-03-13', '18:00'),
          endsAt: at('2026-03-14', '10:00'),
        }),
      ),
    ).toBe('RELIEF.GRANT_EXCEEDED');
  });

  it('search puts the child’s usual relief family first, then families before units, then by distance', async () => {
    const child = await placement();
    await grant(child.placementId, 30);
    const near = await familyProvider('Familien Nær', 56.16);
    const far = await familyProvider('Familien Fjern', 56.6);
    const usual = await familyProvider('Familien Kendt', 56.9);
    await familyProvider('Familien Uden ADHD', 56.15, { needsExcluded: ['ADHD'] });
    const adhdChild = await placement(['ADHD']);
    const unitProvider = await unit(4);
    const parent = await fosterParentOf(usual.familyId);
    for (const week of ['2026-02-06', '2026-02-20']) {
      const b = await relief.book(caseworker, {
        placementId: child.placementId,
        providerId: usual.provider.id,
        startsAt: at(week, '17:00'),
        endsAt: at(week, '20:00'),
      });
      await relief.confirm(parent, b.id);
    }
    const hits = await relief.search(
      caseworker,
      child.placementId,
      at('2026-09-04', '17:00'),
      at('2026-09-06', '17:00'),
    );
    const names = hits.map((h) => h.provider.name);
    expect(names[0]).toBe('Familien Kendt');
    expect(hits[0].continuity).toBe(2);
    expect(names.indexOf('Familien Nær')).toBeLessThan(names.indexOf('Familien Fjern'));
    expect(names.indexOf('Familien Fjern')).toBeLessThan(names.indexOf(unitProvider.name));
    expect(names).toContain('Familien Uden ADHD');
    const adhdHits = await relief.search(
      caseworker,
      adhdChild.placementId,
      at('2026-09-04', '17:00'),
      at('2026-09-06', '17:00'),
    );
    expect(adhdHits.map((h) => h.provider.name)).not.toContain('Familien Uden ADHD');
    expect(near.provider.id).toBeTruthy();
    expect(far.provider.id).toBeTruthy();
  });

  it('search sees a provider’s new away dates and weekly hours at once (the cached list reloads)', async () => {
    const child = await placement();
    const { provider } = await familyProvider('Familien Skifter', 56.17);
    const range = [at('2026-09-11', '17:00'), at('2026-09-13', '17:00')] as const;
    const found = async () =>
      (await relief.search(caseworker, child.placementId, ...range)).some(
        (h) => h.provider.id === provider.id,
      );
    expect(await found()).toBe(true);
    const away = await relief.addBlockedPeriod(consultant, {
      providerId: provider.id,
      fromDate: '2026-09-12',
      toDate: '2026-09-12',
    });
    expect(await found()).toBe(false);
    await relief.removeBlockedPeriod(consultant, away.blockedPeriods![0].id);
    expect(await found()).toBe(true);
    await relief.setAvailability(consultant, provider.id, WEEKEND);
    expect(await found()).toBe(true);
    // As many windows as before, on other days: only the provider's raised version tells the cache.
    await relief.setAvailability(
      consultant,
      provider.id,
      WEEKEND.map((w) => ({ ...w, weekday: w.weekday - 3 })),
    );
    expect(await found()).toBe(false);
    await relief.setAvailability(consultant, provider.id, WEEKEND);
    expect(await found()).toBe(true);
    // A row written past the service (an import, a manual fix) is seen too.
    await ds.query(
      `INSERT INTO relief_blocked_period (provider_id, from_date, to_date, reason) VALUES ($1, '2026-09-13', '2026-09-13', '')`,
      [provider.id],
    );
    expect(await found()).toBe(false);
  });

  it('books a series of every 3rd weekend and lists the dates it could not book, with why', async () => {
    const { provider } = await familyProvider('Familien Serie', 56.2);
    await relief.setAvailability(consultant, provider.id, WEEKEND);
    await relief.addBlockedPeriod(consultant, {
      providerId: provider.id,
      fromDate: '2026-02-20',
      toDate: '2026-02-22',
      reason: 'Ferie',
    });
    const child = await placement();
    await grant(child.placementId, 4);
    const other = await placement();
    await grant(other.placementId, 30);
    // Another child already has the weekend of 13 March.
    await relief.book(caseworker, {
      placementId: other.placementId,
      providerId: provider.id,
      startsAt: at('2026-03-13', '17:00'),
      endsAt: at('2026-03-15', '17:00'),
    });
    // Fridays 9 Jan … 26 Jun; two weekends fit the monthly 4 døgn, but a stay elsewhere in April leaves room for one.
    const elsewhere = await unit(2);
    await relief.book(caseworker, {
      placementId: child.placementId,
      providerId: elsewhere.id,
      startsAt: at('2026-04-01', '10:00'),
      endsAt: at('2026-04-01', '12:00'),
    });
    const series = await relief.bookSeries(caseworker, {
      placementId: child.placementId,
      providerId: provider.id,
      firstDate: '2026-01-09',
      startTime: '17:00',
      spanDays: 2,
      endTime: '17:00',
      everyWeeks: 3,
      until: '2026-07-09',
    });
    const conflicts = series.conflicts.map((c) => [c.startsAt.toISOString().slice(0, 10), c.code]);
    expect(conflicts).toEqual([
      ['2026-02-20', 'RELIEF.PROVIDER_AWAY'],
      ['2026-03-13', 'RELIEF.SLOT_TAKEN'],
      ['2026-04-24', 'RELIEF.GRANT_EXCEEDED'],
    ]);
    expect(series.booked).toHaveLength(6);
    expect(new Set(series.booked.map((b) => b.seriesId))).toEqual(new Set([series.seriesId]));
    // A Friday-morning start lies outside the weekly windows.
    const outside = await relief.bookSeries(caseworker, {
      placementId: other.placementId,
      providerId: provider.id,
      firstDate: '2026-08-07',
      startTime: '09:00',
      spanDays: 2,
      endTime: '17:00',
      everyWeeks: 1,
      until: '2026-08-07',
    });
    expect(outside.conflicts.map((c) => c.code)).toEqual(['RELIEF.OUTSIDE_AVAILABILITY']);
  });

  it('allows only the legal state transitions, by the right side', async () => {
    const { provider, familyId: providerFamily } = await familyProvider('Familien Status', 56.2);
    const child = await placement();
    await grant(child.placementId, 30);
    const parent = await fosterParentOf(child.familyId);
    const reliefParent = await fosterParentOf(providerFamily);
    const stranger = await fosterParentOf((await placement()).familyId);
    const book = (date: string, acute = false) =>
      relief.book(parent, {
        placementId: child.placementId,
        providerId: provider.id,
        startsAt: at(date, '10:00'),
        endsAt: at(date, '20:00'),
        acute,
      });
    expect(
      await codeOf(
        relief.book(stranger, {
          placementId: child.placementId,
          providerId: provider.id,
          startsAt: at('2026-01-05', '10:00'),
          endsAt: at('2026-01-05', '12:00'),
        }),
      ),
    ).toBe('NOT_FOUND');
    const past = await book('2026-01-05');
    expect(past.status).toBe(ReliefBookingStatus.REQUESTED);
    expect(await codeOf(relief.confirm(parent, past.id))).toBe('FORBIDDEN');
    expect(await codeOf(relief.complete(reliefParent, past.id))).toBe('RELIEF.ILLEGAL_TRANSITION');
    expect((await relief.confirm(reliefParent, past.id)).status).toBe(ReliefBookingStatus.CONFIRMED);
    expect(await codeOf(relief.confirm(reliefParent, past.id))).toBe('RELIEF.ILLEGAL_TRANSITION');
    expect(await codeOf(relief.decline(reliefParent, past.id, 'Syg'))).toBe('RELIEF.ILLEGAL_TRANSITION');
    expect((await relief.complete(consultant, past.id)).status).toBe(ReliefBookingStatus.COMPLETED);
    expect(await codeOf(relief.cancel(parent, past.id, 'Fejl'))).toBe('RELIEF.ILLEGAL_TRANSITION');

    const declined = await book('2026-01-12');
    expect(await codeOf(relief.decline(reliefParent, declined.id, ' '))).toBe('BAD_USER_INPUT');
    expect((await relief.decline(reliefParent, declined.id, 'Vi er syge')).status).toBe(
      ReliefBookingStatus.DECLINED,
    );
    expect(await codeOf(relief.confirm(reliefParent, declined.id))).toBe('RELIEF.ILLEGAL_TRANSITION');

    const future = await book('2027-01-11', true);
    expect((await relief.acuteBookings(consultant)).map((b) => b.id)).toEqual([future.id]);
    expect(await codeOf(relief.confirm(stranger, future.id))).toBe('FORBIDDEN');
    expect((await relief.confirm(consultant, future.id)).status).toBe(ReliefBookingStatus.CONFIRMED);
    expect(await codeOf(relief.complete(consultant, future.id))).toBe('RELIEF.ILLEGAL_TRANSITION');
    expect(await codeOf(relief.cancel(stranger, future.id, 'x'))).toBe('FORBIDDEN');
    const cancelled = await relief.cancel(parent, future.id, 'Barnet er sygt');
    expect([cancelled.status, cancelled.cancelledBy, cancelled.statusReason]).toEqual([
      ReliefBookingStatus.CANCELLED,
      parent.userId,
      'Barnet er sygt',
    ]);
    expect(await codeOf(relief.cancel(parent, future.id, 'igen'))).toBe('RELIEF.ILLEGAL_TRANSITION');
    // The freed slot can be booked again.
    expect(await codeOf(book('2027-01-11'))).toBe('OK');
    expect(await codeOf(book('2027-01-11'))).toBe('RELIEF.CHILD_BUSY');
  });

  it('shows the consultant the døgn used and left per placement', async () => {
    const child = await placement();
    await grant(child.placementId, 4);
    const u = await unit(5);
    await relief.book(caseworker, {
      placementId: child.placementId,
      providerId: u.id,
      startsAt: at('2026-05-08', '17:00'),
      endsAt: at('2026-05-10', '17:00'),
    });
    const row = (await relief.grantOverview(consultant, '2026-05-20')).find(
      (r) => r.placementId === child.placementId,
    );
    expect([row?.periodFrom, row?.periodTo, row?.daysUsed, row?.daysLeft]).toEqual([
      '2026-05-01',
      '2026-06-01',
      2,
      2,
    ]);
    // The foster parent sees the same figures for the own child, by first name, and nobody else's children.
    const parent = await fosterParentOf(child.familyId);
    const mine = await relief.myPlacements(parent, '2026-05-20');
    expect(mine.map((r) => [r.placementId, r.childFirstNames, r.daysUsed, r.daysLeft])).toEqual([
      [child.placementId, ['Barn'], 2, 2],
    ]);
    const other = await fosterParentOf((await placement()).familyId);
    expect((await relief.myPlacements(other, '2026-05-20')).map((r) => r.placementId)).not.toContain(
      child.placementId,
    );
  });
});
