import type { BrowserContext, Page } from 'playwright-core';
import { gql, loginToken } from '../support/graphql-client';
import { loginAs, newPhonePage, newPortalPage, seriousA11yViolations, usePortal } from './browser';
import {
  choose,
  createApplicantAccount,
  defaultAnswers,
  fillApplicantsStep,
  fillConsentStep,
  fillExperienceStep,
  fillHomeStep,
  fillHouseholdStep,
  fillOfferStep,
  next,
  stepHeading,
  submitApplication,
  uniqueApplicantEmail,
} from './apply-helpers';

// A real browser against a real API, a whole application on a phone: allow far more than jest's default.
jest.setTimeout(120_000);

const HOUR = 3_600_000;
const meetingTitle = 'Informationsmøde om at blive plejefamilie';
const courseTitle = 'Grundkursus for nye plejefamilier';

/** A consultant plans a meeting and a course, as they would on their own page; returns their ids by title. */
async function planEvents(url: string): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const token = await loginToken(url, 'familiekonsulent@aarhus.example');
  const create = `mutation Create($input: CreateRecruitmentEventInput!) { createRecruitmentEvent(input: $input) { id } }`;
  for (const [kind, title, days] of [
    ['INFO_MEETING', meetingTitle, 7],
    ['COURSE_DAYS_1_2', courseTitle, 21],
  ] as const) {
    const startsAt = new Date(Date.now() + days * 24 * HOUR);
    const result = await gql(
      url,
      create,
      {
        input: {
          kind,
          title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
          place: 'Aarhus Rådhus, mødelokale 2',
          capacity: 12,
          description: 'Hør om hverdagen som plejefamilie.',
        },
      },
      { token },
    );
    expect(result.errors).toBeUndefined();
    ids[title] = (result.data as { createRecruitmentEvent: { id: string } }).createRecruitmentEvent.id;
  }
  return ids;
}

