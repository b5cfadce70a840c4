/**
 * Regenerates docs/report.png, the README's picture of the report: the report of fixtures/articles
 * (written to output/report.html), opened in Debian's chromium, a money mention hovered so its value
 * shows, the top of the page captured. Needs /usr/bin/chromium (scripts/ensure-chromium.sh).
 *
 * Example: `npx tsx scripts/screenshot-report.ts` → `output/report.html`, `docs/report.png (1280×2200)`;
 * `npx tsx scripts/screenshot-report.ts --dark --out output/report-dark.png` for dark mode.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { readDocuments, writeReport } from '../src/cli/report.js';

const CHROMIUM = '/usr/bin/chromium';
const WIDTH = 1280;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<number> {
  const out = resolve(arg('--out', 'docs/report.png'));
  const height = Number(arg('--height', '2200'));
  const dark = process.argv.includes('--dark');
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`screenshot-report: ${CHROMIUM} is missing; run scripts/ensure-chromium.sh\n`);
    return 1;
  }
  const html = resolve('output/report.html');
  writeReport(await readDocuments(['fixtures/articles']), html);
  mkdirSync(dirname(out), { recursive: true });

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(pathToFileURL(html).href);
    // hover the first money mention that is on screen, so the picture shows a value
    const marks = await page.$$('section.article mark[data-type="money"]:not([data-cont])');
    for (const mark of marks) {
      const box = await mark.boundingBox();
      if (box && box.y > 40 && box.y + box.height < height) {
        await mark.hover();
        break;
      }
    }
    await page.screenshot({ path: out, clip: { x: 0, y: 0, width: WIDTH, height } });
  } finally {
    await browser.close();
  }
  process.stderr.write(`screenshot-report: ${html} → ${out} (${WIDTH}×${height})\n`);
  return 0;
}

process.exitCode = await main();
