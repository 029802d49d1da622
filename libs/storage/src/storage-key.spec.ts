import { assertValidKey, newStorageKey } from './storage-key';
import { StorageError, StorageErrorCode } from './storage.error';

const INVALID_KEYS = [
  '',
  '../etc/passwd',
  'a/../b',
  'a/..',
  '..',
  '/absolute/path',
  'a//b',
  'a/b/',
  'A/b',
  'a/b.pdf',
  'a/.tmp-1',
  'a\\b',
  '%2e%2e/x',
  'a/b\0',
  'a b/c',
  'æ/ø',
  `a/${'x'.repeat(600)}`,
];

describe('assertValidKey', () => {
  it('accepts keys of lower-case segments', () => {
    for (const key of ['a', 'kbh/123e4567-e89b-12d3-a456-426614174000', 'x/y/z-1']) {
      expect(() => assertValidKey(key)).not.toThrow();
    }
  });

  it.each(INVALID_KEYS)('refuses %j', (key) => {
    let caught: unknown;
    try {
      assertValidKey(key);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StorageError);
    expect((caught as StorageError).code).toBe(StorageErrorCode.INVALID_KEY);
  });
});

describe('newStorageKey', () => {
  it('makes <municipalityId>/<uuid> keys that differ every time', () => {
    const a = newStorageKey('0c9f2e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6');
    const b = newStorageKey('0c9f2e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6');
    expect(a).toMatch(/^0c9f2e4a-1b2c-4d5e-8f90-a1b2c3d4e5f6\/[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it('refuses a municipality id that would break the key', () => {
    expect(() => newStorageKey('../x')).toThrow(StorageError);
  });
});
