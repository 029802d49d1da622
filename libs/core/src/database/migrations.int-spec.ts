import { createTestDatabase, TestDatabase, testConfig } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// The migrations are the schema: they must match the entities exactly (or `migration:generate` would drop
// hand-written constraints), and every one must revert cleanly.
describe('migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(testConfig(db.url))).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('leave nothing for the entity metadata to change', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert one by one to an empty schema and apply again', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
    );
    expect(tables).toEqual([]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(count);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
