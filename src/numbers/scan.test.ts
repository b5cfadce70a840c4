import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { mayBeNumberWord, splitNumberWord, WORDS } from './lexicon.js';
import { findNumbers, findNumbersIn, mayHoldNumbers } from './index.js';
import { itemText, scan, tokenSpans } from './scan.js';
import { segment } from '../segment/index.js';

/** The token cut the scanner used to make with a regex: what the table-driven cut must equal. */
const TOKEN = /(\d(?:[\d,./:\-]*\d)?)|([\p{L}\p{M}\u200c]+)|(\s+)|([^])/gu;
const regexSpans = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);

const persianish = fc.string({
  unit: fc.constantFrom(...'دویکسهصدهزارمیلیونبیستو،. 0123456789,/:-\u200c\u064e𝐀\ud835'.split(''), 'هزار', 'میلیارد', 'تومان', '𝐀'),
  maxLength: 40,
});

describe('scan', () => {
  it.each([
    { input: '۴۱۳میلیارد تومان', texts: ['413', 'میلیارد', 'تومان'] },
    { input: 'بیست‌و‌پنج', texts: ['بیست', 'و', 'پنج'] },
    { input: '۱۰-۱۲ درصد', texts: ['10', '-', '12', 'درصد'] },
    { input: 'ساعت 10:07، A320', texts: ['ساعت', '10:07', '،', 'A', '320'] },
  ])('$input', ({ input, texts }) => {
    const text = normalize(input).text;
    expect(scan(text).map((it) => itemText(text, it))).toEqual(texts);
  });

  it('cuts tokens where the regex did', () => {
    fc.assert(
      fc.property(persianish, (text) => {
        expect(tokenSpans(text)).toEqual(regexSpans(text));
      }),
    );
  });
});

describe('findNumbersIn', () => {
  it('finds in a stretch what findNumbers finds in its slice', () => {
    const edge = fc.constantFrom('A', '-', '5', '\ud835', 'هزار', 'ی', ' ');
    fc.assert(
      fc.property(fc.tuple(fc.array(edge, { maxLength: 3 }), persianish, fc.array(edge, { maxLength: 3 })), ([before, raw, after]) => {
        const mid = normalize(raw).text;
        const text = before.join('') + mid + after.join('');
        const from = before.join('').length;
        const to = from + mid.length;
        const shifted = findNumbers(mid, { gluedUnit: (r) => r === 'تومان' }).map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
        expect(findNumbersIn(text, from, to, { gluedUnit: (r) => r === 'تومان' })).toEqual(shifted);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mayBeNumberWord', () => {
  it.each([
    { word: 'دوهزار', may: true },
    { word: 'و', may: true },
    { word: 'وزیر', may: false },
    { word: 'گزارش', may: false },
    { word: 'بیمارستان', may: true }, // بی… as in بیست: a quick test, the split decides
    { word: 'سینه', may: true }, // سی + نه: the grammar decides
  ])('$word', ({ word, may }) => {
    expect(mayBeNumberWord(word, 0, word.length)).toBe(may);
  });

  it('never rules out a word that splits into number words', () => {
    const parts = [...WORDS.keys()];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts, '\u200c', 'ا', 'م'), { minLength: 1, maxLength: 4 }), (ps) => {
        const word = ps.join('');
        if (splitNumberWord(word) !== null) expect(mayBeNumberWord(word, 0, word.length)).toBe(true);
      }),
    );
  });

  it('mayHoldNumbers is false only where findNumbers finds nothing', () => {
    fc.assert(
      fc.property(persianish, (raw) => {
        const text = normalize(raw).text;
        const tokens = segment(text).sentences.flatMap((s) => s.tokens);
        if (!mayHoldNumbers(text, tokens)) expect(findNumbers(text)).toEqual([]);
      }),
    );
  });
});

describe('findNumbersIn over a reused item array', () => {
  it('finds the same after a longer scan left its items behind', () => {
    fc.assert(
      fc.property(persianish, persianish, (a, b) => {
        const text = normalize(a).text;
        const first = findNumbers(text);
        findNumbers(normalize(b + ' ' + b + ' ' + b).text);
        expect(findNumbers(text)).toEqual(first);
      }),
    );
  });
});
