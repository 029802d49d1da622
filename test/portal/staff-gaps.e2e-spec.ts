import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '@pleje/core';
import { LearningCategory, LearningService, LearningUrgency } from '@pleje/learning';
import { PeerAudience, PeerGroupStatus, PeerGroupsService } from '@pleje/peer-groups';
import { insertFamily } from '../../libs/matching/src/seed/insert-family';
import { startApiForTest, type TestApi } from '../support/test-api';
import { launchBrowser, loginAs, newPortalPage, seriousA11yViolations } from './browser';

// Gaps closed for staff, in a real browser against the real api: the network consultant registers a child
// directly with a foster family from a list; the caseworker gives and refuses the consent a case requires and
// switches the rule per child; the learning consultant edits the triage settings (Danish messages beside the
// fields, from the browser and from the server) and changes a request's priority.
jest.setTimeout(180_000);

const networkEmail = 'netvaerk@aarhus.example';
const caseworkerEmail = 'sagsbehandler@aarhus.example';
const learningEmail = 'laering@aarhus.example';

interface Actor {
  userId: string;
  municipalityId: string;
  role: Role;
}

async function actorOf(api: TestApi, email: string): Promise<Actor> {
  const [u] = (await api.dataSource.query(`SELECT id, municipality_id, role FROM app_user WHERE email = $1`, [
    email,
  ])) as Array<{ id: string; municipality_id: string; role: Role }>;
  return { userId: u!.id, municipalityId: u!.municipality_id, role: u!.role };
}

