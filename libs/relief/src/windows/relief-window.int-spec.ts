import { Actor, AppError, AuditService, dataSourceOptions, OutboxService, Role } from '@pleje/core';
import { NotificationsService } from '@pleje/notifications';
import { TeamsNotifier } from '@pleje/teams';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { placedChild, PlacedChild, reliefFamily, reliefUnit } from '../feeds/testing/relief-fixtures';
import { localInstant } from '../local-time';
import { ReliefGrantPeriod } from '../relief-grant.entity';
import { ReliefService } from '../relief.service';
import { ReliefWindowRequestStatus } from './relief-request-window.entity';
import { ReliefWindowService } from './relief-window.service';

// Real PostgreSQL. Each test has its own municipality, so providers and requests of one never meet another's.
describe('relief request windows: scarce dates shared out by need', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;
  let relief: ReliefService;
  let windows: ReliefWindowService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
    relief = new ReliefService(ds, audit, new TeamsNotifier(new OutboxService()));
    windows = new ReliefWindowService(ds, relief, audit, new NotificationsService(new OutboxService()));
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  let seq = 0;
  const municipality = async () => {
    seq += 1;
    const [m] = await ds.query(`INSERT INTO municipality (code, name) VALUES ($1, $2) RETURNING id`, [
      `9${String(seq).padStart(2, '0')}`,
      `Vinduekommune ${seq}`,
    ]);
    const staff = async (role: Role): Promise<Actor> => {
      const [u] = await ds.query(
        `INSERT INTO app_user (municipality_id, email, name, role, version)
         VALUES ($1, gen_random_uuid() || '@x.example', 'X', $2, 1) RETURNING id`,
        [m.id, role],
      );
      return { userId: u.id, municipalityId: m.id, role };
    };
    return {
      id: m.id as string,
      consultant: await staff(Role.FAMILY_CONSULTANT),
      caseworker: await staff(Role.CASEWORKER),
    };
  };
  type Muni = Awaited<ReturnType<typeof municipality>>;
  const parentOf = (m: Muni, child: PlacedChild): Actor => ({
    userId: child.familyUserId,
    municipalityId: m.id,
    role: Role.FOSTER_PARENT,
  });
  const child = async (
    m: Muni,
    name: string,
    opts: { days?: number; strained?: boolean; priorDays?: number },
  ) => {
    const c = await placedChild(ds, m.id, name);
    await relief.setGrant(m.caseworker, {
      placementId: c.placementId,
      daysPerPeriod: opts.days ?? 30,
      period: ReliefGrantPeriod.MONTH,
      validFrom: '2026-01-01',
      strained: opts.strained ?? false,
    });
    if (opts.priorDays) {
      // Relief the child has had this year, at a unit that is not part of the window's supply.
      const [unit] = await ds.query(
        `INSERT INTO relief_provider (municipality_id, kind, name, capacity, age_min, age_max, active, version)
         VALUES ($1, 'UNIT', 'Tidligere enhed', 5, 0, 17, false, 1) RETURNING id`,
        [m.id],
      );
      const start = localInstant('2026-06-01', '10:00');
      await ds.query(
        `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, version)
         VALUES ($1, $2, $3, $4, $5, $6, false, 'COMPLETED', 1)`,
        [
          m.id,
          c.placementId,
          unit.id,
          start,
          new Date(start.getTime() + opts.priorDays * 86_400_000),
          opts.priorDays,
        ],
      );
    }
    return c;
  };
  const WINDOW = {
    startsAt: localInstant('2027-02-12', '17:00'),
    endsAt: localInstant('2027-02-14', '17:00'),
  };
  const openWindow = (m: Muni) =>
    windows.open(m.consultant, {
      title: 'Vinterferie 2027',
      ...WINDOW,
      closesAt: new Date(Date.now() + 3_600_000),
    });
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'OK';
    } catch (e) {
      return (e as AppError).code;
    }
  };

  it('serves strained placements first, then the children with the least relief so far — not the first to ask', async () => {
    const m = await municipality();
    // Two single places in the period.
    const holm = await reliefFamily(ds, m.id, 'Familien Holm');
    const berg = await reliefFamily(ds, m.id, 'Familien Berg');
    const window = await openWindow(m);
    // In the order they ask: the earliest asker has had the most relief and is not strained.
    const asma = await child(m, 'Asma', { priorDays: 6 });
    const bo = await child(m, 'Bo', { strained: true, priorDays: 10 });
    const dina = await child(m, 'Dina', { priorDays: 4 });
    const ebbe = await child(m, 'Ebbe', { strained: true, days: 0 }); // strained, but no døgn granted
    const carl = await child(m, 'Carl', {});
    for (const c of [asma, bo, dina, ebbe, carl])
      await windows.request(parentOf(m, c), {
        windowId: window.id,
        placementId: c.placementId,
        preferredProviderId: c === carl ? berg.providerId : null,
      });

    const before = await windows.requests(m.consultant, window.id);
    const order = [ebbe, bo, carl, dina, asma].map((c) => c.placementId);
    expect(before.map((r) => r.request.placementId)).toEqual(order);
    expect(before.map((r) => [r.strained, r.priorDays])).toEqual([
      [true, 0],
      [true, 10],
      [false, 0],
      [false, 4],
      [false, 6],
    ]);

    const result = await windows.allocate(m.consultant, window.id);
    expect(result.map((r) => [r.request.placementId, r.request.priorityRank, r.request.status])).toEqual([
      [ebbe.placementId, 1, ReliefWindowRequestStatus.NOT_ALLOCATED],
      [bo.placementId, 2, ReliefWindowRequestStatus.ALLOCATED],
      [carl.placementId, 3, ReliefWindowRequestStatus.ALLOCATED],
      [dina.placementId, 4, ReliefWindowRequestStatus.NOT_ALLOCATED],
      [asma.placementId, 5, ReliefWindowRequestStatus.NOT_ALLOCATED],
    ]);
    expect(result[0].request.outcomeReason).toMatch(/Bevillingen giver 0 døgn/);
    expect(result[3].request.outcomeReason).toBe('Der var ikke flere ledige aflastningspladser i perioden.');
    // Carl asked for Familien Berg and got it; Bo got the other place.
    const booked: { placement_id: string; provider_id: string; status: string }[] = await ds.query(
      `SELECT placement_id, provider_id, status FROM relief_booking WHERE municipality_id = $1 AND provider_id = ANY($2)`,
      [m.id, [holm.providerId, berg.providerId]],
    );
    expect(booked.sort((a, b) => a.provider_id.localeCompare(b.provider_id))).toEqual(
      [
        { placement_id: carl.placementId, provider_id: berg.providerId, status: 'REQUESTED' },
        { placement_id: bo.placementId, provider_id: holm.providerId, status: 'REQUESTED' },
      ].sort((a, b) => a.provider_id.localeCompare(b.provider_id)),
    );
    // Every family hears the outcome once.
    const mails: { recipient_user_id: string; allocated: boolean }[] = await ds.query(
      `SELECT recipient_user_id, (params->>'allocated')::boolean AS allocated FROM email_message
        WHERE template = 'relief.window-result' AND municipality_id = $1`,
      [m.id],
    );
    expect(new Map(mails.map((x) => [x.recipient_user_id, x.allocated]))).toEqual(
      new Map([
        [asma.familyUserId, false],
        [bo.familyUserId, true],
        [carl.familyUserId, true],
        [dina.familyUserId, false],
        [ebbe.familyUserId, false],
      ]),
    );
    expect(mails).toHaveLength(5);
    // Afterwards the order is what it was at allocation, whatever later bookings do.
    const after = await windows.requests(m.consultant, window.id);
    expect(after.map((r) => r.request.placementId)).toEqual(order);
  });

  it('shares out once: two consultants pressing at the same moment give one allocation, and the window then takes no requests', async () => {
    const m = await municipality();
    const unit = await reliefUnit(ds, m.id, 'Aflastningshuset'); // 3 places
    const window = await openWindow(m);
    const children = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => child(m, n, {})));
    for (const c of children)
      await windows.request(m.caseworker, { windowId: window.id, placementId: c.placementId });
    const other: Actor = { ...m.consultant, userId: (await municipalityConsultant(m)).userId };
    const outcomes = await Promise.all([
      codeOf(windows.allocate(m.consultant, window.id)),
      codeOf(windows.allocate(other, window.id)),
    ]);
    expect(outcomes.sort()).toEqual(['OK', 'RELIEF.WINDOW_ALLOCATED']);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM relief_booking WHERE provider_id = $1 AND status = 'REQUESTED'`,
      [unit.providerId],
    );
    expect(n).toBe(3);
    const late = await child(m, 'F', {});
    expect(
      await codeOf(windows.request(m.caseworker, { windowId: window.id, placementId: late.placementId })),
    ).toBe('RELIEF.WINDOW_CLOSED');
  });

  it('a family asks only for its own child, once per window, inside the period; it sees only its own requests', async () => {
    const m = await municipality();
    await reliefUnit(ds, m.id, 'Aflastningshuset');
    const window = await openWindow(m);
    const mine = await child(m, 'Mads', {});
    const theirs = await child(m, 'Sofie', {});
    const parent = parentOf(m, mine);
    expect(
      await codeOf(windows.request(parent, { windowId: window.id, placementId: theirs.placementId })),
    ).toBe('NOT_FOUND');
    const outside = await codeOf(
      windows.request(parent, {
        windowId: window.id,
        placementId: mine.placementId,
        startsAt: localInstant('2027-02-11', '17:00'),
        endsAt: localInstant('2027-02-13', '17:00'),
      }),
    );
    expect(outside).toBe('BAD_USER_INPUT');
    const first = await windows.request(parent, {
      windowId: window.id,
      placementId: mine.placementId,
      startsAt: localInstant('2027-02-13', '10:00'),
      endsAt: WINDOW.endsAt,
      note: 'Gerne hos den samme som sidst',
    });
    expect(
      await codeOf(windows.request(parent, { windowId: window.id, placementId: mine.placementId })),
    ).toBe('RELIEF.ALREADY_REQUESTED');
    await windows.request(parentOf(m, theirs), { windowId: window.id, placementId: theirs.placementId });
    const seen = await windows.requests(parent, window.id);
    expect(seen.map((r) => r.request.id)).toEqual([first.id]);
    expect(await windows.requests(m.consultant, window.id)).toHaveLength(2);
    // Withdrawn, the child may ask again (for the whole period this time).
    await windows.withdraw(parent, first.id);
    const again = await windows.request(parent, { windowId: window.id, placementId: mine.placementId });
    expect(again.startsAt).toEqual(WINDOW.startsAt);
    // Another municipality's consultant sees nothing of it.
    const elsewhere = await municipality();
    expect(await codeOf(windows.requests(elsewhere.consultant, window.id))).toBe('NOT_FOUND');
    expect(await codeOf(windows.allocate(elsewhere.consultant, window.id))).toBe('NOT_FOUND');
  });

  it('a consultant calls off an open window: pending requests are closed with the reason, and nothing more is taken', async () => {
    const m = await municipality();
    await reliefUnit(ds, m.id, 'Aflastningshuset');
    const window = await openWindow(m);
    const c = await child(m, 'Ida', {});
    await windows.request(parentOf(m, c), { windowId: window.id, placementId: c.placementId });
    const cancelled = await windows.cancel(m.consultant, window.id);
    expect(cancelled.status).toBe('CANCELLED');
    const [request] = await windows.requests(parentOf(m, c), window.id);
    expect([request.request.status, request.request.outcomeReason]).toEqual([
      ReliefWindowRequestStatus.NOT_ALLOCATED,
      'Familieplejekonsulenten har aflyst ønskeperioden.',
    ]);
    expect(await codeOf(windows.allocate(m.consultant, window.id))).toBe('RELIEF.WINDOW_ALLOCATED');
    expect(await codeOf(windows.cancel(m.consultant, window.id))).toBe('RELIEF.WINDOW_ALLOCATED');
    const late = await child(m, 'Ole', {});
    expect(
      await codeOf(windows.request(m.caseworker, { windowId: window.id, placementId: late.placementId })),
    ).toBe('RELIEF.WINDOW_CLOSED');
  });

  it('refuses a window with a deadline after the start or a period ending before it begins, and writes nothing', async () => {
    const m = await municipality();
    const bad = await codeOf(
      windows.open(m.consultant, {
        title: ' ',
        startsAt: WINDOW.startsAt,
        endsAt: WINDOW.startsAt,
        closesAt: new Date(WINDOW.startsAt.getTime() + 1),
      }),
    );
    expect(bad).toBe('BAD_USER_INPUT');
    try {
      await windows.open(m.consultant, {
        title: 'Påske',
        ...WINDOW,
        closesAt: new Date(WINDOW.startsAt.getTime() + 3_600_000),
      });
    } catch (e) {
      expect((e as AppError).fields).toEqual({
        closesAt: 'Fristen for ønsker skal ligge før perioden begynder.',
      });
    }
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM relief_request_window WHERE municipality_id = $1`,
      [m.id],
    );
    expect(n).toBe(0);
  });

  const municipalityConsultant = async (m: Muni): Promise<Actor> => {
    const [u] = await ds.query(
      `INSERT INTO app_user (municipality_id, email, name, role, version)
       VALUES ($1, gen_random_uuid() || '@x.example', 'Y', 'FAMILY_CONSULTANT', 1) RETURNING id`,
      [m.id],
    );
    return { userId: u.id, municipalityId: m.id, role: Role.FAMILY_CONSULTANT };
  };
});
