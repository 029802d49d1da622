import { FileStorage } from './file-storage';
import { newStorageKey } from './storage-key';
import { checkUpload, CheckedUpload, UploadPolicy } from './upload-policy';

/** The file multer hands an upload endpoint (see UploadInterceptor). */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

/** A name safe to show and to send back in Content-Disposition: no path, no control characters, short. */
export function safeFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .replace(/["<>|:*?]/g, '')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, '') || 'dokument';
  // The extension follows the detected content, so a PNG called "cv.pdf" is stored as cv.png.
  return `${stem}.${ext}`;
}

/** An upload checked and in storage: what its database row records. */
export interface StoredUpload extends CheckedUpload {
  storageKey: string;
  fileName: string;
}

/**
 * The one way an upload is kept: the type is read from the bytes (never the name or the header), the bytes go
 * to storage under a new key, then `saveRow` writes the row. Bytes first, row second: if the row is not written,
 * the bytes are removed again, so there is never a row without bytes and no orphan file is left behind.
 */
export async function storeUpload<T>(
  storage: FileStorage,
  file: UploadedFile,
  options: UploadPolicy & { municipalityId: string },
  saveRow: (stored: StoredUpload) => Promise<T>,
): Promise<T> {
  const checked = checkUpload(file.buffer, options);
  const storageKey = newStorageKey(options.municipalityId);
  await storage.put(storageKey, file.buffer, checked.mime);
  try {
    return await saveRow({ ...checked, storageKey, fileName: safeFileName(file.originalname, checked.ext) });
  } catch (err) {
    await storage.delete(storageKey).catch(() => undefined);
    throw err;
  }
}
