import { randomUUID } from 'node:crypto';
import { StorageError } from './storage.error';

// Lower-case segments only: no dots (so no `..` or hidden temp names), no backslashes, no empty segments.
const KEY_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;
const MAX_KEY_LENGTH = 512;

/** Throws `FILE.INVALID_KEY` unless the key is a safe relative path; every storage calls this first. */
export function assertValidKey(key: string): void {
  if (
    typeof key !== 'string' ||
    key.length > MAX_KEY_LENGTH ||
    key.includes('..') ||
    !KEY_PATTERN.test(key)
  ) {
    throw StorageError.invalidKey();
  }
}

/** A fresh key `<municipalityId>/<uuid>`; ids, not file names, so no personal data ends up in keys. */
export function newStorageKey(municipalityId: string): string {
  const key = `${municipalityId.toLowerCase()}/${randomUUID()}`;
  assertValidKey(key);
  return key;
}