/** A minimal valid one-page PDF: the api checks the type on the content, not the name. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-status"]', { hasText: 'Gemt kl.' }).waitFor();
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  // A string expression: the test project compiles without the DOM library.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}

describe('applying to become a foster family on a phone (browser)', () => {
  const portal = usePortal();
  let context: BrowserContext;
  let page: Page;
  let eventIds: Record<string, string>;

  beforeAll(async () => {
    eventIds = await planEvents(portal.url);
    ({ context, page } = await newPhonePage(portal.browser, portal.url));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('links from the login page to an accessible public page about becoming a foster family', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Bliv plejefamilie – opret en konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bliv plejefamilie' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/bliv-plejefamilie');
    expect(await page.getByText('Netværksplejefamilie').count()).toBeGreaterThan(0);
    await page.locator('#register-municipalityId').selectOption({ label: 'Aarhus Kommune' });
    await page.getByRole('heading', { level: 2, name: 'Kommende informationsmøder' }).waitFor();
    await page.getByTestId('info-meetings').getByText(meetingTitle).waitFor();
    expect(await page.getByTestId('info-meetings').getByText(courseTitle).count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page);
  });

  it('shows the server password rule beside the password field', async () => {
    await page.locator('#register-name').fill('Maria Testansøger');
    await page.locator('#register-email').fill(uniqueApplicantEmail());
    await page.locator('#register-password').fill('kort');
    await choose(page, 'register-acceptPrivacy');
    await page.getByRole('button', { name: 'Opret konto og start ansøgning' }).click();
    const error = page.locator('#register-password-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('mindst 12 tegn');
    expect(new URL(page.url()).pathname).toBe('/bliv-plejefamilie');
    await expectAccessible(page);
  });

  it('creates the account and starts the form', async () => {
    await createApplicantAccount(page, { email: uniqueApplicantEmail() });
    expect(await page.getByTestId('step-counter').innerText()).toBe('Trin 1 af 7');
    await expectAccessible(page);
  });

  it('fills the applicants and the household', async () => {
    await fillApplicantsStep(page);
    await next(page, 'Husstand');
    await expectAccessible(page);
    await fillHouseholdStep(page);
    await next(page, 'Bolig');
    await expectAccessible(page);
  });

  it('shows the server message beside a mistyped postcode and moves on once it is fixed', async () => {
    await fillHomeStep(page, { ...defaultAnswers, postalCode: '80' });
    await page.getByRole('button', { name: 'Næste', exact: true }).click();
    const error = page.locator('#postalCode-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Skriv et postnummer med 4 cifre.');
    expect(await page.locator('#postalCode').getAttribute('aria-invalid')).toBe('true');
    // The summary links to the field; the step stays so the applicant can fix it.
    expect(
      await page.getByRole('alert').getByRole('link', { name: 'Skriv et postnummer med 4 cifre.' }).count(),
    ).toBe(1);
    await stepHeading(page, 'Bolig');
    await expectAccessible(page);

    await page.locator('#postalCode').fill('8000');
    await next(page, 'Arbejde og erfaring');
    await expectAccessible(page);
  });

  it('keeps changes on the device while offline and saves them when the connection is back', async () => {
    await context.setOffline(true);
    await choose(page, 'applicants-0-workSituation');
    await page.getByTestId('offline-warning').waitFor();
    expect(await page.getByTestId('offline-warning').innerText()).toContain('gemt på denne enhed');
    await expectAccessible(page);
    await context.setOffline(false);
    await waitForSaved(page);
    expect(await page.getByTestId('offline-warning').count()).toBe(0);
  });

  it('offers to restore changes that did not reach the server before a reload', async () => {
    await page.locator('#otherExperience').fill('Spejderleder');
    // Reload at once, before the autosave pause is over: only this device has the text.
    await page.reload();
    await page.getByTestId('restore-offer').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Brug ændringerne' }).click();
    expect(await page.locator('#otherExperience').inputValue()).toBe('Spejderleder');
    await waitForSaved(page);
  });

  it('keeps what was typed across a reload', async () => {
    await fillExperienceStep(page);
    await waitForSaved(page);
    await page.reload();
    await stepHeading(page, 'Arbejde og erfaring');
    expect(await page.locator('#motivation').inputValue()).toBe(defaultAnswers.motivation);
    expect(await page.locator('#applicants-1-occupation').inputValue()).toBe('Tømrer');
    await page.getByRole('button', { name: 'Forrige', exact: true }).click();
    await stepHeading(page, 'Bolig');
    expect(await page.locator('#postalCode').inputValue()).toBe('8000');
    await next(page, 'Arbejde og erfaring');
    await next(page, 'Hvad I kan tilbyde');
    await expectAccessible(page);
  });

  it('asks only the questions that apply to the chosen offer', async () => {
    await choose(page, 'familyTypes-NETVAERK');
    await page.locator('#networkChildName').waitFor();
    expect(await page.locator('#ageMin').count()).toBe(0);
    expect(await page.locator('#childrenCount').count()).toBe(0);
    await expectAccessible(page);
    await choose(page, 'familyTypes-NETVAERK');
    await page.locator('#ageMin').waitFor();
    expect(await page.locator('#networkChildName').count()).toBe(0);
    await fillOfferStep(page);
    await next(page, 'Samtykke');
  });

  it('lists everyone aged 15 or over for the certificates and asks for consent', async () => {
    const people = await page.getByTestId('certificate-people').locator('li').allInnerTexts();
    expect(people).toEqual(['Maria Testansøger', 'Jonas Testansøger', 'Sofus']);
    await choose(page, 'recruitmentSource-OTHER');
    await page.locator('#recruitmentSourceOther').fill('En plakat på biblioteket');
    await expectAccessible(page);
    await fillConsentStep(page);
    await choose(page, 'recruitmentSource');
    expect(await page.locator('#recruitmentSourceOther').count()).toBe(0);
    await next(page, 'Se og send');
    const review = page.getByTestId('review-summary');
    expect(await review.innerText()).toContain('Testvej 12');
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page);
  });

  it('comes back to "Se og send" after a reload, with nothing typed lost', async () => {
    await page.reload();
    await stepHeading(page, 'Se og send');
    expect(await page.getByTestId('step-counter').innerText()).toBe('Trin 7 af 7');
    expect(await page.getByTestId('restore-offer').count()).toBe(0);
    const review = await page.getByTestId('review-summary').innerText();
    for (const typed of [
      'Maria Testansøger',
      'Jonas Testansøger',
      'Sofus',
      'Testvej 12',
      'Aarhus C',
      defaultAnswers.motivation,
    ])
      expect(review).toContain(typed);
    expect(await page.getByRole('button', { name: 'Send ansøgning' }).count()).toBe(1);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page);
  });

  it('sends the application and shows the timeline', async () => {
    await submitApplication(page);
    const timeline = page.getByTestId('timeline');
    const current = timeline.locator('[aria-current="step"]');
    expect(await current.innerText()).toContain('Ansøgning modtaget');
    expect(await page.getByTestId('status-summary').innerText()).toContain('Ansøgning modtaget');
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page);

    // After a reload /ansoegning shows the status, not the form.
    await page.goto('/ansoegning');
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('step-heading').count()).toBe(0);
  });

  it('sends a message to the consultant', async () => {
    await page.locator('#message-body').fill('Vi glæder os til at høre fra jer.');
    await page.getByRole('button', { name: 'Send besked' }).click();
    await page.getByTestId('messages').getByText('Vi glæder os til at høre fra jer.').waitFor();
  });

  it('refuses a file type beside the file field and uploads, downloads and deletes a PDF', async () => {
    await page.locator('#document-file').setInputFiles({
      name: 'noter.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Ikke et dokument, vi tager imod.'),
    });
    await page.getByRole('button', { name: 'Send dokument' }).click();
    const error = page.locator('#document-file-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Filtypen er ikke tilladt');
    await expectAccessible(page);

    await page.locator('#document-kind').selectOption({ label: 'CV' });
    await page.locator('#document-file').setInputFiles({
      name: 'cv-maria.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await page.getByRole('button', { name: 'Send dokument' }).click();
    await page.getByText('cv-maria.pdf er sendt.').waitFor();
    await page.getByTestId('documents').getByText('cv-maria.pdf', { exact: true }).waitFor();
    expect(await page.locator('#document-file-error').count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent cv-maria.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('cv-maria.pdf');

    // The consultant sets the CV's last valid day; the applicant sees it, with nothing to change it with.
    const consultant = await loginToken(portal.url, 'familiekonsulent@aarhus.example');
    const found = await gql<{ applications: { edges: { node: { id: string } }[] } }>(
      portal.url,
      `{ applications(first: 2, filter: { search: "testansøger" }) { edges { node { id } } } }`,
      {},
      { token: consultant },
    );
    expect(found.data?.applications.edges).toHaveLength(1);
    const detail = await gql<{ application: { documents: { id: string }[] } }>(
      portal.url,
      `query($id: ID!) { application(id: $id) { documents { id } } }`,
      { id: found.data!.applications.edges[0]!.node.id },
      { token: consultant },
    );
    const set = await gql(
      portal.url,
      `mutation($input: SetDocumentExpiryInput!) { setApplicationDocumentExpiry(input: $input) { id } }`,
      { input: { id: detail.data!.application.documents[0]!.id, expiresOn: '2031-06-30' } },
      { token: consultant },
    );
    expect(set.errors).toBeUndefined();
    await page.reload();
    const expiry = page.getByTestId('documents').getByTestId('document-expiry');
    await expiry.waitFor();
    expect(await expiry.innerText()).toContain('sidste gyldige dag 30. juni 2031');
    expect(await page.getByTestId('documents').locator('input').count()).toBe(0);

    await page.getByRole('button', { name: 'Slet cv-maria.pdf' }).click();
    await page.getByText('cv-maria.pdf er slettet.').waitFor();
    expect(await page.getByTestId('documents').count()).toBe(0);
  });

  it('signs up for a meeting and a course and adds it to the calendar', async () => {
    const open = page.getByTestId('open-events');
    await open.getByRole('heading', { name: courseTitle }).waitFor();
    await page.getByRole('button', { name: `Tilmeld ${meetingTitle}` }).click();
    await page.getByText(`I er tilmeldt ${meetingTitle}.`).waitFor();
    await page.getByTestId('my-signups').getByRole('heading', { name: meetingTitle }).waitFor();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page
      .getByTestId('my-signups')
      .getByRole('button', { name: /Tilføj til kalender/ })
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);

    await page.getByRole('button', { name: `Afmeld ${meetingTitle}` }).click();
    await page.getByText(`I er afmeldt ${meetingTitle}.`).waitFor();
    await page.getByTestId('my-signups').waitFor({ state: 'detached' });
    expect(await page.getByText('I er ikke tilmeldt noget endnu.').count()).toBe(1);
  });

  it('shows why a course the household signed up for was cancelled', async () => {
    await page.getByRole('button', { name: `Tilmeld ${courseTitle}` }).click();
    await page.getByText(`I er tilmeldt ${courseTitle}.`).waitFor();
    const reason = 'Underviseren er syg. Vi finder en ny dato i marts.';
    const cancelled = await gql(
      portal.url,
      `mutation($id: ID!, $reason: String!) { cancelRecruitmentEvent(id: $id, reason: $reason) { cancelled } }`,
      { id: eventIds[courseTitle], reason },
      { token: await loginToken(portal.url, 'familiekonsulent@aarhus.example') },
    );
    expect(cancelled.errors).toBeUndefined();
    await page.reload();
    const signup = page.getByTestId('my-signups').getByRole('listitem').filter({ hasText: courseTitle });
    await signup.getByTestId('event-cancelled').waitFor();
    expect(await signup.getByTestId('event-cancelled').innerText()).toBe(`Aflyst: ${reason}`);
    await expectAccessible(page);
  });

  it('downloads all the applicant’s data as JSON', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Hent mine oplysninger' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('mine-oplysninger.json');
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const exported = JSON.parse(await readFile(path, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain('Testvej 12');
  });

  it('withdraws the application after a confirmation with a reason', async () => {
    await page.getByRole('button', { name: 'Træk ansøgningen tilbage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vil I trække ansøgningen tilbage?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, træk ansøgningen tilbage' }).click();
    await page.locator('#withdraw-reason-error').waitFor();
    await expectAccessible(page);
    await page.locator('#withdraw-reason').fill('Vi er flyttet og har ikke plads længere.');
    await dialog.getByRole('button', { name: 'Ja, træk ansøgningen tilbage' }).click();
    await page
      .getByTestId('status-summary')
      .getByRole('heading', { name: 'Her er ansøgningen nu: Trukket tilbage' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Træk ansøgningen tilbage' }).count()).toBe(0);
    await expectAccessible(page);
  });
});

/** A household applies and is approved through the real api, so the family can sign in as FOSTER_PARENT. */
async function approvedFamily(url: string): Promise<{ email: string; password: string }> {
  const email = uniqueApplicantEmail('godkendt');
  const password = 'Plejefamilie-2026-godkendt';
  const municipalities = await gql<{ applicationMunicipalities: { id: string; name: string }[] }>(
    url,
    `{ applicationMunicipalities { id name } }`,
  );
  const aarhus = municipalities.data!.applicationMunicipalities.find((m) => m.name === 'Aarhus Kommune')!;
  const registered = await gql<{ registerApplicant: { accessToken: string } }>(
    url,
    `mutation($input: RegisterApplicantInput!) { registerApplicant(input: $input) { accessToken } }`,
    { input: { municipalityId: aarhus.id, name: 'Eva Holm', email, password, acceptPrivacy: true } },
  );
  const applicant = registered.data!.registerApplicant.accessToken;
  const form = {
    applicants: [
      {
        firstName: 'Eva',
        lastName: 'Holm',
        birthDate: '1979-04-02',
        phone: '20304050',
        workSituation: 'FULL_TIME',
        occupation: 'Lærer',
      },
    ],
    household: [],
    street: 'Skovvej 3',
    postalCode: '8210',
    city: 'Aarhus V',
    housingType: 'HOUSE',
    housingTenure: 'OWNED',
    rooms: 5,
    spareRoom: true,
    hasOwnChildren: false,
    professionalExperience: false,
    motivation: 'Jeg har tid, plads og lyst til at give et barn en god og tryg hverdag i mit hjem.',
    familyTypes: ['ALMEN'],
    ageMin: 2,
    ageMax: 10,
    childrenCount: 2,
    siblings: true,
    recruitmentSource: 'WEBSITE',
    consentCertificates: true,
    consentPrivacy: true,
  };
  const saved = await gql(
    url,
    `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) { id problems { path } } }`,
    { input: { form, step: 'CONSENT' } },
    { token: applicant },
  );
  expect(saved.errors).toBeUndefined();
  const submitted = await gql<{ submitApplication: { id: string; version: number } }>(
    url,
    `mutation { submitApplication { id version } }`,
    {},
    { token: applicant },
  );
  expect(submitted.errors).toBeUndefined();
  const { id } = submitted.data!.submitApplication;
  let version = submitted.data!.submitApplication.version;

  const consultant = await loginToken(url, 'familiekonsulent@aarhus.example');
  for (const to of ['HOME_VISIT_1', 'COURSE_DAYS_1_2', 'HOME_VISIT_2', 'COURSE_DAYS_3_4', 'ASSESSMENT']) {
    const moved = await gql<{ transitionApplication: { version: number } }>(
      url,
      `mutation($input: TransitionApplicationInput!) { transitionApplication(input: $input) { version } }`,
      { input: { id, expectedVersion: version, to, reason: 'Videre i forløbet' } },
      { token: consultant },
    );
    expect(moved.errors).toBeUndefined();
    version = moved.data!.transitionApplication.version;
  }
  const detail = await gql<{ application: { requirements: { id: string; updatedAt: string }[] } }>(
    url,
    `query($id: ID!) { application(id: $id) { requirements { id updatedAt } } }`,
    { id },
    { token: consultant },
  );
  for (const requirement of detail.data!.application.requirements) {
    const accepted = await gql(
      url,
      `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { id } }`,
      { input: { id: requirement.id, status: 'ACCEPTED', expectedUpdatedAt: requirement.updatedAt } },
      { token: consultant },
    );
    expect(accepted.errors).toBeUndefined();
  }
  const approved = await gql(
    url,
    `mutation($input: ApproveApplicationInput!) { approveApplication(input: $input) { status } }`,
    {
      input: {
        id,
        expectedVersion: version,
        approvalTypes: ['ALMEN'],
        places: 2,
        ageMin: 2,
        ageMax: 10,
        takesSiblings: true,
        conditions: '',
        reason: 'Godkendt af socialtilsynet',
      },
    },
    { token: consultant },
  );
  expect(approved.errors).toBeUndefined();
  return { email, password };
}

