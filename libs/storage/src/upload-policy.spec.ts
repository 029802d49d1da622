import { createHash } from 'node:crypto';
import { AppError } from '@pleje/core';
import { MIME } from './file-type';
import { StorageError, StorageErrorCode } from './storage.error';
import { checkUpload, DOCUMENT_MIME_TYPES, formatFileSize } from './upload-policy';

const TEN_MB = 10 * 1024 * 1024;
const documents = { maxBytes: TEN_MB, allowed: DOCUMENT_MIME_TYPES };

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452', 'hex'),
]);
const pdf = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');
const elfBinary = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);

function thrown(fn: () => unknown): StorageError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StorageError) return err;
    throw err;
  }
  throw new Error('expected a StorageError');
}

describe('checkUpload', () => {
  it('returns the detected type, size and SHA-256 of an allowed file', () => {
    expect(checkUpload(pdf, documents)).toEqual({
      mime: MIME.PDF,
      ext: 'pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('goes by content: a PNG uploaded as "cv.pdf" is a PNG', () => {
    expect(checkUpload(png, documents)).toMatchObject({ mime: MIME.PNG, ext: 'png' });
  });

  it('refuses an executable renamed to .pdf with a Danish message listing what is allowed', () => {
    const err = thrown(() => checkUpload(elfBinary, documents));
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe(StorageErrorCode.TYPE_NOT_ALLOWED);
    expect(err.code).toBe('FILE.TYPE_NOT_ALLOWED');
    expect(err.message).toBe('Filtypen er ikke tilladt. Upload PDF, Word, ODT, JPEG, PNG eller HEIC.');
  });

  it('refuses unknown content and types outside the allowed list', () => {
    expect(thrown(() => checkUpload(Buffer.from([0, 1, 2, 3]), documents)).code).toBe(
      'FILE.TYPE_NOT_ALLOWED',
    );
    expect(thrown(() => checkUpload(Buffer.from('bare tekst'), documents)).code).toBe(
      'FILE.TYPE_NOT_ALLOWED',
    );
    const imagesOnly = { maxBytes: TEN_MB, allowed: [MIME.JPEG, MIME.PNG] };
    const err = thrown(() => checkUpload(pdf, imagesOnly));
    expect(err.message).toBe('Filtypen er ikke tilladt. Upload JPEG eller PNG.');
  });

  it('refuses an empty file', () => {
    const err = thrown(() => checkUpload(Buffer.alloc(0), documents));
    expect(err.code).toBe('FILE.EMPTY');
    expect(err.message).toBe('Filen er tom. Vælg en anden fil.');
  });

  it('refuses a file over the limit, and accepts one exactly at it', () => {
    const atLimit = Buffer.alloc(TEN_MB, 0x20);
    pdf.copy(atLimit);
    expect(checkUpload(atLimit, documents).size).toBe(TEN_MB);
    const over = Buffer.concat([atLimit, Buffer.from(' ')]);
    const err = thrown(() => checkUpload(over, documents));
    expect(err.code).toBe('FILE.TOO_LARGE');
    expect(err.message).toBe('Filen er for stor. Den må højst fylde 10 MB.');
  });

  it('checks the size before reading the content', () => {
    const err = thrown(() => checkUpload(Buffer.alloc(2048), { maxBytes: 1024, allowed: [MIME.PDF] }));
    expect(err.code).toBe('FILE.TOO_LARGE');
    expect(err.message).toBe('Filen er for stor. Den må højst fylde 1 KB.');
  });

  it('lists the application document types', () => {
    expect([...DOCUMENT_MIME_TYPES].sort()).toEqual(
      [MIME.PDF, MIME.DOCX, MIME.DOC, MIME.ODT, MIME.JPEG, MIME.PNG, MIME.HEIC].sort(),
    );
  });
});

describe('formatFileSize', () => {
  it('writes sizes the Danish way', () => {
    expect(formatFileSize(TEN_MB)).toBe('10 MB');
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe('2,5 MB');
    expect(formatFileSize(500 * 1024)).toBe('500 KB');
  });
});
