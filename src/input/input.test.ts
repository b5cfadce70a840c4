import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1256 } from '../../scripts/lib/bad-corpus.js';
import { decodeBytes } from './decode.js';
import { htmlToArticle } from './html.js';
import { IdAllocator, iterateArticles, listFiles } from './index.js';

const TEXT = 'مدیر درمان گفت: ۵۰ میلیارد تومان اعتبار داریم.';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe(encoding);
    expect(d.errors).toEqual([]);
  });

  it('reads Windows-1256 as Arabic script', () => {
    const d = decodeBytes(encodeWindows1256('مدیر درمان گفت'));
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toBe('مدير درمان گفت'); // Windows-1256 has only the Arabic yeh; normalize unifies it
  });

  it('keeps mostly valid UTF-8 with a bad byte, and says so', () => {
    const bytes = Buffer.concat([Buffer.from(TEXT), Buffer.from([0xd8])]);
    const d = decodeBytes(bytes);
    expect(d.text.startsWith(TEXT)).toBe(true);
    expect(d.errors[0].code).toBe('decode');
  });

  it('reports empty and binary files', () => {
    expect(decodeBytes(new Uint8Array()).errors[0].code).toBe('empty');
    expect(decodeBytes(Uint8Array.of(1, 0, 2)).errors[0].code).toBe('binary');
  });
});

describe('html', () => {
  it('takes the article out of a page, not the navigation, footer or comments', () => {
    const page = htmlToArticle(
      `<html><head><meta property="og:title" content="عنوان"><meta property="og:url" content="https://x.ir/n/1">` +
        `<meta property="article:published_time" content="2021-10-14T10:07:00+03:30"></head><body>` +
        `<nav><a>خانه</a></nav><div id="main"><article><h1>عنوان</h1><p>بند اول &amp; دوم.</p><p>بند <b>سوم</b>.</p></article></div>` +
        `<section class="comments"><p>نظر</p></section><footer>حقوق</footer></body></html>`,
    );
    expect(page.text).toBe('عنوان\n\nبند اول & دوم.\n\nبند سوم.');
    expect(page.title).toBe('عنوان');
    expect(page.url).toBe('https://x.ir/n/1');
    expect(page.published).toBe('2021-10-14T10:07:00+03:30');
  });

  it('without <article>, takes the block with the most paragraph text', () => {
    const page = htmlToArticle('<body><div class="menu"><p>فهرست</p></div><div><p>متن اصلی خبر که بلند است.</p><p>ادامه خبر.</p></div></body>');
    expect(page.text).toBe('متن اصلی خبر که بلند است.\n\nادامه خبر.');
  });
});

describe('listing and ids', () => {
  it('walks folders in sorted order and gives a later duplicate id a suffix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-in-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a.txt'), TEXT);
    writeFileSync(join(dir, 'b', 'a.txt'), TEXT);
    writeFileSync(join(dir, 'notes.md'), 'not an article');
    expect(listFiles([dir]).files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', join('b', 'a.txt')]);
    expect([...iterateArticles([dir])].map((a) => a.id)).toEqual(['a', 'a-2']);
    rmSync(dir, { recursive: true });
  });

  it('reports a missing path as a document, not a crash', () => {
    const inputs = [...iterateArticles(['/no/such/file.txt'], {}, new IdAllocator())];
    expect(inputs).toHaveLength(1);
    expect(inputs[0].errors[0].code).toBe('read');
  });
});