describe('the foster family’s own page (browser)', () => {
  const portal = usePortal();

  it('is the foster parent’s landing page and says so when no approval exists yet', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await loginAs(page, 'plejefamilie@aarhus.example');
      await page.getByRole('heading', { level: 1, name: 'Min plejefamilie' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/min-familie');
      await page.getByText('Der er endnu ingen godkendt plejefamilie på din konto.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows an approved family its approval and timeline and lets it update vacancies on a phone', async () => {
    const family = await approvedFamily(portal.url);
    const { context, page } = await newPhonePage(portal.browser, portal.url);
    try {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(family.email);
      await page.getByLabel('Adgangskode').fill(family.password);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Min plejefamilie' }).waitFor();
      const approval = page.getByTestId('family-approval');
      await approval.waitFor();
      expect(await approval.innerText()).toContain('Almen plejefamilie');
      expect(await approval.innerText()).toContain('2-10 år');
      // Approval is the last step of the timeline, and it is reached.
      const last = page.getByTestId('timeline').locator('li').last();
      expect(await last.innerText()).toContain('Godkendt');
      expect(await last.innerText()).toContain('Gennemført');
      expect(await page.locator('#vacancies').inputValue()).toBe('2');
      await expectAccessible(page);

      await page.locator('#vacancies').fill('5');
      await page.getByRole('button', { name: 'Gem ledige pladser' }).click();
      expect(await page.locator('#vacancies-error').innerText()).toContain('Skriv et tal mellem 0 og 2.');
      await page.locator('#vacancies').fill('1');
      await page.getByRole('button', { name: 'Gem ledige pladser' }).click();
      await page.getByText('Ledige pladser er gemt.').waitFor();
      await page.reload();
      await page.getByTestId('family-approval').waitFor();
      expect(await page.locator('#vacancies').inputValue()).toBe('1');
    } finally {
      await context.close();
    }
  });
});
