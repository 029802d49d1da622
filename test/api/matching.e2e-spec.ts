import { insertFamily } from '../../libs/matching/src/testing/matching-fixtures';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, TestApi } from '../support/test-api';

const year = new Date().getFullYear();
const NEED_FIELDS = `id status version children { id firstName birthDate }`;
const CREATE = `mutation($input: PlacementNeedInput!) { createPlacementNeed(input: $input) { ${NEED_FIELDS} } }`;
const RANK = `query($id: ID!) { familyRanking(needId: $id, limit: 50) { considered families {
  family { id displayName vacancies } evaluation { eligible network score factors { key points explanation } conflicts { field explanation } }
} } }`;
const PROPOSE = `mutation($n: ID!, $f: ID!) { proposeFamily(needId: $n, familyId: $f) { id status score } }`;
const ACCEPT = `mutation($id: ID!) { acceptMatchProposal(id: $id, reason: "Godt match") { id childrenCount matchScore family { id vacancies } } }`;

interface Ranked {
  familyRanking: {
    considered: number;
    families: {
      family: { id: string };
      evaluation: {
        eligible: boolean;
        network: boolean;
        score: number;
        factors: { points: number; explanation: string }[];
      };
    }[];
  };
}

function needInput(overrides: Record<string, unknown> = {}) {
  return {
    children: [{ firstName: 'Mikkel', birthDate: `${year - 9}-03-01` }],
    supportLevel: 'ALMEN',
    needs: ['ADHD'],
    schoolName: 'Møllevangskolen',
    schoolLat: 56.17,
    schoolLon: 10.2,
    bioLat: 56.16,
    bioLon: 10.21,
    contactVisitsPerMonth: 2,
    languages: ['da'],
    culture: [],
    wishes: ['ANIMALS'],
    wishesText: 'Jeg vil gerne bo et sted med en hund.',
    networkPeople: [{ name: 'Moster Lone', relation: 'moster' }],
    networkFamilyIds: [],
    acute: false,
    ...overrides,
  };
}

