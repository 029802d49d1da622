// A real OpenID Provider (oidc-provider v9, ESM-only) for the OIDC end-to-end suite, run as a child
// process because jest on Node 20 cannot load ESM in-process. Configuration comes as JSON in
// OIDC_TEST_PROVIDER: { clients: [{ clientId, clientSecret?, redirectUri }], accounts: { <login>: { email, ... } } }.
// A client without a secret is registered as a public client (PKCE only, no client authentication).
// It listens on a free port and prints one JSON line {"issuer": "..."} once it accepts requests.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import process from 'node:process';
import Provider from 'oidc-provider';

const options = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
const accounts = options.accounts ?? {};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' };

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// issuerHost "localhost" puts the provider on another site than the api at 127.0.0.1, as in production.
const issuer = `http://${options.issuerHost ?? '127.0.0.1'}:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: (options.clients ?? []).map((client) => ({
    client_id: client.clientId,
    ...(client.clientSecret ? { client_secret: client.clientSecret } : {}),
    redirect_uris: [client.redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: client.clientSecret ? 'client_secret_basic' : 'none',
  })),
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Spec default kept (conformIdTokenClaims): e-mail comes from UserInfo, as some real providers do.
  features: { devInteractions: { enabled: true } },
  // The dev login form accepts any login name as the account id; unknown ones have no account.
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
});
// Keep the provider's own development warnings off the test output.
provider.on('server_error', (_ctx, err) =>
  process.stderr.write(`oidc-provider server_error: ${err.message}\n`),
);
server.on('request', provider.callback());

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
