import { AuditService, dataSourceOptions, Role } from '@pleje/core';
import { createTestDatabase, TestDatabase, testConfig } from '@pleje/testing';
import { DataSource } from 'typeorm';
import { seedRecruitment } from '../seed/recruitment-seed';
import { RecruitmentAnalyticsService } from './recruitment-analytics.service';

// Real PostgreSQL: a hand-made history where every expected figure is worked out below, plus an application
// of another municipality and one created before the period that must never count.
const DAY = 86400000;
const at = (iso: string, days = 0): Date => new Date(new Date(iso).getTime() + days * DAY);

interface Plan {
  municipality: 'A' | 'B';
  track?: 'STANDARD' | 'NETWORK';
  created: string;
  /** [to_status, days after creation]; from_status follows the previous entry (null for the first). */
  moves: Array<[string, number]>;
  /** Leave out the NULL → INQUIRY row, as an import might: the stay then counts from creation. */
  noInitialRow?: boolean;
  status: string;
  source: string | null;
  births: string[];
  submittedDay?: number;
  decidedDay?: number;
}

const PLANS: Record<string, Plan> = {
  // Submitted 2026-03-03 23:30 UTC = 2026-03-04 in Copenhagen: the first applicant turns 30 that day.
  full: {
    municipality: 'A',
    created: '2026-03-01T23:30:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 2],
      ['HOME_VISIT_1', 12],
      ['COURSE_DAYS_1_2', 22],
      ['HOME_VISIT_2', 26],
      ['COURSE_DAYS_3_4', 30],
      ['ASSESSMENT', 40],
      ['APPROVED', 50],
    ],
    status: 'APPROVED',
    source: 'WEBSITE',
    births: ['1996-03-04', '1966-03-05'],
    submittedDay: 2,
    decidedDay: 50,
  },
  network: {
    municipality: 'A',
    track: 'NETWORK',
    created: '2026-02-10T10:00:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 4],
      ['HOME_VISIT_1', 10],
      ['COURSE_DAYS_1_2', 14],
      ['ASSESSMENT', 20],
      ['APPROVED', 30],
    ],
    status: 'APPROVED',
    source: 'FRIENDS_FAMILY',
    births: ['1985-06-01'],
    submittedDay: 4,
    decidedDay: 30,
  },
  heldThenWithdrawn: {
    municipality: 'A',
    created: '2026-04-01T10:00:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 1],
      ['HOME_VISIT_1', 3],
      ['ON_HOLD', 5],
      ['HOME_VISIT_1', 15],
      ['WITHDRAWN', 18],
    ],
    status: 'WITHDRAWN',
    source: 'WEBSITE',
    births: ['2000-01-01', '1950-01-01'],
    submittedDay: 1,
  },
  refused: {
    municipality: 'A',
    created: '2026-01-20T10:00:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 6],
      ['HOME_VISIT_1', 14],
      ['COURSE_DAYS_1_2', 16],
      ['HOME_VISIT_2', 20],
      ['COURSE_DAYS_3_4', 26],
      ['ASSESSMENT', 30],
      ['REFUSED', 31],
    ],
    status: 'REFUSED',
    source: 'SOCIAL_MEDIA',
    births: ['1970-01-01'],
    submittedDay: 6,
    decidedDay: 31,
  },
  // A draft: its birth date must not count (ages are taken at submission).
  draft: {
    municipality: 'A',
    created: '2026-05-01T10:00:00Z',
    moves: [['INQUIRY', 0]],
    status: 'INQUIRY',
    source: null,
    births: ['1940-01-01'],
  },
  submittedNoInitialRow: {
    municipality: 'A',
    created: '2026-05-10T10:00:00Z',
    moves: [['SUBMITTED', 3]],
    noInitialRow: true,
    status: 'SUBMITTED',
    source: 'INFO_MEETING',
    births: ['1990-05-05'],
    submittedDay: 3,
  },
  // Outside: created before the period, and another municipality's application.
  beforePeriod: {
    municipality: 'A',
    created: '2025-12-15T10:00:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 1],
    ],
    status: 'SUBMITTED',
    source: 'WEBSITE',
    births: ['1950-01-01'],
    submittedDay: 1,
  },
  otherMunicipality: {
    municipality: 'B',
    created: '2026-03-01T10:00:00Z',
    moves: [
      ['INQUIRY', 0],
      ['SUBMITTED', 1],
      ['HOME_VISIT_1', 100],
      ['COURSE_DAYS_1_2', 101],
      ['HOME_VISIT_2', 102],
      ['COURSE_DAYS_3_4', 103],
      ['ASSESSMENT', 104],
      ['APPROVED', 105],
    ],
    status: 'APPROVED',
    source: 'WEBSITE',
    births: ['1950-01-01'],
    submittedDay: 1,
    decidedDay: 105,
  },
};

