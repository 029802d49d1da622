import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertFamily } from '../../libs/matching/src/seed/insert-family';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';
import { approvedFamilyOf, placeChild } from '../support/placed-children';

// Relief in a real browser against the real api: the caseworker's grant, the foster family's search and booking
// in the month view, the consultant's confirmation, and the grant that stops a second weekend.
jest.setTimeout(120_000);

const caseworkerEmail = 'sagsbehandler@aarhus.example';
const consultantEmail = 'familiekonsulent@aarhus.example';
const fosterParentEmail = 'plejefamilie@aarhus.example';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in Copenhagen and the first Friday of next month (so the weekend and the one after share a month). */
function dates() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  const next = new Date(Date.UTC(m === 12 ? y! + 1 : y!, m! % 12, 1));
  while (next.getUTCDay() !== 5) next.setUTCDate(next.getUTCDate() + 1);
  const day = (offset: number) => {
    const d = new Date(next.getTime() + offset * 86_400_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  return {
    monthStart: `${today.slice(0, 8)}01`,
    friday: day(0),
    sunday: day(2),
    friday2: day(7),
    sunday2: day(9),
  };
}

/** The demo foster parent's family with a placed child (Emma), and a relief family that has had her before. */
async function seed(api: TestApi): Promise<{ hansenEmail: string }> {
  const ds = api.dataSource;
  const { municipalityId: m, familyId } = await approvedFamilyOf(ds, fosterParentEmail);
  const { placementId } = await placeChild(ds, m, familyId, {
    id: 'c1',
    firstName: 'Emma',
    birthDate: '2017-01-10',
  });
  const provider = async (name: string, familyId: string | null, capacity: number) => {
    const [row] = (await ds.query(
      `INSERT INTO relief_provider (municipality_id, kind, foster_family_id, name, capacity, age_min, age_max, lat, lon, version)
       VALUES ($1, $2, $3, $4, $5, 0, 17, 56.15, 10.2, 1) RETURNING id`,
      [m, familyId ? 'FAMILY' : 'UNIT', familyId, name, capacity],
    )) as Array<{ id: string }>;
    return row!.id;
  };
  const unit = await provider('Aflastningshuset Åen', null, 4);
  const hansen = await provider(
    'Familien Hansen',
    await insertFamily(ds, m, { displayName: 'Familien Hansen', approvalTypes: ['ALMEN', 'AFLASTNING'] }),
    1,
  );
  // Noah, placed elsewhere, is at the relief unit right now at short notice.
  const noah = await placeChild(
    ds,
    m,
    await insertFamily(ds, m, { displayName: 'Familien Skov' }),
    { id: 'c2', firstName: 'Noah', birthDate: '2015-03-02' },
    '2025-02-01',
  );
  await ds.query(
    `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, acute, version)
     VALUES ($1, $2, $3, now() - interval '1 hour', now() + interval '1 hour', 1, false, 'CONFIRMED', true, 1)`,
    [m, noah.placementId, unit],
  );
  // The relief family logs in too: its account gets the demo password.
  const [hansenUser] = (await ds.query(
    `UPDATE app_user u SET password_hash = (SELECT password_hash FROM app_user WHERE email = $1)
     FROM foster_family f JOIN relief_provider r ON r.foster_family_id = f.id
     WHERE r.id = $2 AND u.id = f.user_id RETURNING u.email`,
    [fosterParentEmail, hansen],
  )) as [Array<{ email: string }>, number];
  // Emma's usual relief family: a weekend last year, long before the grant's period.
  await ds.query(
    `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, version)
     VALUES ($1, $2, $3, '2025-06-06T15:00:00Z', '2025-06-08T15:00:00Z', 2, true, 'COMPLETED', 1)`,
    [m, placementId, hansen],
  );
  return { hansenEmail: hansenUser[0]!.email };
}

describe('relief pages (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let caseworker: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };
  let fosterParent: { context: BrowserContext; page: Page };
  const d = dates();
  let seeded: { hansenEmail: string };

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    seeded = await seed(api);
    caseworker = await newPortalPage(browser, api.url);
    consultant = await newPortalPage(browser, api.url);
    fosterParent = await newPortalPage(browser, api.url);
    await loginAs(caseworker.page, caseworkerEmail);
    await loginAs(consultant.page, consultantEmail);
    await loginAs(fosterParent.page, fosterParentEmail);
  }, 120_000);

  afterAll(async () => {
    await caseworker?.context.close();
    await consultant?.context.close();
    await fosterParent?.context.close();
    await browser?.close();
    await api?.close();
  });

  const searchWeekend = async (page: Page, from: string, to: string) => {
    await page.locator('#relief-from').fill(from);
    await page.locator('#relief-to').fill(to);
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByTestId('relief-hit').first().waitFor();
  };

  it('lets the caseworker set a grant, with a Danish message beside a wrong field', async () => {
    const { page } = caseworker;
    await page.goto('/aflastningsbevillinger');
    await page.getByRole('heading', { level: 1, name: 'Aflastningsbevillinger' }).waitFor();
    const grant = page.getByTestId('relief-grant').filter({ hasText: 'Emma' });
    await grant.waitFor();
    expect(await grant.innerText()).toContain('Ingen bevilling');

    await grant.getByRole('button', { name: 'Gem bevilling: Emma' }).click();
    const error = grant.locator('[id$="-daysPerPeriod-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('Skriv et helt antal døgn mellem 0 og 366.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await grant.getByLabel('Antal døgn pr. periode').fill('2');
    await grant.getByLabel('Periode', { exact: true }).selectOption('MONTH');
    await grant.getByLabel('Gælder fra').fill(d.monthStart);
    await grant.getByRole('button', { name: 'Gem bevilling: Emma' }).click();
    await grant.getByText('Bevillingen er gemt.').waitFor();
    await grant.getByText('Nuværende bevilling: 2 døgn pr. måned').waitFor();
  });

  it('lets the foster family find the usual relief family first and book a weekend in the month view', async () => {
    const { page } = fosterParent;
    await page.goto('/aflastning');
    await page.getByRole('heading', { level: 1, name: 'Aflastning' }).waitFor();
    await page.getByTestId('relief-grid').waitFor();
    expect(await page.locator('[aria-current="date"]').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await searchWeekend(page, d.friday, d.sunday);
    const hits = page.getByTestId('relief-hit');
    expect(await hits.first().innerText()).toContain('Familien Hansen');
    expect(await hits.first().innerText()).toContain('Plejer at have barnet');
    expect(await hits.filter({ hasText: 'Aflastningshuset Åen' }).innerText()).not.toContain('Plejer');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Book Familien Hansen' }).click();
    await page.getByTestId('relief-message').getByText('Aflastningen er bestilt').waitFor();
    await page.getByRole('button', { name: 'Næste måned' }).click();
    const booking = page.getByTestId('relief-booking').filter({ hasText: 'Familien Hansen' });
    await booking.waitFor();
    expect(await booking.getByTestId('relief-status').innerText()).toBe('Status: Ønsket');
    expect(await page.locator(`td[data-date="${d.friday}"]`).innerText()).toContain(
      'Familien Hansen: Ønsket',
    );
  });

  it('lets the consultant confirm it, and the foster family sees it confirmed', async () => {
    const { page } = consultant;
    await page.goto('/aflastning');
    await page.getByRole('heading', { level: 1, name: 'Aflastning' }).waitFor();
    // Names come with the placements; wait for them rather than for the first paint.
    const acute = page.getByTestId('relief-acute').filter({ hasText: 'Noah hos Aflastningshuset Åen' });
    await acute.waitFor();
    expect(await acute.innerText()).toContain('Akut aflastning:');
    // The month view marks it in words too, not by colour alone.
    await page
      .getByTestId('relief-booking')
      .filter({ hasText: 'Noah hos Aflastningshuset Åen' })
      .locator('.relief-acute-label', { hasText: 'Akut aflastning' })
      .waitFor();
    await page.getByRole('button', { name: 'Næste måned' }).click();
    const booking = page.getByTestId('relief-booking').filter({ hasText: 'Emma hos Familien Hansen' });
    await booking.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await booking.getByRole('button', { name: 'Bekræft: Emma hos Familien Hansen' }).click();
    await page.getByTestId('relief-message').getByText('Aflastningen er bekræftet.').waitFor();
    await booking.getByText('Status: Bekræftet').waitFor();
    const overview = page.getByTestId('relief-overview').getByRole('row').filter({ hasText: 'Emma' });
    expect(await overview.innerText()).toContain('2 døgn pr. måned');

    const family = fosterParent.page;
    await family.reload();
    await family.getByRole('heading', { level: 1, name: 'Aflastning' }).waitFor();
    await family.getByRole('button', { name: 'Næste måned' }).click();
    const mine = family.getByTestId('relief-booking').filter({ hasText: 'Familien Hansen' });
    await mine.getByText('Status: Bekræftet').waitFor();
  });

  it('gives the foster family a calendar link once, that a calendar can read, and stops it', async () => {
    const { page } = fosterParent;
    const feeds = page.getByTestId('relief-feeds');
    await feeds.getByRole('button', { name: 'Lav et kalenderlink' }).click();
    const link = feeds.getByLabel('Jeres kalenderlink');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\/api\/calendar\/relief\/[^/]+\.ics$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const ics = await fetch(`${api.url}${new URL(url).pathname}`);
    expect(ics.status).toBe(200);
    const body = await ics.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('BEGIN:VEVENT');

    await feeds.getByRole('button', { name: 'Stop kalenderlinket' }).click();
    await feeds.getByText('Kalenderlinket virker ikke længere.').waitFor();
    expect((await fetch(`${api.url}${new URL(url).pathname}`)).status).toBe(404);
  });

  it('tells the foster family when a second weekend goes beyond the grant', async () => {
    const { page } = fosterParent;
    await searchWeekend(page, d.friday2, d.sunday2);
    await page.getByRole('button', { name: 'Book Familien Hansen' }).click();
    const error = page.getByTestId('relief-book-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('flere døgn end bevillingen tillader');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the foster family cancel the confirmed weekend with a reason', async () => {
    const { page } = fosterParent;
    const mine = page.getByTestId('relief-booking').filter({ hasText: 'Familien Hansen' });
    await mine.getByRole('button', { name: 'Aflys: Familien Hansen' }).click();
    await mine.getByRole('button', { name: 'Send' }).click();
    await mine.getByText('Skriv en begrundelse.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await mine.getByLabel('Begrundelse').fill('Emma er syg.');
    await mine.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('relief-message').getByText('Aflastningen er aflyst.').waitFor();
    await mine.getByText('Status: Aflyst').waitFor();
  });

  it('lets the relief family answer a new request under "Børn der kommer til os"', async () => {
    const family = fosterParent.page;
    await searchWeekend(family, d.friday, d.sunday);
    await family.getByRole('button', { name: 'Book Familien Hansen' }).click();
    await family.getByTestId('relief-message').getByText('Aflastningen er bestilt').waitFor();

    const { context, page } = await newPortalPage(browser, api.url);
    try {
      await loginAs(page, seeded.hansenEmail);
      await page.goto('/aflastning');
      await page.getByRole('button', { name: 'Børn der kommer til os' }).click();
      await page.getByRole('button', { name: 'Næste måned' }).click();
      const request = page.getByTestId('relief-booking').filter({ hasText: 'Status: Ønsket' });
      await request.waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await request.getByRole('button', { name: 'Bekræft: Barnet' }).click();
      await page.getByTestId('relief-message').getByText('Aflastningen er bekræftet.').waitFor();
      await page.getByTestId('relief-booking').getByText('Status: Bekræftet').first().waitFor();
    } finally {
      await context.close();
    }
  });
});
