import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Municipality } from '../tenancy/municipality.entity';

export interface Loaders {
  municipality: DataLoader<string, Municipality | null>;
}

/** One loader per relation a list can ask for; batch functions return results in key order. */
export function createLoaders(dataSource: DataSource): Loaders {
  return {
    municipality: new DataLoader(async (ids: readonly string[]) => {
      const rows = await dataSource.getRepository(Municipality).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