describe('matching over GraphQL', () => {
  let api: TestApi;
  let aarhus: string;
  let caseworker: string;
  let consultant: string;

  beforeAll(async () => {
    api = await startApiForTest();
    [{ id: aarhus }] = await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    caseworker = await loginToken(api.url, 'sagsbehandler@aarhus.example');
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
  });
  afterAll(() => api.close());

  const createNeed = async (overrides: Record<string, unknown> = {}) => {
    const r = await gql<{ createPlacementNeed: { id: string; version: number } }>(
      api.url,
      CREATE,
      { input: needInput(overrides) },
      { token: caseworker },
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createPlacementNeed;
  };

  it('refuses a need with a missing name or an unknown tag, with Danish field messages, and stores nothing', async () => {
    const r = await gql(
      api.url,
      CREATE,
      { input: needInput({ children: [{ firstName: '', birthDate: `${year - 9}-03-01` }] }) },
      { token: caseworker },
    );
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'children.0.firstName': 'Skriv barnets fornavn.' },
    });
    const tags = await gql(
      api.url,
      CREATE,
      { input: needInput({ needs: ['FINDES_IKKE'] }) },
      { token: caseworker },
    );
    expect(tags.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { needs: 'Vælg behov fra listen.' },
    });
    // A day that does not exist is refused, not stored as the day after (Date.parse would make it 2 March).
    const noSuchDay = await gql(
      api.url,
      CREATE,
      { input: needInput({ children: [{ firstName: 'Mikkel', birthDate: `${year - 9}-02-30` }] }) },
      { token: caseworker },
    );
    expect(noSuchDay.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'children.0.birthDate': 'Skriv en gyldig fødselsdato.' },
    });
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM placement_need`);
    expect(n).toBe(0);
  });

  it('ranks the child’s network family first, leaves out every family that breaks a hard rule, and explains the score', async () => {
    const near = await insertFamily(api.dataSource, aarhus, {
      displayName: 'Familien Nær',
      profile: { lat: 56.171, lon: 10.201, experience: ['ADHD'], features: ['ANIMALS'], languages: ['da'] },
    });
    const far = await insertFamily(api.dataSource, aarhus, {
      displayName: 'Familien Fjern',
      approvalTypes: ['SPECIALISERET'],
      profile: { lat: 55.4, lon: 8.5 },
    });
    const reliefOnly = await insertFamily(api.dataSource, aarhus, { approvalTypes: ['AFLASTNING'] });
    const tooYoung = await insertFamily(api.dataSource, aarhus, { ageMin: 0, ageMax: 5 });
    const excludes = await insertFamily(api.dataSource, aarhus, { profile: { prefNeedsExcluded: ['ADHD'] } });
    const consultantExcludes = await insertFamily(api.dataSource, aarhus, {
      profile: { prefNeedsExcluded: [], assessedNeedsExcluded: ['ADHD'] },
    });
    const otherChild = await insertFamily(api.dataSource, aarhus, {
      approvalTypes: ['NETVAERK'],
      networkChildName: 'Sofie',
    });
    const network = await insertFamily(api.dataSource, aarhus, {
      displayName: 'Moster Lone',
      approvalTypes: ['NETVAERK'],
      networkChildName: 'Mikkel',
      places: 1,
      profile: { lat: 55.0, lon: 9.0 },
    });
    const need = await createNeed({ networkFamilyIds: [network] });

    const r = await gql<Ranked>(api.url, RANK, { id: need.id }, { token: caseworker });
    expect(r.errors).toBeUndefined();
    const ids = r.data!.familyRanking.families.map((f) => f.family.id);
    expect(ids[0]).toBe(network);
    expect(r.data!.familyRanking.families[0].evaluation.network).toBe(true);
    expect(ids).toContain(near);
    expect(ids).toContain(far);
    for (const excluded of [reliefOnly, tooYoung, excludes, consultantExcludes, otherChild])
      expect(ids).not.toContain(excluded);
    // Near beats far on the same rules: school, contact visits, experience and the child's wish for animals.
    expect(ids.indexOf(near)).toBeLessThan(ids.indexOf(far));
    for (const f of r.data!.familyRanking.families) {
      const sum = f.evaluation.factors.reduce((s, x) => s + x.points, 0);
      expect(sum).toBeCloseTo(f.evaluation.score, 5);
      expect(f.evaluation.factors.every((x) => x.explanation.length > 10)).toBe(true);
    }

    const why = await gql<{
      familyEvaluation: {
        evaluation: { eligible: boolean; violations: { rule: string; explanation: string }[] };
      };
    }>(
      api.url,
      `query($n: ID!, $f: ID!) { familyEvaluation(needId: $n, familyId: $f) { evaluation { eligible violations { rule explanation } } } }`,
      { n: need.id, f: consultantExcludes },
      { token: caseworker },
    );
    expect(why.data?.familyEvaluation.evaluation).toMatchObject({
      eligible: false,
      violations: [{ rule: 'EXCLUDED_NEED', explanation: expect.any(String) }],
    });
  });

  it('never overbooks a family when two consultants accept at the same moment', async () => {
    const family = await insertFamily(api.dataSource, aarhus, {
      places: 1,
      displayName: 'Familien Én Plads',
    });
    const first = await createNeed({ children: [{ firstName: 'Ada', birthDate: `${year - 7}-01-01` }] });
    const second = await createNeed({ children: [{ firstName: 'Ben', birthDate: `${year - 8}-01-01` }] });
    const p1 = await gql<{ proposeFamily: { id: string } }>(
      api.url,
      PROPOSE,
      { n: first.id, f: family },
      { token: caseworker },
    );
    const p2 = await gql<{ proposeFamily: { id: string } }>(
      api.url,
      PROPOSE,
      { n: second.id, f: family },
      { token: caseworker },
    );
    const other = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    const results = await Promise.all([
      gql<{ acceptMatchProposal: { family: { vacancies: number } } }>(
        api.url,
        ACCEPT,
        { id: p1.data!.proposeFamily.id },
        { token: consultant },
      ),
      gql<{ acceptMatchProposal: { family: { vacancies: number } } }>(
        api.url,
        ACCEPT,
        { id: p2.data!.proposeFamily.id },
        { token: other },
      ),
    ]);
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors?.[0].extensions?.code)).toEqual([
      'MATCHING.NOT_ELIGIBLE',
    ]);
    const [row] = await api.dataSource.query(`SELECT vacancies FROM foster_family WHERE id = $1`, [family]);
    expect(row.vacancies).toBe(0);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM placement WHERE foster_family_id = $1`,
      [family],
    );
    expect(n).toBe(1);
  });

  it('runs an exact batch, accepts a proposal, ends the placement as a breakdown and gives the place back', async () => {
    // Fresh municipality-wide state: close what the earlier tests left waiting.
    await api.dataSource.query(`UPDATE placement_need SET status = 'CANCELLED' WHERE status = 'WAITING'`);
    await api.dataSource.query(`UPDATE foster_family SET active = false`);
    const siblingsOk = await insertFamily(api.dataSource, aarhus, {
      places: 2,
      takesSiblings: true,
      displayName: 'Familien Søskende',
    });
    const single = await insertFamily(api.dataSource, aarhus, { places: 1, displayName: 'Familien Alene' });
    const siblings = await createNeed({
      children: [
        { firstName: 'Emma', birthDate: `${year - 6}-05-05` },
        { firstName: 'Noah', birthDate: `${year - 4}-05-05` },
      ],
    });
    const alone = await createNeed({ children: [{ firstName: 'Liva', birthDate: `${year - 10}-05-05` }] });
    const third = await createNeed({ children: [{ firstName: 'Oskar', birthDate: `${year - 11}-05-05` }] });

    const batch = await gql<{
      runMatchingBatch: {
        assignedCount: number;
        proposals: { id: string; need: { id: string }; family: { id: string } }[];
        unassigned: { id: string }[];
        unassignedReasons: { need: { id: string }; eligibleFamilies: number; reason: string }[];
      };
    }>(
      api.url,
      `mutation { runMatchingBatch { assignedCount proposals { id need { id } family { id } } unassigned { id }
        unassignedReasons { need { id } eligibleFamilies reason } } }`,
      {},
      { token: consultant },
    );
    expect(batch.errors).toBeUndefined();
    const pairs = new Map(batch.data!.runMatchingBatch.proposals.map((p) => [p.need.id, p.family.id]));
    // The sibling group can only go to the family with two places; one of the single children gets the other.
    expect(pairs.get(siblings.id)).toBe(siblingsOk);
    expect(batch.data!.runMatchingBatch.assignedCount).toBe(2);
    expect([...pairs.values()].sort()).toEqual([siblingsOk, single].sort());
    expect(batch.data!.runMatchingBatch.unassigned.map((u) => u.id)).toHaveLength(1);
    expect([alone.id, third.id]).toContain(batch.data!.runMatchingBatch.unassigned[0].id);
    // The child left over is not told that no family fits: both families could take a single child, but each
    // got another one this round.
    expect(batch.data!.runMatchingBatch.unassignedReasons).toEqual([
      {
        need: { id: batch.data!.runMatchingBatch.unassigned[0].id },
        eligibleFamilies: 2,
        reason:
          '2 familier kan tage barnet, men har fået et andet barn i denne runde. En familie får højst én ny anbringelse pr. runde; kør fordelingen igen, når forslagene er behandlet.',
      },
    ]);

    const proposal = batch.data!.runMatchingBatch.proposals.find((p) => p.need.id === siblings.id)!;
    const declineWithoutReason = await gql(
      api.url,
      `mutation($id: ID!) { declineMatchProposal(id: $id, reason: " ") { id } }`,
      { id: proposal.id },
      { token: consultant },
    );
    expect(declineWithoutReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.any(String) },
    });
    // Accepting needs a reason too, and without one nothing is placed.
    const acceptWithoutReason = await gql(
      api.url,
      `mutation($id: ID!) { acceptMatchProposal(id: $id, reason: "  ") { id } }`,
      { id: proposal.id },
      { token: consultant },
    );
    expect(acceptWithoutReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: 'Skriv hvorfor forslaget godkendes.' },
    });
    const [{ n: placementsBefore }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM placement WHERE need_id = $1`,
      [siblings.id],
    );
    expect(placementsBefore).toBe(0);
    const accepted = await gql<{
      acceptMatchProposal: { id: string; childrenCount: number; family: { vacancies: number } };
    }>(api.url, ACCEPT, { id: proposal.id }, { token: consultant });
    expect(accepted.data?.acceptMatchProposal).toMatchObject({ childrenCount: 2, family: { vacancies: 0 } });
    const again = await gql(api.url, ACCEPT, { id: proposal.id }, { token: consultant });
    expect(again.errors?.[0].extensions?.code).toBe('MATCHING.PROPOSAL_DECIDED');

    const placementId = accepted.data!.acceptMatchProposal.id;
    const today = new Date().toISOString().slice(0, 10);
    const ended = await gql<{ endPlacement: { endReason: string; family: { vacancies: number } } }>(
      api.url,
      `mutation($input: EndPlacementInput!) { endPlacement(input: $input) { endReason family { vacancies } } }`,
      {
        input: {
          id: placementId,
          expectedVersion: 1,
          endedOn: today,
          reason: 'BREAKDOWN_FAMILY',
          note: 'Plejefamilien opsagde aftalen',
        },
      },
      { token: caseworker },
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data?.endPlacement).toEqual({ endReason: 'BREAKDOWN_FAMILY', family: { vacancies: 2 } });
    const outcomes = await gql<{
      placementOutcomes: {
        band: string;
        placements: number;
        ended: number;
        breakdowns: number;
        breakdownRate: number | null;
      }[];
    }>(
      api.url,
      `{ placementOutcomes { band placements ended breakdowns breakdownRate } }`,
      {},
      { token: caseworker },
    );
    const withBreakdown = outcomes.data!.placementOutcomes.filter((o) => o.breakdowns > 0);
    expect(withBreakdown).toHaveLength(1);
    expect(withBreakdown[0]).toMatchObject({ ended: 1, breakdowns: 1, breakdownRate: 1 });
  });

  it('keeps needs inside their municipality', async () => {
    const need = await createNeed();
    const mine = await gql<{
      placementNeeds: { edges: { node: { id: string; schoolLat: number | null; status: string } }[] };
    }>(
      api.url,
      `{ placementNeeds(first: 100, status: WAITING) { edges { node { id status schoolLat } } } }`,
      {},
      { token: caseworker },
    );
    expect(mine.errors).toBeUndefined();
    const listed = mine.data!.placementNeeds.edges.map((e) => e.node);
    expect(listed.every((n) => n.status === 'WAITING')).toBe(true);
    expect(listed.find((n) => n.id === need.id)?.schoolLat).toBe(56.17);
    const norddjurs = await loginToken(api.url, 'sagsbehandler@norddjurs.example');
    const r = await gql(
      api.url,
      `query($id: ID!) { placementNeed(id: $id) { id } }`,
      { id: need.id },
      { token: norddjurs },
    );
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const ranking = await gql(api.url, RANK, { id: need.id }, { token: norddjurs });
    expect(ranking.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
