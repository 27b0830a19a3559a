// Draws SupplyDesk's app icon (a blue rounded tile with three rising stock bars) as PNG files
// in resources/: icon.png (1024 px, electron-builder makes .icns/.ico from it) and
// resources/icons/<size>x<size>.png for Linux. No image library: a tiny PNG encoder on zlib.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of pixel (x, y) by a rounded rectangle, with 4×4 supersampling for smooth edges. */
function coverage(x, y, rect) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const dx = Math.max(rect.x0 + rect.r - px, 0, px - (rect.x1 - rect.r));
      const dy = Math.max(rect.y0 + rect.r - py, 0, py - (rect.y1 - rect.r));
      if (px >= rect.x0 && px <= rect.x1 && py >= rect.y0 && py <= rect.y1 && dx * dx + dy * dy <= rect.r * rect.r) inside++;
    }
  }
  return inside / 16;
}

export function drawIcon(size) {
  const s = size / 1024;
  const tile = { x0: 64 * s, y0: 64 * s, x1: 960 * s, y1: 960 * s, r: 200 * s };
  const bars = [
    { x0: 250 * s, y0: 560 * s, x1: 390 * s, y1: 780 * s, r: 28 * s },
    { x0: 442 * s, y0: 430 * s, x1: 582 * s, y1: 780 * s, r: 28 * s },
    { x0: 634 * s, y0: 260 * s, x1: 774 * s, y1: 780 * s, r: 28 * s },
  ];
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, tile);
      if (a === 0) continue;
      const white = Math.max(...bars.map((bar) => coverage(x, y, bar)));
      // Blue #1677ff (antd's primary) blended towards white inside the bars.
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(0x16 + (255 - 0x16) * white);
      rgba[i + 1] = Math.round(0x77 + (255 - 0x77) * white);
      rgba[i + 2] = 255;
      rgba[i + 3] = Math.round(255 * a);
    }
  }
  return encodePng(size, rgba);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const resources = path.resolve(import.meta.dirname, '..', 'resources');
  fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
  fs.writeFileSync(path.join(resources, 'icon.png'), drawIcon(1024));
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), drawIcon(size));
  }
  console.log(`Icons written to ${resources}`);
}
