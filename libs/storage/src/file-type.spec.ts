import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { detectFileType, MIME } from './file-type';

// --- Real sample files, built here so the tests need no binary fixtures. ---

function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid 1x1 RGB PNG. */
function minimalPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0xc8, 0x10, 0x2e]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** SOI + JFIF APP0 header + EOI: the start every camera and scanner JPEG shares. */
function jpegHeader(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00,
    0x48, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

/** An ISO-BMFF `ftyp` box with the given major and compatible brands, followed by an empty `meta` box. */
function ftyp(major: string, compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((b, i) => box.write(b, 16 + 4 * i, 'latin1'));
  const meta = Buffer.from([0, 0, 0, 12, 0x6d, 0x65, 0x74, 0x61, 0, 0, 0, 0]);
  return Buffer.concat([box, meta]);
}

interface ZipInput {
  name: string;
  data: string | Buffer;
  store?: boolean;
}

/**
 * A tiny but complete ZIP writer (local headers, central directory, end record). With
 * `dataDescriptor` the sizes follow the data, as streaming writers produce.
 */
function zip(files: ZipInput[], { dataDescriptor = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data, 'utf8');
    const method = file.store ? 0 : 8;
    const body = file.store ? raw : deflateRawSync(raw);
    const crc = crc32(raw);
    const name = Buffer.from(file.name, 'utf8');
    const flags = dataDescriptor && !file.store ? 0x08 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(flags ? 0 : crc, 14);
    local.writeUInt32LE(flags ? 0 : body.length, 18);
    local.writeUInt32LE(flags ? 0 : raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(flags ? 16 : 0);
    if (flags) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(raw.length, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, name, body, descriptor]);
    locals.push(entry);
    centrals.push(Buffer.concat([central, name]));
    offset += entry.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOCUMENT_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Ansøgning om godkendelse som plejefamilie</w:t></w:r></w:p></w:body></w:document>';

function docx(options?: { dataDescriptor?: boolean }): Buffer {
  return zip(
    [
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: DOCUMENT_XML },
    ],
    options,
  );
}

function odt(): Buffer {
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    { name: 'content.xml', data: '<office:document-content/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
  ]);
}

/** A CFB (OLE2) header sector followed by a directory sector naming the given stream. */
function cfb(streamName: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  const directory = Buffer.alloc(512);
  directory.write('Root Entry', 0, 'utf16le');
  directory.write(streamName, 128, 'utf16le');
  return Buffer.concat([header, directory]);
}

function elf(): Buffer {
  const b = Buffer.alloc(64);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  b.writeUInt16LE(2, 16); // ET_EXEC
  b.writeUInt16LE(0x3e, 18); // x86-64
  return b;
}

function windowsExe(): Buffer {
  const b = Buffer.alloc(128);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x40, 0x3c);
  b.write('PE\0\0', 0x40, 'latin1');
  return b;
}

// --- Tests ---

