import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertApplicant } from '../../libs/recruitment/src/events/testing/event-fixtures';
import { ApplicationStatus } from '../../libs/recruitment/src/application-status';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';

// The family consultants' board and application page in a real browser against the real api and database.
jest.setTimeout(90_000);

const consultantEmail = 'familiekonsulent@aarhus.example';

interface Seeded {
  fresh: string;
  waiting: string;
  visit: string;
}

/** Three applications in Aarhus: two received (one waiting 40 days, assigned to the consultant), one at visit 1. */
async function seedApplications(api: TestApi): Promise<Seeded> {
  const ds = api.dataSource;
  const [consultant] = (await ds.query(`SELECT "id", "municipality_id" FROM "app_user" WHERE "email" = $1`, [
    consultantEmail,
  ])) as Array<{ id: string; municipality_id: string }>;
  const municipalityId = consultant!.municipality_id;
  const fresh = await insertApplicant(ds, municipalityId, { firstNames: ['Astrid', 'Bent'] });
  const waiting = await insertApplicant(ds, municipalityId, { firstNames: ['Cecilie'] });
  const visit = await insertApplicant(ds, municipalityId, {
    firstNames: ['Dorte'],
    status: ApplicationStatus.HOME_VISIT_1,
  });
  // Rows written straight to the table: give them what submit would have set (search text, time in stage).
  await ds.query(
    `UPDATE "application" SET "search_text" = lower("form"::text), "submitted_at" = now() - interval '41 days' WHERE "id" = ANY($1)`,
    [[fresh.applicationId, waiting.applicationId, visit.applicationId]],
  );
  await ds.query(
    `UPDATE "application" SET "status_changed_at" = now() - interval '40 days', "assigned_consultant_id" = $2 WHERE "id" = $1`,
    [waiting.applicationId, consultant!.id],
  );
  return { fresh: fresh.applicationId, waiting: waiting.applicationId, visit: visit.applicationId };
}

/** Waits until a column's count reads as expected (the board refetches after a filter change). */
async function countShown(page: Page, status: string, text: string): Promise<void> {
  await page.getByTestId(`column-${status}`).getByTestId('column-count').filter({ hasText: text }).waitFor();
}

async function columnCount(page: Page, status: string): Promise<string> {
  return (await page.getByTestId(`column-${status}`).getByTestId('column-count').innerText()).trim();
}

