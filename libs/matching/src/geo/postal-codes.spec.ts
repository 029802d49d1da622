import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from './distance';
import {
  createPostalCodeLookup,
  DENMARK_BOUNDS,
  isInsideDenmark,
  isKnownPostalCode,
  locationOfPostalCode,
  parsePostalCodeTable,
  PostalCodeTableError,
  shippedPostalCodeTable,
} from './postal-codes';

const rawShipped: unknown = JSON.parse(readFileSync(join(__dirname, 'postal-codes.json'), 'utf8'));

// Synthetic tables for the lookup logic: made-up names and points, never shipped as data.
const SOURCE = {
  name: 'Prøvekilde',
  publisher: 'Testen',
  url: 'https://example.invalid/postnumre',
  version: '2026-01-01',
  license: 'Kun til test',
};
const synthetic = (codes: Record<string, unknown>, source: unknown = SOURCE): unknown => ({
  header: { source },
  codes,
});

describe('the shipped postal-code table', () => {
  const entries = [...shippedPostalCodeTable.codes.entries()];

  it('parses, and its header count matches its codes', () => {
    const header = (rawShipped as { header: { count: number } }).header;
    expect(header.count).toBe(shippedPostalCodeTable.codes.size);
  });

  it('holds only 4-digit codes with a name, inside Denmark, and no Greenland codes', () => {
    for (const [code, location] of entries) {
      expect(code).toMatch(/^\d{4}$/);
      expect(code < '3900' || code > '3999').toBe(true);
      expect(location.name.trim()).not.toBe('');
      expect(isInsideDenmark(location)).toBe(true);
    }
  });

  it('names a source and license exactly when it holds coordinates', () => {
    expect(shippedPostalCodeTable.source === null).toBe(shippedPostalCodeTable.codes.size === 0);
  });

  it('puts Aarhus C (8000) 150-165 km from København K (1050), or knows neither when empty', () => {
    const aarhus = locationOfPostalCode('8000');
    const copenhagen = locationOfPostalCode('1050');
    if (shippedPostalCodeTable.codes.size === 0) {
      expect(aarhus).toBeNull();
      expect(copenhagen).toBeNull();
      return;
    }
    expect(aarhus).not.toBeNull();
    expect(copenhagen).not.toBeNull();
    const km = distanceKm(aarhus!, copenhagen!);
    expect(km).toBeGreaterThan(150);
    expect(km).toBeLessThan(165);
  });

  it.each(['0000', '0999', '3900', 'abcd', '', '123', '12345', '80 00', 'DK-8000'])(
    'gives null for the unknown or malformed code %p',
    (code) => {
      expect(locationOfPostalCode(code)).toBeNull();
      expect(isKnownPostalCode(code)).toBe(false);
    },
  );
});

describe('createPostalCodeLookup', () => {
  const lookup = createPostalCodeLookup(
    parsePostalCodeTable(synthetic({ '1111': ['Prøveby', 56.5, 10.5], '3751': ['Klippeby', 55.1, 14.9] })),
  );

  it('finds a known code, trimming surrounding spaces', () => {
    expect(lookup.locationOf('1111')).toEqual({ name: 'Prøveby', lat: 56.5, lon: 10.5 });
    expect(lookup.locationOf(' 1111 ')).toEqual({ name: 'Prøveby', lat: 56.5, lon: 10.5 });
    expect(lookup.isKnown('3751')).toBe(true);
  });

  it('returns null for codes it does not hold', () => {
    expect(lookup.locationOf('2222')).toBeNull();
    expect(lookup.isKnown('2222')).toBe(false);
    expect(lookup.locationOf('11111')).toBeNull();
  });

  it('hands out copies, so a caller cannot move a postal code', () => {
    const found = lookup.locationOf('1111')!;
    found.lat = 0;
    expect(lookup.locationOf('1111')!.lat).toBe(56.5);
  });
});

describe('parsePostalCodeTable', () => {
  const rejects = (raw: unknown, message: RegExp): void => {
    let caught: unknown;
    try {
      parsePostalCodeTable(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PostalCodeTableError);
    expect((caught as PostalCodeTableError).code).toBe('MATCHING.POSTAL_CODE_TABLE_INVALID');
    expect((caught as Error).message).toMatch(message);
  };

  it('accepts Bornholm and the corners of the bounding box', () => {
    const table = parsePostalCodeTable(
      synthetic({
        '3700': ['Østø', 55.1, 14.7],
        '1000': ['Hjørne', DENMARK_BOUNDS.minLat, DENMARK_BOUNDS.minLon],
        '9999': ['Hjørne', DENMARK_BOUNDS.maxLat, DENMARK_BOUNDS.maxLon],
      }),
    );
    expect(table.codes.size).toBe(3);
  });

  it('rejects codes that are not 4 digits', () => {
    rejects(synthetic({ '100': ['Tórshavn-agtig', 56, 10] }), /not 4 digits/);
    rejects(synthetic({ '12345': ['For lang', 56, 10] }), /not 4 digits/);
  });

  it('rejects points outside Denmark (Greenland, the Faroes, swapped lat/lon)', () => {
    rejects(synthetic({ '3900': ['Nordligt', 64.2, -51.7] }), /outside Denmark/);
    rejects(synthetic({ '1234': ['Vestligt', 62.0, -6.8] }), /outside Denmark/);
    rejects(synthetic({ '8000': ['Byttet om', 10.2, 56.2] }), /outside Denmark/);
  });

  it('rejects malformed entries', () => {
    rejects(synthetic({ '1111': ['Kun navn'] }), /\[name, lat, lon\]/);
    rejects(synthetic({ '1111': ['', 56, 10] }), /\[name, lat, lon\]/);
    rejects(synthetic({ '1111': ['Tekst', '56', 10] }), /\[name, lat, lon\]/);
    rejects({ codes: {} }, /header, codes/);
  });

  it('refuses coordinates that do not name a source and license', () => {
    rejects(synthetic({ '1111': ['Prøveby', 56.5, 10.5] }, null), /source and license/);
    rejects(synthetic({}, { ...SOURCE, license: '' }), /license/);
  });

  it('accepts an empty table without a source', () => {
    const table = parsePostalCodeTable(synthetic({}, null));
    expect(table.source).toBeNull();
    expect(table.codes.size).toBe(0);
  });
});
