import type { Page } from 'playwright-core';
import { usePortal, loginAs, newPortalPage, openPortal, seriousA11yViolations } from './browser';

// A real browser against a real API: allow more than jest's 5 s default per test.
jest.setTimeout(60_000);

// The pages the footer and the Teams app manifest link to, with words each must contain.
const publicPages = [
  {
    path: '/privatlivspolitik',
    title: 'Privatlivspolitik',
    mustSay: [
      'dataansvarlig',
      'særlige kategorier af personoplysninger',
      'Ret til indsigt',
      'Ret til berigtigelse',
      'Ret til sletning',
      'Datatilsynet',
      'databeskyttelsesrådgiver (DPO)',
    ],
  },
  {
    path: '/vilkaar',
    title: 'Vilkår for brug',
    mustSay: ['Dit login er personligt', 'logger, hvem der læser eller ændrer', 'kontaktoplysninger'],
  },
  {
    path: '/tilgaengelighed',
    title: 'Tilgængelighedserklæring',
    mustSay: ['WCAG 2.1 på niveau AA', 'axe', 'was.digst.dk'],
  },
];

function footerLink(page: Page, name: string) {
  return page.getByRole('contentinfo').getByRole('link', { name, exact: true });
}

describe('public pages (browser)', () => {
  const portal = usePortal();

  it.each(publicPages)(
    'renders $path for an anonymous visitor in Danish without serious accessibility violations',
    async ({ path, title, mustSay }) => {
      const { context, page } = await newPortalPage(portal.browser, portal.url);
      try {
        const response = await page.goto(path);
        // The Teams manifest links straight here, so the server must answer the deep link itself.
        expect(response?.status()).toBe(200);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('da');
        expect(await page.title()).toBe(`${title} - Plejeportalen`);
        expect(new URL(page.url()).pathname).toBe(path);
        // No session, no login form: the page itself, not a login wall.
        expect(await page.getByLabel('Adgangskode').count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Log af' }).count()).toBe(0);
        const notice = page.getByTestId('complete-notice');
        expect(await notice.count()).toBe(1);
        expect(await notice.innerText()).toMatch(/^Kommunen skal .+, før portalen tages i brug\.$/);
        const text = await page.locator('main').innerText();
        for (const phrase of mustSay) expect(text).toContain(phrase);
        expect(await page.locator('body').innerText()).not.toMatch(/undefined|\[object/);
        expect(await page.locator('main h2').count()).toBeGreaterThan(2);
        expect(await seriousA11yViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('links every public page from the footer of the login page, and moves focus to the new heading', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      expect(await page.locator('h1').innerText()).toBe('Log ind');
      const footer = page.getByRole('contentinfo');
      expect(await footer.getByRole('heading', { name: 'Om portalen' }).count()).toBe(1);
      for (const { path, title } of publicPages) {
        const link = footerLink(page, title);
        expect(await link.getAttribute('href')).toBe(path);
        await link.click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await page.locator(':focus').innerText()).toBe(title);
        expect(await footerLink(page, title).getAttribute('aria-current')).toBe('page');
      }
      // Back from a public page to the login form through the header's solution name.
      await page.getByRole('banner').getByRole('link', { name: 'Plejeportalen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('keeps the footer links for a logged-in user and shows the pages inside the role layout', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await loginAs(page, 'plejefamilie@aarhus.example');
      for (const { path, title } of publicPages) {
        await footerLink(page, title).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(new URL(page.url()).pathname).toBe(path);
        // Still logged in, with the role's menu beside the page.
        expect(await page.getByRole('button', { name: 'Log af' }).count()).toBeGreaterThan(0);
        expect(await page.getByRole('navigation', { name: 'Sidemenu' }).count()).toBe(1);
      }
      expect(await seriousA11yViolations(page)).toEqual([]);
      // A reload on a public page restores the session there, not a "not found" page.
      await page.reload();
      await page.getByRole('button', { name: 'Log af' }).first().waitFor();
      expect(await page.locator('main h1').innerText()).toBe('Tilgængelighedserklæring');
    } finally {
      await context.close();
    }
  });

  it('shows the public pages in English when English is chosen', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await page.goto('/privatlivspolitik?lang=en');
      await page.getByRole('heading', { level: 1, name: 'Privacy policy' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await footerLink(page, 'Accessibility statement').click();
      await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
      expect(await page.locator('main').innerText()).toContain('WCAG 2.1');
    } finally {
      await context.close();
    }
  });
});
