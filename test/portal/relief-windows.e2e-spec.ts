import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertFamily } from '../../libs/matching/src/seed/insert-family';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';
import { approvedFamilyOf, placeChild } from '../support/placed-children';

// Scarce dates and the consultant's tools in a real browser against the real api: a request window opened by
// the consultant, two foster families asking (one strained through the caseworker's grant), the allocation with a
// single place, provider management, a series with one conflict, an override of the grant, and acute relief.
jest.setTimeout(180_000);

const caseworkerEmail = 'sagsbehandler@aarhus.example';
const consultantEmail = 'familiekonsulent@aarhus.example';
const fosterParentEmail = 'plejefamilie@aarhus.example';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Dates relative to today in Copenhagen: the window two weeks ahead, the series five weeks ahead. */
function dates() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const base = new Date(`${today}T12:00:00Z`);
  const day = (offset: number) => iso(new Date(base.getTime() + offset * 86_400_000));
  let friday = 14;
  while (new Date(base.getTime() + friday * 86_400_000).getUTCDay() !== 5) friday += 1;
  const series = friday + 21;
  return {
    monthStart: `${today.slice(0, 8)}01`,
    tomorrow: day(1),
    windowFriday: day(friday),
    windowSunday: day(friday + 2),
    // Noah's earlier relief: inside the past year, in another grant month than the window.
    noahEarlier: day(friday - 40),
    // Emma's usual relief family: long ago, so it counts for continuity but not as relief in the past year.
    emmaLongAgo: day(friday - 500),
    seriesFirst: day(series),
    seriesAwayFrom: day(series + 7),
    seriesAwayTo: day(series + 8),
    seriesUntil: day(series + 14),
    overrideFrom: day(series + 17),
    overrideTo: day(series + 22),
  };
}

interface Seeded {
  skovEmail: string;
  emma: string;
  noah: string;
}

/**
 * The demo foster parent's family with two placed children (Emma, Liva); Familien Skov with Noah (its parent
 * logs in too); one relief family with a single place that has had Emma before; Noah's earlier relief.
 */
async function seed(api: TestApi, d: ReturnType<typeof dates>): Promise<Seeded> {
  const ds = api.dataSource;
  const { municipalityId: m, familyId } = await approvedFamilyOf(ds, fosterParentEmail, { places: 2 });
  const place = async (
    familyId: string,
    child: { id: string; firstName: string; birthDate: string },
    startedOn = '2024-01-01',
  ) => (await placeChild(ds, m, familyId, child, startedOn)).placementId;
  const emma = await place(familyId, { id: 'c1', firstName: 'Emma', birthDate: '2017-01-10' });
  const liva = await place(familyId, { id: 'c2', firstName: 'Liva', birthDate: '2019-05-03' }, '2024-06-01');
  const skov = await insertFamily(ds, m, { displayName: 'Familien Skov' });
  const noah = await place(skov, { id: 'c3', firstName: 'Noah', birthDate: '2015-03-02' });
  const hansenFamily = await insertFamily(ds, m, {
    displayName: 'Familien Hansen',
    approvalTypes: ['ALMEN', 'AFLASTNING'],
  });
  const [hansen] = (await ds.query(
    `INSERT INTO relief_provider (municipality_id, kind, foster_family_id, name, capacity, age_min, age_max, lat, lon, version)
     VALUES ($1, 'FAMILY', $2, 'Familien Hansen', 1, 0, 17, 56.15, 10.2, 1) RETURNING id`,
    [m, hansenFamily],
  )) as Array<{ id: string }>;
  const stay = async (placementId: string, date: string, days: number) =>
    ds.query(
      `INSERT INTO relief_booking (municipality_id, placement_id, provider_id, starts_at, ends_at, days, single_place, status, version)
       VALUES ($1, $2, $3, $4::date + time '15:00', $4::date + time '15:00' + $5 * interval '1 day', $5, true, 'COMPLETED', 1)`,
      [m, placementId, hansen!.id, date, days],
    );
  await stay(emma, d.emmaLongAgo, 2);
  await stay(noah, d.noahEarlier, 2);
  // Emma's and Liva's grants are set here; Noah's the caseworker sets in the browser, marked strained.
  await ds.query(
    `INSERT INTO relief_grant (placement_id, municipality_id, days_per_period, period, valid_from, strained, set_by, version)
     SELECT p.id, p.municipality_id, g.days, 'MONTH', $2::date, false, (SELECT id FROM app_user WHERE email = $3), 1
       FROM (VALUES ($1::uuid, 4), ($4::uuid, 30)) AS g(id, days) JOIN placement p ON p.id = g.id`,
    [emma, d.monthStart, caseworkerEmail, liva],
  );
  // Noah's foster parent logs in with the demo password.
  const [skovUser] = (await ds.query(
    `UPDATE app_user u SET password_hash = (SELECT password_hash FROM app_user WHERE email = $1)
     FROM foster_family f WHERE f.id = $2 AND u.id = f.user_id RETURNING u.email`,
    [fosterParentEmail, skov],
  )) as [Array<{ email: string }>, number];
  return { skovEmail: skovUser[0]!.email, emma, noah };
}