const PERIOD = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-07-01T00:00:00Z') };

describe('RecruitmentAnalyticsService', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let audit: AuditService;
  let service: RecruitmentAnalyticsService;
  const municipality = { A: '', B: '' };
  let consultantA: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    dataSource = await new DataSource(dataSourceOptions(config)).initialize();
    audit = new AuditService(dataSource, config);
    service = new RecruitmentAnalyticsService(dataSource, audit);
    for (const [key, code] of [
      ['A', '901'],
      ['B', '902'],
    ] as const) {
      const [row] = await dataSource.query(
        `INSERT INTO municipality (code, name) VALUES ($1, $2) RETURNING id`,
        [code, `Testkommune ${key}`],
      );
      municipality[key] = row.id;
    }
    consultantA = await insertUser('konsulent@a.example', municipality.A, Role.FAMILY_CONSULTANT);
    for (const [name, plan] of Object.entries(PLANS)) await insertPlan(name, plan);
  });

  afterAll(async () => {
    await audit.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
  });

  async function insertUser(email: string, municipalityId: string, role: Role): Promise<string> {
    const [row] = await dataSource.query(
      `INSERT INTO app_user (municipality_id, email, name, role, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
      [municipalityId, email, email.split('@')[0], role],
    );
    return row.id;
  }

  async function insertPlan(name: string, plan: Plan): Promise<void> {
    const municipalityId = municipality[plan.municipality];
    const userId = await insertUser(`${name.toLowerCase()}@ansoeger.example`, municipalityId, Role.APPLICANT);
    const [app] = await dataSource.query(
      `INSERT INTO application (municipality_id, applicant_user_id, track, status, form, recruitment_source,
                                applicant_birth_dates, submitted_at, decided_at, created_at, version)
       VALUES ($1, $2, $3, $4, '{}', $5, $6::date[], $7, $8, $9, 1) RETURNING id`,
      [
        municipalityId,
        userId,
        plan.track ?? 'STANDARD',
        plan.status,
        plan.source,
        plan.births,
        plan.submittedDay === undefined ? null : at(plan.created, plan.submittedDay),
        plan.decidedDay === undefined ? null : at(plan.created, plan.decidedDay),
        new Date(plan.created),
      ],
    );
    // One row at a time in time order, as the services write them: the trigger fills the analytics columns.
    let from: string | null = plan.noInitialRow ? 'INQUIRY' : null;
    for (const [to, day] of plan.moves) {
      await dataSource.query(
        `INSERT INTO application_transition (application_id, municipality_id, from_status, to_status, actor_user_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [app.id, municipalityId, from, to, consultantA, at(plan.created, day)],
      );
      from = to;
    }
  }

  const actorA = () => ({
    userId: consultantA,
    municipalityId: municipality.A,
    role: Role.FAMILY_CONSULTANT,
  });

  it('counts the funnel, conversions and median days per stage exactly', async () => {
    const result = await service.analytics(actorA(), PERIOD);
    expect(result.applications).toBe(6);
    expect(
      result.funnel.map((f) => [f.status, f.reached, f.conversionFromPrevious, f.medianDaysInStage]),
    ).toEqual([
      // Stays in INQUIRY: 2, 4, 1, 6 and 3 days (the last counted from creation): median 3.
      ['INQUIRY', 6, null, 3],
      ['SUBMITTED', 5, 5 / 6, 7], // 10, 6, 2, 8
      // The held application is counted once; both its stays count (2 and 3 days): 10, 4, 2, 3, 2.
      ['HOME_VISIT_1', 4, 0.8, 3],
      ['COURSE_DAYS_1_2', 3, 0.75, 4], // 4, 6, 4
      // The network application skips the next two stages and counts as having passed them.
      ['HOME_VISIT_2', 3, 1, 5], // 4, 6
      ['COURSE_DAYS_3_4', 3, 1, 7], // 10, 4
      ['ASSESSMENT', 3, 1, 10], // 10, 10, 1
      ['APPROVED', 2, 2 / 3, null],
    ]);
    expect(result.funnel[0].label).toBe('Henvendelse og informationsmøde');
    expect(result.funnel[7].label).toBe('Godkendt');
  });

  it('counts outcomes, the median time to approval, sources and age bands exactly', async () => {
    const result = await service.analytics(actorA(), PERIOD);
    expect([result.approved, result.refused, result.withdrawn]).toEqual([2, 1, 1]);
    expect(result.medianDaysToApproval).toBe(37); // 48 and 26 days from submission to decision
    expect(result.bySource.map((s) => [s.source, s.label, s.applications, s.submitted, s.approved])).toEqual([
      ['WEBSITE', 'Kommunens hjemmeside', 2, 2, 1],
      ['SOCIAL_MEDIA', 'Sociale medier', 1, 1, 0],
      ['INFO_MEETING', 'Informationsmøde', 1, 1, 0],
      ['FRIENDS_FAMILY', 'Venner eller familie', 1, 1, 1],
      ['OTHER_FOSTER_FAMILY', 'Andre plejefamilier', 0, 0, 0],
      ['NEWSPAPER_RADIO', 'Avis eller radio', 0, 0, 0],
      ['EVENT', 'Arrangement', 0, 0, 0],
      ['OTHER', 'Andet', 0, 0, 0],
      [null, 'Ikke oplyst', 1, 0, 0],
    ]);
    // 30 on the Copenhagen submission day (29 by the UTC date), 59 the day before turning 60, 40, 26, 76,
    // 56 and 36; the draft's applicant is not counted.
    expect(result.ageDistribution).toEqual([
      { band: '18-29', count: 1 },
      { band: '30-39', count: 2 },
      { band: '40-49', count: 1 },
      { band: '50-59', count: 2 },
      { band: '60+', count: 1 },
    ]);
  });

  it('never counts another municipality, and reads only what its own actor may see', async () => {
    const consultantB = await insertUser('konsulent@b.example', municipality.B, Role.FAMILY_CONSULTANT);
    const result = await service.analytics(
      { userId: consultantB, municipalityId: municipality.B, role: Role.FAMILY_CONSULTANT },
      PERIOD,
    );
    expect(result.applications).toBe(1);
    expect(result.funnel.map((f) => f.reached)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(result.medianDaysToApproval).toBe(104);
    expect(result.ageDistribution.find((b) => b.band === '60+')?.count).toBe(1);
  });

  it('defaults to the twelve months before now, and refuses an empty period', async () => {
    const result = await service.analytics(actorA(), {}, new Date('2026-06-01T00:00:00Z'));
    expect(result.from.toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(result.to.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    expect(result.applications).toBe(7); // the application of December 2025 is now inside
    await expect(service.analytics(actorA(), { from: PERIOD.to, to: PERIOD.from })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('audits the read with the period and a count, no personal data', async () => {
    await service.analytics(actorA(), PERIOD);
    const rows = await dataSource.query(
      `SELECT action, entity, municipality_id, actor_user_id, details FROM audit_event
        WHERE entity = 'recruitment_analytics' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows).toEqual([
      {
        action: 'READ',
        entity: 'recruitment_analytics',
        municipality_id: municipality.A,
        actor_user_id: consultantA,
        details: { from: '2026-01-01T00:00:00.000Z', to: '2026-07-01T00:00:00.000Z', applications: 6 },
      },
    ]);
  });

  it('seeds synthetic applications whose analytics columns match what the trigger computes', async () => {
    const [c] = await dataSource.query(
      `INSERT INTO municipality (code, name) VALUES ('903', 'Seedkommune') RETURNING id`,
    );
    const consultant = await insertUser('konsulent@c.example', c.id, Role.FAMILY_CONSULTANT);
    expect(await seedRecruitment(dataSource, { municipalityId: c.id, applications: 400 })).toBe(400);
    expect(
      await seedRecruitment(dataSource, { municipalityId: c.id, applications: 5, onlyIfEmpty: true }),
    ).toBe(0);
    // The seed writes the two columns itself (for speed); they must equal the trigger's own computation.
    const [diff] = await dataSource.query(
      `SELECT count(*)::int AS n FROM (
         SELECT t.hours_in_from_status AS given,
                CASE WHEN t.from_status IS NOT NULL THEN greatest(0, round(extract(epoch FROM t.created_at -
                  coalesce(lag(t.created_at) OVER (PARTITION BY t.application_id ORDER BY t.created_at), a.created_at)) / 3600))::int END AS computed,
                t.application_created_at = a.created_at AS same_cohort
           FROM application_transition t JOIN application a ON a.id = t.application_id
          WHERE a.municipality_id = $1) x
        WHERE given IS DISTINCT FROM computed OR NOT same_cohort`,
      [c.id],
    );
    expect(diff.n).toBe(0);
    const result = await service.analytics({
      userId: consultant,
      municipalityId: c.id,
      role: Role.FAMILY_CONSULTANT,
    });
    expect(result.applications).toBe(400);
    expect(result.bySource.reduce((n, s) => n + s.applications, 0)).toBe(400);
    const reached = result.funnel.map((f) => f.reached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    expect(result.approved).toBe(reached[7]);
    const [{ statuses }] = await dataSource.query(
      `SELECT count(DISTINCT status)::int AS statuses FROM application WHERE municipality_id = $1`,
      [c.id],
    );
    expect(statuses).toBeGreaterThanOrEqual(10);
  });
});
