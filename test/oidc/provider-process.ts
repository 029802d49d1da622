import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** Accounts the identity provider knows; the login name is the subject. */
export const ACCOUNTS = {
  // Mixed case on purpose: the portal stores addresses lower-cased.
  'entra-familiekonsulent': {
    email: 'Familiekonsulent@Aarhus.example',
    email_verified: true,
    name: 'Fie Familiekonsulent',
  },
  'entra-ukendt': { email: 'ukendt.medarbejder@andet.example', email_verified: true, name: 'Ukendt' },
  'entra-plejefamilie': { email: 'plejefamilie@aarhus.example', email_verified: true, name: 'Plejefar' },
  'entra-uverificeret': {
    email: 'sagsbehandler@aarhus.example',
    email_verified: false,
    name: 'Uverificeret',
  },
  'entra-admin': { email: 'admin@plejeportalen.example', email_verified: true, name: 'Admin' },
};

export interface TestClient {
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
}

export function startProvider(
  clients: TestClient[],
  issuerHost = '127.0.0.1',
): Promise<{ child: ChildProcess; issuer: string }> {
  const child = spawn(process.execPath, [resolve(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_TEST_PROVIDER: JSON.stringify({ clients, accounts: ACCOUNTS, issuerHost }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`oidc-provider did not start:\n${stderr}`)), 15000);
    child.once('exit', (code) => fail(new Error(`oidc-provider exited with ${code}:\n${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      done({ child, issuer: (JSON.parse(line) as { issuer: string }).issuer });
    });
  });
}

/** Stops the provider child (by its own pid) and waits for it to exit. */
export async function stopProvider(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
