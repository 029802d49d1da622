import { insertFamily } from '../../libs/matching/src/testing/matching-fixtures';
import { gql, loginToken } from '../support/graphql-client';
import { aarhusId, completeForm, submittedApplication } from '../support/recruitment';
import { startApiForTest, TestApi } from '../support/test-api';

const year = new Date().getFullYear();
const CREATE = `mutation($input: PlacementNeedInput!) { createPlacementNeed(input: $input) {
  id version networkPeople { name relation applicationId } networkFamilyIds } }`;
const UPDATE = `mutation($input: UpdatePlacementNeedInput!) { updatePlacementNeed(input: $input) { id version } }`;
const RANK = `query($id: ID!) { familyRanking(needId: $id, limit: 50) {
  network { name relation stage stageText applicationId applicationStatus daysInStatus
            family { id } evaluation { eligible network violations { rule } } }
  families { family { id } evaluation { eligible network } }
} }`;
const OPTIONS = `{ matchingNetworkOptions { families { id displayName } applications { id applicantName childName relation status statusLabel } } }`;
const MOVE = `mutation($input: TransitionApplicationInput!) { transitionApplication(input: $input) { id status version } }`;
const APPROVE = `mutation($input: ApproveApplicationInput!) { approveApplication(input: $input) { id fosterFamily { id } } }`;
const PROPOSE = `mutation($n: ID!, $f: ID!) { proposeFamily(needId: $n, familyId: $f) { id network } }`;
const PROPOSALS = `query($needId: ID) { matchProposals(needId: $needId) { family { id } network networkInApproval { name stageText } } }`;
const BATCH = `mutation { runMatchingBatch { proposals { id need { id } family { id } network } } }`;
const ACCEPT = `mutation($id: ID!) { acceptMatchProposal(id: $id, reason: "Moster Hanne kender Emil") { id family { id vacancies } } }`;

interface Candidate {
  name: string;
  relation: string;
  stage: string;
  stageText: string;
  applicationId: string | null;
  applicationStatus: string | null;
  daysInStatus: number | null;
  family: { id: string } | null;
  evaluation: { eligible: boolean; network: boolean; violations: { rule: string }[] } | null;
}
interface Ranking {
  familyRanking: {
    network: Candidate[];
    families: { family: { id: string }; evaluation: { eligible: boolean; network: boolean } }[];
  };
}

function needInput(overrides: Record<string, unknown> = {}) {
  return {
    children: [{ firstName: 'Emil', birthDate: `${year - 8}-02-01` }],
    supportLevel: 'FORSTAERKET',
    needs: [],
    contactVisitsPerMonth: 2,
    languages: ['da'],
    culture: [],
    wishes: [],
    networkPeople: [],
    networkFamilyIds: [],
    acute: false,
    ...overrides,
  };
}

/**
 * Issue 4: "an approved or approvable network family for this child is always shown first". Approvable = someone
 * from the child's network whose network-track application is on its way through recruitment.
 */
