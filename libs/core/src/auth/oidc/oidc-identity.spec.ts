import { chooseClientAuth } from './oidc-client';
import { verifiedEmail } from './oidc-identity.service';

const GENERIC = 'https://idp.example/realms/pleje';
const ENTRA = 'https://login.microsoftonline.com/0000-tenant/v2.0';

describe('verifiedEmail', () => {
  it('takes email only with email_verified true, lower-cased and trimmed', () => {
    expect(verifiedEmail({ email: ' Fie@Aarhus.DK ', email_verified: true }, GENERIC)).toBe('fie@aarhus.dk');
    expect(verifiedEmail({ email: 'fie@aarhus.dk', email_verified: 'true' }, GENERIC)).toBe('fie@aarhus.dk');
    expect(verifiedEmail({ email: 'fie@aarhus.dk', email_verified: false }, GENERIC)).toBeNull();
    expect(verifiedEmail({ email: 'fie@aarhus.dk' }, GENERIC)).toBeNull();
    expect(verifiedEmail({ preferred_username: 'fie@aarhus.dk' }, GENERIC)).toBeNull();
  });

  it("trusts Entra ID's email or preferred_username (Entra issues no email_verified)", () => {
    expect(verifiedEmail({ email: 'Fie@Aarhus.dk', preferred_username: 'x@y.dk' }, ENTRA)).toBe(
      'fie@aarhus.dk',
    );
    expect(verifiedEmail({ preferred_username: 'Fie@Aarhus.dk' }, ENTRA)).toBe('fie@aarhus.dk');
    expect(verifiedEmail({ preferred_username: 'not-an-address' }, ENTRA)).toBeNull();
    // Only the real host counts, not a look-alike.
    expect(
      verifiedEmail({ email: 'fie@aarhus.dk' }, 'https://login.microsoftonline.com.evil.example/x'),
    ).toBeNull();
  });

  it('refuses values that are not e-mail addresses', () => {
    for (const email of ['', 'no-at-sign', 'a@b', 'a b@c.dk', 42, null, `${'x'.repeat(250)}@aarhus.dk`]) {
      expect(verifiedEmail({ email, email_verified: true }, GENERIC)).toBeNull();
    }
  });
});

describe('chooseClientAuth', () => {
  it('uses no client authentication for a public client (PKCE only)', () => {
    expect(chooseClientAuth(['client_secret_basic'], undefined)).toBe('none');
  });

  it('prefers client_secret_basic, falls back to client_secret_post, and defaults to basic', () => {
    expect(chooseClientAuth(['client_secret_post', 'client_secret_basic'], 's')).toBe('client_secret_basic');
    expect(chooseClientAuth(['private_key_jwt', 'client_secret_post'], 's')).toBe('client_secret_post');
    expect(chooseClientAuth(undefined, 's')).toBe('client_secret_basic');
  });

  it('fails clearly when the provider supports neither', () => {
    expect(() => chooseClientAuth(['private_key_jwt'], 's')).toThrow(
      expect.objectContaining({ code: 'OIDC.DISCOVERY_FAILED' }),
    );
  });
});
