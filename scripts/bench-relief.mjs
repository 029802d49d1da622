// `npm run bench:relief`: relief search and booking measured end to end through GraphQL with the database.
// Throwaway embedded PostgreSQL + redis-server, migrations, demo seed, then in Aarhus BENCH_RELIEF_PROVIDERS
// (1,000) relief providers with weekly availability (60 % families, 40 % units; 70 % open every day, the rest
// weekends only; some away dates and existing bookings), the built api in production mode, and:
// 1. reliefSearch for one child across one month (30 days, across the March DST change):
//    BENCH_RELIEF_SEARCHES (200) sequential calls after 20 warm-up calls; target p95 < 50 ms.
// 2. BENCH_RELIEF_ATTEMPTS (200) concurrent bookRelief calls, each for its own child, on overlapping slots of a
//    capacity-1 relief family and then of a capacity-3 unit: exactly the capacity succeeds, SQL finds no
//    overbooked moment, and every other attempt gets RELIEF.SLOT_TAKEN.
// Prints figures; targets are printed, not asserted. Everything it starts is stopped again.
import { resolve } from 'node:path';
import {
  createBench,
  demoCredentials,
  envInt as env,
  fmtMs as f,
  graphql as gql,
  login,
  mark,
  DIST,
  productionApiEnv,
  ROOT,
  sql,
  summary,
  timed,
} from './bench-support.mjs';

const PROVIDERS = env('BENCH_RELIEF_PROVIDERS', 1000);
const SEARCHES = env('BENCH_RELIEF_SEARCHES', 200);
const ATTEMPTS = env('BENCH_RELIEF_ATTEMPTS', 200);
const DATA_DIR = resolve(ROOT, '.data/bench-relief');
const bench = createBench('bench:relief');
const { log } = bench;

/** `count` approved foster families (users, applications, families, match profiles); returns their ids. */
async function seedFamilies(url, municipalityId, count, prefix, approvals) {
  const rows = await sql(
    url,
    `WITH s AS (SELECT g, gen_random_uuid() AS uid, gen_random_uuid() AS aid, gen_random_uuid() AS fid FROM generate_series(1, $2) g),
     u AS (INSERT INTO app_user (id, municipality_id, email, name, role, version)
           SELECT uid, $1, lower($3) || '-' || g || '@bench.example', $3 || ' ' || g, 'FOSTER_PARENT', 1 FROM s),
     a AS (INSERT INTO application (id, municipality_id, applicant_user_id, status, form, version)
           SELECT aid, $1, uid, 'APPROVED', '{}'::jsonb, 1 FROM s),
     ff AS (INSERT INTO foster_family (id, municipality_id, application_id, user_id, display_name, approval_types, approved_by,
                                       places, vacancies, age_min, age_max, takes_siblings, approved_at, vacancies_updated_at, version)
            SELECT fid, $1, aid, uid, $3 || ' ' || g, $4::varchar[], 'SOCIALTILSYN', 2, 2, 0, 17, true, now(), now(), 1 FROM s),
     p AS (INSERT INTO family_match_profile (foster_family_id, municipality_id, lat, lon, version)
           SELECT fid, $1, 55.9 + (g * 7919 % 800) / 1000.0, 9.6 + (g * 104729 % 1200) / 1000.0, 1 FROM s)
     SELECT fid AS id, g FROM s ORDER BY g`,
    [municipalityId, count, prefix, approvals],
  );
  return rows.map((r) => r.id);
}

async function seedProviders(url, municipalityId, count) {
  const families = Math.round(count * 0.6);
  const familyIds = await seedFamilies(
    url,
    municipalityId,
    families,
    'Aflastningsfamilie',
    '{ALMEN,AFLASTNING}',
  );
  await sql(
    url,
    `INSERT INTO relief_provider (municipality_id, kind, foster_family_id, name, capacity, age_min, age_max, needs_excluded, lat, lon, version)
     SELECT $1, 'FAMILY', f.id, 'Bench familie ' || f.n, 1, f.n % 4, 12 + f.n % 6,
            CASE WHEN f.n % 9 = 0 THEN ARRAY['CRIME']::varchar[] ELSE '{}'::varchar[] END,
            55.9 + (f.n * 31 % 800) / 1000.0, 9.6 + (f.n * 17 % 1200) / 1000.0, 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS f(id, n)`,
    [municipalityId, familyIds],
  );
  await sql(
    url,
    `INSERT INTO relief_provider (municipality_id, kind, name, capacity, age_min, age_max, lat, lon, version)
     SELECT $1, 'UNIT', 'Bench enhed ' || g, 2 + g % 4, 0, 17, 55.9 + (g * 13 % 800) / 1000.0, 9.6 + (g * 7 % 1200) / 1000.0, 1
       FROM generate_series(1, $2) g`,
    [municipalityId, count - families],
  );
  // 70 % open every day around the clock; the rest Friday 16:00 to Sunday 18:00.
  await sql(
    url,
    `INSERT INTO relief_availability (provider_id, weekday, start_time, end_time)
     SELECT r.id, w.weekday, w.s::time, w.e::time
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM relief_provider WHERE name LIKE 'Bench %') r
       CROSS JOIN LATERAL (
         SELECT d AS weekday, '00:00' AS s, '24:00' AS e FROM generate_series(1, 7) d WHERE r.n % 10 < 7
         UNION ALL SELECT * FROM (VALUES (5, '16:00', '24:00'), (6, '00:00', '24:00'), (7, '00:00', '18:00')) v(d, s, e)
          WHERE r.n % 10 >= 7) w`,
  );
  // Some away dates in the searched month, and some before it.
  await sql(
    url,
    `INSERT INTO relief_blocked_period (provider_id, from_date, to_date, reason)
     SELECT id, date '2027-03-01' + (n % 60)::int - 20, date '2027-03-01' + (n % 60)::int - 17, 'Ferie'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM relief_provider WHERE name LIKE 'Bench %') r
      WHERE n % 8 = 0`,
  );
}

