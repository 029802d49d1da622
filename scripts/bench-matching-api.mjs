// Second half of `npm run bench:matching`: the same targets measured end to end through GraphQL with the
// database — what a caseworker actually waits for. Throwaway embedded PostgreSQL + redis-server, migrations,
// demo seed, then BENCH_API_FAMILIES (10,000) approved families with match profiles inserted in one
// INSERT … SELECT, the built api in production mode, and:
// 1. familyRanking(needId, limit: 20) for one child against all families: BENCH_API_RANK_CALLS (200)
//    sequential calls after 20 warm-up calls; target p95 < 50 ms.
// 2. runMatchingBatch with BENCH_API_BATCH_NEEDS (300) waiting children against BENCH_API_BATCH_FAMILIES (3,000)
//    families with room (the rest made inactive): load, exact optimisation, 300 proposals written; 3 runs;
//    target < 2 s.
// Prints figures; targets are printed, not asserted. Everything it starts is stopped again.
import { resolve } from 'node:path';
import {
  createBench,
  demoCredentials,
  DIST,
  envInt as env,
  fmtMs as f,
  graphql as gql,
  login,
  mark,
  productionApiEnv,
  ROOT,
  sql,
  summary,
  timed,
} from './bench-support.mjs';

const FAMILIES = env('BENCH_API_FAMILIES', 10000);
const RANK_CALLS = env('BENCH_API_RANK_CALLS', 200);
const BATCH_NEEDS = env('BENCH_API_BATCH_NEEDS', 300);
const BATCH_FAMILIES = env('BENCH_API_BATCH_FAMILIES', 3000);
const BATCH_RUNS = env('BENCH_API_BATCH_RUNS', 3);
const DATA_DIR = resolve(ROOT, '.data/bench-matching');
const bench = createBench('bench:matching api');
const { log } = bench;

/** Families spread over Jutland and Zealand with varied approvals, ages, experience, languages and homes. */
async function seedFamilies(url, municipalityId, count) {
  await sql(
    url,
    `WITH s AS (SELECT g, gen_random_uuid() AS uid, gen_random_uuid() AS aid, gen_random_uuid() AS fid FROM generate_series(1, $2) g),
     u AS (INSERT INTO app_user (id, municipality_id, email, name, role, version)
           SELECT uid, $1, 'bench-familie-' || g || '@bench.example', 'Benchfamilie ' || g, 'FOSTER_PARENT', 1 FROM s),
     a AS (INSERT INTO application (id, municipality_id, applicant_user_id, status, form, version)
           SELECT aid, $1, uid, 'APPROVED', '{}'::jsonb, 1 FROM s),
     ff AS (INSERT INTO foster_family (id, municipality_id, application_id, user_id, display_name, approval_types, approved_by,
                                       places, vacancies, age_min, age_max, takes_siblings, approved_at, vacancies_updated_at, version)
            SELECT fid, $1, aid, uid, 'Familie ' || g,
                   (CASE g % 4 WHEN 0 THEN '{ALMEN}' WHEN 1 THEN '{ALMEN,AFLASTNING}' WHEN 2 THEN '{FORSTAERKET}' ELSE '{SPECIALISERET}' END)::varchar[],
                   'SOCIALTILSYN', 1 + g % 3, 1 + g % 3, (g % 3) * 3, 10 + g % 8, g % 2 = 0, now(), now(), 1 FROM s)
     INSERT INTO family_match_profile (foster_family_id, municipality_id, lat, lon, experience, languages, culture, features,
                                       other_children_birth_dates, pref_needs_excluded, version)
     SELECT fid, $1, 54.9 + (g * 7919 % 2000) / 1000.0, 8.3 + (g * 104729 % 4300) / 1000.0,
            (CASE g % 4 WHEN 0 THEN '{ADHD}' WHEN 1 THEN '{TRAUMA,ATTACHMENT}' WHEN 2 THEN '{}' ELSE '{AUTISM,LEARNING}' END)::varchar[],
            (CASE g % 3 WHEN 0 THEN '{da}' WHEN 1 THEN '{da,en}' ELSE '{da,ar}' END)::varchar[],
            (CASE g % 3 WHEN 0 THEN '{}' WHEN 1 THEN '{MUSLIM}' ELSE '{CHRISTIAN}' END)::varchar[],
            (CASE g % 4 WHEN 0 THEN '{ANIMALS,GARDEN}' WHEN 1 THEN '{CITY}' WHEN 2 THEN '{COUNTRYSIDE,OUTDOOR_LIFE}' ELSE '{CALM_HOME}' END)::varchar[],
            CASE WHEN g % 3 = 0 THEN ARRAY[current_date - (g % 15) * 365] ELSE '{}'::date[] END,
            CASE WHEN g % 7 = 0 THEN ARRAY['CRIME']::varchar[] ELSE ARRAY[]::varchar[] END, 1
       FROM s`,
    [municipalityId, count],
  );
}

