import { DataSource } from 'typeorm';
import {
  insertBooking,
  placedChild,
  PlacedChild,
  Provider,
  reliefFamily,
} from '../../libs/relief/src/feeds/testing/relief-fixtures';

export interface ReliefScenario {
  municipalityId: string;
  child: PlacedChild;
  /** The child's usual relief family (an earlier completed stay). */
  usual: Provider;
  others: Provider[];
}

export async function aarhusId(ds: DataSource): Promise<string> {
  const [m] = (await ds.query(`SELECT id FROM municipality WHERE code = '751'`)) as { id: string }[];
  return m.id;
}

export async function grantDays(ds: DataSource, municipalityId: string, placementId: string, days: number) {
  await ds.query(
    `INSERT INTO relief_grant (municipality_id, placement_id, days_per_period, period, valid_from, version)
     VALUES ($1, $2, $3, 'YEAR', '2020-01-01', 1)`,
    [municipalityId, placementId, days],
  );
}

/**
 * A foster child with a relief grant, its usual relief family (a completed stay a year ago) and `otherCount`
 * other relief families, all in Aarhus (the demo seed's municipality).
 */
export async function reliefScenario(
  ds: DataSource,
  firstName: string,
  otherCount = 6,
  grant = 30,
): Promise<ReliefScenario> {
  const municipalityId = await aarhusId(ds);
  const child = await placedChild(ds, municipalityId, firstName);
  await grantDays(ds, municipalityId, child.placementId, grant);
  // Names that sort before the usual family: the usual one comes first only because of continuity.
  const others: Provider[] = [];
  for (let i = 0; i < otherCount; i += 1)
    others.push(await reliefFamily(ds, municipalityId, `Familien A${i} ${firstName}`));
  const usual = await reliefFamily(ds, municipalityId, `Familien Ø ${firstName}`);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000);
  await insertBooking(
    ds,
    municipalityId,
    child,
    usual,
    yearAgo,
    new Date(yearAgo.getTime() + 2 * 86_400_000),
    'COMPLETED',
  );
  return { municipalityId, child, usual, others };
}