describe('detectFileType', () => {
  it('detects a PDF by its %PDF- header', () => {
    expect(detectFileType(minimalPdf())).toEqual({ mime: MIME.PDF, ext: 'pdf' });
  });

  it('detects a PNG', () => {
    expect(detectFileType(minimalPng())).toEqual({ mime: MIME.PNG, ext: 'png' });
  });

  it('detects a JPEG', () => {
    expect(detectFileType(jpegHeader())).toEqual({ mime: MIME.JPEG, ext: 'jpg' });
  });

  it('detects HEIC by its ftyp brands, including a mif1 major brand with heic compatible', () => {
    expect(detectFileType(ftyp('heic', ['mif1', 'heic']))).toEqual({ mime: MIME.HEIC, ext: 'heic' });
    expect(detectFileType(ftyp('mif1', ['mif1', 'heic', 'miaf']))).toEqual({
      mime: MIME.HEIC,
      ext: 'heic',
    });
    expect(detectFileType(ftyp('mif1', ['mif1', 'miaf']))).toEqual({ mime: MIME.HEIF, ext: 'heif' });
  });

  it('does not take other ftyp files (an MP4 video) for images', () => {
    expect(detectFileType(ftyp('isom', ['isom', 'iso2', 'mp41']))).toBeNull();
  });

  it('detects a DOCX from [Content_Types].xml and word/ inside the ZIP', () => {
    expect(detectFileType(docx())).toEqual({ mime: MIME.DOCX, ext: 'docx' });
  });

  it('detects a DOCX written with data descriptors (sizes after the data)', () => {
    expect(detectFileType(docx({ dataDescriptor: true }))).toEqual({ mime: MIME.DOCX, ext: 'docx' });
  });

  it('detects an XLSX', () => {
    const xlsx = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    expect(detectFileType(xlsx)).toEqual({ mime: MIME.XLSX, ext: 'xlsx' });
  });

  it('detects an ODT from its stored mimetype entry', () => {
    expect(detectFileType(odt())).toEqual({ mime: MIME.ODT, ext: 'odt' });
  });

  it('calls any other ZIP a ZIP, not a document', () => {
    const plain = zip([{ name: 'word/readme.txt', data: 'no content types here' }]);
    expect(detectFileType(plain)).toEqual({ mime: MIME.ZIP, ext: 'zip' });
    const epub = zip([{ name: 'mimetype', data: 'application/epub+zip', store: true }]);
    expect(detectFileType(epub)).toEqual({ mime: MIME.ZIP, ext: 'zip' });
  });

  it('detects a legacy Word document in a CFB container', () => {
    expect(detectFileType(cfb('WordDocument'))).toEqual({ mime: MIME.DOC, ext: 'doc' });
  });

  it('does not call other CFB files (Excel 97, encrypted Office files) Word', () => {
    expect(detectFileType(cfb('Workbook'))).toEqual({ mime: MIME.CFB, ext: 'cfb' });
    expect(detectFileType(cfb('EncryptedPackage'))).toEqual({ mime: MIME.CFB, ext: 'cfb' });
  });

  it('detects UTF-8 plain text, Danish letters included', () => {
    expect(detectFileType(Buffer.from('Kære konsulent,\nvi søger om at blive plejefamilie.\n'))).toEqual({
      mime: MIME.TEXT,
      ext: 'txt',
    });
  });

  it('accepts a multi-byte character cut at the 8 KiB sniffing boundary', () => {
    const text = Buffer.concat([Buffer.from('a'.repeat(8191)), Buffer.from('ø'), Buffer.from('slut')]);
    expect(text.subarray(0, 8192).at(-1)).toBe(0xc3); // the first byte of "ø" is the last sniffed byte
    expect(detectFileType(text)).toEqual({ mime: MIME.TEXT, ext: 'txt' });
  });

  it('refuses text that is not UTF-8 or has NUL bytes', () => {
    expect(detectFileType(Buffer.from('K\xe6re konsulent', 'latin1'))).toBeNull();
    expect(detectFileType(Buffer.from('abc\0def'))).toBeNull();
  });

  it('names executables as such, whatever they are called', () => {
    expect(detectFileType(elf())).toEqual({ mime: MIME.ELF, ext: 'elf' });
    expect(detectFileType(windowsExe())).toEqual({ mime: MIME.EXE, ext: 'exe' });
    expect(detectFileType(Buffer.from('MZ er mine initialer.'))).toEqual({ mime: MIME.TEXT, ext: 'txt' });
  });

  it('returns null for empty and unknown binary content', () => {
    expect(detectFileType(Buffer.alloc(0))).toBeNull();
    expect(detectFileType(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff]))).toBeNull();
  });

  it('does not crash on truncated containers', () => {
    const full = docx();
    for (const length of [4, 29, 30, 40, 80, full.length - 30]) {
      expect(() => detectFileType(full.subarray(0, length))).not.toThrow();
    }
    expect(() => detectFileType(ftyp('heic', ['mif1']).subarray(0, 12))).not.toThrow();
  });
});
