/** A file's real type, found from its bytes. */
export interface DetectedFileType {
  mime: string;
  ext: string;
}

export const MIME = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  HEIC: 'image/heic',
  HEIF: 'image/heif',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PPTX: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ODT: 'application/vnd.oasis.opendocument.text',
  ODS: 'application/vnd.oasis.opendocument.spreadsheet',
  ODP: 'application/vnd.oasis.opendocument.presentation',
  DOC: 'application/msword',
  CFB: 'application/x-cfb',
  ZIP: 'application/zip',
  TEXT: 'text/plain',
  ELF: 'application/x-elf',
  EXE: 'application/vnd.microsoft.portable-executable',
} as const;

const TEXT_SNIFF_BYTES = 8 * 1024;
const MAX_ZIP_ENTRIES = 2_000;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_LOCAL_HEADER_BYTES = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_CENTRAL_DIR = 0x06054b50;
// The directory entry name of a Word 97-2003 document's main stream, as stored (UTF-16LE).
const WORD_DOCUMENT_STREAM = Buffer.from('WordDocument', 'utf16le');

// HEIF brands of HEVC-coded images (what phones produce) versus the generic HEIF image brands.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'heif']);

const ODF_TYPES: Record<string, DetectedFileType> = {
  [MIME.ODT]: { mime: MIME.ODT, ext: 'odt' },
  [MIME.ODS]: { mime: MIME.ODS, ext: 'ods' },
  [MIME.ODP]: { mime: MIME.ODP, ext: 'odp' },
};

function startsWith(buf: Buffer, prefix: Buffer | string): boolean {
  const bytes = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return buf.length >= bytes.length && buf.subarray(0, bytes.length).equals(bytes);
}

function detectIsoBmff(buf: Buffer): DetectedFileType | null {
  const boxSize = buf.readUInt32BE(0);
  const end = Math.min(boxSize >= 16 ? boxSize : 16, buf.length, 512);
  const brands = [buf.toString('latin1', 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(buf.toString('latin1', i, i + 4));
  if (brands.some((b) => HEIC_BRANDS.has(b))) return { mime: MIME.HEIC, ext: 'heic' };
  if (brands.some((b) => HEIF_BRANDS.has(b))) return { mime: MIME.HEIF, ext: 'heif' };
  // Other ftyp files (MP4, MOV, AVIF ...) are not documents we take.
  return null;
}

interface ZipEntry {
  name: string;
  /** Set only for entries stored uncompressed with a known size, which is all `mimetype` needs. */
  stored: Buffer | null;
}

/** Walks the ZIP local file headers from the start; stops at the central directory or bad data. */
function readZipEntries(buf: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (offset + 30 <= buf.length && entries.length < MAX_ZIP_ENTRIES) {
    const signature = buf.readUInt32LE(offset);
    if (signature !== ZIP_LOCAL_HEADER) {
      if (signature === ZIP_CENTRAL_HEADER || signature === ZIP_END_OF_CENTRAL_DIR) break;
      // A data descriptor (or padding) follows entries whose sizes were unknown when written.
      const next = buf.indexOf(ZIP_LOCAL_HEADER_BYTES, offset + 1);
      if (next < 0) break;
      offset = next;
      continue;
    }
    const flags = buf.readUInt16LE(offset + 6);
    const method = buf.readUInt16LE(offset + 8);
    const compressedSize = buf.readUInt32LE(offset + 18);
    const nameLength = buf.readUInt16LE(offset + 26);
    const extraLength = buf.readUInt16LE(offset + 28);
    const nameStart = offset + 30;
    const dataStart = nameStart + nameLength + extraLength;
    if (dataStart > buf.length) break;
    const name = buf.toString('utf8', nameStart, nameStart + nameLength);
    const sizeUnknown = ((flags & 0x08) !== 0 && compressedSize === 0) || compressedSize === 0xffffffff;
    if (sizeUnknown) {
      entries.push({ name, stored: null });
      const next = buf.indexOf(ZIP_LOCAL_HEADER_BYTES, dataStart);
      if (next < 0) break;
      offset = next;
      continue;
    }
    const dataEnd = dataStart + compressedSize;
    entries.push({
      name,
      stored: method === 0 && dataEnd <= buf.length ? buf.subarray(dataStart, dataEnd) : null,
    });
    offset = dataEnd;
  }
  return entries;
}

function detectZip(buf: Buffer): DetectedFileType {
  const entries = readZipEntries(buf);
  // OpenDocument: a `mimetype` entry, stored uncompressed, holding the document's media type.
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype?.stored) {
    const odf = ODF_TYPES[mimetype.stored.toString('latin1').trim()];
    if (odf) return odf;
  }
  // Office Open XML: `[Content_Types].xml` plus the part folder of the application.
  if (entries.some((e) => e.name === '[Content_Types].xml')) {
    if (entries.some((e) => e.name.startsWith('word/'))) return { mime: MIME.DOCX, ext: 'docx' };
    if (entries.some((e) => e.name.startsWith('xl/'))) return { mime: MIME.XLSX, ext: 'xlsx' };
    if (entries.some((e) => e.name.startsWith('ppt/'))) return { mime: MIME.PPTX, ext: 'pptx' };
  }
  return { mime: MIME.ZIP, ext: 'zip' };
}

function isPlainText(buf: Buffer): boolean {
  const head = buf.subarray(0, TEXT_SNIFF_BYTES);
  if (head.includes(0)) return false;
  try {
    // `stream` when cut short, so a character split at the 8 KiB boundary is not taken for bad UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: buf.length > TEXT_SNIFF_BYTES });
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a file from its content (magic bytes), never from its name or the browser's claim.
 * Returns null when the content is not one of the types we recognise.
 */
export function detectFileType(buf: Buffer): DetectedFileType | null {
  if (buf.length === 0) return null;
  if (startsWith(buf, '%PDF-')) return { mime: MIME.PDF, ext: 'pdf' };
  if (startsWith(buf, PNG_SIGNATURE)) return { mime: MIME.PNG, ext: 'png' };
  if (startsWith(buf, Buffer.from([0xff, 0xd8, 0xff]))) return { mime: MIME.JPEG, ext: 'jpg' };
  if (buf.length >= 12 && buf.toString('latin1', 4, 8) === 'ftyp') return detectIsoBmff(buf);
  if (buf.length >= 30 && buf.readUInt32LE(0) === ZIP_LOCAL_HEADER) return detectZip(buf);
  if (startsWith(buf, CFB_SIGNATURE)) {
    // Excel 97, Outlook messages and password-protected Office files share this container.
    return buf.includes(WORD_DOCUMENT_STREAM)
      ? { mime: MIME.DOC, ext: 'doc' }
      : { mime: MIME.CFB, ext: 'cfb' };
  }
  // Named explicitly so an executable is never mistaken for text, whatever it is called.
  if (startsWith(buf, Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return { mime: MIME.ELF, ext: 'elf' };
  // A DOS/PE header is 64 bytes with zero padding; a text that merely starts with "MZ" has none.
  if (startsWith(buf, 'MZ') && buf.length >= 64 && buf.subarray(0, 64).includes(0)) {
    return { mime: MIME.EXE, ext: 'exe' };
  }
  if (isPlainText(buf)) return { mime: MIME.TEXT, ext: 'txt' };
  return null;
}
