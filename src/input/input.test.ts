import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1256 } from '../../scripts/lib/bad-corpus.js';
import { decodeBytes, strictUtf8 } from './decode.js';
import { htmlToArticle } from './html.js';
import { IdAllocator, iterateArticles, iterateWork, linesArticles, listFiles, type ArticleInput } from './index.js';

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

describe('strictUtf8', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const whatwg = (bytes: Uint8Array) => {
    try {
      return fatal.decode(bytes);
    } catch {
      return null;
    }
  };
  it.each([
    ['Persian text', [...Buffer.from(TEXT)]],
    ['a BOM, dropped as TextDecoder drops it', [0xef, 0xbb, 0xbf, 0x41]],
    ['a four-byte emoji', [0xf0, 0x9f, 0x98, 0x80]],
    ['U+0080 and a private-use char', [0xc2, 0x80, 0xee, 0x80, 0x80]],
    ['the last char before the surrogates', [0xed, 0x9f, 0xbf]],
    ['NUL', [0x00]],
    ['a lone lead byte', [0xd8]],
    ['a lead byte before ASCII', [0xd8, 0x41]],
    ['a truncated three-byte sequence', [0xe2, 0x82]],
    ['0xFF', [0xff]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['an overlong three-byte sequence', [0xe0, 0x80, 0xaf]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a five-byte sequence', [0xf8, 0x88, 0x80, 0x80, 0x80]],
  ])('agrees with the fatal TextDecoder on %s', (_name, bytes) => {
    expect(strictUtf8(Uint8Array.from(bytes))).toBe(whatwg(Uint8Array.from(bytes)));
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

  it('keeps a JSONL line with an invalid byte, replaced, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-in-'));
    const good = Buffer.from(JSON.stringify({ id: 'a', text: TEXT }) + '\n');
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"' + TEXT), Buffer.from([0xd8]), Buffer.from('"}\n')]);
    writeFileSync(join(dir, 'x.jsonl'), Buffer.concat([good, bad]));
    const inputs = [...iterateArticles([join(dir, 'x.jsonl')])];
    expect(inputs.map((a) => [a.id, a.text, a.errors.map((e) => e.code)])).toEqual([
      ['a', TEXT, []],
      ['b', TEXT + '\ufffd', ['decode']],
    ]);
    rmSync(dir, { recursive: true });
  });

  it('reports a missing path as a document, not a crash', () => {
    const inputs = [...iterateArticles(['/no/such/file.txt'], {}, new IdAllocator())];
    expect(inputs).toHaveLength(1);
    expect(inputs[0].errors[0].code).toBe('read');
  });
});

describe('iterateWork', () => {
  /** The articles of `iterateWork`, lines parsed and ids taken in order, as a pool's consumer does. */
  const viaWork = (paths: string[], maxArticleBytes?: number): ArticleInput[] => {
    const ids = new IdAllocator();
    const out: ArticleInput[] = [];
    for (const item of iterateWork(paths, { maxArticleBytes })) {
      for (const a of 'kind' in item ? [...linesArticles(item)] : [item]) out.push({ ...a, id: ids.take(a.id) });
    }
    return out;
  };

  it('gives the articles, sources, errors and ids iterateArticles gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-work-'));
    const line = (o: object) => JSON.stringify(o) + '\n';
    const lines = [
      '\ufeff' + line({ id: 'x', text: TEXT }),
      '\n',
      line({ id: 'x', text: 'دوم' }),
      'not json\n',
      line({ text: 'بی شناسه' }),
      line({ id: 'big', text: 'ب'.repeat(400) }),
      line({ id: 7, text: 'عدد', url: 'https://example.com/a' }) + '\r',
    ];
    const many = Array.from({ length: 40 }, (_, k) => line({ id: `m${k % 7}`, text: `${TEXT} ${k}` })).join('');
    writeFileSync(join(dir, 'a.jsonl'), Buffer.concat([Buffer.from(lines.join('') + many), Buffer.from([0xd8, 0x0a])]));
    writeFileSync(join(dir, 'a-line5.txt'), TEXT);
    writeFileSync(join(dir, 'x.txt'), TEXT);
    const expected = [...iterateArticles([dir, '/no/such/file.txt'], { maxArticleBytes: 300 })];
    expect(expected.length).toBe(50);
    expect(viaWork([dir, '/no/such/file.txt'], 300)).toEqual(expected);
    expect(expected.map((a) => a.id).slice(0, 7)).toEqual(['file', 'a-line5', 'x', 'x-2', 'a-line4', 'a-line5-2', 'a-line6']);
    rmSync(dir, { recursive: true });
  });

  it('cuts a JSONL file into batches of lines, not articles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-work-'));
    writeFileSync(join(dir, 'n.jsonl'), Array.from({ length: 40 }, (_, k) => JSON.stringify({ id: `n${k}`, text: TEXT }) + '\n').join(''));
    const items = [...iterateWork([join(dir, 'n.jsonl')])];
    expect(items.map((i) => ('kind' in i ? [i.firstLine, i.lengths.length] : i.id))).toEqual([
      [1, 16],
      [17, 16],
      [33, 8],
    ]);
    rmSync(dir, { recursive: true });
  });
});