describe('relief request windows and consultant tools (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let caseworker: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };
  let familyA: { context: BrowserContext; page: Page };
  let familyB: { context: BrowserContext; page: Page };
  const d = dates();
  let seeded: Seeded;

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    seeded = await seed(api, d);
    caseworker = await newPortalPage(browser, api.url);
    consultant = await newPortalPage(browser, api.url);
    familyA = await newPortalPage(browser, api.url);
    familyB = await newPortalPage(browser, api.url);
    // Noah's family uses a phone.
    await familyB.page.setViewportSize({ width: 390, height: 844 });
    await loginAs(caseworker.page, caseworkerEmail);
    await loginAs(consultant.page, consultantEmail);
    await loginAs(familyA.page, fosterParentEmail);
    await loginAs(familyB.page, seeded.skovEmail);
  }, 180_000);

  afterAll(async () => {
    for (const p of [caseworker, consultant, familyA, familyB]) await p?.context.close();
    await browser?.close();
    await api?.close();
  });

  const consultantTab = async (name: string) => {
    const { page } = consultant;
    await page
      .getByRole('navigation', { name: 'Aflastning' })
      .getByRole('link', { name, exact: true })
      .click();
    await page.getByRole('link', { name, exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
  };

  it('lets the caseworker mark a placement as strained on the grant form', async () => {
    const { page } = caseworker;
    await page.goto('/aflastningsbevillinger');
    const grant = page.getByTestId('relief-grant').filter({ hasText: 'Noah' });
    await grant.waitFor();
    await grant.getByLabel('Antal døgn pr. periode').fill('4');
    await grant.getByLabel('Gælder fra').fill(d.monthStart);
    const strained = grant.getByLabel('Belastet anbringelse — prioriteres ved travle perioder');
    expect(await strained.isChecked()).toBe(false);
    await strained.check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await grant.getByRole('button', { name: 'Gem bevilling: Noah' }).click();
    await grant.getByText('Bevillingen er gemt.').waitFor();
    await grant.getByText('4 døgn pr. måned (belastet anbringelse)').waitFor();
    const [row] = (await api.dataSource.query(`SELECT strained FROM relief_grant WHERE placement_id = $1`, [
      seeded.noah,
    ])) as Array<{ strained: boolean }>;
    expect(row!.strained).toBe(true);
  });

  it('lets the consultant open a request window, with Danish messages beside missing fields', async () => {
    const { page } = consultant;
    await page.goto('/aflastning/oenskeperioder');
    await page.getByRole('heading', { level: 2, name: 'Åbn en ønskeperiode' }).waitFor();
    await page.getByRole('button', { name: 'Åbn perioden' }).click();
    await page.locator('#window-title-error').getByText('Giv perioden et navn.').waitFor();
    // The summary at the top links to the field and has focus.
    await page
      .locator('[data-module="error-summary"]:focus')
      .getByRole('link', { name: 'Giv perioden et navn.' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Navn på perioden').fill('Vinterferien');
    await page.getByLabel('Periodens første dag').fill(d.windowFriday);
    await page.locator('#window-start-time').fill('17:00');
    await page.getByLabel('Periodens sidste dag').fill(d.windowSunday);
    await page.locator('#window-end-time').fill('17:00');
    await page.getByLabel('Frist for ønsker (dato)').fill(d.tomorrow);
    await page.getByRole('button', { name: 'Åbn perioden' }).click();
    await page.getByTestId('relief-message').getByText('Ønskeperioden er åbnet').waitFor();
    const window = page.getByTestId('relief-window').filter({ hasText: 'Vinterferien' });
    expect(await window.innerText()).toContain('Åben for ønsker');
  });

  it('shows the foster family each child with days used, and takes, withdraws and retakes a request', async () => {
    const { page } = familyA;
    await page.goto('/aflastning');
    await page.getByRole('heading', { level: 1, name: 'Aflastning' }).waitFor();
    const emma = page.getByTestId('relief-child').filter({ hasText: 'Emma' });
    expect(await emma.getByTestId('relief-usage').innerText()).toBe('Brugt 0 af 4 døgn i perioden');
    // The grant month is shown with its last day, not the first day of the next month.
    const long = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const [y, mo] = d.monthStart.split('-').map(Number);
    const first = long.format(new Date(Date.UTC(y!, mo! - 1, 1, 12)));
    const last = long.format(new Date(Date.UTC(y!, mo!, 0, 12)));
    expect(await emma.innerText()).toContain(`Perioden er ${first} – ${last}.`);
    expect(
      await page
        .getByTestId('relief-child')
        .filter({ hasText: 'Liva' })
        .getByTestId('relief-usage')
        .innerText(),
    ).toBe('Brugt 0 af 30 døgn i perioden');
    expect(await page.getByLabel('Vælg barn').inputValue()).toBe(seeded.emma);

    const window = page.getByTestId('relief-window').filter({ hasText: 'Vinterferien' });
    await window.getByRole('button', { name: 'Ønsk aflastning i vinterferien' }).click();
    const form = window.getByTestId('relief-window-form');
    await form.getByText('Emma: ønske til Vinterferien').waitFor();
    // The usual relief family is the preselected wish.
    const place = form.getByLabel('Ønsket aflastningssted');
    await place.locator('option', { hasText: 'Familien Hansen (plejer at have barnet)' }).waitFor({
      state: 'attached',
    });
    expect(await place.locator('option:checked').innerText()).toBe('Familien Hansen (plejer at have barnet)');
    // A part of the period that runs past its end is refused beside the field.
    await form.getByLabel('En del af perioden').check();
    await form.getByLabel('Til klokken').fill('18:00');
    await form.getByRole('button', { name: 'Send ønske' }).click();
    await form.getByText('Opholdet skal ligge inden for perioden.').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByLabel('Hele perioden').check();
    await form.getByLabel('Besked til familieplejekonsulenten').fill('Emma glæder sig til Hansen.');
    await form.getByRole('button', { name: 'Send ønske' }).click();
    await page.getByTestId('relief-message').getByText('Ønsket er sendt').waitFor();
    await window.getByTestId('relief-window-status').getByText('Status: Venter på fordeling').waitFor();

    await window.getByRole('button', { name: 'Træk ønsket tilbage' }).click();
    await page.getByTestId('relief-message').getByText('Ønsket er trukket tilbage.').waitFor();
    await window.getByRole('button', { name: 'Ønsk aflastning i vinterferien' }).click();
    await window.getByRole('button', { name: 'Send ønske' }).click();
    await window.getByTestId('relief-window-status').getByText('Status: Venter på fordeling').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the second family ask on a phone', async () => {
    const { page } = familyB;
    await page.goto('/aflastning');
    const window = page.getByTestId('relief-window').filter({ hasText: 'Vinterferien' });
    await window.getByRole('button', { name: 'Ønsk aflastning i vinterferien' }).click();
    await window.getByRole('button', { name: 'Send ønske' }).click();
    await window.getByTestId('relief-window-status').getByText('Status: Venter på fordeling').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Nothing wider than the phone: no sideways scrolling.
    expect(
      await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1'),
    ).toBe(true);
  });

  it('ranks the strained placement first with why, and shares the single place out after a confirmation', async () => {
    const { page } = consultant;
    await page.getByRole('button', { name: 'Vis ønsker: Vinterferien' }).click();
    const rows = page.getByTestId('relief-ranked-row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const first = await rows.nth(0).innerText();
    expect(first).toContain('Noah');
    expect(first).toContain('Belastet anbringelse · 2 døgn det seneste år');
    const second = await rows.nth(1).innerText();
    expect(second).toContain('Emma');
    expect(second).toContain('Familien Hansen');
    expect(second).toContain('0 døgn det seneste år');
    expect(second).not.toContain('Belastet');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Fordel pladserne' }).click();
    await page.getByText('Vil du fordele pladserne nu?').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, fordel pladserne' }).click();
    await page
      .getByTestId('relief-message')
      .getByText('Pladserne er fordelt: 1 af 2 ønsker fik en plads.')
      .waitFor();
    await rows.nth(0).getByText('Tildelt: Familien Hansen').waitFor();
    await rows
      .nth(1)
      .getByText('Ikke tildelt: Der var ikke flere ledige aflastningspladser i perioden.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Fordel pladserne' }).count()).toBe(0);
  });

  it('tells each family the outcome: the strained one got the place, the other sees why not', async () => {
    const b = familyB.page;
    await b.reload();
    const noah = b.getByTestId('relief-window').filter({ hasText: 'Vinterferien' });
    await noah.getByTestId('relief-window-status').getByText('Status: Tildelt').waitFor();
    await noah.getByText('Barnet skal i aflastning hos Familien Hansen.').waitFor();

    const a = familyA.page;
    await a.reload();
    const emma = a.getByTestId('relief-window').filter({ hasText: 'Vinterferien' });
    await emma.getByTestId('relief-window-status').getByText('Status: Ikke tildelt').waitFor();
    expect(await emma.getByTestId('relief-window-reason').innerText()).toBe(
      'Begrundelse: Der var ikke flere ledige aflastningspladser i perioden.',
    );
    expect(await emma.getByRole('button', { name: 'Træk ønsket tilbage' }).count()).toBe(0);
    expect(await seriousA11yViolations(a)).toEqual([]);
  });

  it('lets the consultant create a relief unit, set weekly times and add an away period', async () => {
    const { page } = consultant;
    await consultantTab('Aflastningssteder');
    await page.getByRole('button', { name: 'Opret aflastningssted' }).click();
    const form = page.getByTestId('relief-provider-form');
    await form.getByLabel('Aflastningstilbud (institution)').check();
    await form.getByRole('button', { name: 'Gem aflastningssted' }).click();
    await form.locator('[id$="-name-error"]').getByText('Skriv et navn.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByLabel('Navn', { exact: true }).fill('Aflastningshuset Åen');
    await form.getByLabel('Antal pladser').fill('3');
    await form.getByLabel('Selvskade').check();
    await form.getByRole('button', { name: 'Gem aflastningssted' }).click();
    await page.getByRole('heading', { name: 'Ret Aflastningshuset Åen' }).waitFor();
    const table = page.getByTestId('relief-providers');
    await table.getByRole('row').filter({ hasText: 'Aflastningshuset Åen' }).getByText('3 pladser').waitFor();

    await page.getByLabel('Fra dato').fill(d.seriesAwayFrom);
    await page.getByLabel('Til dato').fill(d.seriesAwayTo);
    await page.getByLabel('Årsag').fill('Personalekursus');
    await page.getByRole('button', { name: 'Tilføj periode' }).click();
    await page.getByText('Perioden er tilføjet.').waitFor();
    await page.getByTestId('relief-away').getByText('Personalekursus').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Weekly times on the relief family: rows of weekday and times.
    await table.getByRole('button', { name: 'Ret Familien Hansen' }).click();
    await page.getByRole('button', { name: 'Tilføj tidsrum' }).click();
    await page.getByLabel('Ugedag').selectOption({ label: 'Lørdag' });
    await page.getByRole('button', { name: 'Gem faste tider' }).click();
    await page.getByText('De faste tider er gemt.').waitFor();
    const windows = (await api.dataSource.query(
      `SELECT a.weekday, a.start_time, a.end_time FROM relief_availability a JOIN relief_provider p ON p.id = a.provider_id
        WHERE p.name = 'Familien Hansen'`,
    )) as Array<{ weekday: number }>;
    expect(windows.map((w) => w.weekday)).toEqual([6]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('books a series and lists the date that could not be booked with the Danish reason', async () => {
    const { page } = consultant;
    await consultantTab('Fast aflastning');
    const form = page.getByTestId('relief-series-form');
    await form.getByRole('button', { name: 'Book serien' }).click();
    await form.locator('#series-child-error').getByText('Vælg barnet.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByLabel('Barn').selectOption({ label: 'Liva' });
    await form.getByLabel('Aflastningssted').selectOption({ label: 'Aflastningshuset Åen' });
    await form.getByLabel('Første dag (for eksempel den første fredag)').fill(d.seriesFirst);
    await form.getByLabel('Antal døgn pr. ophold').fill('1');
    await form.getByLabel('Hvor ofte').selectOption({ label: 'Hver uge' });
    await form.getByLabel('Sidste mulige dag').fill(d.seriesUntil);
    await form.getByRole('button', { name: 'Book serien' }).click();
    const result = page.getByTestId('relief-series-result');
    await result.getByText('2 ophold er booket').waitFor();
    await result.getByText('1 dato kunne ikke bookes').waitFor();
    expect(await result.getByTestId('relief-series-booked').getByRole('listitem').count()).toBe(2);
    const conflicts = result.getByTestId('relief-series-conflicts').getByRole('listitem');
    expect(await conflicts.count()).toBe(1);
    expect(await conflicts.innerText()).toContain('Aflastningsstedet er ikke hjemme i perioden.');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the consultant book beyond the grant with a reason, and book acute relief shown on top', async () => {
    const { page } = consultant;
    await consultantTab('Book aflastning');
    const form = page.getByTestId('relief-book-form');
    await form.getByLabel('Barn').selectOption({ label: 'Emma' });
    await form.getByLabel('Fra dato').fill(d.overrideFrom);
    await form.getByLabel('Til dato').fill(d.overrideTo);
    await form.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('button', { name: 'Book Aflastningshuset Åen' }).click();
    const override = page.getByTestId('relief-override');
    await override.getByText('Bookingen går ud over bevillingen.').waitFor();
    expect(await override.innerText()).toContain(
      'Bevillingen giver 4 døgn i perioden; 0 er brugt, og opholdet bruger 5.',
    );
    await override.getByRole('button', { name: 'Book Aflastningshuset Åen alligevel' }).click();
    await override
      .getByText('Skriv hvorfor barnet skal have mere aflastning end bevillingen.')
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await override
      .getByLabel('Begrundelse for at gå ud over bevillingen')
      .fill('Plejefamilien er på kursus.');
    await override.getByRole('button', { name: 'Book Aflastningshuset Åen alligevel' }).click();
    await page.getByTestId('relief-message').getByText('booket ud over bevillingen').waitFor();
    const [booking] = (await api.dataSource.query(
      `SELECT override_reason, days FROM relief_booking WHERE placement_id = $1 AND override_reason IS NOT NULL`,
      [seeded.emma],
    )) as Array<{ override_reason: string; days: number }>;
    expect(booking).toEqual({ override_reason: 'Plejefamilien er på kursus.', days: 5 });

    await page.getByRole('button', { name: 'Akut aflastning fra nu' }).click();
    expect(await form.getByLabel('Akut aflastning (med kort varsel)').isChecked()).toBe(true);
    await form.getByLabel('Barn').selectOption({ label: 'Liva' });
    await form.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('button', { name: 'Book Aflastningshuset Åen' }).click();
    await page.getByTestId('relief-message').getByText('Aflastningen er booket.').waitFor();
    await page.getByTestId('relief-acute').filter({ hasText: 'Liva hos Aflastningshuset Åen' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