describe('staff gaps (browser)', () => {
  let api: TestApi;
  let browser: Browser;
  let network: { context: BrowserContext; page: Page };
  let caseworker: { context: BrowserContext; page: Page };
  let learning: { context: BrowserContext; page: Page };
  let networkActor: Actor;
  let familyId = '';

  beforeAll(async () => {
    api = await startApiForTest();
    browser = await launchBrowser();
    networkActor = await actorOf(api, networkEmail);
    familyId = await insertFamily(api.dataSource, networkActor.municipalityId, {
      displayName: 'Familien Holm',
    });
    network = await newPortalPage(browser, api.url);
    caseworker = await newPortalPage(browser, api.url);
    learning = await newPortalPage(browser, api.url);
    await loginAs(network.page, networkEmail);
    await loginAs(caseworker.page, caseworkerEmail);
    await loginAs(learning.page, learningEmail);
  }, 180_000);

  afterAll(async () => {
    await network?.context.close();
    await caseworker?.context.close();
    await learning?.context.close();
    await browser?.close();
    await api?.close();
  });

  it('lets the network consultant register a child with a family chosen from a list', async () => {
    const { page } = network;
    await page.goto('/netvaerksgrupper');
    await page.getByRole('link', { name: 'Opret et barn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret et barn til netværksgrupper' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const form = page.getByTestId('register-child');
    await form.getByRole('button', { name: 'Opret barnet' }).click();
    await page
      .locator('#register-firstName-error')
      .getByText('Skriv barnets fornavn (kun fornavnet).')
      .waitFor();
    await page
      .locator('#register-fosterFamilyId-error')
      .getByText('Vælg en plejefamilie i kommunen.')
      .waitFor();
    await page.getByRole('link', { name: 'Skriv en gyldig fødselsdato.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A birth date in the future: the server's Danish message beside the field.
    await form.getByLabel('Barnets fornavn').fill('Sofie');
    await form.getByLabel('Fødselsdato').fill('2099-01-01');
    await form.getByLabel('Plejefamilie').selectOption({ label: 'Familien Holm' });
    await form.getByLabel('Sagen kræver også sagsbehandlerens samtykke').check();
    await form.getByRole('button', { name: 'Opret barnet' }).click();
    await page.locator('#register-birthDate-error').getByText('Skriv en gyldig fødselsdato.').waitFor();
    expect(
      await api.dataSource.query(`SELECT 1 FROM peer_participant WHERE first_name = 'Sofie'`),
    ).toHaveLength(0);

    await form.getByLabel('Fødselsdato').fill('2015-03-04');
    await form.getByRole('button', { name: 'Opret barnet' }).click();
    await page.getByText('Sofie er oprettet og kan nu inviteres til en gruppe.').waitFor();
    const rows = (await api.dataSource.query(
      `SELECT foster_family_id, birth_date::text AS birth_date, caseworker_consent_required FROM peer_participant WHERE first_name = 'Sofie'`,
    )) as Array<{ foster_family_id: string; birth_date: string; caseworker_consent_required: boolean }>;
    expect(rows).toEqual([
      { foster_family_id: familyId, birth_date: '2015-03-04', caseworker_consent_required: true },
    ]);
  });

  it('lets the caseworker give and refuse consent, and set per child whether it is needed', async () => {
    const groups = api.app.get(PeerGroupsService);
    const group = await groups.saveGroup(networkActor, {
      name: 'Gruppen Viby',
      audience: PeerAudience.CHILDREN,
      ageMin: 6,
      ageMax: 17,
      areaName: 'Viby',
      capacity: 6,
      status: PeerGroupStatus.ACTIVE,
    });
    const [sofie] = (await api.dataSource.query(
      `SELECT id FROM peer_participant WHERE first_name = 'Sofie'`,
    )) as Array<{
      id: string;
    }>;
    const villads = await groups.registerChild(networkActor, {
      firstName: 'Villads',
      birthDate: '2014-05-06',
      fosterFamilyId: familyId,
      caseworkerConsentRequired: true,
    });
    const sofieInvite = await groups.invite(networkActor, group.id, sofie!.id);
    const villadsInvite = await groups.invite(networkActor, group.id, villads.id);

    const { page } = caseworker;
    await page.goto('/');
    await page.getByRole('link', { name: 'Netværksgrupper' }).click();
    await page.getByRole('heading', { level: 1, name: 'Netværksgrupper' }).waitFor();
    const table = page.getByTestId('cw-consents');
    await table.getByText('Gruppen Viby, Viby').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await table.getByRole('button', { name: 'Giv samtykke: Sofie i Gruppen Viby' }).click();
    await page.getByText('Du har givet samtykke for Sofie.').waitFor();
    await table.getByRole('button', { name: 'Afslå: Villads i Gruppen Viby' }).click();
    await table.getByRole('button', { name: 'Bekræft afslag for Villads' }).click();
    await page.getByText('Du har afslået for Villads.').waitFor();
    await page.getByText('Ingen invitationer venter på dit samtykke.').waitFor();
    const states = (await api.dataSource.query(
      `SELECT id, status, caseworker_consent_at IS NOT NULL AS consented FROM peer_membership WHERE id = ANY($1) ORDER BY id`,
      [[sofieInvite.id, villadsInvite.id]],
    )) as Array<{ id: string; status: string; consented: boolean }>;
    expect(Object.fromEntries(states.map((s) => [s.id, [s.status, s.consented]]))).toEqual({
      // Sofie's family has not said yes yet, so she stays invited with the caseworker's consent on record.
      [sofieInvite.id]: ['INVITED', true],
      [villadsInvite.id]: ['DECLINED', false],
    });

    const rule = page.getByLabel('Sofie (', { exact: false }).first();
    expect(await rule.isChecked()).toBe(true);
    // The box shows the saved rule: it changes once the server has stored it.
    await rule.click();
    await page.getByText('Sofie kræver ikke længere dit samtykke.').waitFor();
    expect(await rule.isChecked()).toBe(false);
    const [after] = (await api.dataSource.query(
      `SELECT caseworker_consent_required FROM peer_participant WHERE id = $1`,
      [sofie!.id],
    )) as Array<{ caseworker_consent_required: boolean }>;
    expect(after!.caseworker_consent_required).toBe(false);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the learning consultant edit the triage settings with Danish messages beside the fields', async () => {
    const { page } = learning;
    await page.goto('/overblik');
    await page.getByRole('link', { name: 'Indstillinger for triage og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indstillinger for triage og frister' }).waitFor();
    const form = page.getByTestId('learning-settings');
    await form.getByLabel('Mindst point for P1').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // In the browser: a points field left empty.
    await form.getByLabel('Point for højt fravær').fill('');
    await form.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.locator('#ls-highAbsencePoints-error').getByText('Skriv et helt tal fra 0 til 20.').waitFor();
    await page.getByRole('link', { name: 'Skriv et helt tal fra 0 til 20.' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // From the server: thresholds that do not fall from P1 to P3.
    await form.getByLabel('Point for højt fravær').fill('3');
    await form.getByLabel('Mindst point for P2').fill('9');
    await form.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page
      .locator('#ls-group-thresholds-error')
      .getByText('Grænserne skal falde fra P1 over P2 til P3.')
      .waitFor();
    await page.getByRole('link', { name: 'Grænserne skal falde fra P1 over P2 til P3.' }).waitFor();
    expect(await api.dataSource.query(`SELECT 1 FROM learning_settings`)).toHaveLength(0);

    await form.getByLabel('Mindst point for P2').fill('5');
    await form.getByLabel('Frist for P1 (timer)').fill('12');
    const me = await actorOf(api, learningEmail);
    await form.getByLabel('Ledende læringskonsulent').selectOption(me.userId);
    await form.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.getByTestId('ls-saved').getByText('Indstillingerne er gemt.').waitFor();
    const [saved] = (await api.dataSource.query(
      `SELECT lead_user_id, rules FROM learning_settings`,
    )) as Array<{
      lead_user_id: string;
      rules: { thresholds: { P2: number }; slaHours: { P1: number }; highAbsencePoints: number };
    }>;
    expect(saved!.lead_user_id).toBe(me.userId);
    expect(saved!.rules.thresholds.P2).toBe(5);
    expect(saved!.rules.slaHours.P1).toBe(12);
    expect(saved!.rules.highAbsencePoints).toBe(3);
  });

  it('lets the learning consultant change the priority on the request page', async () => {
    const asker = await actorOf(api, caseworkerEmail);
    const request = await api.app.get(LearningService).create(asker, {
      childPseudonym: 'Ida',
      category: LearningCategory.HOMEWORK_SUPPORT,
      description: 'Ida har brug for hjælp til lektier efter skoletid.',
      urgency: LearningUrgency.LOW,
    });
    expect(request.priority).toBe('P4');
    const { page } = learning;
    await page.goto(`/laeringskoe/${request.id}`);
    const form = page.getByTestId('lq-retriage');
    await form.getByRole('button', { name: 'Ændr prioritet' }).click();
    await page.locator('#lq-priority-error').getByText('Vælg en prioritet.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await form.getByLabel('Ny prioritet').selectOption('P1');
    await form.getByRole('button', { name: 'Ændr prioritet' }).click();
    await page.getByTestId('lq-message').getByText('Prioriteten er ændret').waitFor();
    const [row] = (await api.dataSource.query(
      `SELECT priority, deadline_at, created_at FROM learning_request WHERE id = $1`,
      [request.id],
    )) as Array<{ priority: string; deadline_at: Date; created_at: Date }>;
    expect(row!.priority).toBe('P1');
    // P1's deadline under the settings saved above: 12 hours from the request.
    expect(row!.deadline_at.getTime() - row!.created_at.getTime()).toBe(12 * 3_600_000);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
