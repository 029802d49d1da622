import type { BrowserContext, Page } from 'playwright-core';
import { gql, loginToken } from '../support/graphql-client';
import {
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
} from './apply-helpers';
import { loginAs, newPhonePage, newPortalPage, seriousA11yViolations, usePortal } from './browser';

// The done-when: an applicant applies on a phone, a consultant takes the application through every
// state to approval in the browser, the family profile exists and the applicant's timeline shows "Godkendt".
jest.setTimeout(240_000);

const consultantEmail = 'familiekonsulent@aarhus.example';

async function move(page: Page, to: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Flyt til: ${to}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Flyt til: ${to}` });
  await dialog.getByLabel('Begrundelse').fill(reason);
  await dialog.getByRole('button', { name: 'Flyt ansøgningen' }).click();
  await page.getByText(`Ansøgningen er flyttet til: ${to}.`).waitFor();
  expect(await page.getByTestId('status-label').innerText()).toBe(to);
}

async function holdHomeVisit(page: Page, number: 1 | 2): Promise<void> {
  const calendar = page.getByTestId('application-calendar');
  await calendar.getByLabel('Hvilket besøg').selectOption({ label: `${number}. hjemmebesøg` });
  await calendar.getByLabel('Dato').fill('2031-05-0' + String(number + 1));
  await calendar.getByRole('button', { name: 'Aftal hjemmebesøg' }).click();
  await page.getByText('Hjemmebesøget er aftalt, og ansøgeren får en invitation.').waitFor();
  await calendar.getByRole('button', { name: `Markér ${number}. hjemmebesøg som gennemført` }).click();
  await calendar.getByTestId(`home-visit-${number}`).filter({ hasText: 'Gennemført' }).waitFor();
}

describe('recruitment from application to approved foster family (browser)', () => {
  const portal = usePortal();
  let applicant: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };
  let applicationId = '';

  afterAll(async () => {
    await applicant?.context.close();
    await consultant?.context.close();
  });

  it('an applicant applies on a phone, with one mistake fixed on the way', async () => {
    applicant = await newPhonePage(portal.browser, portal.url);
    const page = applicant.page;
    await createApplicantAccount(page);
    await fillApplicantsStep(page);
    await next(page, 'Husstand');
    await fillHouseholdStep(page);
    await next(page, 'Bolig');
    // The deliberate mistake: a postcode of two digits is refused beside the field and the step stays.
    await fillHomeStep(page, { ...defaultAnswers, postalCode: '80' });
    await page.getByRole('button', { name: 'Næste', exact: true }).click();
    const error = page.locator('#postalCode-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Skriv et postnummer med 4 cifre.');
    await stepHeading(page, 'Bolig');
    await page.locator('#postalCode').fill('8000');
    await next(page, 'Arbejde og erfaring');
    await fillExperienceStep(page);
    await next(page, 'Hvad I kan tilbyde');
    await fillOfferStep(page);
    await next(page, 'Samtykke');
    await fillConsentStep(page);
    await next(page, 'Se og send');
    await submitApplication(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a consultant takes it through every state to approval', async () => {
    consultant = await newPortalPage(portal.browser, portal.url);
    const page = consultant.page;
    await loginAs(page, consultantEmail);
    const card = page.getByTestId('column-SUBMITTED').getByRole('link', { name: /Maria Testansøger/ });
    await card.first().click();
    await page.waitForURL('**/ansoegninger/*');
    applicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(await page.getByTestId('status-label').innerText()).toBe('Ansøgning modtaget');

    await move(page, 'Første hjemmebesøg', 'Første besøg aftalt.');
    await holdHomeVisit(page, 1);
    await move(page, 'Grundkursus dag 1-2', 'Godt første besøg.');
    await holdHomeVisit(page, 2);
    await move(page, 'Andet hjemmebesøg', 'Kursets dag 1-2 gennemført.');
    await move(page, 'Grundkursus dag 3-4', 'Andet besøg gennemført.');
    await move(page, 'Vurdering', 'Hele grundkurset gennemført.');

    // One checklist line through the page, as a consultant would; the rest through the api to keep this short.
    const lines = page.getByTestId('checklist').getByRole('listitem');
    const first = lines.filter({ has: page.getByRole('combobox', { name: 'Status' }) }).first();
    await first.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Godkendt' });
    await first.getByRole('button', { name: /^Gem / }).click();
    await page.getByText('Punktet er gemt.').waitFor();

    const token = await loginToken(portal.url, consultantEmail);
    const read = await gql<{
      application: { requirements: Array<{ id: string; status: string; updatedAt: string }> };
    }>(
      portal.url,
      `query($id: ID!) { application(id: $id) { requirements { id status updatedAt } } }`,
      { id: applicationId },
      { token },
    );
    for (const line of read.data?.application.requirements ?? []) {
      if (line.status === 'ACCEPTED') continue;
      const result = await gql(
        portal.url,
        `mutation($input: UpdateRequirementInput!) { updateApplicationRequirement(input: $input) { id } }`,
        {
          input: {
            id: line.id,
            status: 'ACCEPTED',
            expiresOn: '2032-01-01',
            expectedUpdatedAt: line.updatedAt,
          },
        },
        { token },
      );
      expect(result.errors).toBeUndefined();
    }

    await page.reload();
    await page.getByRole('button', { name: 'Godkend', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkend som plejefamilie' });
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await dialog.getByLabel('Antal pladser').inputValue()).toBe('1');
    expect(await dialog.getByLabel('Alder fra (år)').inputValue()).toBe('3');
    await dialog.getByLabel('Begrundelse').fill('Alle krav er opfyldt.');
    await dialog.getByRole('button', { name: 'Godkend ansøgningen' }).click();
    await page.getByText('Ansøgningen er godkendt, og plejefamilien er oprettet.').waitFor();
    expect(await page.getByTestId('status-label').innerText()).toBe('Godkendt');
  });

  it('the family profile exists and the applicant sees "Godkendt"', async () => {
    const page = consultant.page;
    await page
      .getByRole('navigation', { name: 'Sidemenu' })
      .getByRole('link', { name: 'Plejefamilier' })
      .click();
    const table = page.getByTestId('family-table');
    await table.waitFor();
    expect(await table.innerText()).toContain('Testansøger');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Approval makes the applicant a foster parent: their page is now the family's own, with the timeline.
    await applicant.page.goto('/min-familie');
    const timeline = applicant.page.getByTestId('timeline');
    await timeline.waitFor();
    expect(await timeline.innerText()).toContain('Godkendt');
  });
});
