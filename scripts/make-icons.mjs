#!/usr/bin/env node
// Renders the app icons (PNG) from SVG with Chromium. Run once when the icon
// changes; the PNGs in public/icons/ are committed.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

const house = (inset) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" ${inset ? '' : 'rx="18"'} fill="#14505c"/>
  <g transform="translate(${inset ? 20 : 12} ${inset ? 20 : 12}) scale(${inset ? 0.6 : 0.76})">
    <path d="M10 46 50 12l40 34v44H10z" fill="#fff"/>
    <path d="M40 90V64h20v26" fill="#14505c"/>
    <rect x="22" y="50" width="12" height="12" fill="#14505c"/><rect x="66" y="50" width="12" height="12" fill="#14505c"/>
  </g>
</svg>`;

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/favicon.svg', house(false));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${house(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Icons written to public/icons/');
