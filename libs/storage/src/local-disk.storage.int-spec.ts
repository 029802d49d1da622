import { Test } from '@nestjs/testing';
import { ConfigModule, loadConfig } from '@pleje/core';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FILE_STORAGE, type FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';
import { newStorageKey } from './storage-key';
import { StorageModule } from './storage.module';
import { fileStorageContract, HOSTILE_KEYS } from './testing/file-storage-contract';

// Real disk in a throwaway directory; the root is one level down so escapes would land in `base`.
let base: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'pleje-storage-'));
  storage = new LocalDiskStorage(path.join(base, 'uploads'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('LocalDiskStorage: FileStorage contract', () => {
  for (const c of fileStorageContract(() => storage)) it(c.name, c.run);
});

describe('LocalDiskStorage on disk', () => {
  it('writes owner-only files and directories under the root, leaving no temp files', async () => {
    const key = newStorageKey('kbh');
    await storage.put(key, Buffer.from('%PDF-1.7'), 'application/pdf');
    const file = path.join(base, 'uploads', key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect(await readdir(path.dirname(file))).toEqual([path.basename(key)]);
  });

  it('writes nothing outside the root for traversal keys', async () => {
    for (const key of HOSTILE_KEYS) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toMatchObject({
        code: 'FILE.INVALID_KEY',
      });
    }
    expect((await readdir(base)).sort()).toEqual(['uploads']);
    expect(existsSync(path.join(base, 'outside'))).toBe(false);
  });

  it('replaces a file atomically: concurrent writers and readers only ever see a whole version', async () => {
    const key = newStorageKey('aarhus');
    const versions = [Buffer.alloc(2 * 1024 * 1024, 0x61), Buffer.alloc(2 * 1024 * 1024, 0x62)];
    await storage.put(key, versions[0], 'text/plain');
    const reads: Buffer[] = [];
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => storage.put(key, versions[i % 2], 'text/plain')),
      ...Array.from({ length: 6 }, async () => reads.push(await storage.get(key))),
    ]);
    for (const read of [...reads, await storage.get(key)]) {
      expect(read.equals(versions[0]) || read.equals(versions[1])).toBe(true);
    }
    expect(await readdir(path.dirname(path.join(base, 'uploads', key)))).toEqual([path.basename(key)]);
  });

  it('treats a key that names a directory of other keys as missing', async () => {
    await storage.put('kbh-dir/inner', Buffer.from('x'), 'text/plain');
    await expect(storage.get('kbh-dir')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
    await expect(storage.delete('kbh-dir')).resolves.toBeUndefined();
    expect((await storage.get('kbh-dir/inner')).toString()).toBe('x');
  });

  it('resolves a relative directory from the process cwd', () => {
    expect(new LocalDiskStorage('.data/uploads').root).toBe(path.resolve(process.cwd(), '.data/uploads'));
  });
});

describe('StorageModule', () => {
  async function resolveStorage(env: Record<string, string>): Promise<FileStorage> {
    const moduleRef = await Test.createTestingModule({
      // Neither is connected to: the storage module needs only the storage settings.
      imports: [
        ConfigModule.forRoot(
          loadConfig({
            DATABASE_URL: 'postgres://unused@127.0.0.1:9/unused',
            REDIS_URL: 'redis://127.0.0.1:9',
            ...env,
          }),
        ),
        StorageModule,
      ],
    }).compile();
    const resolved = moduleRef.get<FileStorage>(FILE_STORAGE);
    await moduleRef.close();
    return resolved;
  }

  it('provides local disk storage under STORAGE_DIR by default', async () => {
    const dir = path.join(base, 'from-config');
    const resolved = await resolveStorage({ STORAGE_DIR: dir });
    expect(resolved).toBeInstanceOf(LocalDiskStorage);
    expect((resolved as LocalDiskStorage).root).toBe(dir);
  });

  it('provides S3 storage when STORAGE_DRIVER=s3', async () => {
    const resolved = await resolveStorage({
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'uploads',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(resolved).toBeInstanceOf(S3Storage);
  });
});
