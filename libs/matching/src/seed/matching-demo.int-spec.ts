import { AuditService, dataSourceOptions, seedDemoData } from '@pleje/core';
import { createTestDatabase, testConfig, TestDatabase } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { seedRecruitmentDemo } from '../../../recruitment/src/seed/recruitment-demo';
import { MatchingService } from '../matching.service';
import { NetworkService } from '../network.service';
import { DEMO_MATCHING_FAMILIES, seedMatchingDemo } from './matching-demo';

describe('matching demo data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let audit: AuditService;
  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(dataSource, config);
    await seedDemoData(dataSource);
    await seedRecruitmentDemo(dataSource);
  });
  afterAll(async () => {
    await audit.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
  });

  it('adds families and needs once, and Mikkel’s ranking starts with his network family', async () => {
    expect(await seedMatchingDemo(dataSource)).toBe(DEMO_MATCHING_FAMILIES + 3);
    expect(await seedMatchingDemo(dataSource)).toBe(0);
    const [caseworker] = await dataSource.query(
      `SELECT id, municipality_id FROM app_user WHERE email = 'sagsbehandler@aarhus.example'`,
    );
    const actor = {
      userId: caseworker.id,
      municipalityId: caseworker.municipality_id,
      role: 'CASEWORKER' as never,
    };
    const [mikkel] = await dataSource.query(
      `SELECT id FROM placement_need WHERE children->0->>'firstName' = 'Mikkel'`,
    );
    const { ranked, network } = await new MatchingService(
      dataSource,
      audit,
      new NetworkService(dataSource, audit),
    ).rankForNeed(actor, mikkel.id, 10);
    expect(network.map((c) => [c.name, c.stage, c.evaluation?.eligible])).toEqual([
      ['Lone', 'APPROVED', true],
    ]);
    expect(ranked[0].family.displayName).toBe('Moster Lone');
    expect(ranked[0].evaluation.network).toBe(true);
    expect(ranked.length).toBeGreaterThan(2);
    expect(ranked.every((r) => r.evaluation.eligible)).toBe(true);
  });
});
