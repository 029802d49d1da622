import { INestApplication } from '@nestjs/common';
import { Role } from '@pleje/core';
import { ReliefService } from '@pleje/relief';
import { TeamsLinkService } from '@pleje/teams';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createBotApp } from '../../apps/bot/src/create-bot-app';
import { launchBrowser } from '../portal/browser';
import { reliefScenario, ReliefScenario } from '../support/relief-bot-fixtures';
import { startApiForTest, TestApi } from '../support/test-api';

/**
 * A real client: Microsoft 365 Agents Playground (npm `@microsoft/m365agentsplayground`, what
 * `npm run bot:playground` starts) against the local bot, driven in headless Chromium through linking and a
 * relief booking, then the provider's confirmation arriving in the chat as a proactive card. The playground
 * needs no Azure: it posts unauthenticated activities and is the Bot Connector (`serviceUrl`) itself. Its user
 * is a fixed mock ("user-id-0"), linked here the way a parent links: a portal code typed as "forbind <code>".
 */

jest.setTimeout(120_000);

let api: TestApi;
let botApp: INestApplication;
let ds: DataSource;
let playground: ChildProcess;
let playgroundUrl: string;
let workDir: string;
let browser: Browser;
let page: Page;
let scenario: ReliefScenario;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startPlayground(botUrl: string): Promise<string> {
  const port = await freePort();
  // Its own working directory: the playground writes a devTools log and reads an optional config file there.
  workDir = mkdtempSync(join(tmpdir(), 'playground-'));
  playground = spawn(
    process.execPath,
    [
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      'start',
      '--app-endpoint',
      `${botUrl}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      String(port),
      '--disable-telemetry',
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the playground did not start')), 30_000);
    playground.stdout?.on('data', (chunk: Buffer) => {
      if (/Listening on/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    playground.once('exit', (code) => reject(new Error(`the playground exited (${String(code)})`)));
  });
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  api = await startApiForTest();
  botApp = await createBotApp(api.config, { logger: ['error'], relay: { pollIntervalMs: 100 } });
  await botApp.listen(0, '127.0.0.1');
  const botUrl = `http://127.0.0.1:${((botApp.getHttpServer() as Server).address() as AddressInfo).port}`;
  ds = botApp.get(DataSource);
  scenario = await reliefScenario(ds, 'Ida', 2);
  playgroundUrl = await startPlayground(botUrl);
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
});

afterAll(async () => {
  await browser?.close();
  playground?.kill();
  await botApp?.close();
  await api?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function say(text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.fill(text);
  await box.press('Enter');
}

/** The newest occurrence in the chat (the conversation list repeats the latest message as a preview). */
const seen = (text: string) => page.getByText(text).last().waitFor({ timeout: 30_000 });
const lastButton = (name: string) => page.getByRole('button', { name, exact: true }).last();

it('links the playground user and books relief end to end through the cards', async () => {
  await page.goto(playgroundUrl);
  const { code } = await botApp.get(TeamsLinkService).createLinkCode({
    userId: scenario.child.familyUserId,
    municipalityId: scenario.municipalityId,
    role: Role.FOSTER_PARENT,
  });
  await say(`forbind ${code}`);
  await seen('Nu er du forbundet til Plejeportalen som plejeforælder');

  await say('aflastning');
  await lastButton('Find aflastning').waitFor({ timeout: 20_000 });
  await page.getByText('Ida (30 døgn tilbage)').last().waitFor();
  await lastButton('Find aflastning').click();

  await page.getByText('Plejer at have barnet').last().waitFor({ timeout: 20_000 });
  // The usual relief family is listed first: its "Vælg" is the first on the results card.
  await page.getByText('Ledige aflastningssteder').last().waitFor();
  await page.getByRole('button', { name: 'Vælg', exact: true }).first().click();

  await lastButton('Send anmodning').waitFor({ timeout: 20_000 });
  await page.getByText('Familien Ø Ida').last().waitFor();
  await lastButton('Send anmodning').click();
  await seen('Anmodningen er sendt til Familien Ø Ida.');

  const rows = (await ds.query(
    `SELECT id, provider_id FROM relief_booking WHERE placement_id = $1 AND status = 'REQUESTED'`,
    [scenario.child.placementId],
  )) as { id: string; provider_id: string }[];
  expect(rows).toEqual([{ id: expect.any(String), provider_id: scenario.usual.providerId }]);

  // The relief family confirms in the portal: the confirmation arrives in the playground chat by itself.
  await api.app.get(ReliefService).confirm(
    {
      userId: scenario.usual.userId ?? '',
      municipalityId: scenario.municipalityId,
      role: Role.FOSTER_PARENT,
    },
    rows[0].id,
  );
  await seen('Familien Ø Ida har bekræftet aflastningen for Ida.');
});
