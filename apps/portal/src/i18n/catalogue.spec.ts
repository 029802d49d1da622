import { da } from './da';
import { en } from './en';
import { catalogueKeys } from './catalogues';

describe('portal text catalogue', () => {
  it('has exactly the same keys in Danish and English', () => {
    const daKeys = catalogueKeys(da).sort();
    const enKeys = catalogueKeys(en).sort();
    expect(daKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !daKeys.includes(key))).toEqual([]);
    expect(daKeys.length).toBeGreaterThan(50);
  });

  it('has no empty texts and the same kind of value for every key', () => {
    const leaf = (catalogue: object, path: string): unknown =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
    for (const key of catalogueKeys(da)) {
      const daValue = leaf(da, key);
      const enValue = leaf(en, key);
      expect({ key, type: typeof enValue }).toEqual({ key, type: typeof daValue });
      if (typeof daValue === 'string') {
        expect({ key, empty: daValue.trim() === '' || String(enValue).trim() === '' }).toEqual({
          key,
          empty: false,
        });
      }
    }
  });

  it('formats interpolated texts in both languages', () => {
    expect(da.users.shown(3)).toBe('Viser 3 brugere.');
    expect(en.users.shown(3)).toBe('Showing 3 users.');
    expect(da.header.userInfo('Aarhus Kommune', da.roles.CASEWORKER)).toBe('Aarhus Kommune · Sagsbehandler');
  });
});
