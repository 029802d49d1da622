import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import type { FileStorage } from './file-storage';
import { assertValidKey } from './storage-key';
import { StorageError } from './storage.error';

const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function errnoCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** Files on local disk under one root directory (`STORAGE_DIR`, resolved from the process cwd). */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(dir: string) {
    this.root = path.resolve(process.cwd(), dir);
  }

  // The content type is not kept on disk: callers store the detected type with their own record.
  async put(key: string, data: Buffer, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    // Uploads hold applicants' documents: only the service user may list or read them.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // Same directory as the target so the rename is atomic; the leading dot can never be a valid key.
    const temp = path.join(dir, `.tmp-${randomUUID()}`);
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      // Flushed before the rename so a crash leaves either the old file or the whole new one.
      await handle.sync();
    } catch (err) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw err;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
  }

  async get(key: string): Promise<Buffer> {
    const target = this.pathOf(key);
    try {
      return await readFile(target);
    } catch (err) {
      if (MISSING.has(errnoCode(err) ?? '')) throw StorageError.notFound();
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const target = this.pathOf(key);
    try {
      await unlink(target);
    } catch (err) {
      // EISDIR: the key names a directory of other keys, so nothing is stored under it.
      if (MISSING.has(errnoCode(err) ?? '')) return;
      throw err;
    }
  }

  private pathOf(key: string): string {
    assertValidKey(key);
    const target = path.resolve(this.root, key);
    // Belt and braces: the key pattern already rules out escaping the root.
    if (!target.startsWith(this.root + path.sep)) throw StorageError.invalidKey();
    return target;
  }
}
