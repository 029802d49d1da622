import { DataSource } from 'typeorm';
import { addDays, localInstant, localParts } from '../../../relief/src/local-time';

const year = new Date().getFullYear();

/**
 * Network-group demo data for `npm start`, once: in Aarhus two children's groups and one group for foster parents,
 * six children registered directly by staff with the demo foster families, active members (with consent), one
 * invitation waiting for consent, a waitlist, and meetings every second Tuesday from next week. Needs the
 * recruitment and matching demo data (foster families) first; returns the rows added (0 when already there).
 */
export async function seedPeerGroupsDemo(dataSource: DataSource): Promise<number> {
  const [aarhus] = await dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
  if (!aarhus) return 0;
  const m = aarhus.id as string;
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM peer_group WHERE municipality_id = $1`,
    [m],
  );
  if (n > 0) return 0;
  const families: { id: string }[] = await dataSource.query(
    `SELECT f.id FROM foster_family f JOIN app_user u ON u.id = f.user_id
      WHERE f.municipality_id = $1 ORDER BY (u.email = 'plejefamilie@aarhus.example') DESC, f.display_name LIMIT 4`,
    [m],
  );
  if (!families.length) return 0;
  const [consultant] = await dataSource.query(
    `SELECT id FROM app_user WHERE email = 'netvaerk@aarhus.example'`,
  );
  let added = 0;
  return dataSource.transaction(async (em) => {
    const group = async (
      name: string,
      audience: string,
      ageMin: number | null,
      ageMax: number | null,
      area: string,
      capacity: number,
    ) => {
      const [g] = await em.query(
        `INSERT INTO peer_group (municipality_id, name, audience, age_min, age_max, area_name, lat, lon, facilitator_id, capacity, status, version)
         VALUES ($1, $2, $3, $4, $5, $6, 56.156, 10.21, $7, $8, 'ACTIVE', 1) RETURNING id`,
        [m, name, audience, ageMin, ageMax, area, consultant?.id ?? null, capacity],
      );
      added++;
      return g.id as string;
    };
    const young = await group('Netværksgruppen Aarhus Vest (8-11 år)', 'CHILDREN', 8, 11, 'Aarhus Vest', 4);
    const teens = await group('Ungegruppen Aarhus C (13-16 år)', 'CHILDREN', 13, 16, 'Aarhus C', 6);
    const parents = await group('Plejeforældrenetværket', 'FOSTER_PARENTS', null, null, 'Aarhus', 12);
    const kids = [
      ['Emil', `${year - 9}-04-02`, 56.15, 10.17],
      ['Laura', `${year - 10}-08-19`, 56.13, 10.16],
      ['Victor', `${year - 9}-12-01`, 56.16, 10.19],
      ['Ida', `${year - 10}-02-14`, 56.14, 10.15],
      ['Malthe', `${year - 14}-06-30`, 56.16, 10.21],
      ['Nora', `${year - 15}-01-11`, 56.17, 10.2],
    ] as const;
    const ids: string[] = [];
    for (const [k, [firstName, birthDate, lat, lon]] of kids.entries()) {
      const [p] = await em.query(
        `INSERT INTO peer_participant (municipality_id, kind, foster_family_id, first_name, birth_date, lat, lon, caseworker_consent_required, version)
         VALUES ($1, 'CHILD', $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
        [m, families[k % families.length].id, firstName, birthDate, lat, lon, k === 3],
      );
      ids.push(p.id);
      added++;
    }
    const member = async (groupId: string, participantId: string, status: string, minutesAgo: number) => {
      const consented = status !== 'INVITED';
      await em.query(
        `INSERT INTO peer_membership (municipality_id, group_id, participant_id, status, requested_at, family_consent_at,
                                      caseworker_consent_required, activated_at, version)
         VALUES ($1, $2, $3, $4, now() - make_interval(mins => $5), $6, false, $7, 1)`,
        [
          m,
          groupId,
          participantId,
          status,
          minutesAgo,
          consented ? new Date() : null,
          status === 'ACTIVE' ? new Date() : null,
        ],
      );
      added++;
    };
    await member(young, ids[0], 'ACTIVE', 600);
    await member(young, ids[1], 'ACTIVE', 590);
    await member(young, ids[2], 'ACTIVE', 580);
    await member(young, ids[3], 'INVITED', 570);
    await member(teens, ids[4], 'ACTIVE', 500);
    await member(teens, ids[5], 'ACTIVE', 490);
    const [familyParticipant] = await em.query(
      `INSERT INTO peer_participant (municipality_id, kind, foster_family_id, version) VALUES ($1, 'FOSTER_FAMILY', $2, 1) RETURNING id`,
      [m, families[0].id],
    );
    await member(parents, familyParticipant.id, 'ACTIVE', 400);
    // Meetings every second Tuesday, five times, from the coming week.
    const today = localParts(new Date());
    const firstTuesday = addDays(today.date, ((2 - today.weekday + 7) % 7) + 7);
    for (const [g, place, start, end] of [
      [young, 'Fritidsklubben Gellerup', '16:00', '18:00'],
      [teens, 'Ungdomshuset, Aarhus C', '17:00', '19:00'],
      [parents, 'Familieplejen, Rådhuset', '19:00', '21:00'],
    ] as const)
      for (let k = 0; k < 5; k++) {
        const date = addDays(firstTuesday, 14 * k);
        await em.query(
          `INSERT INTO peer_session (municipality_id, group_id, starts_at, ends_at, place, transport_note, version)
           VALUES ($1, $2, $3, $4, $5, $6, 1)`,
          [
            m,
            g,
            localInstant(date, start),
            localInstant(date, end),
            place,
            g === parents ? '' : 'Plejefamilien kører; kørsel kan refunderes.',
          ],
        );
        added++;
      }
    return added;
  });
}
