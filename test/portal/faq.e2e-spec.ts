import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedFaq } from '@pleje/faq';
import { TeamsLinkService } from '@pleje/teams';
import { gql, loginToken } from '../support/graphql-client';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPhonePage, newPortalPage, seriousA11yViolations } from './browser';

// The knowledge base in a real browser against the real api and search: a family-care consultant writes an entry
// (with Danish field errors first), a foster parent on a phone asks for it with a typo and a split compound and
// gets it as a confident answer with "Hjalp det?" and the human route; an out-of-scope question offers a
// consultant and the municipality's phone number; a colleague's save in between shows the conflict, not an
// overwrite.
jest.setTimeout(120_000);

const consultantEmail = 'familiekonsulent@aarhus.example';
const colleagueEmail = 'kollega@aarhus.example';
const fosterParentEmail = 'plejefamilie@aarhus.example';
const question = 'Må plejebarnet få en mobiltelefon?';
const answer =
  'Ja, som udgangspunkt. Aftal reglerne for skærmtid med barnets sagsbehandler. ' +
  'Læs mere hos [Medierådet](https://www.medieraadet.dk).';

function noHorizontalScroll(page: Page): Promise<boolean> {
  // A string expression: the test project compiles without the DOM library.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}

describe('knowledge base and ask page (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let family: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };
  let entryPath = '';

  beforeAll(async () => {
    api = await startApiForTest();
    await seedFaq(api.dataSource);
    // A second family-care consultant in Aarhus: the colleague who saves in between.
    await api.dataSource.query(
      `INSERT INTO app_user (municipality_id, email, name, role, password_hash, version)
       SELECT municipality_id, $2, 'Kirsten Kollega', role, password_hash, 1 FROM app_user WHERE email = $1`,
      [consultantEmail, colleagueEmail],
    );
    browser = await launchBrowser();
    family = await newPhonePage(browser, api.url);
    consultant = await newPortalPage(browser, api.url);
    await loginAs(family.page, fosterParentEmail);
    await loginAs(consultant.page, consultantEmail);
  }, 120_000);

  afterAll(async () => {
    await family?.context.close();
    await consultant?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('the consultant sees the seeded entries, filters them and creates an entry after Danish field errors', async () => {
    const { page } = consultant;
    await page
      .getByRole('navigation', { name: 'Sidemenu' })
      .getByRole('link', { name: 'Vidensbase' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vidensbase' }).waitFor();
    await page.getByTestId('faq-entry-item').first().waitFor();
    const tabs = page.getByRole('navigation', { name: 'Vidensbasens dele' });
    expect(await tabs.getByRole('link', { name: 'Henvendelser' }).getAttribute('href')).toBe(
      '/vidensbase/henvendelser',
    );
    expect(await tabs.getByRole('link', { name: 'Forbedringer' }).getAttribute('href')).toBe(
      '/vidensbase/forbedringer',
    );
    const total = await page.getByTestId('faq-entry-item').count();
    expect(total).toBeGreaterThanOrEqual(40);
    // Filter by team and search with ø written as oe.
    await page.locator('#faq-filter-team').selectOption({ label: 'Aflastning' });
    const relief = await page.getByTestId('faq-entry-item').count();
    expect(relief).toBeGreaterThan(0);
    expect(relief).toBeLessThan(total);
    await page.locator('#faq-filter-team').selectOption({ label: 'Alle teams' });
    await page.locator('#faq-filter-search').fill('skat vederlaget');
    await page
      .getByTestId('faq-entry-item')
      .filter({ hasText: 'Skal jeg betale skat af vederlaget?' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Nyt spørgsmål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nyt spørgsmål' }).waitFor();
    await page.getByRole('button', { name: 'Opret spørgsmål' }).click();
    await page.getByRole('alert').filter({ hasText: 'Der er problemer' }).waitFor();
    expect(await page.locator('#faq-question-error').innerText()).toContain(
      'Skriv et spørgsmål på 5 til 300 tegn.',
    );
    expect(await page.locator('#faq-answer-error').innerText()).toContain(
      'Skriv et svar på 5 til 5.000 tegn.',
    );
    expect(await page.locator('#faq-category-error').innerText()).toContain('Vælg eller skriv en kategori');
    expect(await page.locator('#faq-team-error').innerText()).toContain('Vælg det team, der ejer svaret.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#faq-question').fill(question);
    // HTML in an answer is shown as text, and a markdown link is previewed as a real link.
    await page.locator('#faq-answer').fill(`${answer} <img src=x onerror=alert(1)>`);
    const preview = page.getByTestId('faq-preview');
    expect(await preview.getByRole('link', { name: 'Medierådet' }).getAttribute('href')).toBe(
      'https://www.medieraadet.dk',
    );
    expect(await preview.locator('img').count()).toBe(0);
    expect(await preview.innerText()).toContain('<img src=x onerror=alert(1)>');
    await page.locator('#faq-answer').fill(answer);
    await page.getByRole('button', { name: 'Tilføj formulering', exact: true }).click();
    await page.locator('#faq-phrasings-0').fill('Kan vores plejebarn have sin egen telefon?');
    await page.getByRole('button', { name: 'Tilføj engelsk formulering' }).click();
    await page.locator('#faq-english-0').fill('Can our foster child have a mobile phone?');
    await page.locator('#faq-category').fill('Hverdag');
    await page.locator('#faq-team').selectOption({ label: 'Familiepleje' });
    // A key already in use: the server's Danish message lands beside the field.
    await page.locator('#faq-key').fill('skat');
    await page.getByRole('button', { name: 'Opret spørgsmål' }).click();
    await page.locator('#faq-key-error').waitFor();
    expect(await page.locator('#faq-key-error').innerText()).toContain('Nøglen er allerede brugt.');
    await page.locator('#faq-key').fill('');
    await page.getByRole('button', { name: 'Opret spørgsmål' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rediger spørgsmål' }).waitFor();
    expect(await page.getByTestId('faq-message').innerText()).toContain('Spørgsmålet er oprettet.');
    entryPath = new URL(page.url()).pathname;
    const history = page.getByTestId('faq-history-item');
    await history.first().waitFor();
    expect(await history.first().innerText()).toContain('Udgave 1 · Oprettet');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the foster parent on a phone asks with a typo and a split compound and gets it as a confident answer', async () => {
    const { page } = family;
    await page.goto('/spoergsmaal');
    await page.getByRole('heading', { level: 1, name: 'Stil et spørgsmål' }).waitFor();
    await page.getByRole('button', { name: 'Spørg', exact: true }).click();
    expect(await page.locator('#faq-ask-text-error').innerText()).toContain('Skriv dit spørgsmål.');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Dit spørgsmål').fill('maa plejebarnt faa en mobil telefon');
    await page.getByRole('button', { name: 'Spørg', exact: true }).click();
    const result = page.getByTestId('faq-result');
    await result.waitFor();
    expect(await result.getAttribute('data-verdict')).toBe('CONFIDENT');
    const card = page.getByTestId('faq-answer-card');
    expect(await card.getByRole('heading').innerText()).toBe(question);
    expect(await card.getByRole('link', { name: 'Medierådet' }).getAttribute('href')).toBe(
      'https://www.medieraadet.dk',
    );
    expect(await page.locator('#faq-result-heading:focus').count()).toBe(1);
    // The human route is offered under a confident answer too.
    const human = page.getByTestId('faq-ask-consultant');
    expect(await human.getByRole('heading').innerText()).toBe('Spørg en konsulent');
    expect(await human.getByRole('link').getAttribute('href')).toBe('tel:89402000');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Ja, det hjalp' }).click();
    expect(await page.getByTestId('faq-feedback-thanks').innerText()).toContain('Godt at svaret hjalp');
    // The vote is stored against the logged question, for the improvement report.
    const [rated] = (await api.dataSource.query(
      `SELECT q.helpful, e.question FROM faq_question q JOIN faq_entry e ON e.id = q.rated_entry_id
        WHERE q.text = 'maa plejebarnt faa en mobil telefon'`,
    )) as Array<{ helpful: boolean; question: string }>;
    expect(rated).toEqual({ helpful: true, question });
  });

  it('an out-of-scope question says so plainly and offers a consultant with the phone number', async () => {
    const { page } = family;
    await page.getByLabel('Dit spørgsmål').fill('hvem vandt superligaen i fodbold sidste år');
    await page.getByRole('button', { name: 'Spørg', exact: true }).click();
    await page.getByTestId('faq-not-sure').waitFor();
    expect(await page.getByTestId('faq-result').getAttribute('data-verdict')).toBe('NOT_CONFIDENT');
    expect(await page.locator('#faq-result-heading').innerText()).toBe('Det er vi ikke sikre på');
    expect(await page.getByTestId('faq-answer-card').count()).toBe(0);
    const human = page.getByTestId('faq-ask-consultant');
    expect(await human.innerText()).toContain('Spørg en konsulent');
    expect(await human.getByRole('link', { name: 'Ring til kommunen på 89 40 20 00' }).count()).toBe(1);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("a colleague's save in between shows the conflict with the colleague's version; keeping mine then saves", async () => {
    const { page } = consultant;
    await page.goto(entryPath);
    await page.getByRole('heading', { level: 1, name: 'Rediger spørgsmål' }).waitFor();
    await page.locator('#faq-answer').fill(`${answer} Min tilføjelse.`);

    const colleague = await loginToken(api.url, colleagueEmail);
    const id = entryPath.split('/').pop()!;
    const saved = await gql<{ updateFaqEntry: { version: number } }>(
      api.url,
      `mutation($i: UpdateFaqEntryInput!) { updateFaqEntry(input: $i) { version } }`,
      {
        i: {
          id,
          version: 1,
          question,
          answer: 'Kollegaens nye svar om mobiltelefoner.',
          phrasings: ['Kan vores plejebarn have sin egen telefon?'],
          english: ['Can our foster child have a mobile phone?'],
          category: 'Hverdag',
          ownerTeam: 'FAMILIEPLEJE',
        },
      },
      { token: colleague },
    );
    expect(saved.data?.updateFaqEntry.version).toBe(2);

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const conflict = page.getByTestId('faq-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(
      'En kollega har ændret svaret imens — se ændringen og prøv igen',
    );
    expect(await conflict.innerText()).toContain('Kirsten Kollega gemte en ny udgave');
    expect(await page.getByTestId('faq-conflict-theirs-answer').innerText()).toBe(
      'Kollegaens nye svar om mobiltelefoner.',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);

    await conflict.getByRole('button', { name: 'Behold min udgave' }).click();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByTestId('faq-message').filter({ hasText: 'Ændringerne er gemt.' }).waitFor();
    const history = page.getByTestId('faq-history-item');
    await history.filter({ hasText: 'Udgave 3' }).waitFor();
    expect(await history.filter({ hasText: 'Udgave 2' }).innerText()).toContain('af Kirsten Kollega');
    expect(await history.filter({ hasText: 'Udgave 3' }).innerText()).toContain('Felter: Svar');
  });

  it('the consultant keeps synonyms and archives an entry after confirming', async () => {
    const { page } = consultant;
    await page.goto('/vidensbase/synonymer');
    await page.getByRole('heading', { level: 1, name: 'Synonymer' }).waitFor();
    await page.getByTestId('faq-synonym-table').waitFor();
    await page.getByRole('button', { name: 'Gem synonymer' }).click();
    expect(await page.locator('#faq-synonym-term-error').innerText()).toContain(
      'Skriv et ord på 2 til 100 tegn.',
    );
    await page.locator('#faq-synonym-term').fill('mobil');
    await page.locator('#faq-synonym-list').fill('telefon, smartphone');
    await page.getByRole('button', { name: 'Gem synonymer' }).click();
    await page.getByTestId('faq-synonym-message').filter({ hasText: 'Synonymerne er gemt.' }).waitFor();
    expect(await page.getByRole('row', { name: /mobil/ }).innerText()).toContain('telefon, smartphone');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(entryPath);
    await page.getByRole('heading', { level: 1, name: 'Rediger spørgsmål' }).waitFor();
    await page.getByRole('button', { name: 'Arkiver spørgsmålet' }).click();
    const dialog = page.getByTestId('faq-archive-dialog');
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, arkiver' }).click();
    await page.getByTestId('faq-archived').waitFor();
    await page.getByTestId('faq-history-item').filter({ hasText: 'Arkiveret' }).first().waitFor();

    await page.goto('/vidensbase/henvendelser');
    await page.getByRole('heading', { level: 1, name: 'Henvendelser' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Vidensbasens dele' })
        .getByRole('link', { name: 'Henvendelser' })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('the foster parent rates 👎, asks a consultant, the consultant answers in the queue, the parent sees the answer', async () => {
    const { page } = family;
    const asked = 'skal jeg betale skat af vederlag';
    const reply = 'Ja, vederlaget er A-indkomst. Vi sender dig jeres aktuelle satser i morgen.';
    await page.goto('/spoergsmaal');
    await page.getByRole('heading', { level: 1, name: 'Stil et spørgsmål' }).waitFor();
    const mine = page.getByTestId('faq-my-tickets');
    await mine.getByText('Du har ikke sendt spørgsmål til en konsulent endnu.').waitFor();

    await page.getByLabel('Dit spørgsmål').fill(asked);
    await page.getByRole('button', { name: 'Spørg', exact: true }).click();
    const card = page.getByTestId('faq-answer-card');
    await card.waitFor();
    expect(await card.getByRole('heading').innerText()).toBe('Skal jeg betale skat af vederlaget?');
    await card.getByRole('button', { name: 'Nej' }).click();
    await page
      .getByTestId('faq-feedback-thanks')
      .filter({ hasText: 'Spørg en konsulent herunder' })
      .waitFor();
    const [rated] = (await api.dataSource.query(`SELECT helpful FROM faq_question WHERE text = $1`, [
      asked,
    ])) as Array<{ helpful: boolean }>;
    expect(rated).toEqual({ helpful: false });

    const human = page.getByTestId('faq-ask-consultant');
    await human.getByRole('button', { name: 'Spørg en konsulent' }).click();
    const sent = page.getByTestId('faq-consultant-sent');
    await sent.waitFor();
    expect(await sent.innerText()).toContain('Dit spørgsmål er sendt til Familiepleje.');
    expect(await sent.innerText()).toContain('Du får en e-mail, når der er et svar');
    // The phone number stays offered next to the consultant.
    expect(await human.getByRole('link', { name: 'Ring til kommunen på 89 40 20 00' }).count()).toBe(1);
    const mineItem = mine.getByTestId('faq-my-ticket').filter({ hasText: asked });
    await mineItem.waitFor();
    expect(await mineItem.getByTestId('faq-my-ticket-status').innerText()).toBe(
      'Sendt, venter på en konsulent',
    );
    expect(await mineItem.innerText()).toContain('Der er ikke kommet svar endnu.');
    // The logged question became the ticket (not a second copy of the text).
    const [ticket] = (await api.dataSource.query(
      `SELECT t.team, t.status FROM faq_ticket t JOIN faq_question q ON q.id = t.question_id WHERE q.text = $1`,
      [asked],
    )) as Array<{ team: string; status: string }>;
    expect(ticket).toEqual({ team: 'FAMILIEPLEJE', status: 'OPEN' });
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const queue = consultant.page;
    await queue.goto('/vidensbase/henvendelser');
    await queue.getByRole('heading', { level: 1, name: 'Henvendelser fra familier' }).waitFor();
    const ticketCard = queue.getByTestId('faq-ticket').filter({ hasText: asked });
    await ticketCard.waitFor();
    await ticketCard.getByLabel('Dit svar').fill(reply);
    await ticketCard.getByRole('button', { name: 'Send svar' }).click();
    await ticketCard.getByText('Svaret er sendt. Familien får besked.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stil et spørgsmål' }).waitFor();
    const answered = page.getByTestId('faq-my-ticket').filter({ hasText: asked });
    await answered.getByTestId('faq-my-ticket-status').filter({ hasText: 'Besvaret' }).waitFor();
    expect(await answered.getByTestId('faq-my-ticket-answer').innerText()).toBe(reply);
    expect(await answered.innerText()).toContain('Svar fra konsulenten');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the foster parent gets a Teams code once, the link shows on /min-familie, and unlinking asks first', async () => {
    const { page } = family;
    await page.goto('/spoergsmaal');
    const section = page.getByTestId('teams-link');
    await section.getByRole('heading', { name: 'Forbind med Teams' }).waitFor();
    await section.getByText('Din konto er ikke forbundet med Teams.').waitFor();
    await section.getByRole('button', { name: 'Lav en kode' }).click();
    const shown = section.getByTestId('teams-link-code');
    await shown.waitFor();
    const code = (await shown.locator('.teams-code').innerText()).trim();
    expect(code).toMatch(/^\d{6}$/);
    expect(await section.getByTestId('teams-link-instruction').innerText()).toBe(
      `Skriv 'forbind ${code}' til Plejeportalen i Teams`,
    );
    expect(await section.getByTestId('teams-link-expires').innerText()).toMatch(
      /^Koden virker til \d{2}\.\d{2}\. Koden vises kun denne ene gang/,
    );
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The parent types the code to the bot in Teams: the bot redeems it through the same service.
    await api.app
      .get(TeamsLinkService)
      .linkWithCode({ channelUserId: '29:faq-wire-parent', aadObjectId: null, tenantId: null }, code);
    await section.getByRole('button', { name: 'Tjek forbindelsen' }).click();
    await section.getByTestId('teams-link-status').filter({ hasText: 'forbundet med Teams siden' }).waitFor();
    expect(await section.getByTestId('teams-link-code').count()).toBe(0);

    await page
      .getByRole('navigation', { name: 'Sidemenu' })
      .getByRole('link', { name: 'Min plejefamilie' })
      .click();
    const onFamily = page.getByTestId('teams-link');
    await onFamily
      .getByTestId('teams-link-status')
      .filter({ hasText: 'forbundet med Teams siden' })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await onFamily.getByRole('button', { name: 'Fjern forbindelsen til Teams' }).click();
    const dialog = page.getByTestId('teams-unlink-dialog');
    await dialog.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // Changing one's mind keeps the link.
    await dialog.getByRole('button', { name: 'Fortryd' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(
      await api.dataSource.query(`SELECT 1 FROM teams_link WHERE channel_user_id = '29:faq-wire-parent'`),
    ).toHaveLength(1);

    await onFamily.getByRole('button', { name: 'Fjern forbindelsen til Teams' }).click();
    await page
      .getByTestId('teams-unlink-dialog')
      .getByRole('button', { name: 'Ja, fjern forbindelsen' })
      .click();
    await onFamily
      .getByTestId('teams-link-message')
      .filter({ hasText: 'Forbindelsen til Teams er fjernet.' })
      .waitFor();
    await onFamily.getByText('Din konto er ikke forbundet med Teams.').waitFor();
    expect(
      await api.dataSource.query(`SELECT 1 FROM teams_link WHERE channel_user_id = '29:faq-wire-parent'`),
    ).toHaveLength(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('an applicant finds Spørgsmål in the menu and sends a typed question straight to a consultant', async () => {
    const applicant = await newPortalPage(browser, api.url);
    try {
      const { page } = applicant;
      await loginAs(page, 'ansoeger@aarhus.example');
      await page
        .getByRole('navigation', { name: 'Sidemenu' })
        .getByRole('link', { name: 'Spørgsmål' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Stil et spørgsmål' }).waitFor();
      const human = page.getByTestId('faq-ask-consultant');
      // Nothing written yet: the message lands beside the field, and nothing is sent.
      await human.getByRole('button', { name: 'Spørg en konsulent' }).click();
      expect(await page.locator('#faq-ask-text-error').innerText()).toContain('Skriv dit spørgsmål.');
      const typed = 'Hvor lang tid tager det at blive godkendt som plejefamilie i Aarhus?';
      await page.getByLabel('Dit spørgsmål').fill(typed);
      await human.getByRole('button', { name: 'Spørg en konsulent' }).click();
      await page.getByTestId('faq-consultant-sent').waitFor();
      await page
        .getByTestId('faq-my-ticket')
        .filter({ hasText: typed })
        .getByTestId('faq-my-ticket-status')
        .filter({ hasText: 'Sendt, venter på en konsulent' })
        .waitFor();
      const rows = (await api.dataSource.query(
        `SELECT t.question_id FROM faq_ticket t JOIN app_user u ON u.id = t.asked_by
          WHERE u.email = 'ansoeger@aarhus.example'`,
      )) as Array<{ question_id: string | null }>;
      expect(rows).toEqual([{ question_id: null }]);
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await applicant.context.close();
    }
  });
});
