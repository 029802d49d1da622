import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, t=2, p=1).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Verifies; for an unknown user it still spends the same time, so timing does not reveal accounts. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('no-such-user-timing-equaliser');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

/** Danish password rule, returned as a field message or null when acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Adgangskoden skal være mindst 12 tegn.';
  if (password.length > 200) return 'Adgangskoden må højst være 200 tegn.';
  if (!/[A-Za-zÆØÅæøå]/.test(password) || !/[0-9]/.test(password)) {
    return 'Adgangskoden skal indeholde både bogstaver og tal.';
  }
  return null;
}
