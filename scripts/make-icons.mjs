#!/usr/bin/env node
// Draws the Trackpin icon (a white map pin holding a parcel, on a teal rounded square) at every size the
// manifest needs. Pure math with 4x4 supersampling and a tiny PNG encoder: no image tools required.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const TEAL = [13, 124, 122];
const WHITE = [255, 255, 255];
const AMBER = [245, 166, 35];
const LID = [196, 120, 14];

const clamp = (v, a, b) => Math.max(a, Math.min(b, v));
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
// Signed distance to a map pin: a circle merged with a downward triangle.
function pin(x, y) {
  const circle = Math.hypot(x - 0.5, y - 0.42) - 0.27;
  // Triangle from the circle's sides down to the tip at (0.5, 0.9).
  const t = clamp((y - 0.42) / (0.9 - 0.42), 0, 1);
  const half = 0.235 * (1 - t);
  const tri = y < 0.42 || y > 0.9 ? 1 : Math.abs(x - 0.5) - half;
  return Math.min(circle, tri);
}
function colourAt(x, y) {
  if (roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.2) > 0) return null;
  if (pin(x, y) <= 0) {
    // Parcel inside the pin head: amber box with a white tape line.
    if (roundedBox(x, y, 0.5, 0.42, 0.14, 0.11, 0.02) <= 0) {
      if (Math.abs(y - 0.37) < 0.012) return LID;
      return Math.abs(x - 0.5) < 0.018 && y < 0.37 ? WHITE : AMBER;
    }
    return WHITE;
  }
  return TEAL;
}
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt((i + (sx + 0.5) / S) / size, (j + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (j * size + i) * 4;
      if (a) { px[o] = r / a; px[o + 1] = g / a; px[o + 2] = b / a; }
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return png(size, size, px);
}
function crc32(buf) {
  let c = ~0;
  for (const byte of buf) { c ^= byte; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(w, h, rgba) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const s of SIZES) writeFileSync(new URL(`../public/icon/${s}.png`, import.meta.url), render(s));
console.log(`icons: ${SIZES.join(', ')} px`);
