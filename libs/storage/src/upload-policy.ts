import { createHash } from 'node:crypto';
import { detectFileType, MIME } from './file-type';
import { StorageError, StorageErrorCode } from './storage.error';

/** What an applicant may attach to an application: PDF, Word (DOCX, DOC), ODT, JPEG, PNG and HEIC. */
export const DOCUMENT_MIME_TYPES: readonly string[] = [
  MIME.PDF,
  MIME.DOCX,
  MIME.DOC,
  MIME.ODT,
  MIME.JPEG,
  MIME.PNG,
  MIME.HEIC,
];

export interface UploadPolicy {
  maxBytes: number;
  /** Allowed media types, checked against the detected content type. */
  allowed: readonly string[];
}

export interface CheckedUpload {
  /** Detected from the content; store this, not the name or the browser's Content-Type. */
  mime: string;
  ext: string;
  size: number;
  /** Hex SHA-256 of the bytes, for integrity checks and duplicate detection. */
  sha256: string;
}

// Names an applicant recognises, in the order the allowed list gives them.
const LABELS: Record<string, string> = {
  [MIME.PDF]: 'PDF',
  [MIME.DOCX]: 'Word',
  [MIME.DOC]: 'Word',
  [MIME.ODT]: 'ODT',
  [MIME.XLSX]: 'Excel',
  [MIME.ODS]: 'ODS',
  [MIME.JPEG]: 'JPEG',
  [MIME.PNG]: 'PNG',
  [MIME.HEIC]: 'HEIC',
  [MIME.HEIF]: 'HEIF',
  [MIME.TEXT]: 'tekst',
};

function danishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

/** "10 MB", "2,5 MB", "500 KB": sizes as Danes read them (1 MB = 1024 KB, as the OS shows). */
export function formatFileSize(bytes: number): string {
  const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} MB`;
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function typeNotAllowedMessage(allowed: readonly string[]): string {
  const labels = [...new Set(allowed.map((mime) => LABELS[mime] ?? mime))];
  return `Filtypen er ikke tilladt. Upload ${danishList(labels)}.`;
}

/**
 * Checks an upload by its bytes: not empty, not over the size limit, and a type on the allowed list
 * as detected from the content (a PNG named `.pdf` is a PNG; a renamed program is refused).
 * Throws a `StorageError` with a Danish message the portal can show beside the file field.
 */
export function checkUpload(buf: Buffer, policy: UploadPolicy): CheckedUpload {
  if (buf.length === 0) {
    throw new StorageError(StorageErrorCode.EMPTY, 'Filen er tom. Vælg en anden fil.');
  }
  if (buf.length > policy.maxBytes) {
    throw new StorageError(
      StorageErrorCode.TOO_LARGE,
      `Filen er for stor. Den må højst fylde ${formatFileSize(policy.maxBytes)}.`,
    );
  }
  const type = detectFileType(buf);
  if (!type || !policy.allowed.includes(type.mime)) {
    throw new StorageError(StorageErrorCode.TYPE_NOT_ALLOWED, typeNotAllowedMessage(policy.allowed));
  }
  return {
    mime: type.mime,
    ext: type.ext,
    size: buf.length,
    sha256: createHash('sha256').update(buf).digest('hex'),
  };
}
