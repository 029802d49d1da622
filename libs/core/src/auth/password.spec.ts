import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('Plejefamilie-2026');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(hash, 'Plejefamilie-2026')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'plejefamilie-2026')).resolves.toBe(false);
  });

  it('answers false for an unknown user after doing the same work', async () => {
    await expect(verifyPassword(null, 'hvad-som-helst-1')).resolves.toBe(false);
  });

  it('explains weak passwords in Danish', () => {
    expect(passwordProblem('kort1')).toBe('Adgangskoden skal være mindst 12 tegn.');
    expect(passwordProblem('kunbogstaverher')).toBe('Adgangskoden skal indeholde både bogstaver og tal.');
    expect(passwordProblem('Midlertidig-2026!')).toBeNull();
  });
});
