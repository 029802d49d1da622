import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface FamilyFixture {
  approvalTypes?: string[];
  places?: number;
  vacancies?: number;
  ageMin?: number;
  ageMax?: number;
  takesSiblings?: boolean;
  networkChildName?: string | null;
  displayName?: string;
  postalCode?: string | null;
  profile?: {
    lat?: number | null;
    lon?: number | null;
    experience?: string[];
    languages?: string[];
    culture?: string[];
    features?: string[];
    otherChildrenBirthDates?: string[];
    prefNeedsAble?: string[];
    prefNeedsExcluded?: string[];
    assessedNeedsExcluded?: string[] | null;
    prefAgeMax?: number | null;
    assessedAgeMax?: number | null;
  };
}

/**
 * An approved foster family written straight to the database (tests and demo data): a FOSTER_PARENT account, its APPROVED application,
 * the foster_family row and (optionally) a match profile. For tests that need many families fast.
 */
export async function insertFamily(
  ds: DataSource,
  municipalityId: string,
  f: FamilyFixture = {},
): Promise<string> {
  const [user] = await ds.query(
    `INSERT INTO app_user (municipality_id, email, name, role, version) VALUES ($1, $2, 'Plejeforælder', 'FOSTER_PARENT', 1) RETURNING id`,
    [municipalityId, `${randomUUID()}@familie.example`],
  );
  const [app] = await ds.query(
    `INSERT INTO application (municipality_id, applicant_user_id, status, form, version) VALUES ($1, $2, 'APPROVED', '{}'::jsonb, 1) RETURNING id`,
    [municipalityId, user.id],
  );
  const places = f.places ?? 2;
  const [family] = await ds.query(
    `INSERT INTO foster_family (municipality_id, application_id, user_id, display_name, approval_types, approved_by, places,
                                vacancies, age_min, age_max, takes_siblings, network_child_name, postal_code, approved_at, vacancies_updated_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), now(), 1) RETURNING id`,
    [
      municipalityId,
      app.id,
      user.id,
      f.displayName ?? 'Familien Test',
      f.approvalTypes ?? ['ALMEN'],
      (f.approvalTypes ?? []).includes('NETVAERK') ? 'MUNICIPALITY' : 'SOCIALTILSYN',
      places,
      f.vacancies ?? places,
      f.ageMin ?? 0,
      f.ageMax ?? 17,
      f.takesSiblings ?? true,
      f.networkChildName ?? null,
      f.postalCode ?? null,
    ],
  );
  if (f.profile) {
    const p = f.profile;
    await ds.query(
      `INSERT INTO family_match_profile (foster_family_id, municipality_id, lat, lon, experience, languages, culture, features,
                                         pref_needs_excluded, assessed_needs_excluded, pref_age_max, assessed_age_max,
                                         other_children_birth_dates, pref_needs_able, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 1)`,
      [
        family.id,
        municipalityId,
        p.lat ?? null,
        p.lon ?? null,
        p.experience ?? [],
        p.languages ?? [],
        p.culture ?? [],
        p.features ?? [],
        p.prefNeedsExcluded ?? [],
        p.assessedNeedsExcluded ?? null,
        p.prefAgeMax ?? null,
        p.assessedAgeMax ?? null,
        p.otherChildrenBirthDates ?? [],
        p.prefNeedsAble ?? [],
      ],
    );
  }
  return family.id as string;
}