describe('recruitment staff pages (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let seeded: Seeded;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    seeded = await seedApplications(api);
    ({ context, page } = await newPortalPage(browser, api.url));
    await loginAs(page, consultantEmail);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await api?.close();
  });

  it('shows the board with a column per stage, counts and the long wait marked in text', async () => {
    await page.getByRole('heading', { level: 1, name: 'Ansøgninger' }).waitFor();
    await page.getByTestId('pipeline-board').waitFor();
    expect(await columnCount(page, 'SUBMITTED')).toBe('(2 ansøgninger)');
    expect(await columnCount(page, 'HOME_VISIT_1')).toBe('(1 ansøgning)');
    expect(await columnCount(page, 'ASSESSMENT')).toBe('(0 ansøgninger)');
    // Each column is a headed list for screen readers.
    const submitted = page.getByTestId('column-SUBMITTED');
    expect(await submitted.getByRole('heading', { level: 2 }).innerText()).toContain('Ansøgning modtaget');
    expect(await submitted.getByRole('listitem').count()).toBe(2);
    const waitingCard = submitted.getByRole('listitem').filter({ hasText: 'Cecilie Test' });
    expect(await waitingCard.innerText()).toContain('Har ventet længe');
    expect(await waitingCard.innerText()).toContain('40 dage i trinnet');
    const freshCard = submitted.getByRole('listitem').filter({ hasText: 'Astrid Test og Bent Test' });
    expect(await freshCard.innerText()).not.toContain('Har ventet længe');
    expect(await freshCard.innerText()).toContain('Ikke tildelt');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('filters by "Mine", by search and keeps the filter in the URL', async () => {
    await page.getByLabel('Vis', { exact: true }).selectOption({ label: 'Mine' });
    await page.getByRole('button', { name: 'Vis ansøgninger' }).click();
    await page.waitForURL((url) => url.search.includes('vis=mine'));
    await countShown(page, 'SUBMITTED', '(1 ansøgning)');
    expect(await columnCount(page, 'HOME_VISIT_1')).toBe('(0 ansøgninger)');

    // A reload (or a shared link) shows the same filtered board.
    await page.reload();
    await page.getByTestId('pipeline-board').waitFor();
    expect(await page.getByLabel('Vis', { exact: true }).inputValue()).toBe('mine');
    expect(await columnCount(page, 'SUBMITTED')).toBe('(1 ansøgning)');

    await page.getByRole('button', { name: 'Nulstil' }).click();
    await page.getByRole('searchbox', { name: 'Søg' }).fill('dorte');
    await page.getByRole('button', { name: 'Vis ansøgninger' }).click();
    await page.waitForURL((url) => url.search.includes('soeg=dorte'));
    await countShown(page, 'SUBMITTED', '(0 ansøgninger)');
    expect(await columnCount(page, 'HOME_VISIT_1')).toBe('(1 ansøgning)');

    await page.getByLabel('Vis', { exact: true }).selectOption({ label: 'Ikke tildelt' });
    await page.getByRole('searchbox', { name: 'Søg' }).fill('');
    await page.getByRole('button', { name: 'Vis ansøgninger' }).click();
    await countShown(page, 'SUBMITTED', '(1 ansøgning)');
    expect(await page.getByTestId('column-SUBMITTED').innerText()).toContain('Astrid Test');
    await page.getByRole('button', { name: 'Nulstil' }).click();
    await page.waitForURL((url) => url.search === '');
  });

  it('opens an application from its card and moves it with a reason in a dialog', async () => {
    await page.getByRole('link', { name: 'Astrid Test og Bent Test' }).click();
    await page.waitForURL(`**/ansoegninger/${seeded.fresh}`);
    await page.getByRole('heading', { level: 1, name: 'Astrid Test og Bent Test' }).waitFor();
    expect(await page.getByTestId('status-label').innerText()).toBe('Ansøgning modtaget');
    expect(await page.getByTestId('application-summary').innerText()).toContain('Testvej 1');
    expect(await page.getByTestId('checklist').innerText()).toContain('Tjekliste');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Pausing needs a reason: the dialog says so beside the field and in the summary.
    await page.getByRole('button', { name: 'Flyt til: Sat i bero' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flyt til: Sat i bero' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Flyt ansøgningen' }).click();
    await dialog.locator('#move-reason-error').waitFor();
    expect(await dialog.locator('#move-reason-error').innerText()).toContain('Skriv en begrundelse.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Flyt til: Første hjemmebesøg' }).click();
    const move = page.getByRole('dialog', { name: 'Flyt til: Første hjemmebesøg' });
    await move.getByLabel('Begrundelse').fill('Besøget er aftalt i telefonen.');
    await move.getByRole('button', { name: 'Flyt ansøgningen' }).click();
    await page.getByText('Ansøgningen er flyttet til: Første hjemmebesøg.').waitFor();
    expect(await page.getByTestId('status-label').innerText()).toBe('Første hjemmebesøg');
    const history = await page.getByTestId('history').innerText();
    expect(history).toContain('Ansøgning modtaget → Første hjemmebesøg');
    expect(history).toContain('Besøget er aftalt i telefonen.');
  });

  it('assigns a consultant and sends a message', async () => {
    await page.getByLabel('Konsulent', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Gem tildeling' }).click();
    await page.getByText('Tildelingen er gemt.').waitFor();
    await page.getByLabel('Ny besked til ansøgeren').fill('Vi glæder os til at besøge jer.');
    await page.getByRole('button', { name: 'Send besked' }).click();
    await page.getByText('Beskeden er sendt.').waitFor();
    expect(await page.getByTestId('messages').innerText()).toContain('Vi glæder os til at besøge jer.');
  });

  it('tells the second of two consultants that the application changed meanwhile', async () => {
    const other = await newPortalPage(browser, api.url);
    try {
      await loginAs(other.page, consultantEmail);
      await page.goto(`/ansoegninger/${seeded.visit}`);
      await other.page.goto(`/ansoegninger/${seeded.visit}`);
      for (const tab of [page, other.page])
        await tab.getByRole('heading', { level: 1, name: 'Dorte Test' }).waitFor();

      await page.getByRole('button', { name: 'Flyt til: Grundkursus dag 1-2' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Flyt ansøgningen' }).click();
      await page.getByText('Ansøgningen er flyttet til: Grundkursus dag 1-2.').waitFor();

      // The other tab still shows version 1 and tries the same move.
      await other.page.getByRole('button', { name: 'Flyt til: Grundkursus dag 1-2' }).click();
      await other.page.getByRole('dialog').getByRole('button', { name: 'Flyt ansøgningen' }).click();
      const stale = other.page.getByTestId('stale-alert');
      await stale.waitFor();
      expect(await stale.innerText()).toContain('En anden har ændret ansøgningen imens');
      expect(await other.page.getByTestId('status-label').innerText()).toBe('Første hjemmebesøg');
      expect(await seriousA11yViolations(other.page)).toEqual([]);
      await stale.getByRole('button', { name: 'Hent nyeste udgave' }).click();
      await stale.waitFor({ state: 'hidden' });
      expect(await other.page.getByTestId('status-label').innerText()).toBe('Grundkursus dag 1-2');
    } finally {
      await other.context.close();
    }
  });

  it('shows an illegal approval as the server explains it (checklist incomplete)', async () => {
    await api.dataSource.query(
      `UPDATE "application" SET "status" = 'ASSESSMENT', "version" = "version" + 1 WHERE "id" = $1`,
      [seeded.waiting],
    );
    await page.goto(`/ansoegninger/${seeded.waiting}`);
    await page.getByRole('heading', { level: 1, name: 'Cecilie Test' }).waitFor();
    await page.getByRole('button', { name: 'Godkend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkend som plejefamilie' });
    await dialog.waitFor();
    await dialog.getByLabel('Almen plejefamilie').check();
    await dialog.getByRole('button', { name: 'Godkend ansøgningen' }).click();
    await dialog.getByRole('alert').waitFor();
    expect((await dialog.getByRole('alert').innerText()).trim()).not.toBe('');
    expect(await page.getByTestId('status-label').innerText()).toBe('Vurdering');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annullér' }).click();
  });

  it('sets the last valid day of a document, shows the server’s message beside the field, and keeps it after a reload', async () => {
    const [{ id: documentId }] = (await api.dataSource.query(
      `INSERT INTO "application_document" ("application_id", "municipality_id", "kind", "file_name", "mime_type", "size_bytes", "sha256", "storage_key")
       SELECT "id", "municipality_id", 'CERTIFICATE', 'boerneattest.pdf', 'application/pdf', 2048, repeat('0', 64), 'test/' || gen_random_uuid()
         FROM "application" WHERE "id" = $1 RETURNING "id"`,
      [seeded.fresh],
    )) as Array<{ id: string }>;
    await page.goto(`/ansoegninger/${seeded.fresh}`);
    await page.getByRole('heading', { level: 1, name: 'Astrid Test og Bent Test' }).waitFor();
    const item = page.getByTestId(`document-${documentId}`);
    const field = item.getByLabel('Sidste gyldige dag');
    expect(await field.inputValue()).toBe('');

    // A day before 2000 is refused by the server; its Danish message stands beside the field, nothing is stored.
    await field.fill('1999-12-31');
    await item.getByRole('button', { name: 'Gem udløbsdato for boerneattest.pdf' }).click();
    const error = item.locator(`#document-${documentId}-expires-error`);
    await error.waitFor();
    expect(await error.innerText()).toContain('Skriv en gyldig dato');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await field.fill('2031-06-30');
    await item.getByRole('button', { name: 'Gem udløbsdato for boerneattest.pdf' }).click();
    await item.getByText('Udløbsdatoen er gemt.').waitFor();
    const [row] = (await api.dataSource.query(
      `SELECT to_char("expires_on", 'YYYY-MM-DD') AS "day" FROM "application_document" WHERE "id" = $1`,
      [documentId],
    )) as Array<{ day: string }>;
    expect(row!.day).toBe('2031-06-30');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Astrid Test og Bent Test' }).waitFor();
    expect(
      await page.getByTestId(`document-${documentId}`).getByLabel('Sidste gyldige dag').inputValue(),
    ).toBe('2031-06-30');
  });

  it('lists meetings and courses and the foster families, and draws accessible charts', async () => {
    const nav = page.getByRole('navigation', { name: 'Sidemenu' });
    await nav.getByRole('link', { name: 'Møder og kurser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Møder og kurser' }).waitFor();
    await page.getByLabel('Titel').fill('Informationsmøde i Aarhus');
    await page.getByLabel('Sted').fill('Rådhuset, lokale 1');
    await page.getByLabel('Dato').fill('2031-03-12');
    await page.getByLabel('Antal pladser').fill('12');
    await page.getByRole('button', { name: 'Opret', exact: true }).click();
    await page.getByText('Arrangementet er oprettet.').waitFor();
    const item = page.getByTestId('event-item').filter({ hasText: 'Informationsmøde i Aarhus' });
    expect(await item.getByTestId('event-seats').innerText()).toContain('12 ledige af 12 pladser');
    expect(await page.getByRole('heading', { level: 2, name: /marts 2031/i }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await nav.getByRole('link', { name: 'Plejefamilier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plejefamilier' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await nav.getByRole('link', { name: 'Rekrutteringstal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rekrutteringstal' }).waitFor();
    const funnel = page.getByTestId('funnel-chart');
    await funnel.waitFor();
    expect(await funnel.getAttribute('role')).toBe('img');
    expect(await page.locator('svg[role="img"] title').count()).toBe(4);
    expect(await page.getByText('Vis som tabel').count()).toBe(4);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('cancels a meeting with a reason that stays visible on the list', async () => {
    await page.goto('/arrangementer');
    await page.getByRole('heading', { level: 1, name: 'Møder og kurser' }).waitFor();
    const item = page.getByTestId('event-item').filter({ hasText: 'Informationsmøde i Aarhus' });
    await item.getByRole('button', { name: 'Aflys Informationsmøde i Aarhus' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aflys Informationsmøde i Aarhus' });
    await dialog.getByLabel('Hvorfor aflyses det?').fill('Lokalet er dobbeltbooket.');
    await dialog.getByRole('button', { name: 'Aflys arrangementet' }).click();
    await item.getByText('Aflyst: Lokalet er dobbeltbooket.').waitFor();
    await page.reload();
    await page
      .getByTestId('event-item')
      .filter({ hasText: 'Informationsmøde i Aarhus' })
      .getByText('Aflyst: Lokalet er dobbeltbooket.')
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
