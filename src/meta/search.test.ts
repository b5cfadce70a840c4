import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditIn, creditInLines, newsCodeIn, urlIn } from './search.js';

/** The patterns as a plain global search reads them (search.ts tries them only where their first word stands). */
const CREDIT = /به\s+گزارش\s+([^،,:\n]{2,80}?)(?=\s*[،,:]|\s+(?:به\s+نقل\s+از|از|در|و)\s)/u;
const URL = /https?:\/\/[^\s<>"'«»]+/u;
const NEWS_CODE = /(?:کد\s*خبر|شناسه\s*خبر)\s*:?\s*(\d{3,})/u;

const text = fc
  .array(
    fc.constantFrom(
      ...['به', 'گزارش', 'ایرنا', 'کد', 'شناسه', 'خبر', 'کدام', ':', '،', '12345', '77', 'از', 'نقل', 'و', 'در'],
      ...['http', 'https://a.ir/?p=1', 'http:/', '«', ' ', '  ', '\n', '\u2009'],
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

describe('meta searches', () => {
  it('find what a global search finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const at = (m: RegExpExecArray | null) => (m ? [m.index, m[0], m[1]] : null);
        expect(at(creditIn(t))).toEqual(at(CREDIT.exec(t)));
        expect(at(urlIn(t))).toEqual(at(URL.exec(t)));
        expect(newsCodeIn(t)).toBe(NEWS_CODE.exec(t)?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
  });

  it('find the credit of some lines of a text as a search of them joined finds it', () => {
    const line = text.map((t) => t.replace(/\n/g, ' '));
    const lines = fc.array(fc.record({ line, kept: fc.boolean() }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(lines, (ls) => {
        const starts: number[] = [];
        const ends: number[] = [];
        let at = 0;
        for (const l of ls) {
          if (l.kept) {
            starts.push(at);
            ends.push(at + l.line.length);
          }
          at += l.line.length + 1;
        }
        const whole = ls.map((l) => l.line).join('\n');
        const body = ls.filter((l) => l.kept).map((l) => l.line).join('\n');
        expect(creditInLines(whole, starts, ends)).toBe(creditIn(body)?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
    const long = 'به گزارش ایرنا، ' + 'متن خبر '.repeat(30);
    expect(creditInLines(long + '\nخط', [0], [long.length])).toBe('ایرنا');
  });

  it('read news copy', () => {
    expect(newsCodeIn('… کدام خبر؟ کد خبر: 26984')).toBe('26984');
    expect(creditIn('وی گفت. به\nگزارش ایرنا، قیمت')?.[1]).toBe('ایرنا');
    expect(urlIn('لینک: https://rooydadkhabar.ir/?p=26984 ')?.[0]).toBe('https://rooydadkhabar.ir/?p=26984');
  });
});
