import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FileStorage } from '../file-storage';
import { newStorageKey } from '../storage-key';
import { StorageError, StorageErrorCode } from '../storage.error';

/** Keys every storage must refuse before touching anything. */
export const HOSTILE_KEYS = [
  '../outside',
  '../../etc/passwd',
  'kbh/../../outside',
  '/etc/passwd',
  'kbh//x',
  'kbh/x/',
  'KBH/x',
  'kbh/x.pdf',
  'kbh\\..\\x',
  '%2e%2e/x',
  '',
];

export interface ContractCase {
  name: string;
  run: () => Promise<void>;
}

async function rejectsWith(promise: Promise<unknown>, code: StorageErrorCode): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof StorageError, `expected a StorageError, got ${String(err)}`);
    assert.equal(err.code, code);
    return true;
  });
}

/**
 * The behaviour every `FileStorage` driver must show. Plain async functions with node:assert, so the
 * same cases run under jest for each driver (`for (const c of cases) it(c.name, c.run)`).
 */
export function fileStorageContract(storage: () => FileStorage): ContractCase[] {
  const municipality = 'b2a4c6e8-0000-4000-8000-000000000001';
  return [
    {
      name: 'stores and reads back every byte value',
      run: async () => {
        const key = newStorageKey(municipality);
        const data = Buffer.concat([
          Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
          randomBytes(4096),
        ]);
        await storage().put(key, data, 'application/octet-stream');
        assert.deepEqual(await storage().get(key), data);
      },
    },
    {
      name: 'round-trips a 3 MiB document',
      run: async () => {
        const key = newStorageKey(municipality);
        const data = randomBytes(3 * 1024 * 1024);
        await storage().put(key, data, 'application/pdf');
        assert.ok((await storage().get(key)).equals(data));
      },
    },
    {
      name: 'replaces the bytes on a second put to the same key',
      run: async () => {
        const key = newStorageKey(municipality);
        await storage().put(key, Buffer.from('første udgave'), 'text/plain');
        await storage().put(key, Buffer.from('anden'), 'text/plain');
        assert.equal((await storage().get(key)).toString(), 'anden');
      },
    },
    {
      name: 'keeps keys apart',
      run: async () => {
        const a = newStorageKey(municipality);
        const b = newStorageKey(municipality);
        await storage().put(a, Buffer.from('a'), 'text/plain');
        await storage().put(b, Buffer.from('b'), 'text/plain');
        assert.equal((await storage().get(a)).toString(), 'a');
        assert.equal((await storage().get(b)).toString(), 'b');
      },
    },
    {
      name: 'get of a missing key throws FILE.NOT_FOUND',
      run: async () => {
        await rejectsWith(storage().get(newStorageKey(municipality)), StorageErrorCode.NOT_FOUND);
        await rejectsWith(storage().get('no-such-municipality/x'), StorageErrorCode.NOT_FOUND);
      },
    },
    {
      name: 'delete removes the file, and a later get throws FILE.NOT_FOUND',
      run: async () => {
        const key = newStorageKey(municipality);
        await storage().put(key, Buffer.from('slet mig'), 'text/plain');
        await storage().delete(key);
        await rejectsWith(storage().get(key), StorageErrorCode.NOT_FOUND);
      },
    },
    {
      name: 'delete of a missing key is not an error',
      run: async () => {
        const key = newStorageKey(municipality);
        await storage().delete(key);
        await storage().put(key, Buffer.from('x'), 'text/plain');
        await storage().delete(key);
        await storage().delete(key);
      },
    },
    {
      name: 'refuses traversal and malformed keys on put, get and delete',
      run: async () => {
        for (const key of HOSTILE_KEYS) {
          await rejectsWith(storage().put(key, Buffer.from('x'), 'text/plain'), StorageErrorCode.INVALID_KEY);
          await rejectsWith(storage().get(key), StorageErrorCode.INVALID_KEY);
          await rejectsWith(storage().delete(key), StorageErrorCode.INVALID_KEY);
        }
      },
    },
  ];
}
