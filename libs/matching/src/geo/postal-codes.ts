import rawTable from './postal-codes.json';

/**
 * Danish postal codes with a representative point, from the table shipped beside this file (built by
 * build-postal-codes.mjs; see README.md). Never geocodes online: an unknown code gives null and the
 * caller falls back to coordinates entered by the caseworker or consultant.
 */

export interface PostalCodeLocation {
  /** The postal district's name (postnummerets by), e.g. "Aarhus C". */
  name: string;
  lat: number;
  lon: number;
}

export interface PostalCodeSource {
  name: string;
  publisher: string;
  url: string;
  /** Day the data was retrieved, YYYY-MM-DD. */
  version: string;
  license: string;
}

export interface PostalCodeTable {
  /** Null when the table is empty because no licensed source was at hand. */
  source: PostalCodeSource | null;
  codes: ReadonlyMap<string, PostalCodeLocation>;
}

/**
 * Denmark proper incl. Bornholm and Christiansø; Greenland (39xx) and the Faroe Islands (3-digit codes)
 * are left out of the table. Keep in step with BOUNDS in build-postal-codes.mjs.
 */
export const DENMARK_BOUNDS = { minLat: 54.5, maxLat: 57.8, minLon: 8.0, maxLon: 15.25 } as const;

export const POSTAL_CODE_PATTERN = /^\d{4}$/;

export class PostalCodeTableError extends Error {
  readonly code = 'MATCHING.POSTAL_CODE_TABLE_INVALID';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isInsideDenmark(point: { lat: number; lon: number }): boolean {
  return (
    point.lat >= DENMARK_BOUNDS.minLat &&
    point.lat <= DENMARK_BOUNDS.maxLat &&
    point.lon >= DENMARK_BOUNDS.minLon &&
    point.lon <= DENMARK_BOUNDS.maxLon
  );
}

function parseSource(raw: unknown): PostalCodeSource | null {
  if (raw === null) return null;
  if (!isRecord(raw)) throw new PostalCodeTableError('header.source must be an object or null');
  const fields = ['name', 'publisher', 'url', 'version', 'license'] as const;
  for (const field of fields) {
    if (typeof raw[field] !== 'string' || raw[field] === '') {
      throw new PostalCodeTableError(`header.source.${field} must be a non-empty string`);
    }
  }
  return {
    name: raw.name as string,
    publisher: raw.publisher as string,
    url: raw.url as string,
    version: raw.version as string,
    license: raw.license as string,
  };
}

/** Checks the generated JSON once at load, so a bad regeneration fails at start, not mid-matching. */
export function parsePostalCodeTable(raw: unknown): PostalCodeTable {
  if (!isRecord(raw) || !isRecord(raw.header) || !isRecord(raw.codes)) {
    throw new PostalCodeTableError('expected { header, codes }');
  }
  const source = parseSource(raw.header.source);
  const codes = new Map<string, PostalCodeLocation>();
  for (const [code, entry] of Object.entries(raw.codes)) {
    if (!POSTAL_CODE_PATTERN.test(code))
      throw new PostalCodeTableError(`postal code "${code}" is not 4 digits`);
    if (
      !Array.isArray(entry) ||
      entry.length !== 3 ||
      typeof entry[0] !== 'string' ||
      entry[0].trim() === '' ||
      !Number.isFinite(entry[1]) ||
      !Number.isFinite(entry[2])
    ) {
      throw new PostalCodeTableError(`postal code ${code} must be [name, lat, lon]`);
    }
    const location: PostalCodeLocation = { name: entry[0], lat: entry[1] as number, lon: entry[2] as number };
    if (!isInsideDenmark(location))
      throw new PostalCodeTableError(`postal code ${code} lies outside Denmark`);
    codes.set(code, location);
  }
  // Coordinates without a named, licensed source are not to be trusted; refuse them.
  if (codes.size > 0 && source === null) {
    throw new PostalCodeTableError('a non-empty table must name its source and license');
  }
  return { source, codes };
}

export interface PostalCodeLookup {
  locationOf(code: string): PostalCodeLocation | null;
  isKnown(code: string): boolean;
}

export function createPostalCodeLookup(table: PostalCodeTable): PostalCodeLookup {
  const find = (code: string): PostalCodeLocation | undefined => {
    const normalised = typeof code === 'string' ? code.trim() : '';
    return POSTAL_CODE_PATTERN.test(normalised) ? table.codes.get(normalised) : undefined;
  };
  return {
    // A copy, so no caller can move a postal code for everyone else.
    locationOf: (code) => {
      const found = find(code);
      return found ? { ...found } : null;
    },
    isKnown: (code) => find(code) !== undefined,
  };
}

/** The shipped table, parsed once when the module loads. */
export const shippedPostalCodeTable: PostalCodeTable = parsePostalCodeTable(rawTable);

const shipped = createPostalCodeLookup(shippedPostalCodeTable);

export function locationOfPostalCode(code: string): PostalCodeLocation | null {
  return shipped.locationOf(code);
}

export function isKnownPostalCode(code: string): boolean {
  return shipped.isKnown(code);
}
