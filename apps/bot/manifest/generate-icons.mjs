// Draws the Teams app icons (a house with a heart: a home for a child) as PNG files, so they can be
// regenerated without an image editor: `node apps/bot/manifest/generate-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const ACCENT = [0x00, 0x59, 0xb3]; // #0059B3, also the manifest's accentColor

/** Is the point (x, y), both in 0..1 of the glyph box, inside the house, and not in its heart window? */
function inGlyph(x, y) {
  const roof = y >= 0.08 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.08) * (0.45 / 0.42);
  const body = x >= 0.17 && x <= 0.83 && y >= 0.46 && y <= 0.92;
  if (!roof && !body) return false;
  // Heart curve (x^2 + y^2 - 1)^3 - x^2 y^3 <= 0, centred in the house body.
  const hx = (x - 0.5) / 0.19;
  const hy = -(y - 0.68) / 0.19;
  const heart = (hx * hx + hy * hy - 1) ** 3 - hx * hx * hy ** 3 <= 0;
  return !heart;
}

/** Fraction of a pixel covered by the glyph, sampled 4x4 for smooth edges. */
function coverage(px, py, size, padding) {
  const box = size - 2 * padding;
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const x = (px + (sx + 0.5) / 4 - padding) / box;
      const y = (py + (sy + 0.5) / 4 - padding) / box;
      if (inGlyph(x, y)) hits += 1;
    }
  }
  return hits / 16;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no filtering). */
export function encodePng(size, rgbaAt) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x += 1) raw.set(rgbaAt(x, y), row + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** 192x192 full-colour icon: white glyph on the accent colour, inside Teams' safe area. */
export function colorIcon() {
  return encodePng(192, (x, y) => {
    const c = coverage(x, y, 192, 36);
    return [...ACCENT.map((v) => Math.round(v + (255 - v) * c)), 255];
  });
}

/** 32x32 outline icon: white only, the shape carried by transparency, as Teams requires. */
export function outlineIcon() {
  return encodePng(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, 32, 1))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(here, 'color.png'), colorIcon());
  writeFileSync(join(here, 'outline.png'), outlineIcon());
  console.log('Wrote apps/bot/manifest/color.png and outline.png');
}
