import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertFamily } from '../../libs/matching/src/seed/insert-family';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';

// Matching in a real browser against the real api: the caseworker's need and ranking, the consultant's batch
// and decision, and the placement back on the caseworker's page.
jest.setTimeout(120_000);

const caseworkerEmail = 'sagsbehandler@aarhus.example';
const consultantEmail = 'familiekonsulent@aarhus.example';

interface Seeded {
  network: string;
  skov: string;
}

/** Approved families in Aarhus (each with its APPROVED application): a network family for Emma and two others. */
async function seedFamilies(api: TestApi): Promise<Seeded> {
  const ds = api.dataSource;
  const [row] = (await ds.query(`SELECT "municipality_id" FROM "app_user" WHERE "email" = $1`, [
    caseworkerEmail,
  ])) as Array<{ municipality_id: string }>;
  const m = row!.municipality_id;
  const network = await insertFamily(ds, m, {
    displayName: 'Familien Mormor',
    approvalTypes: ['NETVAERK'],
    networkChildName: 'Emma',
    places: 1,
  });
  const skov = await insertFamily(ds, m, {
    displayName: 'Familien Skov',
    approvalTypes: ['ALMEN'],
    places: 2,
    profile: { lat: 56.16, lon: 10.2, experience: ['TRAUMA'], languages: ['da'], features: ['ANIMALS'] },
  });
  await insertFamily(ds, m, {
    displayName: 'Familien Bæk',
    approvalTypes: ['ALMEN'],
    places: 1,
    profile: { lat: 56.04, lon: 9.93, languages: ['da'] },
  });
  // Emma's aunt is on her way through the network track (first home visit done).
  const [aunt] = (await ds.query(
    `INSERT INTO app_user (municipality_id, email, name, role, version)
     VALUES ($1, 'hanne.lund@example.dk', 'Hanne Lund', 'APPLICANT', 1) RETURNING id`,
    [m],
  )) as Array<{ id: string }>;
  await ds.query(
    `INSERT INTO application (municipality_id, applicant_user_id, track, status, form, version)
     VALUES ($1, $2, 'NETWORK', 'HOME_VISIT_1', $3, 1)`,
    [
      m,
      aunt!.id,
      JSON.stringify({
        applicants: [{ firstName: 'Hanne', lastName: 'Lund' }],
        familyTypes: ['NETVAERK'],
        networkChildName: 'Emma',
        networkChildRelation: 'Moster',
      }),
    ],
  );
  return { network, skov };
}

