import type { DataSource } from 'typeorm';

/**
 * The approved foster family of an existing (demo) account, as the browser suites need it: its application is
 * APPROVED and the family has `places` places, all taken (vacancies 0).
 */
export async function approvedFamilyOf(
  ds: DataSource,
  email: string,
  { places = 1 }: { places?: number } = {},
): Promise<{ municipalityId: string; userId: string; familyId: string }> {
  const [user] = (await ds.query(`SELECT id, municipality_id FROM app_user WHERE email = $1`, [
    email,
  ])) as Array<{
    id: string;
    municipality_id: string;
  }>;
  const m = user!.municipality_id;
  const [app] = (await ds.query(
    `INSERT INTO application (municipality_id, applicant_user_id, status, form, version) VALUES ($1, $2, 'APPROVED', '{}'::jsonb, 1) RETURNING id`,
    [m, user!.id],
  )) as Array<{ id: string }>;
  const [family] = (await ds.query(
    `INSERT INTO foster_family (municipality_id, application_id, user_id, display_name, approval_types, approved_by, places,
                                vacancies, age_min, age_max, takes_siblings, approved_at, vacancies_updated_at, version)
     VALUES ($1, $2, $3, 'Familien Plejefamilie', '{ALMEN}', 'SOCIALTILSYN', $4, 0, 0, 17, false, now(), now(), 1) RETURNING id`,
    [m, app!.id, user!.id, places],
  )) as Array<{ id: string }>;
  return { municipalityId: m, userId: user!.id, familyId: family!.id };
}

/** A child placed in a family: its placement need (PLACED, almen) and the placement. */
export async function placeChild(
  ds: DataSource,
  municipalityId: string,
  familyId: string,
  child: { id: string; firstName: string; birthDate: string },
  startedOn = '2025-01-01',
): Promise<{ needId: string; placementId: string }> {
  const [need] = (await ds.query(
    `INSERT INTO placement_need (municipality_id, children, support_level, needs, network_people, status, version)
     VALUES ($1, $2::jsonb, 'ALMEN', '{}', '[]'::jsonb, 'PLACED', 1) RETURNING id`,
    [municipalityId, JSON.stringify([child])],
  )) as Array<{ id: string }>;
  const [placement] = (await ds.query(
    `INSERT INTO placement (municipality_id, need_id, foster_family_id, children_count, started_on, version)
     VALUES ($1, $2, $3, 1, $4, 1) RETURNING id`,
    [municipalityId, need!.id, familyId, startedOn],
  )) as Array<{ id: string }>;
  return { needId: need!.id, placementId: placement!.id };
}
