import { DataSource } from 'typeorm';
import { insertFamily } from '../../../../matching/src/testing/matching-fixtures';

/** Test rows written straight in SQL: the reminder job and the feeds read bookings, they do not make them. */
export interface PlacedChild {
  placementId: string;
  familyId: string;
  familyUserId: string;
}

export async function placedChild(
  ds: DataSource,
  municipalityId: string,
  firstName: string,
): Promise<PlacedChild> {
  const familyId = await insertFamily(ds, municipalityId, { profile: { lat: 56.15, lon: 10.2 } });
  const [need] = await ds.query(
    `INSERT INTO placement_need (municipality_id, children, support_level, needs, network_people, status, version)
     VALUES ($1, $2::jsonb, 'ALMEN', '{}', '[]'::jsonb, 'PLACED', 1) RETURNING id`,
    [municipalityId, JSON.stringify([{ id: 'c1', firstName, birthDate: '2017-01-10' }])],
  );
  const [p] = await ds.query(
    `INSERT INTO placement (municipality_id, need_id, foster_family_id, children_count, started_on, version)
     VALUES ($1, $2, $3, 1, '2025-01-01', 1) RETURNING id`,
    [municipalityId, need.id, familyId],
  );
  const [f] = await ds.query(`SELECT user_id FROM foster_family WHERE id = $1`, [familyId]);
  return { placementId: p.id, familyId, familyUserId: f.user_id };
}

export interface Provider {
  providerId: string;
  /** The relief family's own account; null for a unit. */
  userId: string | null;
}

export async function reliefFamily(ds: DataSource, municipalityId: string, name: string): Promise<Provider> {
  const familyId = await insertFamily(ds, municipalityId, { approvalTypes: ['ALMEN', 'AFLASTNING'] });
  const [r] = await ds.query(
    `INSERT INTO relief_provider (municipality_id, kind, foster_family_id, name, capacity, age_min, age_max, version)
     VALUES ($1, 'FAMILY', $2, $3, 1, 0, 17, 1) RETURNING id`,
    [municipalityId, familyId, name],
  );
  const [f] = await ds.query(`SELECT user_id FROM foster_family WHERE id = $1`, [familyId]);
  return { providerId: r.id, userId: f.user_id };
}

export async function reliefUnit(ds: DataSource, municipalityId: string, name: string): Promise<Provider> {
  const [r] = await ds.query(
    `INSERT INTO relief_provider (municipality_id, kind, name, capacity, age_min, age_max, version)
     VALUES ($1, 'UNIT', $2, 3, 0, 17, 1) RETURNING id`,
    [municipalityId, name],
  );
  return { providerId: r.id, userId: null };
}

export async function insertBooking(
  ds: DataSource,
  municipalityId: string,
  child: PlacedChild,
  provider: Provider,
  startsAt: Date,
  endsAt: Date,
  status: 'REQUESTED' | 'CONFIRMED' | 'CANCELLED' | 'COMPLETED' = 'CONFIRMED',
): Promise<string> {
  const [b] = await ds.query(
    `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, version)
     VALUES ($1, $2, $3, $4, $5, 2, false, $6, 1) RETURNING id`,
    [municipalityId, child.placementId, provider.providerId, startsAt, endsAt, status],
  );
  return b.id;
}

export const hoursFromNow = (hours: number): Date => new Date(Date.now() + hours * 3_600_000);
