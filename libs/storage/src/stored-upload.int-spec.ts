import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LocalDiskStorage } from './local-disk.storage';
import { StorageErrorCode } from './storage.error';
import { safeFileName, storeUpload, StoredUpload } from './stored-upload';
import { DOCUMENT_MIME_TYPES } from './upload-policy';

// storeUpload on a real disk: bytes first, row second, and no file left behind when the row is not written.
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000dIHDR', 'latin1'),
  Buffer.alloc(64, 1),
]);
const policy = { maxBytes: 1024 * 1024, allowed: DOCUMENT_MIME_TYPES, municipalityId: 'kbh' };

let base: string;
let storage: LocalDiskStorage;
const files = async (): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else out.push(e.name);
    }
  };
  await walk(base);
  return out;
};

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'pleje-upload-'));
  storage = new LocalDiskStorage(base);
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('storeUpload', () => {
  it('keeps the bytes and hands the row the detected type, a safe name and the key', async () => {
    let seen: StoredUpload | null = null;
    const result = await storeUpload(
      storage,
      { originalname: '../cv.pdf', buffer: PNG },
      policy,
      async (s) => {
        seen = s;
        return 'row';
      },
    );
    expect(result).toBe('row');
    expect(seen).toMatchObject({ mime: 'image/png', ext: 'png', size: PNG.length, fileName: 'cv.png' });
    expect((await storage.get(seen!.storageKey)).equals(PNG)).toBe(true);
  });

  it('removes the bytes again when the row is not written, and rethrows', async () => {
    const failure = new Error('insert failed');
    await expect(
      storeUpload(storage, { originalname: 'cv.png', buffer: PNG }, policy, async () => {
        expect(await files()).toHaveLength(1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await files()).toEqual([]);
  });

  it('refuses a type that is not allowed before anything is stored or written', async () => {
    let called = false;
    await expect(
      storeUpload(
        storage,
        { originalname: 'cv.pdf', buffer: Buffer.from('MZ\x90\x00 not a document') },
        policy,
        async () => {
          called = true;
        },
      ),
    ).rejects.toMatchObject({ code: StorageErrorCode.TYPE_NOT_ALLOWED });
    expect(called).toBe(false);
    expect(await files()).toEqual([]);
  });
});

describe('safeFileName', () => {
  it('drops the path and control characters and follows the detected extension', () => {
    expect(safeFileName('C:\\Users\\x\\Mit "CV"\u0007.pdf', 'png')).toBe('Mit CV.png');
    expect(safeFileName('.pdf', 'pdf')).toBe('dokument.pdf');
  });
});
