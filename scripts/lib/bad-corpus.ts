/**
 * Builds a corpus of awkward inputs from one seed article: every encoding and shape a user's folder may
 * hold (empty, binary, truncated UTF-8, UTF-16 LE/BE with BOM, Windows-1256, UTF-8 with BOM, CRLF, a
 * 100 MB one-line file, a saved HTML page, a nested folder, a Persian file name with spaces, a symlink
 * loop, JSONL with a broken line). Returns how many articles it holds and which ones are well-encoded
 * variants of the original.
 *
 * Example: `buildBadCorpus('/tmp/bad', seedText)` → { articles: 17, variants: ['utf8-bom', …] }.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export interface BadCorpus {
  dir: string;
  /** Articles (documents) the corpus should yield. */
  articles: number;
  /** Ids of files that hold the original text in another encoding or line-end style. */
  variants: string[];
  /** Id of the UTF-8 original. */
  original: string;
  /** Ids that must come out with errors. */
  broken: string[];
}

/** Windows-1256 bytes of a string (Persian letters, ASCII; others as '?'). */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  // Persian letters that Windows-1256 lacks are written with their Arabic forms, as old sites did.
  const fallback: Record<string, string> = { 'ی': 'ي', 'ک': 'ك', '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9' };
  return Buffer.from([...text].map((ch) => table.get(ch) ?? table.get(fallback[ch] ?? '?') ?? 0x3f));
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

export function buildBadCorpus(dir: string, original: string, options: { bigFileBytes?: number } = {}): BadCorpus {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  const put = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  put('original.txt', original);
  put('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)]));
  put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]));
  put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(original)]));
  put('crlf.txt', original.replace(/\n/g, '\r\n'));
  put('cp1256.txt', encodeWindows1256(original));
  put('empty.txt', '');
  put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]));
  const utf8 = Buffer.from(original);
  const lastLead = utf8.findLastIndex((b) => b >= 0xc0);
  put('truncated.txt', utf8.subarray(0, lastLead + 1)); // ends inside a two-byte letter
  put(
    'page.html',
    `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>صفحه</title>` +
      `<meta property="og:title" content="عنوان خبر"></head><body><nav>خانه | اخبار</nav>` +
      `<article>${original.split('\n').filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article>` +
      `<footer>کلیه حقوق محفوظ است</footer><div class="comments">نظر کاربر</div></body></html>`,
  );
  put(join('nested', 'deeper', 'inner.txt'), original);
  put('خبر با فاصله در نام.txt', original);
  put('feed.jsonl', [JSON.stringify({ id: 'feed-1', text: original }), '{"id": "feed-2", "text": ', JSON.stringify({ id: 'feed-3', text: 'امسال ۵۰ درصد' })].join('\n') + '\n');
  symlinkSync('..', join(dir, 'nested', 'loop'));
  // A 100 MB file with no line break: streamed past, never held whole.
  const bigBytes = options.bigFileBytes ?? 100 * 1024 * 1024;
  const fd = openSync(join(dir, 'huge-one-line.txt'), 'w');
  const block = Buffer.alloc(1 << 20, 'الف ');
  for (let written = 0; written < bigBytes; written += block.length) writeSync(fd, block, 0, Math.min(block.length, bigBytes - written));
  closeSync(fd);
  return {
    dir,
    // 14 files (jsonl counts 3 lines) + the symlink loop reported as a document of its own.
    articles: 13 + 3 + 1,
    original: 'original',
    variants: ['utf8-bom', 'utf16le', 'utf16be', 'crlf', 'cp1256', 'inner', 'خبر با فاصله در نام', 'feed-1'],
    broken: ['empty', 'binary', 'truncated', 'huge-one-line', 'feed-line2', 'loop'],
  };
}