describe('matching: the child’s network first, approved or on its way', () => {
  let api: TestApi;
  let aarhus: string;
  let municipalityId: string;
  let caseworker: string;
  let consultant: string;

  beforeAll(async () => {
    api = await startApiForTest();
    [{ id: aarhus }] = await api.dataSource.query(`SELECT id FROM municipality WHERE code = '751'`);
    municipalityId = await aarhusId(api.url);
    caseworker = await loginToken(api.url, 'sagsbehandler@aarhus.example');
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
  });
  afterAll(() => api.close());

  const networkApplication = (childName: string) =>
    submittedApplication(
      api.url,
      municipalityId,
      completeForm({
        familyTypes: ['NETVAERK'],
        networkChildName: childName,
        networkChildRelation: 'Moster',
        ageMin: null,
      }),
    );

  const move = async (id: string, version: number, to: string) => {
    const r = await gql<{ transitionApplication: { version: number } }>(
      api.url,
      MOVE,
      { input: { id, expectedVersion: version, to, reason: 'videre' } },
      { token: consultant },
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.transitionApplication.version;
  };

  const rankingOf = async (needId: string) => {
    const r = await gql<Ranking>(api.url, RANK, { id: needId }, { token: caseworker });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.familyRanking;
  };

  it('shows a named person in approval, one not started and an approved family that is full, before anyone else; approval turns the person into the child’s family', async () => {
    // An ordinary family that could take Emil, so the ordinary ranking is not empty.
    const ordinary = await insertFamily(api.dataSource, aarhus, {
      displayName: 'Familien Almen',
      approvalTypes: ['FORSTAERKET'],
      vacancies: 2,
    });
    // An approved network family for Emil with no vacancy left: the ranking alone would drop it silently.
    const fullNetwork = await insertFamily(api.dataSource, aarhus, {
      displayName: 'Familien Farmor',
      approvalTypes: ['NETVAERK'],
      networkChildName: 'Emil',
      vacancies: 0,
    });
    const app = await networkApplication('Emil');

    const options = await gql<{
      matchingNetworkOptions: {
        families: { id: string }[];
        applications: { id: string; childName: string; statusLabel: string }[];
      };
    }>(api.url, OPTIONS, {}, { token: caseworker });
    const option = options.data!.matchingNetworkOptions.applications.find((a) => a.id === app.id);
    expect(option).toMatchObject({ childName: 'Emil', statusLabel: 'Ansøgning modtaget' });
    expect(options.data!.matchingNetworkOptions.families.map((f) => f.id)).toContain(fullNetwork);

    const created = await gql<{
      createPlacementNeed: { id: string; version: number; networkPeople: unknown[] };
    }>(
      api.url,
      CREATE,
      {
        input: needInput({
          networkPeople: [
            { name: 'Moster Hanne', relation: 'moster', applicationId: app.id },
            { name: 'Morfar Jens', relation: 'morfar' },
          ],
          networkFamilyIds: [fullNetwork],
        }),
      },
      { token: caseworker },
    );
    expect(created.errors).toBeUndefined();
    const need = created.data!.createPlacementNeed;
    expect(need.networkPeople).toEqual([
      { name: 'Moster Hanne', relation: 'moster', applicationId: app.id },
      { name: 'Morfar Jens', relation: 'morfar', applicationId: null },
    ]);

    let ranking = await rankingOf(need.id);
    expect(ranking.network.map((c) => [c.name, c.stage])).toEqual([
      ['Familien Farmor', 'APPROVED'],
      ['Moster Hanne', 'IN_APPROVAL'],
      ['Morfar Jens', 'NOT_STARTED'],
    ]);
    const [farmor, hanne, jens] = ranking.network;
    expect(farmor.family?.id).toBe(fullNetwork);
    expect(farmor.evaluation).toMatchObject({ eligible: false, network: true });
    expect(farmor.evaluation!.violations.map((v) => v.rule)).toContain('VACANCIES');
    expect(farmor.stageText).toMatch(/^Godkendt, men kan ikke foreslås endnu: /);
    expect(hanne).toMatchObject({ applicationId: app.id, applicationStatus: 'SUBMITTED', daysInStatus: 0 });
    expect(hanne.stageText).toBe('Under godkendelse som netværksplejefamilie: Ansøgning modtaget (0 dage).');
    expect(jens).toMatchObject({ applicationId: null, family: null, evaluation: null });
    // The ordinary list has the ordinary family and not the full network family.
    expect(ranking.families.map((f) => f.family.id)).toContain(ordinary);
    expect(ranking.families.map((f) => f.family.id)).not.toContain(fullNetwork);

    // A proposal to another family meanwhile tells the consultant that the child's network is on its way.
    expect(
      (await gql(api.url, PROPOSE, { n: need.id, f: ordinary }, { token: caseworker })).errors,
    ).toBeUndefined();
    const waiting = await gql<{
      matchProposals: {
        family: { id: string };
        network: boolean;
        networkInApproval: { name: string; stageText: string }[];
      }[];
    }>(api.url, PROPOSALS, { needId: need.id }, { token: consultant });
    expect(waiting.data!.matchProposals).toEqual([
      {
        family: { id: ordinary },
        network: false,
        networkInApproval: [
          {
            name: 'Moster Hanne',
            stageText: 'Under godkendelse som netværksplejefamilie: Ansøgning modtaget (0 dage).',
          },
        ],
      },
    ]);

    // Recruitment approves Hanne on the network track; nobody edits the need.
    let version = app.version;
    for (const to of ['HOME_VISIT_1', 'COURSE_DAYS_1_2', 'ASSESSMENT'])
      version = await move(app.id, version, to);
    await api.dataSource.query(
      `UPDATE application_requirement SET status = 'ACCEPTED' WHERE application_id = $1`,
      [app.id],
    );
    const approved = await gql<{ approveApplication: { fosterFamily: { id: string } } }>(
      api.url,
      APPROVE,
      {
        input: {
          id: app.id,
          expectedVersion: version,
          approvalTypes: ['NETVAERK'],
          places: 1,
          ageMin: 0,
          ageMax: 17,
          takesSiblings: false,
          reason: 'Godkendt til Emil',
        },
      },
      { token: consultant },
    );
    expect(approved.errors).toBeUndefined();
    const hanneFamily = approved.data!.approveApplication.fosterFamily.id;

    ranking = await rankingOf(need.id);
    expect(ranking.network.map((c) => [c.name, c.stage])).toEqual([
      ['Moster Hanne', 'APPROVED'],
      ['Familien Farmor', 'APPROVED'],
      ['Morfar Jens', 'NOT_STARTED'],
    ]);
    expect(ranking.network[0]).toMatchObject({
      family: { id: hanneFamily },
      evaluation: { eligible: true, network: true },
      stageText: 'Godkendt og kan foreslås nu.',
    });
    // In the ordinary ranking too, Hanne is first as the child's network family (a NETVAERK approval for a
    // FORSTAERKET need: only network families may skip the approval level).
    expect(ranking.families[0]).toMatchObject({
      family: { id: hanneFamily },
      evaluation: { eligible: true, network: true },
    });
    // Approved, she is no longer "on her way": the warning on the other proposal is gone.
    const after = await gql<{ matchProposals: { networkInApproval: unknown[] }[] }>(
      api.url,
      PROPOSALS,
      { needId: need.id },
      { token: consultant },
    );
    expect(after.data!.matchProposals.map((p) => p.networkInApproval)).toEqual([[]]);
    const proposed = await gql<{ proposeFamily: { network: boolean } }>(
      api.url,
      PROPOSE,
      { n: need.id, f: hanneFamily },
      { token: caseworker },
    );
    expect(proposed.data?.proposeFamily.network).toBe(true);

    // The batch sees the link as well: Emil goes to Hanne, his network, not to the ordinary family.
    const batch = await gql<{
      runMatchingBatch: {
        proposals: { id: string; need: { id: string }; family: { id: string }; network: boolean }[];
      };
    }>(api.url, BATCH, {}, { token: consultant });
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.runMatchingBatch.proposals.find((p) => p.need.id === need.id)).toMatchObject({
      family: { id: hanneFamily },
      network: true,
    });
    // Acceptance checks the rules again on the locked rows, with the link resolved there too: the NETVAERK-only
    // family may take the FORSTAERKET child because it is his network.
    const batchProposal = batch.data!.runMatchingBatch.proposals.find((p) => p.need.id === need.id)!;
    const accepted = await gql<{ acceptMatchProposal: { family: { id: string; vacancies: number } } }>(
      api.url,
      ACCEPT,
      { id: batchProposal.id },
      { token: consultant },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptMatchProposal.family).toEqual({ id: hanneFamily, vacancies: 0 });
  });

  it('says when a linked approval stopped, and refuses a link to a standard application, another municipality’s or a repeated one, writing nothing', async () => {
    const app = await networkApplication('Sofie');
    const created = await gql<{ createPlacementNeed: { id: string; version: number } }>(
      api.url,
      CREATE,
      {
        input: needInput({
          children: [{ firstName: 'Sofie', birthDate: `${year - 5}-02-01` }],
          networkPeople: [{ name: 'Faster Ida', relation: 'faster', applicationId: app.id }],
        }),
      },
      { token: caseworker },
    );
    const need = created.data!.createPlacementNeed;
    await move(app.id, app.version, 'WITHDRAWN');
    const ranking = await rankingOf(need.id);
    expect(ranking.network).toEqual([
      expect.objectContaining({
        name: 'Faster Ida',
        stage: 'STOPPED',
        applicationStatus: 'WITHDRAWN',
        stageText: 'Godkendelsen er stoppet: trukket tilbage.',
      }),
    ]);
    // The need stays editable with the stopped link in it.
    const kept = await gql(
      api.url,
      UPDATE,
      {
        input: {
          id: need.id,
          expectedVersion: need.version,
          need: needInput({
            children: [{ firstName: 'Sofie', birthDate: `${year - 5}-02-01` }],
            networkPeople: [{ name: 'Faster Ida', relation: 'faster', applicationId: app.id }],
            acute: true,
          }),
        },
      },
      { token: caseworker },
    );
    expect(kept.errors).toBeUndefined();

    const standard = await submittedApplication(api.url, municipalityId);
    const [other] = await api.dataSource.query(`SELECT id FROM municipality WHERE code <> '751' LIMIT 1`);
    const [foreign] = await api.dataSource.query(
      `INSERT INTO application (municipality_id, applicant_user_id, track, status, form, version)
       SELECT $1, applicant_user_id, 'NETWORK', 'SUBMITTED', form, 1 FROM application WHERE id = $2 RETURNING id`,
      [other.id, app.id],
    );
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM placement_need`);
    const refused = await gql(
      api.url,
      CREATE,
      {
        input: needInput({
          networkPeople: [
            { name: 'A', relation: '', applicationId: standard.id },
            { name: 'B', relation: '', applicationId: foreign.id },
            { name: 'C', relation: '', applicationId: app.id },
            { name: 'D', relation: '', applicationId: app.id },
          ],
        }),
      },
      { token: caseworker },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = refused.errors?.[0].extensions?.fields as Record<string, string>;
    expect(fields).toEqual({
      'networkPeople.0.applicationId':
        'Vælg en ansøgning om godkendelse som netværksplejefamilie i kommunen.',
      'networkPeople.1.applicationId':
        'Vælg en ansøgning om godkendelse som netværksplejefamilie i kommunen.',
      'networkPeople.3.applicationId': 'Ansøgningen er allerede koblet til en anden person.',
    });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM placement_need`)).toEqual(before);
    // Another municipality's applications are not offered either.
    const options = await gql<{ matchingNetworkOptions: { applications: { id: string }[] } }>(
      api.url,
      OPTIONS,
      {},
      { token: caseworker },
    );
    const offered = options.data!.matchingNetworkOptions.applications.map((a) => a.id);
    expect(offered).not.toContain(foreign.id);
    expect(offered).not.toContain(standard.id);
    expect(offered).not.toContain(app.id); // withdrawn
  });
});
