import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';

/** A fresh address per run, so suites never collide with each other or an earlier run's data. */
export function uniqueApplicantEmail(prefix = 'ansoeger'): string {
  return `${prefix}.${randomUUID().slice(0, 8)}@ansoeger.example`;
}

export const applicantPassword = 'Plejefamilie-2026-test';

export interface ApplicantAccount {
  email: string;
  name: string;
  password: string;
  municipality: string;
}

/** Creates the account on /bliv-plejefamilie and waits for the first step of the form. */
export async function createApplicantAccount(
  page: Page,
  account: Partial<ApplicantAccount> = {},
): Promise<ApplicantAccount> {
  const filled: ApplicantAccount = {
    email: account.email ?? uniqueApplicantEmail(),
    name: account.name ?? 'Maria Testansøger',
    password: account.password ?? applicantPassword,
    municipality: account.municipality ?? 'Aarhus Kommune',
  };
  if (new URL(page.url(), 'http://x').pathname !== '/bliv-plejefamilie')
    await page.goto('/bliv-plejefamilie');
  await page.getByRole('heading', { level: 1, name: 'Bliv plejefamilie' }).waitFor();
  await page.locator('#register-municipalityId').selectOption({ label: filled.municipality });
  await page.locator('#register-name').fill(filled.name);
  await page.locator('#register-email').fill(filled.email);
  await page.locator('#register-password').fill(filled.password);
  if (!(await page.locator('#register-acceptPrivacy').isChecked())) {
    await page.locator('label[for="register-acceptPrivacy"]').click();
  }
  await page.getByRole('button', { name: 'Opret konto og start ansøgning' }).click();
  await page.waitForURL('**/ansoegning');
  await stepHeading(page, 'Ansøgere');
  return filled;
}

export interface ApplicationAnswers {
  applicants: {
    firstName: string;
    lastName: string;
    birthDate: [day: string, month: string, year: string];
    phone: string;
  }[];
  household: { firstName: string; birthDate: [string, string, string]; relation: string }[];
  street: string;
  postalCode: string;
  city: string;
  motivation: string;
}

export const defaultAnswers: ApplicationAnswers = {
  applicants: [
    { firstName: 'Maria', lastName: 'Testansøger', birthDate: ['17', '5', '1982'], phone: '20 30 40 50' },
    { firstName: 'Jonas', lastName: 'Testansøger', birthDate: ['2', '11', '1980'], phone: '21 31 41 51' },
  ],
  household: [{ firstName: 'Sofus', birthDate: ['3', '3', '2009'], relation: 'Barn under 18' }],
  street: 'Testvej 12',
  postalCode: '8000',
  city: 'Aarhus C',
  motivation:
    'Vi har plads i hjemmet og i hjertet, og vi vil gerne give et barn en tryg og stabil hverdag hos os.',
};

/** Waits until the form shows the step with this name. */
export async function stepHeading(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="step-heading"]', { hasText: name }).waitFor();
}

/** Clicks a DKFDS radio or checkbox through its label, as a person would. */
export async function choose(page: Page, inputId: string): Promise<void> {
  await page.locator(`label[for="${inputId}"]`).click();
}

