import { ChildProcess } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPortalPage, openPortal } from '../portal/browser';
import { startApiForTest, TestApi } from '../support/test-api';
import { freePort } from '@pleje/testing';
import { startProvider, stopProvider } from './provider-process';

// A real browser through a real provider: allow more than jest's default per test.
jest.setTimeout(60_000);

/**
 * The organisation sign-in in Chromium, with the provider on another site (localhost) than the portal
 * (127.0.0.1), as Entra ID is in production: proves the SameSite=Lax flow cookie survives the
 * cross-site return and the SameSite=Strict refresh cookie then gives the portal its session.
 */
describe('organisation sign-in in the portal (browser, cross-site provider)', () => {
  let api: TestApi;
  let provider: ChildProcess;
  let browser: Browser;

  beforeAll(async () => {
    const apiPort = await freePort();
    const redirectUri = `http://127.0.0.1:${apiPort}/auth/oidc/callback`;
    const started = await startProvider(
      [{ clientId: 'portal-browser', clientSecret: 'browser-test-secret', redirectUri }],
      'localhost',
    );
    provider = started.child;
    api = await startApiForTest({
      env: {
        API_PORT: String(apiPort),
        OIDC_ISSUER: started.issuer,
        OIDC_CLIENT_ID: 'portal-browser',
        OIDC_CLIENT_SECRET: 'browser-test-secret',
        OIDC_REDIRECT_URI: redirectUri,
      },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await stopProvider(provider);
  });

  async function signInThroughProvider(login: string): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await newPortalPage(browser, api.url);
    // The provider's development pages import a web font; the test machine has no route to it.
    await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
    await openPortal(page, '/login');
    await page.getByRole('link', { name: 'Log ind med din organisationskonto' }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('adgangskode-ignoreres');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    return { context, page };
  }

  it('signs a staff member in and the portal shows the session', async () => {
    const { context, page } = await signInThroughProvider('entra-familiekonsulent');
    try {
      await page.getByRole('button', { name: 'Log af' }).waitFor();
      expect(new URL(page.url()).origin).toBe(api.url);
      const cookies = await context.cookies(api.url);
      expect(cookies.find((c) => c.name === 'pp_refresh')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });
      // The one-time flow cookie is gone.
      expect(cookies.find((c) => c.name === 'pp_oidc')).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  it('sends an unknown account back to the login page with no session and no e-mail in the URL', async () => {
    const { context, page } = await signInThroughProvider('entra-ukendt');
    try {
      await page.waitForURL((url) => url.pathname === '/login');
      const url = new URL(page.url());
      expect(url.search).toBe('?fejl=oidc');
      await page.locator('h1').first().waitFor();
      expect(await page.getByRole('button', { name: 'Log af' }).count()).toBe(0);
      expect((await context.cookies(api.url)).some((c) => c.name === 'pp_refresh')).toBe(false);
    } finally {
      await context.close();
    }
  });
});
