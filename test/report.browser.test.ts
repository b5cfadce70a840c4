/**
 * The report in a real browser (Debian's chromium through playwright-core): the fixtures' report plus a
 * hand-made article carrying markup, opened from a file:// URL. Checks that each seed's mentions are
 * highlighted with the document's count per type, that hovering and focusing a money mention shows its
 * value, that the text runs right to left, that nothing is fetched, and that the article's `<script>`
 * does not run and its markup shows as text. Saves a screenshot in output/ for a person to look at.
 *
 * Skipped only when /usr/bin/chromium is missing outside CI; in CI (`CI` set) it always runs.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdAllocator, listFiles, readArticles } from '../src/input/index.js';
import { processArticle } from '../src/input/process.js';
import { renderReport } from '../src/report/index.js';
import type { KhabarDocument } from '../src/types.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const OUT = resolve('output');
const HANDMADE_ID = 'handmade-markup';
const HANDMADE =
  'تهران - ایرنا - مدیرکل بیمه سلامت گفت: متن خبر <script>window.__pwned=1</script> و <b>bold</b> و ' +
  'برای این طرح ۵۰ میلیارد تومان اعتبار در نظر گرفته شد.';

/** The seeds through the pipeline, as `khabar report fixtures/articles` reads them. */
function seedDocuments(): KhabarDocument[] {
  const ids = new IdAllocator();
  const docs: KhabarDocument[] = [];
  for (const file of listFiles(['fixtures/articles']).files) for (const a of readArticles(file, ids)) docs.push(processArticle(a));
  return docs;
}

/** The hand-made article with a money mention and a quote around it, placed by hand. */
function handmadeDocument(): KhabarDocument {
  const doc = processArticle({ id: HANDMADE_ID, source: 'test', text: HANDMADE, options: {}, errors: [] });
  const money = '۵۰ میلیارد تومان';
  const start = HANDMADE.indexOf(money);
  doc.money = [{ text: money, start, end: start + money.length, amount: 5e10, currency: 'IRT', amountRial: 5e11, approximate: false, qualifier: null }];
  const quoteStart = HANDMADE.indexOf('متن خبر');
  doc.quotes = [{ text: HANDMADE.slice(quoteStart), start: quoteStart, end: HANDMADE.length, speaker: null, cue: 'گفت' }];
  return doc;
}

/** Mentions per type as the document states them. */
function expectedCounts(doc: KhabarDocument): Record<string, number> {
  return {
    money: doc.money.length,
    percentage: doc.percentages.length,
    date: doc.dates.length,
    official: doc.officials.reduce((n, o) => n + o.mentions.length, 0),
    facility: doc.facilities.reduce((n, f) => n + f.mentions.length, 0),
    quote: doc.quotes.length,
  };
}

const afterStyle = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const s = getComputedStyle(el, '::after');
    return { display: s.display, content: s.content };
  });

describe('report in chromium', () => {
  let browser: Browser | undefined;
  let page: Page;
  let docs: KhabarDocument[];
  const requests: string[] = [];

  beforeAll(async () => {
    if (skip) return;
    docs = [...seedDocuments(), handmadeDocument()];
    mkdirSync(OUT, { recursive: true });
    const file = resolve(OUT, 'report-browser-test.html');
    writeFileSync(file, renderReport(docs));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(skip)('highlights each seed mention, with the document count per type', async () => {
    expect(docs.length).toBe(6);
    for (let i = 0; i < docs.length; i++) {
      const shown = await page.$$eval(`#a${i} .text mark.m:not([data-cont])`, (marks) => {
        const counts: Record<string, number> = { money: 0, percentage: 0, date: 0, official: 0, facility: 0, quote: 0 };
        for (const m of marks) counts[(m as HTMLElement).dataset.type!] += 1;
        return counts;
      });
      expect(shown, docs[i].id).toEqual(expectedCounts(docs[i]));
      // each highlighted head covers exactly its mention's text
      for (const m of docs[i].money) {
        const texts = await page.$$eval(`#a${i} mark[data-type="money"]:not([data-cont])`, (els) => els.map((e) => e.textContent));
        expect(texts).toContain(m.text);
      }
    }
  });

  it.skipIf(skip)('shows a money mention value on hover and on focus, and only the innermost one', async () => {
    const h = docs.length - 1;
    const money = `#a${h} mark[data-type="money"]`;
    const quote = `#a${h} mark[data-type="quote"]`;
    expect((await afterStyle(page, money)).display).toBe('none');
    await page.hover(money);
    const hovered = await afterStyle(page, money);
    expect(hovered.display).toBe('block');
    expect(hovered.content).toContain('50,000,000,000 IRT = 500,000,000,000 IRR');
    expect((await afterStyle(page, quote)).display).toBe('none');
    await page.screenshot({ path: resolve(OUT, 'report-browser-test.png') });
    await page.mouse.move(0, 0);
    expect((await afterStyle(page, money)).display).toBe('none');
    await page.focus(money);
    const focused = await afterStyle(page, money);
    expect(focused.display).toBe('block');
    expect(focused.content).toContain('50,000,000,000 IRT = 500,000,000,000 IRR');
  });

  it.skipIf(skip)('lays the text out right to left', async () => {
    expect(await page.$eval('html', (el) => [el.getAttribute('dir'), el.getAttribute('lang'), getComputedStyle(el).direction])).toEqual(['rtl', 'fa', 'rtl']);
    const directions = await page.$$eval('.text', (els) => els.map((el) => getComputedStyle(el).direction));
    expect(directions.length).toBeGreaterThanOrEqual(docs.length);
    expect(new Set(directions)).toEqual(new Set(['rtl']));
  });

  it.skipIf(skip)('runs no script from an article and shows its markup as text', async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('script', (els) => els.length)).toBe(0);
    const h = docs.length - 1;
    expect(await page.$$eval(`#a${h} .text b, #a${h} .text script`, (els) => els.length)).toBe(0);
    const text = await page.$eval(`#a${h} .text`, (el) => el.textContent);
    expect(text).toBe(HANDMADE);
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<b>bold</b>');
  });

  it.skipIf(skip)('loads nothing but the file itself', () => {
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(requests.length).toBe(1);
  });
});
