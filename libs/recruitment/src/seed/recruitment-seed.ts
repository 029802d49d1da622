import { DataSource, EntityManager } from 'typeorm';
import { ApplicationTrack, TRACK_STAGES } from '../application-status';

export interface SeedRecruitmentOptions {
  /** Default: Aarhus (code 751), else the first municipality. */
  municipalityId?: string;
  /** How many applications (each with its own applicant account) to add. */
  applications: number;
  /** Consultants the submitted applications are spread over; default: the municipality's family consultants. */
  consultantIds?: string[];
  /** Add nothing when the municipality already has applications (for the idempotent demo seed). */
  onlyIfEmpty?: boolean;
  /** Seed for the pseudo-random spread (0..1), so two runs give the same shape. */
  seed?: number;
}

const FIRST = [
  'Anna',
  'Mads',
  'Freja',
  'Jens',
  'Ella',
  'Søren',
  'Sofie',
  'Henrik',
  'Karen',
  'Lars',
  'Mette',
  'Peter',
  'Hanne',
  'Niels',
  'Camilla',
  'Thomas',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Madsen',
  'Kristensen',
];
const PLACES = [
  ['8000', 'Aarhus C'],
  ['8200', 'Aarhus N'],
  ['8210', 'Aarhus V'],
  ['8220', 'Brabrand'],
  ['8240', 'Risskov'],
  ['8260', 'Viby J'],
  ['8270', 'Højbjerg'],
  ['8330', 'Beder'],
  ['8361', 'Hasselager'],
  ['8381', 'Tilst'],
];
const STREETS = [
  'Skovvejen',
  'Møllevej',
  'Kirkegade',
  'Engtoften',
  'Bøgeløkken',
  'Solsikkevej',
  'Åboulevarden',
];
const SOURCES = [
  'WEBSITE',
  'WEBSITE',
  'SOCIAL_MEDIA',
  'SOCIAL_MEDIA',
  'SOCIAL_MEDIA',
  'INFO_MEETING',
  'FRIENDS_FAMILY',
  'FRIENDS_FAMILY',
  'OTHER_FOSTER_FAMILY',
  'NEWSPAPER_RADIO',
  'EVENT',
  'OTHER',
];
const MOTIVATION =
  'Vi har plads i vores hjem og i vores hverdag, og vi vil gerne give et barn tryghed, omsorg og en stabil familie.';

const sqlArray = (values: readonly string[]): string =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Synthetic applications at scale: applicant accounts (no password: they cannot log in), applications in
 * every state of both tracks with their transition history (~6 per application), spread over the last 11
 * months so the default 12-month analytics window holds them all. Everything is generated in a few
 * INSERT … SELECT statements over generate_series, never one round trip per row, so 100,000 applications
 * take seconds. Returns how many applications it added.
 */
export async function seedRecruitment(
  dataSource: DataSource,
  options: SeedRecruitmentOptions,
): Promise<number> {
  const count = Math.floor(options.applications);
  if (!(count > 0)) return 0;
  return dataSource.transaction(async (em) => {
    const municipalityId = options.municipalityId ?? (await defaultMunicipality(em));
    if (options.onlyIfEmpty) {
      const [{ n }] = await em.query(
        `SELECT count(*)::int AS n FROM application WHERE municipality_id = $1`,
        [municipalityId],
      );
      if (n > 0) return 0;
    }
    const consultantIds =
      options.consultantIds && options.consultantIds.length > 0
        ? options.consultantIds
        : (
            (await em.query(
              `SELECT id FROM app_user WHERE municipality_id = $1 AND role = 'FAMILY_CONSULTANT' AND active ORDER BY created_at, id`,
              [municipalityId],
            )) as { id: string }[]
          ).map((r) => r.id);
    // Numbering continues after earlier runs, so the bench can add 90,000 to an existing 10,000.
    const [{ offset }] = await em.query(
      `SELECT count(*)::int AS offset FROM app_user
        WHERE municipality_id = $1 AND email LIKE 'syntetisk-ansoeger-%@plejeportalen.example'`,
      [municipalityId],
    );
    await em.query(`SELECT setseed($1)`, [options.seed ?? 0.42]);
    await createSeedRows(em, offset as number, count);
    await insertRows(em, municipalityId, consultantIds);
    await em.query(`DROP TABLE seed_application`);
    await em.query(`DROP TABLE seed_transition`);
    return count;
  });
}

