import type { BrowserContext, Page } from 'playwright-core';
import { usePortal, loginAs, newPortalPage, seriousA11yViolations } from './browser';

// 998 is not a real Danish municipality code (they run 101-860), so it cannot clash with the seed.
const newMunicipality = { code: '998', name: 'Testrup Kommune', phone: '70 10 20 30' };
const newStaff = {
  name: 'Tove Testmedarbejder',
  email: 'tove.test@testrup.example',
  password: 'Midlertidig-2026!',
};

async function showAllUsers(page: Page): Promise<void> {
  const showMore = page.getByRole('button', { name: 'Vis flere' });
  // Cursor pagination: keep asking for the next page until the server says there is none.
  for (let round = 0; round < 50 && (await showMore.count()) > 0; round++) {
    const before = await page.getByTestId('user-table').locator('tbody tr').count();
    await showMore.click();
    await page.waitForFunction(
      `document.querySelectorAll('[data-testid="user-table"] tbody tr').length > ${before}`,
    );
  }
}

// A real browser against a real API: allow more than jest's 5 s default per test.
jest.setTimeout(60_000);

describe('portal administration (browser)', () => {
  const portal = usePortal();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await newPortalPage(portal.browser, portal.url));
    await loginAs(page, 'admin@plejeportalen.example');
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('lists municipalities on an accessible page', async () => {
    await page.getByRole('navigation', { name: 'Sidemenu' }).getByRole('link', { name: 'Kommuner' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await page.getByTestId('municipality-table').waitFor();
    expect(await page.getByTestId('municipality-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows Danish errors beside empty required fields', async () => {
    await page.getByRole('button', { name: 'Opret kommune' }).click();
    await page.locator('#municipality-code-error').waitFor();
    expect(await page.locator('#municipality-code-error').innerText()).toContain('Indtast kommunekoden.');
    expect(await page.locator('#municipality-name-error').innerText()).toContain('Indtast kommunens navn.');
    expect(await page.locator('#municipality-phone-error').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('creates a municipality', async () => {
    await page.getByLabel('Kommunekode').fill(newMunicipality.code);
    await page.getByLabel('Navn').fill(newMunicipality.name);
    await page.getByLabel('Telefon').fill(newMunicipality.phone);
    await page.getByRole('button', { name: 'Opret kommune' }).click();
    await page.getByText(`Kommunen ${newMunicipality.name} er oprettet.`).waitFor();
    const row = page.getByTestId('municipality-table').locator('tr', { hasText: newMunicipality.name });
    await row.waitFor();
    expect(await row.innerText()).toContain(newMunicipality.code);
    expect(await page.locator('.form-error').count()).toBe(0);
  });

  it('shows the server refusal of a duplicate code beside the code field', async () => {
    const rowsBefore = await page.getByTestId('municipality-table').locator('tbody tr').count();
    await page.getByLabel('Kommunekode').fill(newMunicipality.code);
    await page.getByLabel('Navn').fill('Dobbelt Kommune');
    await page.getByRole('button', { name: 'Opret kommune' }).click();
    const codeError = page.locator('#municipality-code-error');
    await codeError.waitFor();
    expect((await codeError.innerText()).replace('Fejl:', '').trim()).not.toBe('');
    expect(await page.getByLabel('Kommunekode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('municipality-table').locator('tbody tr').count()).toBe(rowsBefore);
  });

  it('creates a staff user in the new municipality and lists it', async () => {
    await page.getByRole('navigation', { name: 'Sidemenu' }).getByRole('link', { name: 'Brugere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    await page.getByTestId('user-table').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: newMunicipality.name });
    await page.getByLabel('Navn', { exact: true }).fill(newStaff.name);
    await page.getByLabel('E-mail', { exact: true }).fill(newStaff.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Sagsbehandler' });
    await page.getByLabel('Midlertidig adgangskode').fill(newStaff.password);
    await page.getByRole('button', { name: 'Opret medarbejder' }).click();
    await page.getByText(`Medarbejderen ${newStaff.name} er oprettet.`).waitFor();

    await showAllUsers(page);
    const row = page.getByTestId('user-table').locator('tr', { hasText: newStaff.email });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(newStaff.name);
    expect(text).toContain('Sagsbehandler');
    expect(text).toContain(newMunicipality.name);
  });

  it('shows the server refusal of an e-mail already in use beside the e-mail field', async () => {
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: newMunicipality.name });
    await page.getByLabel('Navn', { exact: true }).fill('Anden Person');
    await page.getByLabel('E-mail', { exact: true }).fill(newStaff.email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Familiekonsulent' });
    await page.getByLabel('Midlertidig adgangskode').fill(newStaff.password);
    await page.getByRole('button', { name: 'Opret medarbejder' }).click();
    const emailError = page.locator('#staff-email-error');
    await emailError.waitFor();
    expect((await emailError.innerText()).replace('Fejl:', '').trim()).not.toBe('');
    expect(await page.getByText('Medarbejderen Anden Person er oprettet.').count()).toBe(0);
  });

  it('lets the new staff member log in', async () => {
    const other = await newPortalPage(portal.browser, portal.url);
    try {
      await other.page.goto('/');
      await other.page.getByLabel('E-mail').fill(newStaff.email);
      await other.page.getByLabel('Adgangskode').fill(newStaff.password);
      await other.page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await other.page.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
      expect(await other.page.getByTestId('portal-user').innerText()).toContain(newMunicipality.name);
    } finally {
      await other.context.close();
    }
  });
});
