import { dataSourceOptions, seedDemoData } from '@pleje/core';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { seedRecruitmentDemo } from './recruitment-demo';

describe('recruitment demo data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(testConfig(db.url))).initialize();
    await seedDemoData(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('gives the demo applicant a draft, the demo foster parent an approved family, and is idempotent', async () => {
    // 2 applications (draft + approved), 4 events, 12 synthetic applications.
    expect(await seedRecruitmentDemo(dataSource)).toBe(18);
    expect(await seedRecruitmentDemo(dataSource)).toBe(0);
    const [draft] = await dataSource.query(
      `SELECT a.status FROM application a JOIN app_user u ON u.id = a.applicant_user_id WHERE u.email = 'ansoeger@aarhus.example'`,
    );
    expect(draft.status).toBe('INQUIRY');
    const [family] = await dataSource.query(
      `SELECT f.display_name, f.vacancies, a.status FROM foster_family f JOIN application a ON a.id = f.application_id
        JOIN app_user u ON u.id = f.user_id WHERE u.email = 'plejefamilie@aarhus.example'`,
    );
    expect(family).toEqual({ display_name: 'Familien Lund', vacancies: 1, status: 'APPROVED' });
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM recruitment_event WHERE starts_at > now()`,
    );
    expect(n).toBe(4);
  });
});
