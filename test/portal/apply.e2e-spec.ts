import type { BrowserContext, Page } from 'playwright-core';
import { seriousA11yViolations, usePortal } from './browser';
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
  newPhonePage,
  next,
  stepHeading,
  submitApplication,
  uniqueApplicantEmail,
} from './apply-helpers';

// A real browser against a real API, a whole application on a phone: allow far more than jest's default.
jest.setTimeout(120_000);

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

  beforeAll(async () => {
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
});
