import { usePortal, login, loginAs, newPortalPage, openPortal, seriousA11yViolations } from './browser';

// A real browser against a real API: allow more than jest's 5 s default per test.
jest.setTimeout(60_000);

describe('portal login (browser)', () => {
  const portal = usePortal();

  it('launches Debian Chromium', async () => {
    expect(portal.browser.version()).toMatch(/^\d+\./);
  });

  it('renders the login page in Danish without serious accessibility violations', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      expect(await page.locator('h1').innerText()).toBe('Log ind');
      expect(await page.title()).toBe('Log ind - Plejeportalen');
      await page.getByLabel('E-mail').waitFor();
      await page.getByLabel('Adgangskode').waitFor();
      expect(await page.getByRole('link', { name: 'Gå til sidens indhold' }).getAttribute('href')).toBe(
        '#main-content',
      );
      expect(await page.locator('main#main-content').count()).toBe(1);
      expect(await page.locator('body').innerText()).not.toMatch(/undefined|\[object/);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers the organisation-account login exactly when the server has OIDC enabled', async () => {
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publicConfig { oidcEnabled } }' }),
    });
    const body = (await response.json()) as { data: { publicConfig: { oidcEnabled: boolean } } };
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      // publicConfig loads alongside the form; wait for the request to settle before counting links.
      await page.waitForLoadState('networkidle');
      const link = page.getByRole('link', { name: 'Log ind med din organisationskonto' });
      expect(await link.count()).toBe(body.data.publicConfig.oidcEnabled ? 1 : 0);
      if (body.data.publicConfig.oidcEnabled)
        expect(await link.getAttribute('href')).toBe('/auth/oidc/login');
    } finally {
      await context.close();
    }
  });

  const oidcErrorText =
    'Vi kunne ikke logge dig ind med din organisationskonto. Kontakt din administrator, hvis du mener, du skal have adgang.';

  it('shows the organisation-account error where the OIDC callback sends a failed sign-in', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      // The path and query the server's OIDC callback redirects to (OIDC_FAILURE_REDIRECT in libs/core).
      const response = await page.goto('/login?fejl=oidc');
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(oidcErrorText);
      expect(await alert.getAttribute('class')).toContain('alert-error');
      // The form is still there, so a local account can sign in straight away.
      expect(await page.getByLabel('E-mail').count()).toBe(1);
      expect(await page.locator('body').innerText()).not.toMatch(/undefined|\[object/);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows no organisation-account error without ?fejl=oidc or with another value', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      for (const path of ['/login', '/', '/login?fejl=andet']) {
        await openPortal(page, path);
        await page.getByLabel('E-mail').waitFor();
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(await page.locator('body').innerText()).not.toContain('organisationskonto. Kontakt');
      }
    } finally {
      await context.close();
    }
  });

  it('shows the organisation-account error in English', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page, '/login?fejl=oidc&lang=en');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(
        'We could not log you in with your organisation account. Contact your administrator if you believe you should have access.',
      );
    } finally {
      await context.close();
    }
  });

  it('replaces the organisation-account error on a password attempt and lands on the start page after login', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page, '/login?fejl=oidc');
      await page.getByRole('alert').waitFor();
      // An empty submit: only the error summary is left, so there is one alert at a time.
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('heading', { name: 'Der er problemer' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.locator('body').innerText()).not.toContain(oidcErrorText);

      await login(page, 'familiekonsulent@aarhus.example');
      await page.getByRole('button', { name: 'Log af' }).waitFor();
      await page.waitForURL((url) => url.pathname === '/ansoegninger');
      expect(await page.locator('main h1').innerText()).toBe('Ansøgninger');
    } finally {
      await context.close();
    }
  });

  it('shows Danish field errors and an error summary when the form is empty', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.getByRole('heading').innerText()).toBe('Der er problemer');
      expect(await summary.getByRole('link').allInnerTexts()).toEqual([
        'Indtast din e-mail.',
        'Indtast din adgangskode.',
      ]);
      // The DKFDS summary takes focus so screen readers read it at once.
      expect(await page.locator(':focus').getAttribute('data-module')).toBe('error-summary');
      expect(await page.locator('#email-error').innerText()).toContain('Indtast din e-mail.');
      expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('E-mail').getAttribute('aria-describedby')).toBe('email-error');
      // The summary link moves focus to the field it names.
      await summary.getByRole('link', { name: 'Indtast din adgangskode.' }).click();
      expect(await page.locator(':focus').getAttribute('id')).toBe('password');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the Danish error for a wrong password', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      await login(page, 'admin@plejeportalen.example', 'forkert-adgangskode');
      const summary = page.getByRole('alert');
      await summary.waitFor();
      expect(await summary.innerText()).toContain('E-mail eller adgangskode er forkert. Prøv igen.');
      expect(await page.getByLabel('Adgangskode').inputValue()).toBe('');
      expect(await page.locator('h1').innerText()).toBe('Log ind');
    } finally {
      await context.close();
    }
  });

  it('keeps the session across a reload through the refresh cookie, and logs out', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await loginAs(page, 'familiekonsulent@aarhus.example');
      expect(await page.locator('main h1').innerText()).toBe('Ansøgninger');

      // Record every h1 the page shows while it restores, to prove the login form never flashes.
      // Browser-side code is passed as a string: the Node type-check has no DOM types.
      await page.addInitScript({
        content: `window.seenHeadings = [];
          new MutationObserver(() => {
            document.querySelectorAll('h1').forEach((h) => window.seenHeadings.push(h.textContent));
          }).observe(document, { childList: true, subtree: true });`,
      });
      await page.reload();
      await page.getByRole('button', { name: 'Log af' }).waitFor();
      expect(await page.locator('main h1').innerText()).toBe('Ansøgninger');
      const seen = (await page.evaluate('window.seenHeadings')) as string[];
      expect(seen).toContain('Ansøgninger');
      expect(seen).not.toContain('Log ind');

      await page.getByRole('button', { name: 'Log af' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      // After logout the cookie no longer restores a session.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      expect(await page.getByRole('button', { name: 'Log af' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('keeps the access token out of browser storage', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await loginAs(page, 'sagsbehandler@aarhus.example');
      const stored = (await page.evaluate(
        'JSON.stringify({ ...localStorage, ...sessionStorage })',
      )) as string;
      expect(stored).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);
      const cookies = await context.cookies();
      expect(cookies.filter((cookie) => !cookie.httpOnly).map((cookie) => cookie.name)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switches to English and back, with <html lang> following', async () => {
    const { context, page } = await newPortalPage(portal.browser, portal.url);
    try {
      await openPortal(page);
      await page.getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByLabel('Password').count()).toBe(1);
      await page.getByRole('link', { name: 'Dansk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
    } finally {
      await context.close();
    }
  });
});
