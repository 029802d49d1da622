import { seedFaq } from '@pleje/faq';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';

// "Spørg en konsulent" in a real browser against the real api: a family-care consultant finds a foster parent's
// ticket in /vidensbase/henvendelser, takes it, gets Danish errors beside the answer field, answers, saves the
// answer as a new knowledge-base entry and closes it; /vidensbase/forbedringer shows the report as a chart and
// a table. axe finds no serious or critical violations on either page.
jest.setTimeout(120_000);

const question = 'Må vi tage vores plejebarn med på skiferie i Norge i vinterferien?';
const assignQuestion = 'Kan vores aflastningsfamilie hente barnet direkte fra skole om fredagen?';
const answer =
  'Ja, men aftal det med barnets sagsbehandler i god tid, og tag en kopi af rejsetilladelsen med.';

describe('FAQ tickets (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let consultant: { context: BrowserContext; page: Page };
  let ticketId = '';

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    const [parent] = (await api.dataSource.query(
      `SELECT id, municipality_id FROM app_user WHERE email = 'plejefamilie@aarhus.example'`,
    )) as Array<{ id: string; municipality_id: string }>;
    const [q] = (await api.dataSource.query(
      `INSERT INTO faq_question (municipality_id, asked_by, channel, text, verdict)
       VALUES ($1, $2, 'PORTAL', $3, 'NOT_CONFIDENT') RETURNING id`,
      [parent!.municipality_id, parent!.id, question],
    )) as Array<{ id: string }>;
    const [t] = (await api.dataSource.query(
      `INSERT INTO faq_ticket (municipality_id, question_id, asked_by, channel, team, question, version)
       VALUES ($1, $2, $3, 'PORTAL', 'FAMILIEPLEJE', $4, 1) RETURNING id`,
      [parent!.municipality_id, q!.id, parent!.id, question],
    )) as Array<{ id: string }>;
    ticketId = t!.id;
    // A second family-care consultant in Aarhus to assign to, and a ticket for the assign test.
    await api.dataSource.query(
      `INSERT INTO app_user (municipality_id, email, name, role, password_hash, version)
       SELECT municipality_id, 'kollega@aarhus.example', 'Kirsten Kollega', role, password_hash, 1
         FROM app_user WHERE email = 'familiekonsulent@aarhus.example'`,
    );
    await api.dataSource.query(
      `INSERT INTO faq_ticket (municipality_id, asked_by, channel, team, question, version)
       VALUES ($1, $2, 'PORTAL', 'AFLASTNING', $3, 1)`,
      [parent!.municipality_id, parent!.id, assignQuestion],
    );
    consultant = await newPortalPage(browser, api.url);
    await loginAs(consultant.page, 'familiekonsulent@aarhus.example');
  }, 120_000);

  afterAll(async () => {
    await consultant?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('the consultant takes, answers (with Danish errors beside the field), saves to the knowledge base and closes', async () => {
    const { page } = consultant;
    await page.goto('/vidensbase/henvendelser');
    await page.getByRole('heading', { level: 1, name: 'Henvendelser fra familier' }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Vidensbasens dele' });
    expect(await tabs.locator('[aria-current="page"]').innerText()).toBe('Henvendelser');
    // One tab bar for all four views of the knowledge base.
    expect(await tabs.getByRole('link').allInnerTexts()).toEqual([
      'Spørgsmål og svar',
      'Synonymer',
      'Henvendelser',
      'Forbedringer',
    ]);
    const card = page.getByTestId('faq-ticket').filter({ hasText: question });
    await card.waitFor();
    expect(await card.getByTestId('faq-ticket-status').innerText()).toBe('Ny');
    expect(await card.innerText()).toContain('Karen og Peter Plejefamilie');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Tag henvendelsen' }).click();
    await card.getByText('Du har taget henvendelsen.').waitFor();
    expect(await card.getByTestId('faq-ticket-status').innerText()).toBe('Taget');

    // Empty: the portal's own message beside the field and in the summary at the top of the form.
    await card.getByRole('button', { name: 'Send svar' }).click();
    const errorId = `#faq-answer-${ticketId}-error`;
    await card.locator(errorId).waitFor();
    expect(await card.locator(errorId).innerText()).toContain('Skriv et svar.');
    await card.getByRole('alert').filter({ hasText: 'Skriv et svar.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A CPR number: the server's Danish message lands beside the field; nothing is sent.
    await card.getByLabel('Dit svar').fill('Ring til mig med barnets CPR 010112-1234.');
    await card.getByRole('button', { name: 'Send svar' }).click();
    await card.locator(errorId).filter({ hasText: 'Skriv ikke CPR-numre.' }).waitFor();

    await card.getByLabel('Dit svar').fill(answer);
    await card.getByRole('button', { name: 'Send svar' }).click();
    await card.getByText('Svaret er sendt. Familien får besked.').waitFor();
    expect(await card.getByTestId('faq-ticket-status').innerText()).toBe('Besvaret');
    expect(await card.getByTestId('faq-ticket-answer').innerText()).toBe(answer);
    const mails = (await api.dataSource.query(
      `SELECT params FROM email_message WHERE template = 'faq.ticket-answered' AND params->>'ticketId' = $1`,
      [ticketId],
    )) as unknown[];
    expect(mails).toHaveLength(1);

    await card.getByRole('button', { name: 'Gem som nyt spørgsmål i vidensbasen' }).click();
    await card.getByText('Gemt i vidensbasen.', { exact: true }).waitFor();
    const [entry] = (await api.dataSource.query(
      `SELECT e.question, e.answer, e.owner_team, e.version FROM faq_ticket t JOIN faq_entry e ON e.id = t.faq_entry_id WHERE t.id = $1`,
      [ticketId],
    )) as Array<{ question: string; answer: string; owner_team: string; version: number }>;
    expect(entry).toEqual({ question, answer, owner_team: 'FAMILIEPLEJE', version: 1 });
    expect(await card.getByRole('button', { name: 'Gem som nyt spørgsmål i vidensbasen' }).count()).toBe(0);

    await card.getByRole('button', { name: 'Luk henvendelsen' }).click();
    // Closed tickets leave the default view.
    await page.getByTestId('faq-ticket').filter({ hasText: question }).waitFor({ state: 'detached' });
    await page.locator('#faq-ticket-status').selectOption({ label: 'Lukket' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page
      .getByTestId('faq-ticket')
      .filter({ hasText: question })
      .getByTestId('faq-ticket-status')
      .filter({ hasText: 'Lukket' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the improvement report as a chart with a table, grouped by the nearest entry', async () => {
    const { page } = consultant;
    await page
      .getByRole('navigation', { name: 'Vidensbasens dele' })
      .getByRole('link', { name: 'Forbedringer' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Forbedringer af vidensbasen' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Vidensbasens dele' })
        .locator('[aria-current="page"]')
        .innerText(),
    ).toBe('Forbedringer');
    await page.getByTestId('faq-report-totals').waitFor();
    expect(await page.getByTestId('faq-report-totals').innerText()).toContain('1 uden svar');
    await page.getByTestId('faq-report-chart').waitFor();
    await page.getByText('Vis som tabel').click();
    const row = page.getByTestId('faq-report-table').getByRole('row', { name: /Ingen/ });
    expect(await row.locator('td').allInnerTexts()).toEqual(['1', '0', '1']);
    expect(await page.getByText(question).count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A period that ends before it starts: the server's Danish message beside the field.
    await page.getByLabel('Fra og med').fill('2026-03-10');
    await page.getByLabel('Til og med').fill('2026-03-01');
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await page
      .locator('#faq-report-to-error')
      .filter({ hasText: 'Slutdatoen skal ligge efter startdatoen.' })
      .waitFor();
  });

  it("suggests parents' own words as phrasings: the consultant rewords one (removing a name) and adds it, and dismisses another", async () => {
    const { page } = consultant;
    const [parent] = (await api.dataSource.query(
      `SELECT id, municipality_id FROM app_user WHERE email = 'plejefamilie@aarhus.example'`,
    )) as Array<{ id: string; municipality_id: string }>;
    await seedFaq(api.dataSource, [parent!.municipality_id]);
    const [entry] = (await api.dataSource.query(
      `SELECT id, question, version FROM faq_entry WHERE municipality_id = $1 AND key = 'vederlag'`,
      [parent!.municipality_id],
    )) as Array<{ id: string; question: string; version: number }>;
    const [other] = (await api.dataSource.query(
      `SELECT id FROM faq_entry WHERE municipality_id = $1 AND status = 'ACTIVE' AND id <> $2 LIMIT 1`,
      [parent!.municipality_id, entry!.id],
    )) as Array<{ id: string }>;
    const log = (text: string) =>
      api.dataSource.query(
        `INSERT INTO faq_question (municipality_id, asked_by, channel, text, verdict, best_entry_id, candidate_ids, helpful, rated_entry_id, rated_at)
         VALUES ($1, $2, 'TEAMS', $3, 'CLOSE_CALL', $4, ARRAY[$4, $5]::uuid[], true, $5, now())`,
        [parent!.municipality_id, parent!.id, text, other!.id, entry!.id],
      );
    await log('Hvornår får Karen sine penge for drengen hver måned');
    await log('penge for at have en dreng boende');
    await page.goto('/vidensbase/forbedringer');
    await page.getByRole('heading', { level: 2, name: 'Forslag til nye formuleringer' }).waitFor();
    const cards = page.getByTestId('faq-suggestion');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    // Found by its text, then held by its field's id (the value attribute follows what is typed).
    const fieldId = await cards
      .locator('input[value="Hvornår får Karen sine penge for drengen hver måned"]')
      .getAttribute('id');
    const named = cards.filter({ has: page.locator(`[id="${fieldId}"]`) });
    expect(await named.innerText()).toContain(entry!.question);
    expect(await named.innerText()).toContain('fjern navne');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await named.getByLabel('Formulering').fill('Hvornår får vi pengene for plejebarnet hver måned?');
    await named.getByRole('button', { name: 'Tilføj som formulering' }).click();
    await page
      .getByTestId('faq-suggestions-status')
      .getByText(`Formuleringen er tilføjet til "${entry!.question}".`)
      .waitFor();
    const [saved] = (await api.dataSource.query(`SELECT phrasings, version FROM faq_entry WHERE id = $1`, [
      entry!.id,
    ])) as Array<{ phrasings: string[]; version: number }>;
    expect(saved!.phrasings).toContain('Hvornår får vi pengene for plejebarnet hver måned?');
    expect(saved!.phrasings.join(' ')).not.toContain('Karen');
    expect(saved!.version).toBe(entry!.version + 1);

    await page.getByTestId('faq-suggestion').nth(1).waitFor({ state: 'detached' });
    await cards.first().getByRole('button', { name: 'Afvis' }).click();
    await page.getByTestId('faq-suggestions-status').getByText('Forslaget er afvist.').waitFor();
    await page.getByText('Der er ingen forslag lige nu.').waitFor();
    expect(
      await api.dataSource.query(
        `SELECT phrasing_state FROM faq_question WHERE rated_entry_id = $1 ORDER BY phrasing_state`,
        [entry!.id],
      ),
    ).toEqual([{ phrasing_state: 'ACCEPTED' }, { phrasing_state: 'DISMISSED' }]);
  });

  it('the consultant assigns a ticket to a colleague and sends it back to the queue', async () => {
    const { page } = consultant;
    await page.goto('/vidensbase/henvendelser');
    await page.getByRole('heading', { level: 1, name: 'Henvendelser fra familier' }).waitFor();
    const card = page.getByTestId('faq-ticket').filter({ hasText: assignQuestion });
    await card.waitFor();
    const form = card.getByTestId('faq-assign-form');
    const select = form.getByLabel('Kollega');
    // Only active consultants of the ticket's team in this municipality are offered, by name.
    expect(await select.locator('option').allInnerTexts()).toEqual([
      'Vælg en kollega',
      'Kirsten Kollega',
      'Mette Familieplejekonsulent',
    ]);

    await form.getByRole('button', { name: 'Tildel' }).click();
    expect(await form.locator('.form-error').innerText()).toContain('Vælg en kollega.');
    await form.getByRole('alert').filter({ hasText: 'Vælg en kollega.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await select.selectOption({ label: 'Kirsten Kollega' });
    await form.getByRole('button', { name: 'Tildel' }).click();
    await page.getByText('Henvendelsen er tildelt Kirsten Kollega.').waitFor();
    await card.getByTestId('faq-ticket-status').filter({ hasText: 'Taget' }).waitFor();
    expect(await card.innerText()).toContain('Kirsten Kollega');
    const [assigned] = (await api.dataSource.query(
      `SELECT t.status, u.name FROM faq_ticket t JOIN app_user u ON u.id = t.assignee_id WHERE t.question = $1`,
      [assignQuestion],
    )) as Array<{ status: string; name: string }>;
    expect(assigned).toEqual({ status: 'ASSIGNED', name: 'Kirsten Kollega' });
    // Somebody else has it now: no answer form for me.
    expect(await card.getByTestId('faq-answer-form').count()).toBe(0);

    await card
      .getByTestId('faq-assign-form')
      .getByLabel('Kollega')
      .selectOption({ label: 'Ingen, send tilbage i køen' });
    await card.getByTestId('faq-assign-form').getByRole('button', { name: 'Tildel' }).click();
    await page.getByText('Henvendelsen er sendt tilbage i køen.').waitFor();
    await card.getByTestId('faq-ticket-status').filter({ hasText: 'Ny' }).waitFor();
    const [back] = (await api.dataSource.query(
      `SELECT status, assignee_id FROM faq_ticket WHERE question = $1`,
      [assignQuestion],
    )) as Array<{ status: string; assignee_id: string | null }>;
    expect(back).toEqual({ status: 'OPEN', assignee_id: null });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
