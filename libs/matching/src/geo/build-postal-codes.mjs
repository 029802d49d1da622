#!/usr/bin/env node
// Builds postal-codes.json (code -> [name, lat, lon]) from a locally saved copy of DAWA's `postnumre`
// resource (Danmarks Adressers Web API, run by Klimadatastyrelsen on Dataforsyningen). Matching reads
// only the generated JSON, so nothing is fetched at run time; this script itself never goes online either.
//
// Usage (from the repository root):
//   node libs/matching/src/geo/build-postal-codes.mjs --input postnumre.json --version 2026-11-26
//   node libs/matching/src/geo/build-postal-codes.mjs --empty        (the table shipped when no data is at hand)
// Options: --output <file> (default: postal-codes.json beside this script), --license <text>.
// The input is the JSON array that `GET https://api.dataforsyningen.dk/postnumre` answers, saved on a
// machine that can reach it: [{ "nr": "8000", "navn": "Aarhus C", "visueltcenter": [lon, lat], ... }].
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

// Keep in step with DENMARK_BOUNDS in postal-codes.ts: Denmark proper incl. Bornholm and Christiansø,
// excluding Greenland and the Faroe Islands, whose distances to Danish families mean nothing for matching.
const BOUNDS = { minLat: 54.5, maxLat: 57.8, minLon: 8.0, maxLon: 15.25 };

const DEFAULT_LICENSE =
  "Free data from Dataforsyningen (DAWA), Klimadatastyrelsen, used under Dataforsyningen's terms for free data, with attribution";

const round4 = (x) => Math.round(x * 1e4) / 1e4;

function fail(message) {
  console.error(`build-postal-codes: ${message}`);
  process.exit(1);
}

/** Turns DAWA records into the compact table; returns excluded codes with the reason, never silently. */
export function buildTable(records, source) {
  if (!Array.isArray(records)) throw new Error('input is not a JSON array of DAWA postnumre');
  const codes = {};
  const excluded = [];
  for (const record of records) {
    const code = typeof record?.nr === 'string' ? record.nr : String(record?.nr ?? '');
    const name = typeof record?.navn === 'string' ? record.navn.trim() : '';
    const centre = record?.visueltcenter;
    if (!/^\d{4}$/.test(code)) {
      excluded.push({ code, reason: 'not-four-digits' });
      continue;
    }
    // 3900-3999 are Greenland's codes in the shared Danish numbering.
    if (code >= '3900' && code <= '3999') {
      excluded.push({ code, reason: 'greenland' });
      continue;
    }
    if (!name) {
      excluded.push({ code, reason: 'no-name' });
      continue;
    }
    if (!Array.isArray(centre) || !Number.isFinite(centre[0]) || !Number.isFinite(centre[1])) {
      excluded.push({ code, reason: 'no-centre' });
      continue;
    }
    // DAWA gives GeoJSON order: [longitude, latitude] in WGS84.
    const [lon, lat] = centre;
    if (lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lon < BOUNDS.minLon || lon > BOUNDS.maxLon) {
      excluded.push({ code, reason: 'outside-denmark' });
      continue;
    }
    if (codes[code]) throw new Error(`postal code ${code} appears twice in the input`);
    codes[code] = [name, round4(lat), round4(lon)];
  }
  const sorted = Object.fromEntries(Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)));
  return {
    header: {
      source,
      format: 'codes: postal code -> [name, latitude, longitude], WGS84, 4 decimals (about 10 m)',
      coordinate: source
        ? 'visueltcenter: a point inside the postal area chosen for labels, not a mean'
        : null,
      bounds: BOUNDS,
      count: Object.keys(sorted).length,
      excluded: excluded.sort((a, b) => a.code.localeCompare(b.code)),
      generatedBy: 'libs/matching/src/geo/build-postal-codes.mjs',
    },
    codes: sorted,
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' },
      version: { type: 'string' },
      output: { type: 'string', default: join(here, 'postal-codes.json') },
      license: { type: 'string', default: DEFAULT_LICENSE },
      empty: { type: 'boolean', default: false },
    },
  });
  let table;
  if (values.empty) {
    table = buildTable([], null);
    table.header.note =
      'Empty on purpose: no licensed offline source of Danish postal codes with coordinates was at hand ' +
      'when this table was built. Lookups return null and matching uses entered coordinates.';
  } else {
    if (!values.input) fail('--input <file> (a saved DAWA postnumre JSON array) or --empty is required');
    if (!values.version || !/^\d{4}-\d{2}-\d{2}$/.test(values.version)) {
      fail('--version YYYY-MM-DD (the day the DAWA data was retrieved) is required');
    }
    let records;
    try {
      records = JSON.parse(readFileSync(values.input, 'utf8'));
    } catch (error) {
      fail(`cannot read ${values.input}: ${error.message}`);
    }
    try {
      table = buildTable(records, {
        name: 'DAWA postnumre (Danmarks Adressers Web API)',
        publisher: 'Klimadatastyrelsen, Dataforsyningen',
        url: 'https://api.dataforsyningen.dk/postnumre',
        version: values.version,
        license: values.license,
      });
    } catch (error) {
      fail(error.message);
    }
    if (table.header.count === 0) fail('the input held no usable Danish postal code');
  }
  writeFileSync(values.output, `${JSON.stringify(table, null, 2)}\n`);
  console.log(
    `build-postal-codes: wrote ${table.header.count} codes (${table.header.excluded.length} excluded) to ${values.output}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
