// Rasterises the icons: icons/icon.svg at 32, 48 and 128 px and the simplified icons/icon-16.svg at
// 16 px, with Debian's Chromium through playwright-core. Re-run after editing an SVG:
//   node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const DIR = new URL('../icons/', import.meta.url);
const SIZES = [
  { size: 16, svg: 'icon-16.svg' },
  { size: 32, svg: 'icon.svg' },
  { size: 48, svg: 'icon.svg' },
  { size: 128, svg: 'icon.svg' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, svg } of SIZES) {
    const source = await readFile(new URL(svg, DIR));
    const src = `data:image/svg+xml;base64,${source.toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const out = new URL(`icon-${size}.png`, DIR);
    await page.screenshot({
      path: out.pathname,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
