import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPhonePage, newPortalPage, seriousA11yViolations } from './browser';
import { approvedFamilyOf, placeChild } from '../support/placed-children';

// The learning-consultant queue in a real browser against the real api: a foster parent asks about Emma's
// schooling on a phone, the learning consultant takes it with "Tag næste", notes, replies and resolves it with an
// outcome; the family sees the reply and the status but never the internal note; the dashboard counts the outcome.
jest.setTimeout(120_000);

const consultantEmail = 'laering@aarhus.example';
const fosterParentEmail = 'plejefamilie@aarhus.example';
const internalNote = 'Intern: skolelederen svarer kun om tirsdagen.';
const reply = 'Jeg har talt med skolen. Emma får en plan for fremmøde fra næste uge.';

/** The demo foster parent's family with one placed child, Emma. */
async function seed(api: TestApi): Promise<void> {
  const ds = api.dataSource;
  const { municipalityId: m, familyId } = await approvedFamilyOf(ds, fosterParentEmail);
  await placeChild(ds, m, familyId, { id: 'c1', firstName: 'Emma', birthDate: '2012-01-10' });
}

/** A minimal one-page PDF: the api checks the type on the content, not the name. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function noHorizontalScroll(page: Page): Promise<boolean> {
  // A string expression: the test project compiles without the DOM library.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth + 1');
}

describe('learning queue (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let family: { context: BrowserContext; page: Page };
  let consultant: { context: BrowserContext; page: Page };
  let requestPath = '';

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    await seed(api);
    // The family uses a phone.
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

  it('the foster parent gets Danish errors beside the fields, then sends a request with a file', async () => {
    const { page } = family;
    await page.goto('/skolestoette');
    await page.getByRole('heading', { level: 1, name: 'Skolestøtte' }).waitFor();
    await page.getByRole('button', { name: 'Ny henvendelse' }).click();
    await page.getByTestId('learning-request-form').waitFor();
    await page.locator('#lr-child option', { hasText: 'Emma' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Send henvendelsen' }).click();
    expect(await page.locator('#lr-child-error').innerText()).toContain('Vælg barnet.');
    expect(await page.locator('#lr-category-error').innerText()).toContain(
      'Vælg hvad henvendelsen handler om.',
    );
    expect(await page.locator('#lr-urgency-error').innerText()).toContain('Vælg hvor meget det haster.');
    await page.getByRole('alert').filter({ hasText: 'Der er problemer' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#lr-child').selectOption({ label: 'Emma' });
    await page.locator('#lr-category').selectOption({ label: 'Fravær' });
    // The server's own Danish message lands beside the field: no CPR numbers in a request.
    await page.locator('#lr-description').fill('Emma har meget fravær. Hendes CPR er 010112-1234.');
    await page.getByLabel('Haster', { exact: true }).check();
    await page.getByRole('button', { name: 'Send henvendelsen' }).click();
    await page.locator('#lr-description-error').waitFor();
    expect(await page.locator('#lr-description-error').innerText()).toContain(
      'Skriv ikke CPR-numre i sagen.',
    );
    expect(await page.locator('#lr-child-error').count()).toBe(0);

    await page
      .locator('#lr-description')
      .fill('Emma har meget fravær siden efterårsferien og har ondt i maven om morgenen.');
    await page.getByLabel('Nyligt anbragt').check();
    await page.locator('#lr-absence').fill('15');
    await page.locator('#lr-files').setInputFiles({
      name: 'fravaer.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole('button', { name: 'Send henvendelsen' }).click();
    await page.waitForURL(/\/skolestoette\/[0-9a-f-]{36}/);
    requestPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Emma: Fravær' }).waitFor();
    await page.getByTestId('lr-message').waitFor();
    expect(await page.getByText(/^Svar senest /).count()).toBe(1);
    expect(await page.getByTestId('lr-status').innerText()).toContain(
      'Modtaget – venter på en læringskonsulent',
    );
    await page.getByTestId('learning-attachments').getByText('Hent fravaer.pdf').waitFor();
    expect(await page.getByTestId('lr-timeline').innerText()).toContain('Henvendelsen er modtaget');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The list shows it with its status and deadline in words.
    await page.getByRole('link', { name: 'Tilbage til mine henvendelser' }).click();
    const item = page.getByTestId('lr-mine-item').filter({ hasText: 'Emma: Fravær' });
    await item.waitFor();
    expect(await item.innerText()).toContain('Svar senest');
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  it('the learning consultant takes it with "Tag næste", then finds the queue empty', async () => {
    const { page } = consultant;
    await page.goto('/laeringskoe');
    await page.getByRole('heading', { level: 1, name: 'Læringskø' }).waitFor();
    const row = page.getByTestId('learning-queue-row').filter({ hasText: 'Emma' });
    await row.waitFor();
    // Urgent + absence + 15 % absence: critical, shown in words, not only by colour.
    expect(await row.innerText()).toContain('P1 – kritisk');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('learning-take-next').click();
    const result = page.getByTestId('learning-take-result');
    await result.getByText('Du har fået sagen om Emma: Fravær (P1 – kritisk).').waitFor();
    await page.getByTestId('learning-take-next').click();
    await result.getByText('Køen er tom').waitFor();
    await page.getByRole('button', { name: 'Mine sager' }).click();
    await page.getByTestId('learning-queue-row').filter({ hasText: 'Emma' }).waitFor();
    await page.getByRole('link', { name: 'Emma' }).click();
    await page.waitForURL(`**${requestPath.replace('/skolestoette/', '/laeringskoe/')}`);
    await page.getByRole('heading', { level: 1, name: 'Emma: Fravær' }).waitFor();
  });

  it('writes an internal note and a reply, clearly apart, and resolves only with an outcome', async () => {
    const { page } = consultant;
    expect(await page.getByTestId('lq-facts').innerText()).toContain('En læringskonsulent arbejder på sagen');
    await page.getByTestId('learning-attachments').getByText('Hent fravaer.pdf').waitFor();

    await page.locator('#lq-note').fill(internalNote);
    await page.getByRole('button', { name: 'Gem intern note' }).click();
    const internal = page.getByTestId('lq-note-internal');
    await internal.waitFor();
    expect(await internal.innerText()).toContain('Intern note – kun læringskonsulenter');

    await page.getByLabel('Svar til spørgeren (de får en e-mail)').check();
    await page.locator('#lq-note').fill(reply);
    await page.getByRole('button', { name: 'Send svar til spørgeren' }).click();
    const replied = page.getByTestId('lq-note-reply');
    await replied.waitFor();
    expect(await replied.innerText()).toContain('Svar til spørgeren');
    expect(await replied.innerText()).toContain(reply);

    // No outcome: the error beside the field, nothing resolved.
    await page.getByRole('button', { name: 'Løs sagen' }).click();
    expect(await page.locator('#lq-outcome-error').innerText()).toContain('Vælg hvad sagen endte med.');
    expect(await page.getByTestId('lq-facts').innerText()).not.toContain('Løst');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.locator('#lq-outcome').selectOption({ label: 'Skoleplan aftalt' });
    await page.getByRole('button', { name: 'Løs sagen' }).click();
    await page.getByTestId('lq-message').getByText('Sagen er løst.').waitFor();
    await page.getByTestId('lq-facts').getByText('Skoleplan aftalt').waitFor();
    await page.getByRole('button', { name: 'Afslut sagen' }).waitFor();
    expect(await page.getByTestId('lq-history-list').innerText()).toContain('Løst');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the foster parent sees the reply and the resolved status, never the internal note', async () => {
    const { page } = family;
    await page.goto(requestPath);
    await page.getByRole('heading', { level: 1, name: 'Emma: Fravær' }).waitFor();
    await page.getByTestId('lr-conversation').filter({ hasText: reply }).waitFor();
    expect(await page.getByTestId('lr-status').innerText()).toContain('Løst');
    expect(await page.getByTestId('lr-status').innerText()).toContain('Skoleplan aftalt');
    const timeline = await page.getByTestId('lr-timeline').innerText();
    expect(timeline).toContain('En læringskonsulent har taget sagen');
    expect(timeline).toContain('Sagen er løst: Skoleplan aftalt');
    expect(await page.content()).not.toContain('skolelederen svarer kun');
    expect(await noHorizontalScroll(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the dashboard shows the outcome and the backlog, as a chart and a table', async () => {
    const { page } = consultant;
    await page.goto('/overblik');
    await page.getByRole('heading', { level: 1, name: 'Overblik' }).waitFor();
    await page.getByTestId('ld-outcomes-chart').waitFor();
    await page.getByTestId('ld-backlog-chart').waitFor();
    await page.getByText('Vis som tabel').last().click();
    const outcomes = page.getByTestId('ld-outcomes-table');
    await outcomes.waitFor();
    expect(await outcomes.innerText()).toMatch(/Skoleplan aftalt\s+1/);
    expect(await page.getByTestId('ld-figures').innerText()).toMatch(/Løste sager\s+1/);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
