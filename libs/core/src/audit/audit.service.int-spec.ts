import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { Role } from '../users/role';
import { dataSourceOptions } from '../database/data-source-options';
import { AuditService } from './audit.service';

// Real PostgreSQL: the read-audit pool must survive the server closing its idle connections.
describe('AuditService read pool', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let audit: AuditService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(ds, config);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await ds.destroy();
    await db.drop();
  });

  it('keeps the process alive and keeps recording when the server terminates its idle connections', async () => {
    const [m] = await ds.query(
      `INSERT INTO municipality (code, name) VALUES ('996', 'Poolkommune') RETURNING id`,
    );
    const [u] = await ds.query(
      `INSERT INTO app_user (municipality_id, email, name, role, version) VALUES ($1, 'pool@x.example', 'P', 'ADMIN', 1) RETURNING id`,
      [m.id],
    );
    const actor = { userId: u.id as string, municipalityId: m.id as string, role: Role.ADMIN };
    await audit.recordRead(actor, { entity: 'user' });
    const unhandled: unknown[] = [];
    const onError = (err: unknown) => unhandled.push(err);
    process.on('uncaughtException', onError);
    try {
      const [{ n }] = await ds.query(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'plejeportalen-audit'`,
      );
      expect(n).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await audit.recordRead(actor, { entity: 'user' });
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(unhandled).toEqual([]);
    // recordRead is fire-and-forget; give the second row a moment to land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [{ rows }] = await ds.query(
      `SELECT count(*)::int AS rows FROM audit_event WHERE actor_user_id = $1 AND action = 'READ'`,
      [actor.userId],
    );
    expect(rows).toBe(2);
  });
});