/** `count` placed children, each with its own foster family and a grant of 30 døgn a month. */
async function seedChildren(url, municipalityId, count, prefix) {
  const familyIds = await seedFamilies(url, municipalityId, count, prefix, '{ALMEN}');
  const rows = await sql(
    url,
    `WITH f AS (SELECT id, n, gen_random_uuid() AS need_id, gen_random_uuid() AS placement_id
                  FROM unnest($2::uuid[]) WITH ORDINALITY AS f(id, n)),
     nd AS (INSERT INTO placement_need (id, municipality_id, children, support_level, needs, network_people, status, version)
            SELECT need_id, $1, jsonb_build_array(jsonb_build_object('id', 'c' || n, 'firstName', 'Barn ' || n, 'birthDate', '2017-05-10')),
                   'ALMEN', '{}', '[]'::jsonb, 'PLACED', 1 FROM f),
     pl AS (INSERT INTO placement (id, municipality_id, need_id, foster_family_id, children_count, started_on, version)
            SELECT placement_id, $1, need_id, id, 1, '2025-01-01', 1 FROM f),
     gr AS (INSERT INTO relief_grant (municipality_id, placement_id, days_per_period, period, valid_from, version)
            SELECT $1, placement_id, 30, 'MONTH', '2026-01-01', 1 FROM f)
     SELECT placement_id AS id FROM f ORDER BY n`,
    [municipalityId, familyIds],
  );
  return rows.map((r) => r.id);
}

/** Local Copenhagen wall time as an ISO instant (the bench's dates are fixed, so the offsets are known). */
const cph = (date, time, offset) => new Date(`${date}T${time}:00${offset}`).toISOString();

/** bookRelief without bench-support's throw on errors: the error code is the result here. */
async function tryBook(url, token, input) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation($input: BookReliefInput!) { bookRelief(input: $input) { id } }',
      variables: { input },
    }),
  });
  const body = await response.json();
  if (body.data?.bookRelief) return 'OK';
  return body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
}