async function fillDate(page: Page, id: string, [day, month, year]: [string, string, string]): Promise<void> {
  await page.locator(`#${id}`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

/** "Næste", then wait for the named step (the draft is saved on the way). */
export async function next(page: Page, expectedStep: string): Promise<void> {
  await page.getByRole('button', { name: 'Næste', exact: true }).click();
  await stepHeading(page, expectedStep);
}

export async function fillApplicantsStep(
  page: Page,
  answers: ApplicationAnswers = defaultAnswers,
): Promise<void> {
  for (const [index, applicant] of answers.applicants.entries()) {
    if (index > 0 && (await page.locator(`#applicants-${index}-firstName`).count()) === 0) {
      await page.getByRole('button', { name: `Tilføj ansøger ${index + 1}` }).click();
    }
    await page.locator(`#applicants-${index}-firstName`).fill(applicant.firstName);
    await page.locator(`#applicants-${index}-lastName`).fill(applicant.lastName);
    await fillDate(page, `applicants-${index}-birthDate`, applicant.birthDate);
    await page.locator(`#applicants-${index}-phone`).fill(applicant.phone);
  }
}

export async function fillHouseholdStep(
  page: Page,
  answers: ApplicationAnswers = defaultAnswers,
): Promise<void> {
  for (const [index, member] of answers.household.entries()) {
    if ((await page.locator(`#household-${index}-firstName`).count()) === 0) {
      await page.getByRole('button', { name: 'Tilføj en person' }).click();
    }
    await page.locator(`#household-${index}-firstName`).fill(member.firstName);
    await fillDate(page, `household-${index}-birthDate`, member.birthDate);
    await page.locator(`#household-${index}-relation`).selectOption({ label: member.relation });
  }
}

export async function fillHomeStep(page: Page, answers: ApplicationAnswers = defaultAnswers): Promise<void> {
  await page.locator('#street').fill(answers.street);
  await page.locator('#postalCode').fill(answers.postalCode);
  await page.locator('#city').fill(answers.city);
  await choose(page, 'housingType');
  await choose(page, 'housingTenure');
  await page.locator('#rooms').fill('5');
  await choose(page, 'spareRoom');
}

export async function fillExperienceStep(
  page: Page,
  answers: ApplicationAnswers = defaultAnswers,
): Promise<void> {
  for (let index = 0; index < answers.applicants.length; index++) {
    await choose(page, `applicants-${index}-workSituation`);
    await page.locator(`#applicants-${index}-occupation`).fill(index === 0 ? 'Pædagog' : 'Tømrer');
  }
  await choose(page, 'hasOwnChildren');
  await choose(page, 'professionalExperience');
  await page.locator('#professionalExperienceDescription').fill('Pædagog i vuggestue i 15 år.');
  await page.locator('#motivation').fill(answers.motivation);
}

export async function fillOfferStep(page: Page): Promise<void> {
  if (!(await page.locator('#familyTypes').isChecked())) await choose(page, 'familyTypes');
  await page.locator('#ageMin').fill('3');
  await page.locator('#ageMax').fill('12');
  await page.locator('#childrenCount').fill('1');
  await choose(page, 'siblings');
}

export async function fillConsentStep(page: Page): Promise<void> {
  await choose(page, 'recruitmentSource');
  if (!(await page.locator('#consentCertificates').isChecked())) await choose(page, 'consentCertificates');
  if (!(await page.locator('#consentPrivacy').isChecked())) await choose(page, 'consentPrivacy');
}

/**
 * Fills every step from the first and stops on "Se og send" without sending. `onStep` runs on each step after
 * it is shown (e.g. an axe check).
 */
export async function fillApplicationForm(
  page: Page,
  options: { answers?: ApplicationAnswers; onStep?: (step: string) => Promise<void> } = {},
): Promise<void> {
  const answers = options.answers ?? defaultAnswers;
  const steps: [string, (p: Page) => Promise<void>][] = [
    ['Ansøgere', (p) => fillApplicantsStep(p, answers)],
    ['Husstand', (p) => fillHouseholdStep(p, answers)],
    ['Bolig', (p) => fillHomeStep(p, answers)],
    ['Arbejde og erfaring', (p) => fillExperienceStep(p, answers)],
    ['Hvad I kan tilbyde', fillOfferStep],
    ['Samtykke', fillConsentStep],
    ['Se og send', async () => undefined],
  ];
  for (const [index, [name, fill]] of steps.entries()) {
    await stepHeading(page, name);
    await options.onStep?.(name);
    await fill(page);
    const following = steps[index + 1];
    if (following) await next(page, following[0]);
  }
}

/** Sends from "Se og send" and waits for the status page's timeline. */
export async function submitApplication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send ansøgning' }).click();
  await page.getByTestId('timeline').waitFor();
}
