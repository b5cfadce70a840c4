import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnitsAt, CHAR_FLAGS, codesOf, DIGIT, flagsAt, flagsBefore, LETTER, MARK, NUMBER, rememberCodes, SPACE, unitsAt, unitsOf, ZWNJ_FLAG } from './chars.js';
import { normalize } from '../normalize/index.js';

/** What the regex classes say of one code point, as flags. */
function byRegex(ch: string): number {
  let f = 0;
  if (/\p{L}/u.test(ch)) f |= LETTER;
  if (/\p{M}/u.test(ch)) f |= MARK;
  if (/\p{N}/u.test(ch)) f |= NUMBER;
  if (/^\s$/u.test(ch)) f |= SPACE;
  if (ch === '\u200c') f |= ZWNJ_FLAG;
  if (/^[0-9]$/.test(ch)) f |= DIGIT;
  return f;
}

describe('char flags', () => {
  it.each([
    { ch: 'م', flags: LETTER },
    { ch: 'A', flags: LETTER },
    { ch: '۵', flags: NUMBER },
    { ch: '5', flags: NUMBER | DIGIT },
    { ch: '\u064e', flags: MARK }, // fatha
    { ch: '\u200c', flags: ZWNJ_FLAG },
    { ch: ' ', flags: SPACE },
    { ch: '\u00a0', flags: SPACE },
    { ch: '،', flags: 0 },
  ])('$ch', ({ ch, flags }) => {
    expect(CHAR_FLAGS[ch.charCodeAt(0)]).toBe(flags);
  });

  it('agree with the regex classes on every BMP char but surrogates', () => {
    for (let c = 0; c < 0x10000; c += 7) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      expect(CHAR_FLAGS[c]).toBe(byRegex(String.fromCharCode(c)));
    }
  });

  it('read a surrogate pair whole, a lone surrogate as nothing', () => {
    const text = 'ب𝐀ب\ud835ب';
    expect(flagsAt(text, 1)).toBe(LETTER); // 𝐀 (U+1D400)
    expect(flagsBefore(text, 3)).toBe(LETTER);
    expect(flagsAt(text, 4)).toBe(0);
    expect(flagsBefore(text, 5)).toBe(0);
    expect(flagsBefore(text, 0)).toBe(0);
  });

  it('flagsBefore is what a u-flag lookbehind sees', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.nat(12), (text, k) => {
        const i = Math.min(k, text.length);
        const last = i === 0 ? '' : ([...text.slice(0, i)].pop() as string);
        const lone = last.length === 1 && last >= '\ud800' && last <= '\udfff';
        expect(flagsBefore(text, i)).toBe(i === 0 || lone ? 0 : byRegex(last));
      }),
    );
  });
});

describe('codesOf', () => {
  it.each([
    { text: 'ab', codes: [97, 98, 0, 0] },
    { text: 'می‌شود', codes: [0x645, 0x6cc, 0x200c, 0x634, 0x648, 0x62f, 0, 0] },
    { text: '', codes: [0, 0] },
  ])('$text', ({ text, codes }) => {
    expect([...codesOf(text)]).toEqual(codes);
  });

  it('gives the code units of any text, the last one asked kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        for (const text of [a, b, a, a]) {
          const codes = codesOf(text);
          expect(codes.length).toBe(text.length + 2);
          for (let i = 0; i < text.length; i++) expect(codes[i]).toBe(text.charCodeAt(i));
        }
      }),
    );
  });
});

describe('the normalizer hands its code units on', () => {
  it.each(['یاسوج - ایرنا - مدیر درمان', 'زیرساخت های  بهداشتی ۵۰٪', ''])('%s', (raw) => {
    const norm = normalize(raw);
    expect([...norm.codes]).toEqual([...Array.from({ length: norm.text.length }, (_, i) => norm.text.charCodeAt(i)), 0, 0]);
    rememberCodes(norm.text, norm.codes);
    expect(codesOf(norm.text)).toBe(norm.codes);
  });
});

describe('unitsAt', () => {
  const codes = codesOf('۵ میلیارد دلار');
  it.each([
    ['دلار', 10, true],
    ['دلار', 9, false],
    ['میلیارد', 2, true],
    ['دلارها', 10, false], // runs past the end
  ])('%s at %i → %s', (word, p, expected) => {
    expect(unitsAt(codes, p, unitsOf(word))).toBe(expected);
  });
  it('anyUnitsAt finds one of several words, and none in undefined', () => {
    expect(anyUnitsAt(codes, 10, [unitsOf('ریال'), unitsOf('دلار')])).toBe(true);
    expect(anyUnitsAt(codes, 10, undefined)).toBe(false);
  });
});
