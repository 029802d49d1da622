// Builds the Teams app package: `MICROSOFT_APP_ID=<guid> PUBLIC_URL=https://... npm run teams:package`
// (plus TEAMS_SSO_TENANT_ID, and TEAMS_SSO_APP_ID_URI if not the default, for Teams single sign-on).
// Fills apps/bot/manifest/manifest.template.json, validates it against Microsoft's official JSON schema
// (shipped in @microsoft/app-manifest), checks the icons and writes build/teams/plejeportalen.zip.
// A build tool like the other launchers in scripts/, so it reads its settings from the environment.
import AdmZip from 'adm-zip';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestDir = join(root, 'apps/bot/manifest');
export const MANIFEST_VERSION = '1.22';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const ICONS = { 'color.png': 192, 'outline.png': 32 };

class PackageError extends Error {}

function settings(env) {
  const appId = env.MICROSOFT_APP_ID?.trim();
  if (!appId)
    throw new PackageError(
      'MICROSOFT_APP_ID is not set: the Teams package needs the bot app registration id.',
    );
  if (!GUID.test(appId))
    throw new PackageError('MICROSOFT_APP_ID must be a GUID (the Entra app registration id).');
  const publicUrl = (env.PUBLIC_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new PackageError('PUBLIC_URL is not a valid URL.');
  }
  if (url.protocol !== 'https:') {
    throw new PackageError(
      `PUBLIC_URL must be an https:// address for Teams (got ${url.protocol}//${url.host}).`,
    );
  }
  // Teams single sign-on, as the bot decides it: on when the municipality's tenant id is set.
  const ssoTenantId = env.TEAMS_SSO_TENANT_ID?.trim();
  if (ssoTenantId && !GUID.test(ssoTenantId))
    throw new PackageError('TEAMS_SSO_TENANT_ID must be a GUID (the Entra tenant id).');
  const appIdUri = env.TEAMS_SSO_APP_ID_URI?.trim() || `api://botid-${appId}`;
  if (ssoTenantId && !/^api:\/\/\S+$/.test(appIdUri))
    throw new PackageError(
      'TEAMS_SSO_APP_ID_URI must be an Application ID URI such as api://botid-<app id>.',
    );
  return { appId, publicUrl, publicHost: url.hostname, sso: ssoTenantId ? { appIdUri } : null };
}

/** Replaces {{TOKENS}} inside string values only, so a value can never break the JSON structure. */
function fill(value, tokens) {
  if (typeof value === 'string')
    return value.replace(/\{\{(\w+)\}\}/g, (_, name) => {
      if (!(name in tokens)) throw new PackageError(`Unknown manifest placeholder {{${name}}}`);
      return tokens[name];
    });
  if (Array.isArray(value)) return value.map((v) => fill(v, tokens));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, tokens)]));
  }
  return value;
}

export function renderManifest(env) {
  const { appId, publicUrl, publicHost, sso } = settings(env);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const template = JSON.parse(readFileSync(join(manifestDir, 'manifest.template.json'), 'utf8'));
  const manifest = fill(template, {
    MICROSOFT_APP_ID: appId,
    PUBLIC_URL: publicUrl,
    PUBLIC_HOST: publicHost,
    VERSION: version,
  });
  if (sso) {
    // Teams fetches a token for `resource` silently (the OAuthCard's tokenExchangeResource uri must equal it);
    // token.botframework.com hosts the OAuth connection's sign-in pages.
    manifest.webApplicationInfo = { id: appId, resource: sso.appIdUri };
    manifest.validDomains = [...manifest.validDomains, 'token.botframework.com'];
  }
  return manifest;
}

export function validateManifest(manifest) {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const schema = require(
    `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
  );
  const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false });
  (addFormats.default ?? addFormats)(ajv);
  const validate = ajv.compile(schema);
  if (!validate(manifest)) {
    const problems = validate.errors.map((e) => `  ${e.instancePath || '/'} ${e.message}`).join('\n');
    throw new PackageError(`manifest.json does not match the Teams ${MANIFEST_VERSION} schema:\n${problems}`);
  }
}

/** Width and height from the PNG header, to catch a wrongly sized icon before Teams does. */
function pngSize(buffer) {
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new PackageError('icon is not a PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

export function buildPackage(env, outFile) {
  const manifest = renderManifest(env);
  validateManifest(manifest);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const [icon, size] of Object.entries(ICONS)) {
    const png = readFileSync(join(manifestDir, icon));
    const [width, height] = pngSize(png);
    if (width !== size || height !== size)
      throw new PackageError(`${icon} must be ${size}x${size}, is ${width}x${height}`);
    zip.addFile(icon, png);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return outFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  const outFile =
    outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'build/teams/plejeportalen.zip');
  try {
    const written = buildPackage(process.env, outFile);
    console.log(`Teams app package written to ${written}`);
  } catch (error) {
    console.error(`teams:package failed: ${error instanceof PackageError ? error.message : error}`);
    process.exit(1);
  }
}
