import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApiForTest, TestApi } from '../support/test-api';

// Debian's Chromium, not Playwright's download: the machines have no route to Playwright's CDN.
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export const demoPassword = 'Pleje-demo-2026';

export async function newPortalPage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'da-DK',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** A phone (390×844, touch): the applicant flow and the families' pages must work there. */
export async function newPhonePage(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/** Opens the portal and waits until it has decided between the login page and a session. */
export async function openPortal(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
}

export async function login(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
}

/** Logs in and waits for the logged-in header with the user's name. */
export async function loginAs(page: Page, email: string): Promise<void> {
  await openPortal(page);
  await login(page, email);
  await page.getByRole('button', { name: 'Log af' }).waitFor();
  await page.locator('main h1').waitFor();
}

export async function sideNavigation(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Sidemenu' });
  await nav.waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** WCAG 2.1 A/AA violations with impact serious or critical, as readable one-liners. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

export interface PortalFixture {
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Registers the suite's hooks: the real api (serving the built portal, demo data) and one Chromium, both
 * closed after the suite. Read `url` and `browser` inside tests and later hooks.
 */
export function usePortal(): PortalFixture {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  return {
    get url() {
      if (!api) throw new Error('usePortal: the api is not started yet');
      return api.url;
    },
    get browser() {
      if (!browser) throw new Error('usePortal: the browser is not started yet');
      return browser;
    },
  };
}
