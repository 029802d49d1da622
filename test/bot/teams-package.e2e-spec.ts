import AdmZip from 'adm-zip';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import schema from '@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json';
import { BOT_COMMANDS } from '../../apps/bot/src/conversation/bot-commands';

/** `npm run teams:package` end to end: run the script, open the zip, check it as Teams would. */

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const script = join(root, 'scripts/teams-package.mjs');
const appId = '0b8e6d4c-1f2a-4b3c-8d9e-0a1b2c3d4e5f';

interface TeamsManifest {
  manifestVersion: string;
  id: string;
  name: { short: string };
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  validDomains: string[];
  webApplicationInfo?: { id: string; resource: string };
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
}

function teamsSchemaValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Minimal PNG reader (8-bit RGBA, all five row filters) so the icon rules can be checked pixel by pixel. */
function readPng(buffer: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  expect([buffer[24], buffer[25]]).toEqual([8, 6]); // bit depth 8, colour type RGBA
  const idat: Buffer[] = [];
  for (let offset = 8; offset < buffer.length;) {
    const length = buffer.readUInt32BE(offset);
    if (buffer.toString('ascii', offset + 4, offset + 8) === 'IDAT')
      idat.push(buffer.subarray(offset + 8, offset + 8 + length));
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

describe('npm run teams:package', () => {
  let dir: string;
  let zip: AdmZip;
  let manifest: TeamsManifest;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
    const out = join(dir, 'plejeportalen.zip');
    await run(process.execPath, [script, '--out', out], {
      cwd: root,
      env: {
        MICROSOFT_APP_ID: appId,
        PUBLIC_URL: 'https://plejeportalen.aarhus.dk/',
      },
    });
    zip = new AdmZip(out);
    manifest = JSON.parse(zip.readAsText('manifest.json')) as TeamsManifest;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('zips exactly the manifest and the two icons at the root', () => {
    expect(
      zip
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('writes a manifest that is valid against the official Teams v1.22 JSON schema', () => {
    const validate = teamsSchemaValidator();
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
    expect(manifest.manifestVersion).toBe('1.22');
  });

  it('the schema check is real: it rejects a broken manifest', () => {
    const validate = teamsSchemaValidator();
    expect(validate({ ...manifest, name: { short: 'x'.repeat(31) } })).toBe(false);
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
  });

  it('fills the app id, the URLs and the domain from the environment', () => {
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0].botId).toBe(appId);
    expect(manifest.name.short).toBe('Plejeportalen');
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://plejeportalen.aarhus.dk',
      privacyUrl: 'https://plejeportalen.aarhus.dk/privatlivspolitik',
      termsOfUseUrl: 'https://plejeportalen.aarhus.dk/vilkaar',
    });
    expect(manifest.validDomains).toEqual(['plejeportalen.aarhus.dk']);
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{\w+\}\}/);
    // Without TEAMS_SSO_TENANT_ID there is no single sign-on: Teams must not try to fetch a token.
    expect(manifest.webApplicationInfo).toBeUndefined();
  });

  it('declares the single sign-on resource and the token service domain when TEAMS_SSO_TENANT_ID is set', async () => {
    const out = join(dir, 'sso.zip');
    const env = {
      MICROSOFT_APP_ID: appId,
      PUBLIC_URL: 'https://plejeportalen.aarhus.dk',
      TEAMS_SSO_TENANT_ID: '7f8e9d0c-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
    };
    await run(process.execPath, [script, '--out', out], { cwd: root, env });
    const sso = JSON.parse(new AdmZip(out).readAsText('manifest.json')) as TeamsManifest;
    const validate = teamsSchemaValidator();
    expect(validate(sso) ? [] : validate.errors).toEqual([]);
    expect(sso.webApplicationInfo).toEqual({ id: appId, resource: `api://botid-${appId}` });
    expect(sso.validDomains).toEqual(['plejeportalen.aarhus.dk', 'token.botframework.com']);

    const custom = join(dir, 'sso-custom.zip');
    await run(process.execPath, [script, '--out', custom], {
      cwd: root,
      env: { ...env, TEAMS_SSO_APP_ID_URI: `api://plejeportalen.aarhus.dk/botid-${appId}` },
    });
    expect(
      (JSON.parse(new AdmZip(custom).readAsText('manifest.json')) as TeamsManifest).webApplicationInfo,
    ).toEqual({ id: appId, resource: `api://plejeportalen.aarhus.dk/botid-${appId}` });
    const { stderr } = await failingRun({ ...env, TEAMS_SSO_TENANT_ID: 'aarhus' });
    expect(stderr).toContain('TEAMS_SSO_TENANT_ID must be a GUID');
  });

  it('offers the bot in personal, team and group chat scopes with the Danish commands the bot understands', () => {
    const [bot] = manifest.bots;
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const menu = (scope: string) => bot.commandLists.find((list) => list.scopes.includes(scope))?.commands;
    const asMenu = (id?: string) =>
      BOT_COMMANDS.filter((c) => c.id !== id).map((c) => ({ title: c.keyword, description: c.description }));
    expect(menu('personal')).toEqual(asMenu());
    // A link code must never be typed where others read it: "forbind" is offered in the personal chat only.
    expect(menu('team')).toEqual(asMenu('link'));
    expect(menu('groupChat')).toEqual(asMenu('link'));
  });

  it('ships a 192x192 opaque colour icon', () => {
    const icon = readPng(zip.readFile(manifest.icons.color) ?? Buffer.alloc(0));
    expect([icon.width, icon.height]).toEqual([192, 192]);
    for (let i = 3; i < icon.pixels.length; i += 4) expect(icon.pixels[i]).toBe(255);
  });

  it('ships a 32x32 outline icon of white pixels on transparency', () => {
    const icon = readPng(zip.readFile(manifest.icons.outline) ?? Buffer.alloc(0));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < icon.pixels.length; i += 4) {
      expect([icon.pixels[i], icon.pixels[i + 1], icon.pixels[i + 2]]).toEqual([255, 255, 255]);
      if (icon.pixels[i + 3] === 0) transparent += 1;
      if (icon.pixels[i + 3] === 255) opaque += 1;
    }
    expect(transparent).toBeGreaterThan(100);
    expect(opaque).toBeGreaterThan(100);
  });

  /** Runs the script expecting it to fail; returns its exit code and error output. */
  async function failingRun(env: Record<string, string>): Promise<{ code: unknown; stderr: string }> {
    try {
      await run(process.execPath, [script, '--out', join(dir, 'never.zip')], { cwd: root, env });
    } catch (error) {
      const { code, stderr } = error as { code: unknown; stderr: string };
      return { code, stderr };
    }
    throw new Error('teams:package succeeded but should have failed');
  }

  it('fails with a clear message when MICROSOFT_APP_ID is missing', async () => {
    const { code, stderr } = await failingRun({ PUBLIC_URL: 'https://plejeportalen.aarhus.dk' });
    expect(code).toBe(1);
    expect(stderr).toContain('MICROSOFT_APP_ID is not set');
  });

  it('refuses a plain http public URL, which Teams would reject', async () => {
    const { code, stderr } = await failingRun({
      MICROSOFT_APP_ID: appId,
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('must be an https:// address');
  });
});
