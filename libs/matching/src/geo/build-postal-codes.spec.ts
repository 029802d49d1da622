import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DENMARK_BOUNDS, parsePostalCodeTable } from './postal-codes';

const SCRIPT = join(__dirname, 'build-postal-codes.mjs');

interface BuiltTable {
  header: {
    source: { version: string; license: string } | null;
    bounds: unknown;
    count: number;
    excluded: { code: string; reason: string }[];
  };
  codes: Record<string, [string, number, number]>;
}

// Runs the real script as a developer would, on a synthetic DAWA-shaped input (made-up names and points).
describe('build-postal-codes.mjs', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'postal-codes-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (records: unknown, ...args: string[]) => {
    const input = join(dir, 'postnumre.json');
    const output = join(dir, 'out.json');
    writeFileSync(input, JSON.stringify(records));
    const result = spawnSync(process.execPath, [SCRIPT, '--input', input, '--output', output, ...args], {
      encoding: 'utf8',
    });
    const table = result.status === 0 ? (JSON.parse(readFileSync(output, 'utf8')) as BuiltTable) : null;
    return { status: result.status, stderr: result.stderr, table };
  };

  it('turns DAWA records into code -> [name, lat, lon], rounded to 4 decimals and sorted', () => {
    const { status, table } = run(
      [
        { nr: '5000', navn: 'Prøveby C', visueltcenter: [10.387654, 55.395432] },
        { nr: '3770', navn: 'Klippeby', visueltcenter: [14.8, 55.25] },
      ],
      '--version',
      '2026-11-26',
    );
    expect(status).toBe(0);
    expect(Object.keys(table!.codes)).toEqual(['3770', '5000']);
    // DAWA's visueltcenter is [longitude, latitude]; the table stores latitude first.
    expect(table!.codes['5000']).toEqual(['Prøveby C', 55.3954, 10.3877]);
    expect(table!.header.count).toBe(2);
    expect(table!.header.source!.version).toBe('2026-11-26');
    expect(table!.header.source!.license).toMatch(/Dataforsyningen/);
    expect(parsePostalCodeTable(table).codes.get('3770')).toEqual({
      name: 'Klippeby',
      lat: 55.25,
      lon: 14.8,
    });
  });

  it('leaves out and lists Greenland, Faroese-style, unnamed, centreless and foreign records', () => {
    const { status, table } = run(
      [
        { nr: '6000', navn: 'Prøveby', visueltcenter: [9.5, 55.5] },
        { nr: '3900', navn: 'Nordby', visueltcenter: [-51.7, 64.2] },
        { nr: '100', navn: 'Øby', visueltcenter: [-6.8, 62.0] },
        { nr: '7000', navn: '', visueltcenter: [9.7, 55.6] },
        { nr: '7100', navn: 'Uden midte', visueltcenter: null },
        { nr: '7200', navn: 'Udlandet', visueltcenter: [20, 50] },
      ],
      '--version',
      '2026-11-26',
    );
    expect(status).toBe(0);
    expect(Object.keys(table!.codes)).toEqual(['6000']);
    expect(table!.header.excluded).toEqual([
      { code: '100', reason: 'not-four-digits' },
      { code: '3900', reason: 'greenland' },
      { code: '7000', reason: 'no-name' },
      { code: '7100', reason: 'no-centre' },
      { code: '7200', reason: 'outside-denmark' },
    ]);
  });

  it('uses the same bounding box as the runtime check', () => {
    const { table } = run(
      [{ nr: '6000', navn: 'Prøveby', visueltcenter: [9.5, 55.5] }],
      '--version',
      '2026-11-26',
    );
    expect(table!.header.bounds).toEqual(DENMARK_BOUNDS);
  });

  it('fails on a duplicate code, a missing version, or an input with nothing usable', () => {
    const duplicate = run(
      [
        { nr: '6000', navn: 'A', visueltcenter: [9.5, 55.5] },
        { nr: '6000', navn: 'B', visueltcenter: [9.6, 55.6] },
      ],
      '--version',
      '2026-11-26',
    );
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toMatch(/6000 appears twice/);

    const noVersion = run([{ nr: '6000', navn: 'A', visueltcenter: [9.5, 55.5] }]);
    expect(noVersion.status).toBe(1);
    expect(noVersion.stderr).toMatch(/--version/);

    const nothing = run(
      [{ nr: '3900', navn: 'Nordby', visueltcenter: [-51.7, 64.2] }],
      '--version',
      '2026-11-26',
    );
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toMatch(/no usable/);
  });

  it('reproduces the shipped table byte for byte when it is the empty one', () => {
    const shipped = readFileSync(join(__dirname, 'postal-codes.json'), 'utf8');
    const output = join(dir, 'empty.json');
    const result = spawnSync(process.execPath, [SCRIPT, '--empty', '--output', output], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const empty = readFileSync(output, 'utf8');
    const shippedSource = (JSON.parse(shipped) as BuiltTable).header.source;
    // With a real source the shipped file comes from --input instead; then only the shape is compared.
    if (shippedSource === null) expect(empty).toBe(shipped);
    else expect(parsePostalCodeTable(JSON.parse(empty)).codes.size).toBe(0);
  });
});