async function seedNeeds(url, municipalityId, count) {
  await sql(
    url,
    `INSERT INTO placement_need (municipality_id, children, support_level, needs, school_lat, school_lon, bio_lat, bio_lon,
                                 contact_visits_per_month, languages, culture, wishes, network_people, version)
     SELECT $1, jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'firstName', 'Barn ' || g,
              'birthDate', to_char(current_date - (365 * (1 + g % 16) + g % 300), 'YYYY-MM-DD'))),
            (ARRAY['ALMEN','FORSTAERKET','SPECIALISERET']::support_level[])[1 + g % 3],
            (CASE g % 4 WHEN 0 THEN '{ADHD}' WHEN 1 THEN '{TRAUMA}' WHEN 2 THEN '{}' ELSE '{LEARNING,ATTACHMENT}' END)::varchar[],
            55.0 + (g * 31 % 1900) / 1000.0, 8.5 + (g * 17 % 4000) / 1000.0, 55.1 + (g * 13 % 1800) / 1000.0, 8.6 + (g * 7 % 3900) / 1000.0,
            g % 5, ARRAY['da'], ARRAY[]::varchar[], (CASE g % 3 WHEN 0 THEN '{ANIMALS}' WHEN 1 THEN '{CITY}' ELSE '{}' END)::varchar[], '[]'::jsonb, 1
       FROM generate_series(1, $2) g`,
    [municipalityId, count],
  );
}

async function main() {
  bench.build();
  const childEnv = await productionApiEnv(await bench.startInfra(DATA_DIR));
  // Migrations and the demo seed print nothing here: this bench's output is its figures.
  bench.runNode([DIST.migrate], childEnv, 'migrations', { quiet: true });
  bench.runNode([DIST.seed], { ...childEnv, NODE_ENV: 'development', SEED: 'demo' }, 'demo seed', {
    quiet: true,
  });
  const db = childEnv.DATABASE_URL;
  const [{ id: aarhus }] = await sql(db, `SELECT id FROM municipality WHERE code = '751'`);
  // Only the bench's own rows count: the demo's families and needs are put aside.
  await sql(db, `UPDATE foster_family SET active = false`);
  await sql(db, `UPDATE placement_need SET status = 'CANCELLED'`);
  const seeded = await timed(async () => {
    await seedFamilies(db, aarhus, FAMILIES);
    await seedNeeds(db, aarhus, 1);
    await sql(db, 'VACUUM ANALYZE');
  });
  log(`${FAMILIES} families with profiles seeded in ${(seeded / 1000).toFixed(1)} s`);

  await bench.startApi(childEnv);
  const url = `http://127.0.0.1:${childEnv.API_PORT}/graphql`;
  const demoUser = (email) => demoCredentials((u) => u.email === email, email);
  const caseworker = await login(url, demoUser('sagsbehandler@aarhus.example'));
  const consultant = await login(url, demoUser('familiekonsulent@aarhus.example'));
  const [need] = await sql(db, `SELECT id FROM placement_need WHERE status = 'WAITING' LIMIT 1`);
  const RANK = `query($id: ID!) { familyRanking(needId: $id, limit: 20) { considered families { family { id displayName }
    evaluation { network score factors { key points explanation } } } } }`;

  let considered = 0;
  for (let i = 0; i < 20; i++)
    considered = (await gql(url, RANK, { id: need.id }, caseworker)).familyRanking.considered;
  const rankTimes = [];
  for (let i = 0; i < RANK_CALLS; i++) {
    rankTimes.push(await timed(() => gql(url, RANK, { id: need.id }, caseworker)));
  }
  const rank = summary(rankTimes);

  // Batch: 300 waiting children, 3,000 families with room.
  await sql(db, `UPDATE placement_need SET status = 'CANCELLED'`);
  await seedNeeds(db, aarhus, BATCH_NEEDS);
  await sql(
    db,
    `UPDATE foster_family SET active = false WHERE municipality_id = $1 AND id NOT IN (
       SELECT id FROM foster_family WHERE municipality_id = $1 AND display_name LIKE 'Familie %' ORDER BY id LIMIT $2)`,
    [aarhus, BATCH_FAMILIES],
  );
  await sql(db, 'ANALYZE');
  const batchTimes = [];
  let last;
  for (let i = 0; i < BATCH_RUNS; i++) {
    batchTimes.push(
      await timed(async () => {
        last = (
          await gql(
            url,
            `mutation { runMatchingBatch { needsCount familiesCount assignedCount totalScore durationMs } }`,
            {},
            consultant,
          )
        ).runMatchingBatch;
      }),
    );
  }
  const batch = summary(batchTimes);

  console.log('');
  console.log(
    `familyRanking via GraphQL, ${considered} families considered  n=${rank.n}  p50 ${f(rank.p50)}  p95 ${f(rank.p95)}  p99 ${f(rank.p99)}  max ${f(rank.max)}`,
  );
  console.log(
    `runMatchingBatch via GraphQL, ${last.needsCount} children × ${last.familiesCount} families: assigned ${last.assignedCount}, ` +
      `total score ${last.totalScore.toFixed(1)}  n=${batch.n}  p50 ${f(batch.p50)}  max ${f(batch.max)} (service ${last.durationMs} ms incl. loading)`,
  );
  console.log(`ranking p95 < 50 ms: ${mark(rank.p95 < 50)}; batch < 2 s: ${mark(batch.max < 2000)}`);
}

await bench.run(main);
