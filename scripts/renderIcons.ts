// `tsx scripts/renderIcons.ts`: renders build/icon.svg with headless Chromium into the icons the
// installers use: build/icon.png (1024 px, Linux), build/icon.ico (Windows) and
// build/icon.icns (macOS), both of which hold PNG images, as their formats allow.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../e2e/chromiumLaunch.js';

const build = path.resolve(import.meta.dirname, '..', 'build');
const svg = fs.readFileSync(path.join(build, 'icon.svg'), 'utf8');

async function render(sizes: number[]): Promise<Map<number, Buffer>> {
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage();
    const images = new Map<number, Buffer>();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      images.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
    }
    return images;
  } finally {
    await browser.close();
  }
}

/** An ICO file of PNG images (read by Windows Vista and later). */
function ico(images: [number, Buffer][]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

/** An ICNS file of PNG images, by the types macOS reads PNG from. */
function icns(images: [string, Buffer][]): Buffer {
  const chunks = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const images = await render([16, 32, 48, 64, 128, 256, 512, 1024]);
const png = (size: number) => images.get(size)!;
fs.writeFileSync(path.join(build, 'icon.png'), png(1024));
fs.writeFileSync(
  path.join(build, 'icon.ico'),
  ico([16, 32, 48, 64, 128, 256].map((size) => [size, png(size)])),
);
fs.writeFileSync(
  path.join(build, 'icon.icns'),
  icns([
    ['icp4', png(16)],
    ['icp5', png(32)],
    ['icp6', png(64)],
    ['ic07', png(128)],
    ['ic08', png(256)],
    ['ic09', png(512)],
    ['ic10', png(1024)],
  ]),
);
console.log('Wrote build/icon.png, build/icon.ico and build/icon.icns.');
