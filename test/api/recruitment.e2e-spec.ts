import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql, loginToken } from '../support/graphql-client';
import {
  aarhusId,
  completeForm,
  registerApplicant,
  REGISTER,
  SAVE_DRAFT,
  submittedApplication,
  SUBMIT,
} from '../support/recruitment';
import { startApiForTest, TestApi } from '../support/test-api';
import { NotificationsService } from '@pleje/notifications';
import { SendExpiryWarningsJob } from '../../libs/recruitment/src/jobs/expiry-warnings.job';

const MOVE = `mutation($input: TransitionApplicationInput!) { transitionApplication(input: $input) { id status version } }`;
const APPROVE = `mutation($input: ApproveApplicationInput!) {
  approveApplication(input: $input) { id status version fosterFamily { id displayName places vacancies approvalTypes approvedBy ageMin ageMax } }
}`;
const DETAIL = `query($id: ID!) { application(id: $id) {
  id status version allowedMoves requirements { id kind status subjectName } timeline { status state }
} }`;
const MINE = `{ myApplication { id status statusLabel nextStep version timeline { status label state reachedAt }
  messages { body fromStaff } allowedMoves problems { path } } }`;

interface Moved {
  transitionApplication: { id: string; status: string; version: number };
}

describe('recruitment over GraphQL: applying, the pipeline and approval', () => {
  let api: TestApi;
  let municipalityId: string;
  let consultant: string;
  let otherConsultant: string;

  beforeAll(async () => {
    api = await startApiForTest();
    municipalityId = await aarhusId(api.url);
    consultant = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    otherConsultant = await loginToken(api.url, 'familiekonsulent@norddjurs.example');
  });
  afterAll(() => api.close());

  const move = (id: string, expectedVersion: number, to: string, reason = '', token = consultant) =>
    gql<Moved>(api.url, MOVE, { input: { id, expectedVersion, to, reason } }, { token });

  it('registers an applicant with an empty application, refuses a taken address and a weak password', async () => {
    const { token, email } = await registerApplicant(api.url, municipalityId);
    const mine = await gql<{ myApplication: { status: string; allowedMoves: string[] } }>(
      api.url,
      MINE,
      {},
      { token },
    );
    expect(mine.data?.myApplication).toMatchObject({
      status: 'INQUIRY',
      allowedMoves: ['SUBMITTED', 'WITHDRAWN'],
    });

    const again = await gql(api.url, REGISTER, {
      input: {
        municipalityId,
        name: 'X Y',
        email: email.toUpperCase(),
        password: 'Plejefamilie-2026',
        acceptPrivacy: true,
      },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { email: 'E-mailadressen er i brug.' },
    });

    const weak = await gql(api.url, REGISTER, {
      input: {
        municipalityId,
        name: 'X Y',
        email: 'ny-svag@example.dk',
        password: 'kort',
        acceptPrivacy: false,
      },
    });
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(weak.errors?.[0].extensions?.fields ?? {}).sort()).toEqual([
      'acceptPrivacy',
      'password',
    ]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email = 'ny-svag@example.dk'`,
    );
    expect(n).toBe(0);
  });

  it('keeps what was typed in a draft, shows the problems, and refuses an incomplete submit without changing anything', async () => {
    const { token } = await registerApplicant(api.url, municipalityId);
    const partial = { ...completeForm(), postalCode: '80', motivation: 'Kort' };
    const saved = await gql<{
      saveApplicationDraft: { problems: { path: string; message: string }[]; lastStep: string };
    }>(api.url, SAVE_DRAFT, { form: partial, step: 'HOME' }, { token });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveApplicationDraft.lastStep).toBe('HOME');
    expect(saved.data?.saveApplicationDraft.problems.map((p) => p.path).sort()).toEqual([
      'motivation',
      'postalCode',
    ]);

    const submit = await gql(api.url, SUBMIT, {}, { token });
    expect(submit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'form.postalCode': 'Skriv et postnummer med 4 cifre.',
        'form.motivation': expect.stringContaining('mindst 50 tegn'),
      },
    });
    const mine = await gql<{ myApplication: { status: string } }>(api.url, MINE, {}, { token });
    expect(mine.data?.myApplication.status).toBe('INQUIRY');

    // Wrong types or oversized values never reach the database: typed error, field named.
    const bad = await gql(
      api.url,
      SAVE_DRAFT,
      { form: { ...partial, city: 'x'.repeat(101) }, step: 'HOME' },
      { token },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'form.city': 'Højst 100 tegn.' },
    });
  });

  it('keeps the review page ("Se og send") as the step to resume at, with the problems still named', async () => {
    const { token } = await registerApplicant(api.url, municipalityId);
    const reviewed = await gql<{
      saveApplicationDraft: { id: string; lastStep: string; problems: { path: string }[] };
    }>(api.url, SAVE_DRAFT, { form: completeForm({ motivation: 'Kort' }), step: 'REVIEW' }, { token });
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.saveApplicationDraft).toEqual({
      lastStep: 'REVIEW',
      problems: [
        { step: 'EXPERIENCE', path: 'motivation', message: expect.stringContaining('mindst 50 tegn') },
      ],
      id: expect.any(String),
      status: 'INQUIRY',
      version: expect.any(Number),
    });
    const mine = await gql<{ myApplication: { lastStep: string } }>(
      api.url,
      `{ myApplication { lastStep } }`,
      {},
      { token },
    );
    expect(mine.data?.myApplication.lastStep).toBe('REVIEW');
    // Only the known steps are stored.
    const unknown = await gql(api.url, SAVE_DRAFT, { form: completeForm(), step: 'SEND' }, { token });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    const [{ last_step }] = await api.dataSource.query(`SELECT last_step FROM application WHERE id = $1`, [
      reviewed.data!.saveApplicationDraft.id,
    ]);
    expect(last_step).toBe('REVIEW');
  });

  it('submits a complete application: checklist per household member aged 15+, a receipt mail queued', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    const detail = await gql<{
      application: { status: string; requirements: { kind: string; subjectName: string }[] };
    }>(api.url, DETAIL, { id: app.id }, { token: consultant });
    expect(detail.data?.application.status).toBe('SUBMITTED');
    const lines = detail.data!.application.requirements.map((r) => `${r.kind}:${r.subjectName}`).sort();
    // Anna, Bo and Clara (17) need both certificates; the adults a CV and both course blocks; two home visits.
    expect(lines).toEqual(
      [
        'CHILD_CERTIFICATE:Anna',
        'CHILD_CERTIFICATE:Bo',
        'CHILD_CERTIFICATE:Clara',
        'COURSE_DAYS_1_2:Anna',
        'COURSE_DAYS_1_2:Bo',
        'COURSE_DAYS_3_4:Anna',
        'COURSE_DAYS_3_4:Bo',
        'CRIMINAL_RECORD:Anna',
        'CRIMINAL_RECORD:Bo',
        'CRIMINAL_RECORD:Clara',
        'CV:Anna',
        'CV:Bo',
        'HOME_VISIT_1:',
        'HOME_VISIT_2:',
      ].sort(),
    );
    const mails = await api.dataSource.query(
      `SELECT template FROM email_message WHERE recipient_user_id = $1 ORDER BY created_at`,
      [app.userId],
    );
    expect(mails.map((m: { template: string }) => m.template)).toEqual([
      'recruitment.account-created',
      'recruitment.receipt',
    ]);
  });

  it('refuses illegal moves and stale versions with typed errors, and records who moved it and why', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    const skip = await move(app.id, app.version, 'ASSESSMENT');
    expect(skip.errors?.[0].extensions?.code).toBe('APPLICATION.ILLEGAL_TRANSITION');
    const approveByMove = await move(app.id, app.version, 'APPROVED');
    expect(approveByMove.errors?.[0].extensions?.code).toBe('APPLICATION.ILLEGAL_TRANSITION');
    const holdWithoutReason = await move(app.id, app.version, 'ON_HOLD', '  ');
    expect(holdWithoutReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: 'Skriv en begrundelse.' },
    });

    const ok = await move(app.id, app.version, 'HOME_VISIT_1', 'Aftalt pr. telefon');
    expect(ok.data?.transitionApplication.status).toBe('HOME_VISIT_1');
    const stale = await move(app.id, app.version, 'COURSE_DAYS_1_2');
    expect(stale.errors?.[0].extensions?.code).toBe('APPLICATION.STALE');

    const [row] = await api.dataSource.query(
      `SELECT t.reason, t.actor_role, u.email FROM application_transition t JOIN app_user u ON u.id = t.actor_user_id
       WHERE t.application_id = $1 AND t.to_status = 'HOME_VISIT_1'`,
      [app.id],
    );
    expect(row).toEqual({
      reason: 'Aftalt pr. telefon',
      actor_role: 'FAMILY_CONSULTANT',
      email: 'familiekonsulent@aarhus.example',
    });

    // Only a family-care consultant moves an application; the applicant cannot, other roles cannot.
    const byApplicant = await move(app.id, app.version + 1, 'COURSE_DAYS_1_2', '', app.token);
    expect(byApplicant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const caseworker = await loginToken(api.url, 'sagsbehandler@aarhus.example');
    expect(
      (await move(app.id, app.version + 1, 'COURSE_DAYS_1_2', '', caseworker)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('lets exactly one of two consultants racing on the same version win', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    const results = await Promise.all([
      move(app.id, app.version, 'HOME_VISIT_1', 'første'),
      move(app.id, app.version, 'ON_HOLD', 'anden'),
      move(app.id, app.version, 'WITHDRAWN', 'tredje'),
    ]);
    const won = results.filter((r) => r.data);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => r.errors?.[0].extensions?.code)).toEqual([
      'APPLICATION.STALE',
      'APPLICATION.STALE',
    ]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM application_transition WHERE application_id = $1 AND from_status = 'SUBMITTED'`,
      [app.id],
    );
    expect(n).toBe(1);
  });

  it('hides another municipality’s application and audits every staff read', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    const foreign = await gql(api.url, DETAIL, { id: app.id }, { token: otherConsultant });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await gql(api.url, DETAIL, { id: app.id }, { token: consultant });
    const audits = await api.dataSource.query(
      `SELECT actor_role FROM audit_event WHERE action = 'READ' AND entity = 'application' AND entity_id = $1`,
      [app.id],
    );
    expect(audits).toEqual([{ actor_role: 'FAMILY_CONSULTANT' }]);
  });

  it('takes an application through every state; approval waits for the checklist and creates the family profile', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    let version = app.version;
    for (const to of ['HOME_VISIT_1', 'COURSE_DAYS_1_2', 'HOME_VISIT_2', 'COURSE_DAYS_3_4', 'ASSESSMENT']) {
      const r = await move(app.id, version, to, `videre til ${to}`);
      expect(r.errors).toBeUndefined();
      version = r.data!.transitionApplication.version;
    }
    const approval = {
      id: app.id,
      expectedVersion: version,
      approvalTypes: ['ALMEN'],
      places: 2,
      ageMin: 4,
      ageMax: 12,
      takesSiblings: true,
      conditions: 'Højst ét barn med særlige behov',
      reason: 'Indstillet af socialtilsynet',
    };
    const early = await gql(api.url, APPROVE, { input: approval }, { token: consultant });
    expect(early.errors?.[0].extensions?.code).toBe('APPLICATION.CHECKLIST_INCOMPLETE');
    expect(early.errors?.[0].message).toContain('14 punkter');

    // An expired certificate still blocks approval.
    await api.dataSource.query(
      `UPDATE application_requirement SET status = 'ACCEPTED', expires_on = CASE WHEN kind = 'CRIMINAL_RECORD' AND subject_name = 'Clara' THEN DATE '2020-01-01' END
       WHERE application_id = $1`,
      [app.id],
    );
    const expired = await gql(api.url, APPROVE, { input: approval }, { token: consultant });
    expect(expired.errors?.[0].message).toContain('1 punkt ');

    const [line] = await api.dataSource.query(
      `SELECT id, updated_at FROM application_requirement WHERE application_id = $1 AND kind = 'CRIMINAL_RECORD' AND subject_name = 'Clara'`,
      [app.id],
    );
    const readAt = (line.updated_at as Date).toISOString();
    const noSuchDay = await gql(
      api.url,
      `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { status } }`,
      { input: { id: line.id, status: 'ACCEPTED', expiresOn: '2031-02-30', expectedUpdatedAt: readAt } },
      { token: consultant },
    );
    expect(noSuchDay.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { expiresOn: 'Skriv en gyldig dato.' },
    });
    const updated = await gql<{ updateApplicationRequirement: { status: string; expired: boolean } }>(
      api.url,
      `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { status expired } }`,
      { input: { id: line.id, status: 'ACCEPTED', expiresOn: '2031-01-01', expectedUpdatedAt: readAt } },
      { token: consultant },
    );
    expect(updated.data?.updateApplicationRequirement).toEqual({ status: 'ACCEPTED', expired: false });
    // A second consultant who read the line before that change cannot overwrite it.
    const stale = await gql(
      api.url,
      `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { status } }`,
      { input: { id: line.id, status: 'REJECTED', expectedUpdatedAt: readAt } },
      { token: consultant },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('APPLICATION.STALE');
    // Nor can a client that does not say which version it read: last writer never wins blindly.
    const blind = await gql(
      api.url,
      `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { status } }`,
      { input: { id: line.id, status: 'REJECTED' } },
      { token: consultant },
    );
    expect(blind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [after] = await api.dataSource.query(`SELECT status FROM application_requirement WHERE id = $1`, [
      line.id,
    ]);
    expect(after.status).toBe('ACCEPTED');

    const bad = await gql(api.url, APPROVE, { input: { ...approval, ageMin: 13 } }, { token: consultant });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { ageMax: expect.any(String) },
    });

    const approved = await gql<{
      approveApplication: { status: string; fosterFamily: Record<string, unknown> };
    }>(api.url, APPROVE, { input: approval }, { token: consultant });
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.approveApplication).toMatchObject({
      status: 'APPROVED',
      fosterFamily: {
        displayName: 'Familien Holm',
        places: 2,
        vacancies: 2,
        approvalTypes: ['ALMEN'],
        approvedBy: 'SOCIALTILSYN',
        ageMin: 4,
        ageMax: 12,
      },
    });
    const [user] = await api.dataSource.query(`SELECT role FROM app_user WHERE id = $1`, [app.userId]);
    expect(user.role).toBe('FOSTER_PARENT');

    // The applicant (now a foster parent; a fresh token carries the new role) sees the approval on the timeline.
    const [{ email }] = await api.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [app.userId]);
    const parent = await loginToken(api.url, email, 'Plejefamilie-2026');
    const mine = await gql<{
      myApplication: { status: string; timeline: { status: string; state: string }[] };
    }>(api.url, MINE, {}, { token: parent });
    expect(mine.data?.myApplication.status).toBe('APPROVED');
    expect(mine.data?.myApplication.timeline.map((s) => s.state)).toEqual(Array(8).fill('DONE'));
    const family = await gql<{ myFosterFamily: { vacancies: number; version: number; id: string } }>(
      api.url,
      `{ myFosterFamily { id vacancies version } }`,
      {},
      { token: parent },
    );
    const tooMany = await gql(
      api.url,
      `mutation($input: UpdateVacanciesInput!) { updateFosterFamilyVacancies(input: $input) { vacancies } }`,
      {
        input: {
          id: family.data!.myFosterFamily.id,
          expectedVersion: family.data!.myFosterFamily.version,
          vacancies: 3,
        },
      },
      { token: parent },
    );
    expect(tooMany.errors?.[0].extensions?.code).toBe('FOSTER_FAMILY.VACANCIES_INVALID');
  });

  it('runs the shorter network track, approved by the municipality for one named child', async () => {
    const app = await submittedApplication(
      api.url,
      municipalityId,
      completeForm({
        familyTypes: ['NETVAERK'],
        networkChildName: 'Emil',
        networkChildRelation: 'Moster',
        ageMin: null,
      }),
    );
    const detail = await gql<{ application: { allowedMoves: string[] } }>(
      api.url,
      DETAIL,
      { id: app.id },
      { token: consultant },
    );
    expect(detail.data?.application.allowedMoves).toEqual(['HOME_VISIT_1', 'ON_HOLD', 'WITHDRAWN']);
    let version = app.version;
    for (const to of ['HOME_VISIT_1', 'COURSE_DAYS_1_2', 'ASSESSMENT']) {
      const r = await move(app.id, version, to, 'videre');
      expect(r.errors).toBeUndefined();
      version = r.data!.transitionApplication.version;
    }
    await api.dataSource.query(
      `UPDATE application_requirement SET status = 'ACCEPTED' WHERE application_id = $1`,
      [app.id],
    );
    const base = {
      id: app.id,
      expectedVersion: version,
      places: 1,
      ageMin: 0,
      ageMax: 17,
      takesSiblings: false,
      reason: 'ok',
    };
    const wrongType = await gql(
      api.url,
      APPROVE,
      { input: { ...base, approvalTypes: ['ALMEN'] } },
      { token: consultant },
    );
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const r = await gql<{ approveApplication: { fosterFamily: { approvedBy: string } } }>(
      api.url,
      APPROVE,
      { input: { ...base, approvalTypes: ['NETVAERK'] } },
      { token: consultant },
    );
    expect(r.data?.approveApplication.fosterFamily.approvedBy).toBe('MUNICIPALITY');
  });

  it('puts an application on hold and back where it was; refusal can be appealed once', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    let r = await move(app.id, app.version, 'HOME_VISIT_1', 'ok');
    r = await move(app.id, r.data!.transitionApplication.version, 'ON_HOLD', 'Familien flytter');
    const held = await gql<{ application: { allowedMoves: string[] } }>(
      api.url,
      DETAIL,
      { id: app.id },
      { token: consultant },
    );
    expect(held.data?.application.allowedMoves).toEqual(['HOME_VISIT_1', 'WITHDRAWN']);
    r = await move(app.id, r.data!.transitionApplication.version, 'HOME_VISIT_1', 'Genoptaget');
    expect(r.data?.transitionApplication.status).toBe('HOME_VISIT_1');
    let v = r.data!.transitionApplication.version;
    for (const to of [
      'COURSE_DAYS_1_2',
      'HOME_VISIT_2',
      'COURSE_DAYS_3_4',
      'ASSESSMENT',
      'REFUSED',
      'APPEALED',
      'REFUSED',
    ]) {
      r = await move(app.id, v, to, 'begrundelse');
      expect(r.errors).toBeUndefined();
      v = r.data!.transitionApplication.version;
    }
    const secondAppeal = await move(app.id, v, 'APPEALED', 'igen');
    expect(secondAppeal.errors?.[0].extensions?.code).toBe('APPLICATION.ILLEGAL_TRANSITION');
    const [row] = await api.dataSource.query(
      `SELECT closed_at IS NOT NULL AS closed FROM application WHERE id = $1`,
      [app.id],
    );
    expect(row.closed).toBe(true);
  });

  it('lets the applicant message the consultant, withdraw, and download everything stored', async () => {
    const app = await submittedApplication(api.url, municipalityId);
    const sent = await gql(
      api.url,
      `mutation($input: SendApplicationMessageInput!) { sendApplicationMessage(input: $input) { id fromStaff } }`,
      { input: { applicationId: app.id, body: 'Hvornår er næste kursus?' } },
      { token: app.token },
    );
    expect(sent.errors).toBeUndefined();
    await gql(
      api.url,
      `mutation($input: SendApplicationMessageInput!) { sendApplicationMessage(input: $input) { id } }`,
      { input: { applicationId: app.id, body: 'I marts. Du får en invitation.' } },
      { token: consultant },
    );
    // A seat at a future information meeting is given back when the application is withdrawn.
    const created = await gql<{ createRecruitmentEvent: { id: string } }>(
      api.url,
      `mutation($input: CreateRecruitmentEventInput!) { createRecruitmentEvent(input: $input) { id } }`,
      {
        input: {
          kind: 'INFO_MEETING',
          title: 'Informationsmøde',
          place: 'Rådhuset',
          capacity: 1,
          startsAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
          endsAt: new Date(Date.now() + 7 * 86400_000 + 7200_000).toISOString(),
        },
      },
      { token: consultant },
    );
    const eventId = created.data!.createRecruitmentEvent.id;
    const signup = await gql(
      api.url,
      `mutation($e: ID!) { signUpForRecruitmentEvent(eventId: $e) { id } }`,
      { e: eventId },
      { token: app.token },
    );
    expect(signup.errors).toBeUndefined();
    const seats = async () =>
      (
        await gql<{ recruitmentEvents: { id: string; seatsLeft: number }[] }>(
          api.url,
          `query($m: ID!) { recruitmentEvents(municipalityId: $m) { id seatsLeft } }`,
          { m: municipalityId },
        )
      ).data!.recruitmentEvents.find((e) => e.id === eventId)!.seatsLeft;
    expect(await seats()).toBe(0);

    const withdrawn = await gql<{ withdrawApplication: { status: string } }>(
      api.url,
      `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { status } }`,
      { input: { id: app.id, reason: 'Vi har fået nyt job' } },
      { token: app.token },
    );
    expect(withdrawn.data?.withdrawApplication.status).toBe('WITHDRAWN');
    expect(await seats()).toBe(1);
    const mine = await gql<{ myApplication: { messages: { fromStaff: boolean }[]; allowedMoves: string[] } }>(
      api.url,
      MINE,
      {},
      { token: app.token },
    );
    expect(mine.data?.myApplication.messages.map((m) => m.fromStaff)).toEqual([false, true]);
    expect(mine.data?.myApplication.allowedMoves).toEqual([]);
    const exported = await gql<{ exportMyApplicationData: string }>(
      api.url,
      `{ exportMyApplicationData }`,
      {},
      { token: app.token },
    );
    const data = JSON.parse(exported.data!.exportMyApplicationData);
    expect(data.ansoegninger[0].oplysninger.motivation).toContain('tryg og stabil');
    expect(data.ansoegninger[0].beskeder).toHaveLength(2);
    expect(data.ansoegninger[0].forloeb.map((f: { til: string }) => f.til)).toEqual([
      'Henvendelse og informationsmøde',
      'Ansøgning modtaget',
      'Trukket tilbage',
    ]);
  });

  it('shows the pipeline board with counts per column, oldest first, filtered', async () => {
    const token = await loginToken(api.url, 'familiekonsulent@aarhus.example');
    const board = await gql<{
      pipelineBoard: { status: string; count: number; items: { id: string; daysInStatus: number }[] }[];
    }>(
      api.url,
      `{ pipelineBoard(perColumn: 2) { status count items { id applicantName daysInStatus } } }`,
      {},
      { token },
    );
    expect(board.errors).toBeUndefined();
    const columns = board.data!.pipelineBoard;
    expect(columns.map((c) => c.status)).toEqual([
      'INQUIRY',
      'SUBMITTED',
      'HOME_VISIT_1',
      'COURSE_DAYS_1_2',
      'HOME_VISIT_2',
      'COURSE_DAYS_3_4',
      'ASSESSMENT',
      'ON_HOLD',
      'APPEALED',
    ]);
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM application a JOIN municipality m ON m.id = a.municipality_id WHERE m.code = '751' AND a.status = 'SUBMITTED'`,
    );
    expect(columns[1].count).toBe(n);
    expect(columns[1].items.length).toBe(Math.min(2, n));
    const searched = await gql<{ pipelineBoard: { count: number }[] }>(
      api.url,
      `{ pipelineBoard(filter: { search: "ingen-med-det-navn" }) { count } }`,
      {},
      { token },
    );
    expect(searched.data!.pipelineBoard.every((c) => c.count === 0)).toBe(true);
  });

  describe('documents', () => {
    const pngBytes = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const upload = (id: string, token: string | null, body: Buffer, name: string, kind = 'CV') => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', new Blob([new Uint8Array(body)]), name);
      return fetch(`${api.url}/api/applications/${id}/documents`, {
        method: 'POST',
        body: form,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    };

    it('checks the type on the content, stores through the storage interface, and audits staff downloads', async () => {
      const app = await submittedApplication(api.url, municipalityId);
      const res = await upload(app.id, app.token, pngBytes, 'cv.pdf');
      expect(res.status).toBe(201);
      const { document } = (await res.json()) as {
        document: { id: string; fileName: string; mimeType: string };
      };
      expect(document).toMatchObject({ fileName: 'cv.png', mimeType: 'image/png' });
      const stored = readdirSync(
        join(api.config.storage.driver === 'local' ? api.config.storage.dir : '', municipalityId),
      );
      expect(stored).toHaveLength(1);
      expect(
        readFileSync(join((api.config.storage as { dir: string }).dir, municipalityId, stored[0])),
      ).toEqual(pngBytes);

      const exe = await upload(
        app.id,
        app.token,
        Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]),
        'cv.pdf',
      );
      expect(exe.status).toBe(415);
      expect(await exe.json()).toEqual({
        error: {
          code: 'FILE.TYPE_NOT_ALLOWED',
          message: expect.stringContaining('Filtypen er ikke tilladt'),
        },
      });
      expect(await upload(app.id, null, pngBytes, 'a.png').then((r) => r.status)).toBe(401);
      const stranger = await registerApplicant(api.url, municipalityId);
      expect(await upload(app.id, stranger.token, pngBytes, 'a.png').then((r) => r.status)).toBe(404);

      const download = await fetch(`${api.url}/api/documents/${document.id}`, {
        headers: { authorization: `Bearer ${consultant}` },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pngBytes);
      const foreign = await fetch(`${api.url}/api/documents/${document.id}`, {
        headers: { authorization: `Bearer ${otherConsultant}` },
      });
      expect(foreign.status).toBe(404);
      const audits = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'READ' AND entity = 'application_document' AND entity_id = $1`,
        [document.id],
      );
      expect(audits[0].n).toBe(1);
      const [{ n }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM application_document WHERE application_id = $1`,
        [app.id],
      );
      expect(n).toBe(1);
    });

    const SET_EXPIRY = `mutation($input: SetDocumentExpiryInput!) {
      setApplicationDocumentExpiry(input: $input) { id expiresOn expired expiringSoon }
    }`;
    const DOCUMENTS = `query($id: ID!) { application(id: $id) { documents { id kind expiresOn expired expiringSoon } } }`;
    /** A Copenhagen calendar day `days` from today, as the api and the expiry job count them. */
    const dayFromToday = async (days: number): Promise<string> => {
      const [{ day }] = await api.dataSource.query(
        `SELECT to_char((now() AT TIME ZONE 'Europe/Copenhagen')::date + $1::int, 'YYYY-MM-DD') AS day`,
        [days],
      );
      return day as string;
    };
    const uploaded = async (appId: string, token: string, kind = 'CV'): Promise<string> => {
      const res = await upload(appId, token, pngBytes, 'bilag.png', kind);
      expect(res.status).toBe(201);
      return ((await res.json()) as { document: { id: string } }).document.id;
    };
    const expiryOf = async (docId: string): Promise<string | null> => {
      const [row] = await api.dataSource.query(
        `SELECT to_char(expires_on, 'YYYY-MM-DD') AS d FROM application_document WHERE id = $1`,
        [docId],
      );
      return row.d as string | null;
    };

    it('lets a consultant set a document’s expiry, and the expiry job then warns the assigned consultant exactly once', async () => {
      const app = await submittedApplication(api.url, municipalityId);
      const [{ id: consultantId }] = await api.dataSource.query(
        `SELECT id FROM app_user WHERE email = 'familiekonsulent@aarhus.example'`,
      );
      await api.dataSource.query(`UPDATE application SET assigned_consultant_id = $2 WHERE id = $1`, [
        app.id,
        consultantId,
      ]);
      const docId = await uploaded(app.id, app.token, 'DIPLOMA');
      const job = new SendExpiryWarningsJob(api.dataSource, api.app.get(NotificationsService));
      const warnings = () =>
        api.dataSource.query(`SELECT recipient_user_id, params FROM email_message WHERE dedupe_key LIKE $1`, [
          `expiry-warning:${app.id}:%`,
        ]);
      // Without a date nothing can warn.
      await job.handle();
      expect(await warnings()).toEqual([]);

      const inTenDays = await dayFromToday(10);
      const set = await gql<{ setApplicationDocumentExpiry: Record<string, unknown> }>(
        api.url,
        SET_EXPIRY,
        { input: { id: docId, expiresOn: inTenDays } },
        { token: consultant },
      );
      expect(set.errors).toBeUndefined();
      expect(set.data?.setApplicationDocumentExpiry).toEqual({
        id: docId,
        expiresOn: inTenDays,
        expired: false,
        expiringSoon: true,
      });
      await job.handle();
      await job.handle();
      expect(await warnings()).toEqual([
        {
          recipient_user_id: consultantId,
          params: { applicationId: app.id, count: 1, firstExpiresOn: inTenDays },
        },
      ]);
      const audits = await api.dataSource.query(
        `SELECT actor_user_id, details FROM audit_event WHERE action = 'UPDATE' AND entity = 'application_document' AND entity_id = $1`,
        [docId],
      );
      expect(audits).toEqual([
        { actor_user_id: consultantId, details: { fields: ['expiresOn'], from: null, to: inTenDays } },
      ]);

      // The applicant sees the date but cannot change it.
      const mine = await gql<{ myApplication: { documents: { id: string; expiresOn: string | null }[] } }>(
        api.url,
        `{ myApplication { documents { id expiresOn } } }`,
        {},
        { token: app.token },
      );
      expect(mine.data?.myApplication.documents).toEqual([{ id: docId, expiresOn: inTenDays }]);
      const byApplicant = await gql(
        api.url,
        SET_EXPIRY,
        { input: { id: docId, expiresOn: null } },
        { token: app.token },
      );
      expect(byApplicant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await expiryOf(docId)).toBe(inTenDays);

      // Clearing the date is a change too.
      const cleared = await gql<{ setApplicationDocumentExpiry: { expiresOn: string | null } }>(
        api.url,
        SET_EXPIRY,
        { input: { id: docId, expiresOn: null } },
        { token: consultant },
      );
      expect(cleared.data?.setApplicationDocumentExpiry.expiresOn).toBeNull();
      expect(await expiryOf(docId)).toBeNull();
    });

    it('hides another municipality’s document and writes nothing for an impossible date', async () => {
      const app = await submittedApplication(api.url, municipalityId);
      const docId = await uploaded(app.id, app.token);
      const foreign = await gql(
        api.url,
        SET_EXPIRY,
        { input: { id: docId, expiresOn: '2030-01-01' } },
        { token: otherConsultant },
      );
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      for (const expiresOn of ['2027-02-30', '31-12-2027', 'i morgen', '1999-12-31', '2027-13-01']) {
        const bad = await gql(
          api.url,
          SET_EXPIRY,
          { input: { id: docId, expiresOn } },
          { token: consultant },
        );
        expect(bad.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: { expiresOn: 'Skriv en gyldig dato, fx 31-12-2027.' },
        });
      }
      expect(await expiryOf(docId)).toBeNull();
      const [{ n }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'UPDATE' AND entity = 'application_document' AND entity_id = $1`,
        [docId],
      );
      expect(n).toBe(0);
    });

    it('refuses approval while a CV or certificate document the checklist builds on has expired', async () => {
      const app = await submittedApplication(api.url, municipalityId);
      let version = app.version;
      for (const to of ['HOME_VISIT_1', 'COURSE_DAYS_1_2', 'HOME_VISIT_2', 'COURSE_DAYS_3_4', 'ASSESSMENT']) {
        const r = await move(app.id, version, to, 'videre');
        version = r.data!.transitionApplication.version;
      }
      await api.dataSource.query(
        `UPDATE application_requirement SET status = 'ACCEPTED' WHERE application_id = $1`,
        [app.id],
      );
      const cv = await uploaded(app.id, app.token, 'CV');
      const diploma = await uploaded(app.id, app.token, 'DIPLOMA');
      const yesterday = await dayFromToday(-1);
      for (const id of [cv, diploma])
        await gql(api.url, SET_EXPIRY, { input: { id, expiresOn: yesterday } }, { token: consultant });
      const docs = await gql<{ application: { documents: { id: string; expired: boolean }[] } }>(
        api.url,
        DOCUMENTS,
        { id: app.id },
        { token: consultant },
      );
      expect(docs.data?.application.documents.map((d) => d.expired)).toEqual([true, true]);
      const approval = {
        id: app.id,
        expectedVersion: version,
        approvalTypes: ['ALMEN'],
        places: 1,
        ageMin: 4,
        ageMax: 12,
        takesSiblings: false,
        conditions: '',
        reason: 'Indstillet',
      };
      const blocked = await gql(api.url, APPROVE, { input: approval }, { token: consultant });
      expect(blocked.errors?.[0].extensions?.code).toBe('APPLICATION.CHECKLIST_INCOMPLETE');
      expect(blocked.errors?.[0].message).toContain('1 dokument, som tjeklisten bygger på, er udløbet');
      const [{ status }] = await api.dataSource.query(`SELECT status FROM application WHERE id = $1`, [
        app.id,
      ]);
      expect(status).toBe('ASSESSMENT');

      // Today is the last valid day: a renewed date lets approval through; the expired diploma backs no line.
      await gql(
        api.url,
        SET_EXPIRY,
        { input: { id: cv, expiresOn: await dayFromToday(0) } },
        { token: consultant },
      );
      const approved = await gql<{ approveApplication: { status: string } }>(
        api.url,
        APPROVE,
        { input: approval },
        { token: consultant },
      );
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveApplication.status).toBe('APPROVED');
    });

    it('cuts off an upload above the configured size while receiving it', async () => {
      const small = await startApiForTest({ env: { UPLOAD_MAX_BYTES: '2048' } });
      try {
        const app = await submittedApplication(small.url, await aarhusId(small.url));
        const form = new FormData();
        form.append('kind', 'OTHER');
        form.append(
          'file',
          new Blob([new Uint8Array(Buffer.concat([pngBytes, Buffer.alloc(4096)]))]),
          'stor.png',
        );
        const res = await fetch(`${small.url}/api/applications/${app.id}/documents`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${app.token}` },
        });
        expect(res.status).toBe(413);
        expect(await res.json()).toEqual({
          error: { code: 'FILE.TOO_LARGE', message: 'Filen er for stor. Den må højst fylde 2 KB.' },
        });
        const [{ n }] = await small.dataSource.query(`SELECT count(*)::int AS n FROM application_document`);
        expect(n).toBe(0);
      } finally {
        await small.close();
      }
    });
  });
});

describe('public registration limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApiForTest({ env: { REGISTRATIONS_PER_IP_PER_HOUR: '2' } });
  });
  afterAll(() => api.close());

  it('refuses a third new account from the same address within the hour, and creates nothing for it', async () => {
    const municipalityId = await aarhusId(api.url);
    await registerApplicant(api.url, municipalityId);
    await registerApplicant(api.url, municipalityId);
    const third = await gql(api.url, REGISTER, {
      input: {
        municipalityId,
        name: 'Tredje Person',
        email: 'tredje@example.dk',
        password: 'Plejefamilie-2026',
        acceptPrivacy: true,
      },
    });
    expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email = 'tredje@example.dk'`,
    );
    expect(n).toBe(0);
  });
});
