import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { insertFamily } from './insert-family';

const year = new Date().getFullYear();

// Approximate town centres around Aarhus (demo data only; the postal-code table ships empty, see geo/README.md).
const PLACES = {
  aarhusC: { lat: 56.156, lon: 10.21 },
  risskov: { lat: 56.19, lon: 10.23 },
  viby: { lat: 56.13, lon: 10.16 },
  lystrup: { lat: 56.235, lon: 10.24 },
  skanderborg: { lat: 56.04, lon: 9.93 },
  hinnerup: { lat: 56.27, lon: 10.06 },
  odder: { lat: 55.97, lon: 10.15 },
  silkeborg: { lat: 56.17, lon: 9.55 },
};

/** Family accounts the matching demo adds (each an approved family with a FOSTER_PARENT account). */
export const DEMO_MATCHING_FAMILIES = 8;

/**
 * Matching demo data for `npm start`, once: the demo foster parent's match profile, eight approved families
 * around Aarhus (one a network family), and three waiting needs (one with the child's network, one sibling group).
 */
export async function seedMatchingDemo(dataSource: DataSource): Promise<number> {
  const [aarhus] = await dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
  if (!aarhus) return 0;
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM placement_need WHERE municipality_id = $1`,
    [aarhus.id],
  );
  if (n > 0) return 0;
  const m = aarhus.id as string;
  const [lund] = await dataSource.query(
    `SELECT f.id FROM foster_family f JOIN app_user u ON u.id = f.user_id WHERE u.email = 'plejefamilie@aarhus.example'`,
  );
  if (lund)
    await dataSource.query(
      `INSERT INTO family_match_profile (foster_family_id, municipality_id, lat, lon, experience, languages, features,
                                         other_children_birth_dates, pref_needs_able, pref_needs_excluded, version)
       VALUES ($1, $2, $3, $4, '{ADHD,LEARNING}', '{da,en}', '{ANIMALS,GARDEN,SPORTS}', $5, '{ADHD,LEARNING,SCHOOL_ABSENCE}', '{SUBSTANCE_USE}', 1)
       ON CONFLICT (foster_family_id) DO NOTHING`,
      [lund.id, m, PLACES.viby.lat, PLACES.viby.lon, [`${year - 16}-02-11`]],
    );
  const families = [
    {
      displayName: 'Familien Holm',
      approvalTypes: ['ALMEN', 'AFLASTNING'],
      places: 2,
      profile: {
        ...PLACES.risskov,
        experience: ['ADHD'],
        languages: ['da'],
        features: ['ANIMALS', 'GARDEN'],
      },
    },
    {
      displayName: 'Familien Nielsen',
      approvalTypes: ['FORSTAERKET'],
      places: 2,
      profile: {
        ...PLACES.lystrup,
        experience: ['TRAUMA', 'ATTACHMENT'],
        languages: ['da'],
        features: ['CALM_HOME', 'OWN_ROOM'],
        otherChildrenBirthDates: [`${year - 15}-06-01`],
      },
    },
    {
      displayName: 'Familien Hansen',
      approvalTypes: ['ALMEN'],
      places: 1,
      ageMin: 0,
      ageMax: 6,
      profile: { ...PLACES.odder, features: ['COUNTRYSIDE', 'ANIMALS'], languages: ['da'] },
    },
    {
      displayName: 'Familien Ahmadi',
      approvalTypes: ['FORSTAERKET'],
      places: 1,
      profile: {
        ...PLACES.aarhusC,
        languages: ['da', 'ar', 'fa'],
        culture: ['MUSLIM', 'HALAL'],
        experience: ['TRAUMA', 'UNACCOMPANIED_REFUGEE'],
        features: ['CITY', 'NEAR_PUBLIC_TRANSPORT'],
      },
    },
    {
      displayName: 'Familien Christensen',
      approvalTypes: ['SPECIALISERET'],
      places: 1,
      ageMin: 6,
      ageMax: 17,
      profile: {
        ...PLACES.skanderborg,
        experience: ['AUTISM', 'SELF_HARM', 'BEHAVIOUR'],
        languages: ['da'],
        features: ['CALM_HOME', 'STAY_AT_HOME_PARENT'],
        prefNeedsExcluded: ['CRIME'],
      },
    },
    {
      displayName: 'Familien Mortensen',
      approvalTypes: ['ALMEN'],
      places: 3,
      takesSiblings: true,
      profile: {
        ...PLACES.hinnerup,
        languages: ['da'],
        features: ['GARDEN', 'OUTDOOR_LIFE', 'SPORTS'],
        otherChildrenBirthDates: [`${year - 12}-09-09`, `${year - 9}-01-20`],
      },
    },
    {
      displayName: 'Familien Poulsen',
      approvalTypes: ['ALMEN'],
      places: 1,
      vacancies: 0,
      profile: { ...PLACES.silkeborg, languages: ['da'] },
    },
  ];
  let added = 0;
  for (const f of families) {
    await insertFamily(dataSource, m, { ...f, profile: { ...f.profile } });
    added++;
  }
  const network = await insertFamily(dataSource, m, {
    displayName: 'Moster Lone',
    approvalTypes: ['NETVAERK'],
    networkChildName: 'Mikkel',
    places: 1,
    profile: { ...PLACES.viby, languages: ['da'], features: ['ANIMALS'] },
  });
  added++;
  // Lone was approved on the network track for Mikkel; the need names her and links her application to it.
  const [{ application_id: loneApplication }] = (await dataSource.query(
    `SELECT application_id FROM foster_family WHERE id = $1`,
    [network],
  )) as { application_id: string }[];
  await dataSource.query(`UPDATE application SET track = 'NETWORK' WHERE id = $1`, [loneApplication]);
  const [caseworker] = await dataSource.query(
    `SELECT id FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`,
  );
  const needs = [
    {
      children: [{ id: randomUUID(), firstName: 'Mikkel', birthDate: `${year - 9}-03-01` }],
      supportLevel: 'ALMEN',
      needs: ['ADHD'],
      school: 'Møllevangskolen',
      schoolAt: PLACES.aarhusC,
      bioAt: PLACES.viby,
      visits: 2,
      languages: ['da'],
      culture: [],
      wishes: ['ANIMALS', 'NEAR_FRIENDS'],
      words: 'Jeg vil gerne blive i min klasse og have en hund.',
      people: [{ name: 'Lone', relation: 'Moster', applicationId: loneApplication }],
      networkIds: [network],
      acute: false,
    },
    {
      children: [
        { id: randomUUID(), firstName: 'Emma', birthDate: `${year - 6}-05-05` },
        { id: randomUUID(), firstName: 'Noah', birthDate: `${year - 4}-08-17` },
      ],
      supportLevel: 'FORSTAERKET',
      needs: ['TRAUMA', 'ATTACHMENT'],
      school: '',
      schoolAt: null,
      bioAt: PLACES.risskov,
      visits: 1,
      languages: ['da'],
      culture: [],
      wishes: ['OTHER_CHILDREN', 'GARDEN'],
      words: 'Vi vil gerne bo sammen.',
      people: [],
      networkIds: [],
      acute: true,
    },
    {
      children: [{ id: randomUUID(), firstName: 'Sara', birthDate: `${year - 13}-11-30` }],
      supportLevel: 'FORSTAERKET',
      needs: ['TRAUMA', 'LEARNING'],
      school: 'Frederiksbjerg Skole',
      schoolAt: PLACES.aarhusC,
      bioAt: null,
      visits: 0,
      languages: ['ar', 'da'],
      culture: ['MUSLIM', 'HALAL'],
      wishes: ['CITY', 'OWN_ROOM'],
      words: 'Jeg vil gerne kunne tage bussen til mine venner.',
      people: [{ name: 'Samira', relation: 'Faster' }],
      networkIds: [],
      acute: false,
    },
  ];
  for (const need of needs) {
    await dataSource.query(
      `INSERT INTO placement_need (municipality_id, caseworker_id, children, support_level, needs, school_name, school_lat, school_lon,
                                   bio_lat, bio_lon, contact_visits_per_month, languages, culture, wishes, wishes_text,
                                   network_people, network_family_ids, acute, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1)`,
      [
        m,
        caseworker?.id ?? null,
        JSON.stringify(need.children),
        need.supportLevel,
        need.needs,
        need.school,
        need.schoolAt?.lat ?? null,
        need.schoolAt?.lon ?? null,
        need.bioAt?.lat ?? null,
        need.bioAt?.lon ?? null,
        need.visits,
        need.languages,
        need.culture,
        need.wishes,
        need.words,
        JSON.stringify(need.people),
        need.networkIds,
        need.acute,
      ],
    );
    added++;
  }
  return added;
}