describe('matching pages (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let seeded: Seeded;
  let caseworker: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    seeded = await seedFamilies(api);
    caseworker = await newPortalPage(browser, api.url);
    consultant = await newPortalPage(browser, api.url);
    await loginAs(caseworker.page, caseworkerEmail);
    await loginAs(consultant.page, consultantEmail);
  }, 120_000);

  afterAll(async () => {
    await caseworker?.context.close();
    await consultant?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('lets the caseworker enter a need, fix a mistake beside the field, and see the network family first', async () => {
    const { page } = caseworker;
    await page.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
    await page.getByText('Ingen børn venter lige nu.').waitFor();
    await page.getByText('Ingen aktive anbringelser.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Nyt behov' }).click();
    await page.waitForURL('**/matchning/nyt');
    await page.getByRole('heading', { level: 1, name: 'Nyt behov' }).waitFor();
    // The network family approved for Emma is offered; the others are not network families.
    await page.getByLabel('Familien Mormor (Emma)').waitFor();
    expect(await page.getByTestId('need-form').getByLabel('Familien Skov').count()).toBe(0);

    // Deliberate mistake: no first name.
    await page.locator('#need-children-0-birthDate').fill('2016-05-01');
    await page.getByRole('button', { name: 'Gem behov' }).click();
    const error = page.locator('#need-children-0-firstName-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Skriv barnets fornavn.');
    expect(await page.getByRole('alert').first().innerText()).toContain('Der er problemer');
    expect(await page.locator('#need-children-0-firstName').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#need-children-0-firstName').fill('Emma');
    await page.getByLabel('Traumer').check();
    await page.getByLabel('Familien Mormor (Emma)').check();
    await page.locator('#need-wishesText').fill('Jeg vil gerne have et dyr.');
    await page.locator('#need-schoolLat').fill('56,15');
    await page.locator('#need-schoolLon').fill('10,2');
    // Her aunt, linked to her network-track application.
    await page.getByRole('button', { name: 'Tilføj person' }).click();
    await page.locator('#need-networkPeople-0-name').fill('Hanne Lund');
    await page.locator('#need-networkPeople-0-relation').fill('Moster');
    await page
      .locator('#need-networkPeople-0-applicationId')
      .selectOption({ label: 'Hanne Lund – for Emma (Første hjemmebesøg)' });
    await page.getByRole('button', { name: 'Gem behov' }).click();

    await page.waitForURL(/\/matchning\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Emma' }).waitFor();
    // The child's network first, in its own section: the approved family, then the aunt on her way.
    const network = page.getByTestId('network-candidate');
    await network.first().waitFor();
    expect(await network.count()).toBe(2);
    expect(await network.first().getByRole('heading', { level: 3 }).innerText()).toContain('Familien Mormor');
    expect(await network.first().innerText()).toContain('Godkendt og kan foreslås nu.');
    await network.first().getByRole('button', { name: 'Foreslå Familien Mormor' }).waitFor();
    const aunt = network.nth(1);
    expect(await aunt.getByRole('heading', { level: 3 }).innerText()).toContain('Hanne Lund');
    expect(await aunt.innerText()).toContain('Under godkendelse');
    expect(await aunt.innerText()).toContain(
      'Under godkendelse som netværksplejefamilie: Første hjemmebesøg',
    );
    expect(await aunt.getByRole('button').count()).toBe(0);
    // The other families follow, without the network family a second time.
    const ranked = page.getByTestId('ranked-family');
    await ranked.first().waitFor();
    expect(await ranked.count()).toBe(2);
    expect(await page.getByTestId('ranking').innerText()).not.toContain('Familien Mormor');
    // One bar per factor, each with its points and its Danish sentence.
    const skov = ranked.filter({ hasText: 'Familien Skov' });
    expect(await skov.getByTestId('factor-bars').getByRole('listitem').count()).toBe(7);
    expect(await skov.getByTestId('factor-EXPERIENCE').innerText()).toMatch(
      /Erfaring med barnets behov: [\d,]+ point/,
    );
    expect(await skov.getByTestId('match-score').innerText()).toMatch(/Score [\d,]+ af 100/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Foreslå Familien Skov' }).click();
    const notice = page.getByTestId('ranking-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Familien Skov er foreslået');
  });

  it('lets the consultant run the batch and accept a proposal', async () => {
    const { page } = consultant;
    await page
      .getByRole('navigation', { name: 'Sidemenu' })
      .getByRole('link', { name: 'Matchforslag' })
      .click();
    await page.waitForURL('**/matchforslag');
    await page.getByRole('heading', { level: 1, name: 'Matchforslag' }).waitFor();
    // The caseworker's proposal is already waiting, with a warning that Emma's aunt is being approved.
    const skovProposal = page.getByTestId('proposal').filter({ hasText: 'Familien Skov' });
    await skovProposal.waitFor();
    const pending = skovProposal.getByTestId('network-in-approval');
    expect(await pending.innerText()).toContain('Barnets eget netværk er under godkendelse.');
    expect(await pending.innerText()).toContain(
      'Hanne Lund (Moster): Under godkendelse som netværksplejefamilie: Første hjemmebesøg',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kør samlet fordeling' }).click();
    const result = page.getByTestId('batch-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/Børn der venter\s*1/);
    expect(text).toMatch(/Familier med plads\s*3/);
    expect(text).toMatch(/Forslag\s*1/);
    // The batch's own proposal: the child's network first.
    const networkProposal = page.getByTestId('proposal').filter({ hasText: 'Familien Mormor' });
    await networkProposal.waitFor();
    expect(await networkProposal.innerText()).toContain('Barnets netværk');
    expect(await networkProposal.innerText()).toContain('Emma (');

    // Declining needs a reason, said beside the field.
    await page.getByRole('button', { name: 'Afvis Emma hos Familien Skov' }).click();
    const declineDialog = page.getByRole('dialog', { name: 'Afvis Emma hos Familien Skov' });
    await declineDialog.getByRole('button', { name: 'Afvis forslaget' }).click();
    expect(await declineDialog.locator('#decision-reason-error').innerText()).toContain(
      'Skriv hvorfor forslaget afvises.',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await declineDialog.getByRole('button', { name: 'Annullér' }).click();
    await declineDialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Godkend Emma hos Familien Mormor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkend Emma hos Familien Mormor' });
    // A placement is a decision about a child: the reason is required here too.
    await dialog.getByRole('button', { name: 'Godkend forslaget' }).click();
    expect(await dialog.locator('#decision-reason-error').innerText()).toContain(
      'Skriv hvorfor forslaget godkendes.',
    );
    await dialog.getByLabel('Begrundelse').fill('Mormor kender Emma godt.');
    await dialog.getByRole('button', { name: 'Godkend forslaget' }).click();
    const notice = page.getByTestId('proposals-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Forslaget er godkendt');
    // The need is placed: its other proposal is gone from the open list.
    await page.getByText('Der er ingen åbne forslag.').waitFor();
  });

  it('shows the placement on the caseworker page, where it can be ended with a coded reason', async () => {
    const { page } = caseworker;
    await page.getByRole('navigation', { name: 'Sidemenu' }).getByRole('link', { name: 'Matchning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
    const table = page.getByTestId('placement-table');
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Emma' });
    expect(await row.innerText()).toContain('Familien Mormor');
    expect(await page.getByText('Ingen børn venter lige nu.').count()).toBe(1);
    await page.getByTestId('outcomes-table').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Afslut anbringelse af Emma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afslut anbringelse af Emma' });
    await dialog.getByRole('button', { name: 'Afslut anbringelsen' }).click();
    expect(await dialog.locator('#end-reason-error').innerText()).toContain('Vælg en årsag.');
    await dialog.getByLabel('Årsag').selectOption({ label: 'Sammenbrud: barnet kan ikke blive' });
    await dialog.getByRole('button', { name: 'Afslut anbringelsen' }).click();
    await page.getByText('Anbringelsen er afsluttet.').waitFor();
    expect(await page.getByText('Ingen aktive anbringelser.').count()).toBe(1);
    const outcomes = await page.getByTestId('outcomes-table').innerText();
    expect(outcomes).toContain('100 %');
  });

  it("shows the family's match profile to the consultant with the judgment beside the family's answer", async () => {
    const { page } = consultant;
    await page.goto(`/plejefamilier/${seeded.skov}`);
    const section = page.getByTestId('match-profile');
    await section.getByRole('heading', { level: 2, name: 'Matchprofil' }).waitFor();
    await section.locator('#assess-ageMax').fill('9');
    expect(await section.getByTestId('profile-differences').count()).toBe(0);
    await section.getByRole('button', { name: 'Gem vurderingen' }).click();
    const differences = section.getByTestId('profile-differences');
    await differences.waitFor();
    await section.getByText('Matchprofilen er gemt.').waitFor();
    const row = differences.getByRole('row').filter({ hasText: 'Ældste alder I ønsker' });
    expect(await row.innerText()).toMatch(/Ikke angivet\s+9/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(seeded.network).toBeTruthy();
  });
});