async function defaultMunicipality(em: EntityManager): Promise<string> {
  const rows = (await em.query(
    `SELECT id FROM municipality ORDER BY (code = '751') DESC, created_at, id LIMIT 1`,
  )) as { id: string }[];
  if (!rows[0]) throw new Error('seedRecruitment: no municipality to seed into');
  return rows[0].id;
}

/** One row per application with its random shape, then its transitions (all in temporary tables). */
async function createSeedRows(em: EntityManager, offset: number, count: number): Promise<void> {
  const standard = sqlArray(TRACK_STAGES[ApplicationTrack.STANDARD]);
  const network = sqlArray(TRACK_STAGES[ApplicationTrack.NETWORK]);
  await em.query(
    `CREATE TEMP TABLE seed_application ON COMMIT DROP AS
     SELECT s.*,
            (CASE WHEN s.track = 'NETWORK' THEN ${network} ELSE ${standard} END)::application_status[] AS stages,
            -- Days between two moves, short enough that the whole history lies before now.
            least(4 + s.r_gap * 30, s.age_days / (s.steps + 1.5)) AS gap_days
       FROM (
         SELECT i,
                gen_random_uuid() AS application_id,
                gen_random_uuid() AS user_id,
                (CASE WHEN random() < 0.1 THEN 'NETWORK' ELSE 'STANDARD' END)::application_track AS track,
                1 + random() * 330 AS age_days,
                -- How far forward it got: most stop on the way, about a third is approved.
                (CASE WHEN r < 0.10 THEN 0 WHEN r < 0.22 THEN 1 WHEN r < 0.32 THEN 2 WHEN r < 0.41 THEN 3
                      WHEN r < 0.50 THEN 4 WHEN r < 0.59 THEN 5 WHEN r < 0.68 THEN 6 ELSE 7 END) AS raw_steps,
                random() AS r_gap,
                random() AS r_end,
                random() AS r_source,
                random() AS r_age1,
                random() AS r_age2,
                random() < 0.7 AS couple
           FROM (SELECT i, random() AS r FROM generate_series($1::int + 1, $1::int + $2::int) AS i) g
       ) s0
       CROSS JOIN LATERAL (
         SELECT s0.*,
                -- The network track has two stages fewer.
                CASE WHEN s0.track = 'NETWORK' THEN least(s0.raw_steps, 5) ELSE s0.raw_steps END AS steps
       ) s`,
    [offset, count],
  );
  await em.query(
    `ALTER TABLE seed_application ADD COLUMN created_at timestamptz, ADD COLUMN terminal application_status`,
  );
  await em.query(
    `UPDATE seed_application SET
       created_at = date_trunc('milliseconds', now() - make_interval(secs => age_days * 86400)),
       terminal = CASE
         WHEN steps = array_length(stages, 1) - 1 THEN NULL
         WHEN stages[steps + 1] = 'ASSESSMENT' AND r_end < 0.35 THEN 'REFUSED'
         WHEN r_end < 0.25 THEN 'WITHDRAWN'
         WHEN r_end < 0.30 AND steps >= 1 THEN 'ON_HOLD'
         ELSE NULL END::application_status`,
  );
  // Step 0 is the inquiry itself (from NULL), steps 1..n the forward moves, then the closing move if any.
  await em.query(
    `CREATE TEMP TABLE seed_transition ON COMMIT DROP AS
     SELECT a.application_id, a.user_id,
            CASE WHEN k = 0 THEN NULL ELSE a.stages[k] END AS from_status,
            a.stages[k + 1] AS to_status,
            date_trunc('milliseconds', a.created_at + make_interval(secs => k * a.gap_days * 86400)) AS created_at,
            date_trunc('milliseconds', a.created_at + make_interval(secs => greatest(k - 1, 0) * a.gap_days * 86400)) AS entered_at
       FROM seed_application a CROSS JOIN LATERAL generate_series(0, a.steps) AS k
     UNION ALL
     SELECT a.application_id, a.user_id, a.stages[a.steps + 1], a.terminal,
            date_trunc('milliseconds', a.created_at + make_interval(secs => (a.steps + 0.5) * a.gap_days * 86400)),
            date_trunc('milliseconds', a.created_at + make_interval(secs => a.steps * a.gap_days * 86400))
       FROM seed_application a WHERE a.terminal IS NOT NULL`,
  );
}

