import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertFamily } from '../../libs/matching/src/seed/insert-family';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';
import { approvedFamilyOf, placeChild } from '../support/placed-children';

// Network groups in a real browser against the real api: the consultant creates a group and its meetings, invites
// the demo family's child, the family consents on a phone, the consultant registers attendance and sees the chart,
// enters a must-not pair and composes groups from a small set of teenagers.
jest.setTimeout(180_000);

const consultantEmail = 'netvaerk@aarhus.example';
const fosterParentEmail = 'plejefamilie@aarhus.example';

const zone = 'Europe/Copenhagen';
const iso = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);
/** A birth date that makes a child exactly `age` today (the birthday was 40 days ago). */
const bornAged = (age: number) => {
  const d = new Date(Date.now() - 40 * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return iso(d);
};
/** Whether today's 16-18 meeting is already over in Copenhagen. */
const endedToday = () =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  ) >= 18;
const shortDa = (d: Date) =>
  new Intl.DateTimeFormat('da-DK', {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);

/** The demo foster family with a placed child (Emma, 9), and four teenagers in other families (registered by staff). */
async function seed(api: TestApi): Promise<{ municipalityId: string }> {
  const ds = api.dataSource;
  const { municipalityId: m, familyId } = await approvedFamilyOf(ds, fosterParentEmail);
  await placeChild(ds, m, familyId, { id: 'c1', firstName: 'Emma', birthDate: bornAged(10) });
  const teens = [
    ['Malte', 13, 56.15, 10.2],
    ['Nanna', 13, 56.16, 10.21],
    ['Oskar', 14, 56.17, 10.19],
    ['Petra', 14, 56.14, 10.22],
  ] as const;
  for (const [name, age, lat, lon] of teens) {
    const familyId = await insertFamily(ds, m, { displayName: `Familien ${name}` });
    await ds.query(
      `INSERT INTO peer_participant (municipality_id, kind, foster_family_id, first_name, birth_date, lat, lon, version)
       VALUES ($1, 'CHILD', $2, $3, $4, $5, $6, 1)`,
      [m, familyId, name, bornAged(age), lat, lon],
    );
  }
  return { municipalityId: m };
}

describe('network groups (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let family: { context: BrowserContext; page: Page };
  const groupName = 'Netværksgruppen Aarhus Vest';
  const lastWeek = new Date(Date.now() - 7 * 86_400_000);

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    await seed(api);
    consultant = await newPortalPage(browser, api.url);
    family = await newPortalPage(browser, api.url);
    // Foster parents use phones: the family's page is tested in a phone viewport.
    await family.page.setViewportSize({ width: 390, height: 844 });
    await loginAs(consultant.page, consultantEmail);
    await loginAs(family.page, fosterParentEmail);
  }, 180_000);

  afterAll(async () => {
    await consultant?.context.close();
    await family?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('lets the consultant create a group, with a Danish message beside a missing field', async () => {
    const { page } = consultant;
    await page.goto('/netvaerksgrupper');
    await page.getByRole('heading', { level: 1, name: 'Netværksgrupper' }).waitFor();
    await page.getByText('Der er ingen netværksgrupper endnu.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Opret gruppe' }).click();
    const form = page.getByTestId('peer-group-form');
    await form.getByRole('button', { name: 'Gem gruppe' }).click();
    await form.locator('#peer-group-new-name-error').getByText('Skriv et navn på gruppen.').waitFor();
    await form.getByRole('link', { name: 'Skriv et navn på gruppen.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await form.getByLabel('Navn', { exact: true }).fill(groupName);
    await form.getByLabel('Alder fra (år)').fill('7');
    await form.getByLabel('Alder til (år)').fill('11');
    await form.getByLabel('Område').fill('Aarhus Vest');
    await form.getByLabel('Tovholder').selectOption({ label: 'Sofie Netværkskonsulent' });
    await form.getByLabel('Antal pladser').fill('6');
    await form.getByLabel('Status').selectOption('ACTIVE');
    await form.getByRole('button', { name: 'Gem gruppe' }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    expect(await page.getByTestId('peer-group-summary').innerText()).toContain('7-11 år');
    expect(await page.getByTestId('peer-group-summary').innerText()).toContain('Pladser: 0 af 6');

    await page.getByRole('link', { name: 'Tilbage til netværksgrupperne' }).click();
    const row = page.getByTestId('peer-groups-table').getByRole('row').filter({ hasText: groupName });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Aarhus Vest');
    expect(text).toContain('0 af 6');
    expect(text).toContain('I gang');
    expect(text).toContain('Sofie Netværkskonsulent');
  });

  it('creates a weekly series of meetings and invites the family’s child', async () => {
    const { page } = consultant;
    await page.getByRole('link', { name: groupName }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    await page.getByText('Opret møder', { exact: true }).click();
    const create = page.getByTestId('peer-create-sessions');
    await create.getByLabel('Første møde').fill(iso(lastWeek));
    await create.getByLabel('Fra kl.').fill('16:00');
    await create.getByLabel('Til kl.').fill('18:00');
    await create.getByLabel('Hvor ofte').selectOption({ label: 'Hver uge' });
    await create.getByLabel('Antal møder').fill('4');
    await create.getByLabel('Sted', { exact: true }).fill('Kulturhuset Vest');
    await create.getByLabel('Om transport').fill('Bus 2A til Kulturhuset. Ring, hvis barnet skal hentes.');
    await create.getByRole('button', { name: 'Opret møderne' }).click();
    await page.getByTestId('peer-sessions-message').getByText('4 møder er oprettet.').waitFor();
    // The table follows once the group is fetched again.
    await page.getByTestId('peer-session-row').nth(3).waitFor();
    expect(await page.getByTestId('peer-session-row').count()).toBe(4);
    expect(await page.getByTestId('peer-session-row').first().innerText()).toContain('Holdt');

    await page.getByLabel('Barn', { exact: true }).selectOption({ label: 'Emma, 10 år' });
    await page.getByRole('button', { name: 'Inviter', exact: true }).click();
    await page.getByTestId('peer-detail-message').getByText('Emma er inviteret').waitFor();
    const emma = page.getByTestId('peer-member-row').filter({ hasText: 'Emma' });
    await emma.getByText('Inviteret – venter på samtykke').waitFor();
    expect(await page.getByTestId('peer-group-summary').innerText()).toContain('Pladser: 1 af 6');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the foster family consent on a phone and then shows the next meeting', async () => {
    const { page } = family;
    await page.goto('/netvaerksgrupper');
    await page.getByRole('heading', { level: 1, name: 'Netværksgrupper' }).waitFor();
    const card = page.getByTestId('peer-my-group').filter({ hasText: groupName });
    await card.getByText(`Må Emma være med i ${groupName}?`).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Ja, Emma må være med' }).click();
    await page.getByTestId('peer-family-message').getByText('Tak. I har givet samtykke.').waitFor();
    await card.getByTestId('peer-my-state').getByText('Aktiv', { exact: true }).waitFor();
    const meetings = card.getByTestId('peer-next-meetings');
    const first = await meetings.locator('li').first().innerText();
    // The next meeting is today's (or, after it has ended at 18, next week's): Danish date, time, place, transport.
    expect(first).toContain('kl. 16.00, Kulturhuset Vest');
    expect(first).toContain('Transport: Bus 2A til Kulturhuset');
    const next = new Intl.DateTimeFormat('da-DK', {
      timeZone: zone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(lastWeek.getTime() + (endedToday() ? 14 : 7) * 86_400_000));
    expect(first).toContain(next);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the consultant register attendance with the mouse and the keyboard and shows participation', async () => {
    const { page } = consultant;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();
    const emma = page.getByTestId('peer-member-row').filter({ hasText: 'Emma' });
    await emma.getByTestId('peer-member-state').getByText('Aktiv', { exact: true }).waitFor();

    await page.getByRole('button', { name: `Fremmøde ${shortDa(lastWeek)}` }).click();
    const register = page.getByTestId('peer-register');
    const row = register.getByRole('group', { name: 'Fremmøde for Emma' });
    await row.getByLabel('Mødt').click();
    await register.getByTestId('peer-register-saved').waitFor();
    await page.getByTestId('peer-metrics-rate').getByText('Fremmøde i alt: 100 %').waitFor();

    // Keyboard: the arrow key moves to "Udeblevet" and saves it at once.
    await row.getByLabel('Mødt').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('peer-metrics-rate').getByText('Fremmøde i alt: 0 %').waitFor();
    expect(await row.getByLabel('Udeblevet').isChecked()).toBe(true);
    await row.getByLabel('Mødt').click();
    await page.getByTestId('peer-metrics-rate').getByText('Fremmøde i alt: 100 %').waitFor();

    const chart = page.getByTestId('peer-participation-chart');
    await chart.waitFor();
    expect(await chart.innerHTML()).toContain('100 %');
    await page.getByText('Vis som tabel').click();
    const tableRow = page.getByTestId('peer-participation-table').getByRole('row').nth(1);
    expect(await tableRow.innerText()).toMatch(/1\s+0\s+0\s+100 %/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('keeps a must-not pair apart, explains a refused move and confirms the proposal as invitations', async () => {
    const { page } = consultant;
    await page.goto('/netvaerksgrupper/maa-ikke-sammen');
    await page.getByRole('heading', { level: 1, name: 'Må ikke være sammen' }).waitFor();
    await page.getByLabel('Barn', { exact: true }).selectOption({ label: 'Malte, 13 år' });
    await page.getByLabel('Må ikke være i gruppe med').selectOption({ label: 'Nanna, 13 år' });
    await page.getByRole('button', { name: 'Tilføj par' }).click();
    await page.getByTestId('peer-mustnot-table').getByRole('row').filter({ hasText: 'Malte' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto('/netvaerksgrupper/sammensaet');
    await page.getByRole('heading', { level: 1, name: 'Sammensæt grupper' }).waitFor();
    await page.getByLabel('Alder fra (år)').fill('12');
    await page.getByLabel('Alder til (år)').fill('15');
    await page.getByTestId('peer-compose-chosen').getByText('4 børn valgt').waitFor();
    await page.getByLabel('Børn pr. gruppe').fill('2');
    await page.getByRole('button', { name: 'Lav forslag' }).click();
    const cards = page.getByTestId('peer-proposal-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const texts = await cards.allInnerTexts();
    const malteCard = texts.findIndex((x) => x.includes('Malte'));
    expect(texts[malteCard]).not.toContain('Nanna');
    expect(texts.every((x) => /Alder 1[34]-1[34] år · længste vej til midten: [\d,.]+ km/.test(x))).toBe(
      true,
    );
    await page.getByText('Alle valgte børn har fået en gruppe.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Moving Malte away would leave his group mate alone: the server says so, and nothing changes.
    await page.getByRole('button', { name: 'Flyt Malte' }).click();
    const refusal = page.getByTestId('peer-compose-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/alene|må ikke være i gruppe/);
    expect(await cards.allInnerTexts()).toEqual(texts);

    await page.getByLabel('Gruppernes navn').fill('Unge Aarhus');
    await page.getByRole('button', { name: 'Bekræft og inviter børnene' }).click();
    const confirmed = page.getByTestId('peer-compose-confirmed');
    await confirmed.getByText('2 grupper er oprettet').waitFor();
    await confirmed.getByRole('link', { name: 'Unge Aarhus 1' }).waitFor();
    const rows = (await api.dataSource.query(
      `SELECT m.status FROM peer_membership m JOIN peer_group g ON g.id = m.group_id WHERE g.name LIKE 'Unge Aarhus %'`,
    )) as Array<{ status: string }>;
    expect(rows.map((r) => r.status)).toEqual(['INVITED', 'INVITED', 'INVITED', 'INVITED']);

    // The consultant takes a child out again: the row stays, marked as having left, and the place is free.
    await confirmed.getByRole('link', { name: 'Unge Aarhus 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unge Aarhus 1' }).waitFor();
    const firstRow = page.getByTestId('peer-member-row').first();
    const leaving = (await firstRow.getByRole('rowheader').innerText()).trim();
    await firstRow.getByRole('button', { name: `Tag ${leaving} ud af gruppen` }).click();
    await page.getByTestId('peer-detail-message').getByText('Barnet er taget ud af gruppen.').waitFor();
    await page
      .getByTestId('peer-member-row')
      .filter({ hasText: leaving })
      .getByText('Har forladt gruppen')
      .waitFor();
    expect(await page.getByTestId('peer-group-summary').innerText()).toContain('Pladser: 1 af 2');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Tilbage til netværksgrupperne' }).click();
    const table = page.getByTestId('peer-groups-table');
    await table.getByRole('row').filter({ hasText: 'Unge Aarhus 2' }).getByText('2 af 2').waitFor();
    await table.getByRole('row').filter({ hasText: groupName }).getByText('1 af 6').waitFor();
  });
});