async function bookingRace(url, db, token, placements, providerId, capacity, date, endDate) {
  const codes = await Promise.all(
    placements.map((placementId, i) =>
      tryBook(url, token, {
        placementId,
        providerId,
        // Overlapping, not identical: starts spread over Friday evening, all end Sunday 17:00.
        startsAt: cph(date, `${String(16 + (i % 6)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, '+02:00'),
        endsAt: cph(endDate, '17:00', '+02:00'),
      }),
    ),
  );
  const tally = {};
  for (const c of codes) tally[c] = (tally[c] ?? 0) + 1;
  // Overbooked moments: some booking's start covered by more active bookings than the capacity.
  const [{ over }] = await sql(
    db,
    `SELECT count(*)::int AS over FROM relief_booking a
      WHERE a.provider_id = $1 AND a.status IN ('REQUESTED', 'CONFIRMED')
        AND (SELECT count(*) FROM relief_booking b
              WHERE b.provider_id = a.provider_id AND b.status IN ('REQUESTED', 'CONFIRMED')
                AND tstzrange(b.starts_at, b.ends_at, '[)') @> a.starts_at) > $2`,
    [providerId, capacity],
  );
  const [{ active }] = await sql(
    db,
    `SELECT count(*)::int AS active FROM relief_booking WHERE provider_id = $1 AND status IN ('REQUESTED', 'CONFIRMED')`,
    [providerId],
  );
  return { tally, over, active, ok: tally.OK ?? 0, taken: tally['RELIEF.SLOT_TAKEN'] ?? 0 };
}

async function main() {
  bench.build();
  const childEnv = await productionApiEnv(await bench.startInfra(DATA_DIR));
  bench.runNode([DIST.migrate], childEnv, 'migrations', { quiet: true });
  bench.runNode([DIST.seed], { ...childEnv, NODE_ENV: 'development', SEED: 'demo' }, 'demo seed', {
    quiet: true,
  });
  const db = childEnv.DATABASE_URL;
  const [{ id: aarhus }] = await sql(db, `SELECT id FROM municipality WHERE code = '751'`);
  let placements = [];
  const seeded = await timed(async () => {
    await seedProviders(db, aarhus, PROVIDERS);
    placements = await seedChildren(db, aarhus, Math.max(ATTEMPTS, 1), 'Plejefamilie');
    // Each existing stay has its own child: a child is never in two places at once.
    const others = await seedChildren(db, aarhus, Math.ceil(PROVIDERS / 5), 'Anden plejefamilie');
    // Existing stays in the searched month at every 5th provider (a few are full).
    await sql(
      db,
      `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, version)
       SELECT $1, ($2::uuid[])[r.n / 5], r.id, timestamptz '2027-03-05 15:00Z' + (r.n % 3) * interval '7 days',
              timestamptz '2027-03-07 17:00Z' + (r.n % 3) * interval '7 days', 3, r.capacity = 1, 'CONFIRMED', 1
         FROM (SELECT id, capacity, row_number() OVER (ORDER BY id) AS n FROM relief_provider WHERE name LIKE 'Bench %') r
        WHERE r.n % 5 = 0 AND r.n % 15 <> 0`,
      [aarhus, others],
    );
    await sql(db, 'VACUUM ANALYZE');
  });
  log(
    `${PROVIDERS} providers with weekly availability and ${placements.length} placed children seeded in ${(seeded / 1000).toFixed(1)} s`,
  );

  await bench.startApi(childEnv);
  const url = `http://127.0.0.1:${childEnv.API_PORT}/graphql`;
  const caseworker = await login(
    url,
    demoCredentials((u) => u.email === 'sagsbehandler@aarhus.example', 'Aarhus caseworker'),
  );

  // 1. Search: one child, March 2027 (30 days; DST starts 28 March).
  const SEARCH = `query($p: ID!, $from: DateTime!, $to: DateTime!) {
    reliefSearch(placementId: $p, from: $from, to: $to) { continuity fit distanceKm provider { id name kind capacity } } }`;
  const vars = {
    p: placements[0],
    from: cph('2027-03-01', '00:00', '+01:00'),
    to: cph('2027-03-31', '00:00', '+02:00'),
  };
  let hits = 0;
  for (let i = 0; i < 20; i++) hits = (await gql(url, SEARCH, vars, caseworker)).reliefSearch.length;
  const times = [];
  for (let i = 0; i < SEARCHES; i++) times.push(await timed(() => gql(url, SEARCH, vars, caseworker)));
  const search = summary(times);

  // 2. Concurrency: a capacity-1 relief family, then a capacity-3 unit, ATTEMPTS children each.
  const [family] = await sql(
    db,
    `SELECT r.id FROM relief_provider r WHERE r.name LIKE 'Bench familie %' AND r.age_min = 0 AND r.age_max >= 12
        AND cardinality(r.needs_excluded) = 0
        AND NOT EXISTS (SELECT 1 FROM relief_blocked_period b WHERE b.provider_id = r.id)
        AND NOT EXISTS (SELECT 1 FROM relief_booking k WHERE k.provider_id = r.id) ORDER BY r.id LIMIT 1`,
  );
  const [unit] = await sql(
    db,
    `INSERT INTO relief_provider (municipality_id, kind, name, capacity, age_min, age_max, version)
     VALUES ($1, 'UNIT', 'Bench race-enhed', 3, 0, 17, 1) RETURNING id`,
    [aarhus],
  );
  const racers = placements.slice(0, ATTEMPTS);
  let familyRace;
  let unitRace;
  const familyMs = await timed(async () => {
    familyRace = await bookingRace(url, db, caseworker, racers, family.id, 1, '2027-04-02', '2027-04-04');
  });
  const unitMs = await timed(async () => {
    unitRace = await bookingRace(url, db, caseworker, racers, unit.id, 3, '2027-04-09', '2027-04-11');
  });

  const line = (name, cap, r, ms) =>
    `${ATTEMPTS} concurrent bookRelief on overlapping slots of a ${name} (capacity ${cap}) in ${(ms / 1000).toFixed(1)} s: ` +
    `succeeded ${r.ok}, RELIEF.SLOT_TAKEN ${r.taken}, other ${JSON.stringify(Object.fromEntries(Object.entries(r.tally).filter(([k]) => k !== 'OK' && k !== 'RELIEF.SLOT_TAKEN')))}; ` +
    `active in SQL ${r.active}, overbooked moments in SQL ${r.over}`;
  const raceOk = (r, cap) => r.ok === cap && r.active === cap && r.over === 0 && r.taken === ATTEMPTS - cap;

  console.log('');
  console.log(
    `reliefSearch via GraphQL, one child, one month, ${PROVIDERS} providers → ${hits} hits  n=${search.n}  p50 ${f(search.p50)}  p95 ${f(search.p95)}  p99 ${f(search.p99)}  max ${f(search.max)}`,
  );
  console.log(line('relief family', 1, familyRace, familyMs));
  console.log(line('relief unit', 3, unitRace, unitMs));
  console.log(
    `search p95 < 50 ms: ${mark(search.p95 < 50)}; family exactly 1, no overlap, rest SLOT_TAKEN: ${mark(raceOk(familyRace, 1))}; ` +
      `unit exactly 3, no overlap, rest SLOT_TAKEN: ${mark(raceOk(unitRace, 3))}`,
  );
}

await bench.run(main);