async function insertRows(em: EntityManager, municipalityId: string, consultantIds: string[]): Promise<void> {
  const first = sqlArray(FIRST);
  const last = sqlArray(LAST);
  const postcodes = sqlArray(PLACES.map((p) => p[0]));
  const cities = sqlArray(PLACES.map((p) => p[1]));
  const streets = sqlArray(STREETS);
  const sources = sqlArray(SOURCES);
  const consultants = `$2::uuid[]`;
  await em.query(
    `INSERT INTO app_user (id, municipality_id, email, name, role, password_hash, active, created_at, updated_at, version)
     SELECT user_id, $1,
            'syntetisk-ansoeger-' || i || '@plejeportalen.example',
            (${first})[1 + i % ${FIRST.length}] || ' ' || (${last})[1 + (i / ${FIRST.length}) % ${LAST.length}],
            'APPLICANT', NULL, true, created_at, created_at, 1
       FROM seed_application`,
    [municipalityId],
  );
  await em.query(
    `WITH history AS (
       SELECT application_id,
              max(created_at) AS last_at,
              min(created_at) FILTER (WHERE to_status = 'SUBMITTED') AS submitted_at,
              max(created_at) FILTER (WHERE to_status IN ('APPROVED', 'REFUSED')) AS decided_at
         FROM seed_transition GROUP BY application_id
     ),
     shaped AS (
       SELECT a.*, h.last_at, h.submitted_at, h.decided_at,
              (${first})[1 + i % ${FIRST.length}] AS first1,
              (${last})[1 + (i / ${FIRST.length}) % ${LAST.length}] AS last1,
              (${first})[1 + (i * 7 + 3) % ${FIRST.length}] AS first2,
              1 + i % ${PLACES.length} AS place,
              -- Age at submission 24-65 (the first applicant) and within 5 years of it (the second).
              (coalesce(h.submitted_at, a.created_at)::date - make_interval(years => 24 + floor(a.r_age1 * 42)::int)
                 - make_interval(days => floor(a.r_age2 * 360)::int))::date AS birth1,
              (coalesce(h.submitted_at, a.created_at)::date - make_interval(years => 24 + least(41, floor(a.r_age1 * 42)::int + floor(a.r_age2 * 5)::int))
                 - make_interval(days => floor(a.r_age1 * 300)::int))::date AS birth2,
              CASE WHEN a.r_source < 0.05 THEN NULL
                   ELSE (${sources})[1 + floor(a.r_source * ${SOURCES.length})::int % ${SOURCES.length}] END AS source
         FROM seed_application a JOIN history h USING (application_id)
     )
     INSERT INTO application (
       id, municipality_id, applicant_user_id, track, status, held_from, status_changed_at, assigned_consultant_id,
       form, last_step, recruitment_source, family_types, applicant_birth_dates, search_text,
       submitted_at, decided_at, closed_at, appealed, created_at, updated_at, version)
     SELECT s.application_id, $1, s.user_id, s.track,
            coalesce(s.terminal, s.stages[s.steps + 1]),
            CASE WHEN s.terminal = 'ON_HOLD' THEN s.stages[s.steps + 1] END,
            s.last_at,
            CASE WHEN s.steps >= 1 AND cardinality(${consultants}) > 0
                 THEN (${consultants})[1 + s.i % cardinality(${consultants})] END,
            jsonb_strip_nulls(jsonb_build_object(
              'applicants', CASE WHEN s.couple AND s.track = 'STANDARD'
                THEN jsonb_build_array(
                  jsonb_build_object('id', 'a1', 'firstName', s.first1, 'lastName', s.last1, 'birthDate', s.birth1,
                    'phone', '2' || lpad((s.i % 10000000)::text, 7, '0'), 'workSituation', 'FULL_TIME', 'occupation', 'Pædagog'),
                  jsonb_build_object('id', 'a2', 'firstName', s.first2, 'lastName', s.last1, 'birthDate', s.birth2,
                    'phone', '3' || lpad((s.i % 10000000)::text, 7, '0'), 'workSituation', 'PART_TIME', 'occupation', 'Sygeplejerske'))
                ELSE jsonb_build_array(
                  jsonb_build_object('id', 'a1', 'firstName', s.first1, 'lastName', s.last1, 'birthDate', s.birth1,
                    'phone', '2' || lpad((s.i % 10000000)::text, 7, '0'), 'workSituation', 'FULL_TIME', 'occupation', 'Lærer'))
                END,
              'household', '[]'::jsonb,
              'street', (${streets})[1 + s.i % ${STREETS.length}] || ' ' || (1 + s.i % 97),
              'postalCode', (${postcodes})[s.place], 'city', (${cities})[s.place],
              'housingType', 'HOUSE', 'housingTenure', 'OWNED', 'rooms', 5, 'spareRoom', true,
              'hasOwnChildren', s.couple, 'professionalExperience', false,
              'motivation', '${MOTIVATION}',
              'familyTypes', CASE WHEN s.track = 'NETWORK' THEN '["NETVAERK"]'::jsonb ELSE '["ALMEN"]'::jsonb END,
              'networkChildName', CASE WHEN s.track = 'NETWORK' THEN 'Emil' END,
              'networkChildRelation', CASE WHEN s.track = 'NETWORK' THEN 'Moster' END,
              'ageMin', CASE WHEN s.track = 'STANDARD' THEN 0 END,
              'ageMax', CASE WHEN s.track = 'STANDARD' THEN 12 END,
              'childrenCount', CASE WHEN s.track = 'STANDARD' THEN 1 END,
              'siblings', CASE WHEN s.track = 'STANDARD' THEN s.couple END,
              'recruitmentSource', s.source,
              'consentCertificates', s.steps >= 1, 'consentPrivacy', s.steps >= 1)),
            CASE WHEN s.steps >= 1 THEN 'CONSENT' ELSE 'APPLICANTS' END,
            CASE WHEN s.steps >= 1 THEN s.source END,
            CASE WHEN s.track = 'NETWORK' THEN ARRAY['NETVAERK'] ELSE ARRAY['ALMEN'] END::varchar[],
            CASE WHEN s.steps = 0 THEN '{}'::date[]
                 WHEN s.couple AND s.track = 'STANDARD' THEN ARRAY[s.birth1, s.birth2]
                 ELSE ARRAY[s.birth1] END,
            lower(s.first1 || ' ' || s.last1 || CASE WHEN s.couple AND s.track = 'STANDARD' THEN ' ' || s.first2 ELSE '' END
                  || ' ' || (${postcodes})[s.place] || ' ' || (${cities})[s.place]),
            s.submitted_at, s.decided_at,
            CASE WHEN s.terminal IN ('WITHDRAWN', 'REFUSED') THEN s.last_at END,
            false, s.created_at, s.last_at, 1 + s.steps
       FROM shaped s`,
    [municipalityId, consultantIds],
  );
  await em.query(
    `INSERT INTO application_transition
       (application_id, municipality_id, from_status, to_status, actor_user_id, actor_role, reason, created_at,
        application_created_at, hours_in_from_status)
     SELECT t.application_id, $1, t.from_status, t.to_status,
            CASE WHEN t.to_status IN ('INQUIRY', 'SUBMITTED') OR (t.to_status = 'WITHDRAWN' AND a.i % 2 = 0)
                 THEN t.user_id ELSE app.assigned_consultant_id END,
            (CASE WHEN t.to_status IN ('INQUIRY', 'SUBMITTED') OR (t.to_status = 'WITHDRAWN' AND a.i % 2 = 0)
                  THEN 'APPLICANT' ELSE 'FAMILY_CONSULTANT' END)::user_role,
            NULL, t.created_at,
            -- Given here so the analytics trigger has nothing to look up for 100,000s of rows.
            a.created_at,
            CASE WHEN t.from_status IS NOT NULL
                 THEN greatest(0, round(extract(epoch FROM t.created_at - t.entered_at) / 3600))::int END
       FROM seed_transition t
       JOIN seed_application a USING (application_id)
       JOIN application app ON app.id = t.application_id`,
    [municipalityId],
  );
}
