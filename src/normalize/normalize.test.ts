import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadJson } from '../data.js';
import { fold, normalize, normOffset, rawSpan } from './index.js';

/** Spec-style table: input → normalized text, each row one rule with a real Persian example. */
const CASES: { rule: string; input: string; output: string }[] = [
  { rule: 'Arabic yeh and kaf to Persian', input: 'مدير كل', output: 'مدیر کل' },
  { rule: 'alef maksura to yeh', input: 'موسى', output: 'موسی' },
  { rule: 'teh marbuta and heh-yeh to heh', input: 'مدرسة خانۀ', output: 'مدرسه خانه' },
  { rule: 'hamza forms of alef and waw', input: 'تأمین مؤسسه إسلامی', output: 'تامین موسسه اسلامی' },
  { rule: 'Persian digits to ASCII', input: '۱۴۰۱', output: '1401' },
  { rule: 'Arabic-Indic digits to ASCII', input: '٢٠٢٣', output: '2023' },
  { rule: 'Arabic decimal and thousands separators', input: '۲٫۵ و ۲۵۰٬۰۰۰', output: '2.5 و 250,000' },
  { rule: 'Arabic percent sign', input: '۵۰٪', output: '50%' },
  { rule: 'diacritics removed', input: 'مُدیرِ درمانْ', output: 'مدیر درمان' },
  { rule: 'kashida removed', input: 'تهـــران', output: 'تهران' },
  { rule: 'NBSP, thin space and tab unified and runs collapsed', input: 'سازمان\u00a0\u2009\tتامین', output: 'سازمان تامین' },
  { rule: 'soft hyphen is a joiner', input: 'بیمه\u00adای', output: 'بیمه\u200cای' },
  { rule: 'stray ZWJ removed', input: 'مرا\u200dکز', output: 'مراکز' },
  { rule: 'doubled ZWNJ is one', input: 'می\u200c\u200cشود', output: 'می\u200cشود' },
  { rule: 'ZWNJ next to a space dropped', input: 'استان\u200c ها', output: 'استان\u200cها' },
  { rule: 'CRLF to LF, lone CR to LF', input: 'الف\r\nب\rپ', output: 'الف\nب\nپ' },
  { rule: 'detached می joined', input: 'امید می رود', output: 'امید می\u200cرود' },
  { rule: 'detached نمی joined', input: 'نمی کند', output: 'نمی\u200cکند' },
  { rule: 'detached plural های joined', input: 'زیرساخت های درمان', output: 'زیرساخت\u200cهای درمان' },
  { rule: 'detached شدگان joined', input: 'بیمه شدگان', output: 'بیمه\u200cشدگان' },
  { rule: 'detached ترین joined', input: 'مهم ترین', output: 'مهم\u200cترین' },
  { rule: 'the month می after a day number is not a verb prefix', input: '۱۵ می ۲۰۲۳', output: '15 می 2023' },
  { rule: 'a word ending in می is not a prefix', input: 'اسلامی کشور', output: 'اسلامی کشور' },
  { rule: 'a space after a prefix and before a suffix gets one ZWNJ', input: 'می ها', output: 'می\u200cها' },
];

describe('normalize rules', () => {
  it.each(CASES)('$rule: $input', ({ input, output }) => {
    expect(normalize(input).text).toBe(output);
  });
});

describe('offset map', () => {
  it('keeps one entry per char where affixes meet (`می ها`)', () => {
    const raw = 'گفت می ها و نمی های دیگر';
    const { text, toRaw } = normalize(raw);
    expect(text.length).toBe(raw.length);
    expect(toRaw.length).toBe(text.length + 1);
  });

  it('maps a normalized span back to the original text', () => {
    const raw = 'اعتبار  ۵۰ ميليارد تومانْ';
    const norm = normalize(raw);
    const start = norm.text.indexOf('50');
    const end = norm.text.indexOf('تومان') + 'تومان'.length;
    const [s, e] = rawSpan(norm, start, end);
    expect(raw.slice(s, e)).toBe('۵۰ ميليارد تومان');
  });

  it('is kept as the places where it shifts (offsets.ts)', () => {
    const norm = normalize('تهـــران  ۵');
    expect(norm.text).toBe('تهران 5');
    expect([...norm.toRaw]).toEqual([0, 1, 5, 6, 7, 8, 10, 11]);
    expect([...norm.toRawEnd]).toEqual([1, 2, 6, 7, 8, 10, 11]);
    expect(rawSpan(norm, 4, 6)).toEqual([7, 10]);
    expect([2, 3, 9, 10, 11].map((raw) => normOffset(norm, raw))).toEqual([2, 2, 6, 6, 7]);
  });

  it('reads each offset as the arrays hold it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const norm = normalize(raw);
        const { toRaw, toRawEnd } = norm;
        for (let k = 0; k <= norm.text.length; k++) expect(norm.rawStart(k)).toBe(toRaw[k]);
        for (let k = 0; k < norm.text.length; k++) expect(norm.rawEnd(k)).toBe(toRawEnd[k]);
        for (let r = 0; r <= raw.length; r++) expect(toRaw[normOffset(norm, r)]).toBeGreaterThanOrEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('has one entry per normalized char plus the end, monotone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const { text, toRaw, toRawEnd } = normalize(raw);
        expect(toRaw.length).toBe(text.length + 1);
        expect(toRaw[text.length]).toBe(raw.length);
        for (let i = 0; i < text.length; i++) {
          expect(toRaw[i]).toBeLessThan(toRawEnd[i]);
          if (i > 0) expect(toRawEnd[i - 1]).toBeLessThanOrEqual(toRaw[i]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const persianish = fc.string({
  unit: fc.constantFrom(...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀأؤ۰۱۲۳۴۵٫٬ \u00a0\u200c\u200d\u00ad\t\r\nـَ.،:؟'.split('')),
  maxLength: 60,
});

describe('properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(persianish, (raw) => {
        const once = normalize(raw).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const once = normalize(raw).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fold', () => {
  it('compares compound words whatever their spacing', () => {
    expect(fold('مدیر کل')).toBe(fold('مدیرکل'));
    expect(fold('ولی\u200cمنش')).toBe(fold('ولي منش'));
  });
});

describe('detached affixes', () => {
  /** The rule as global regex searches over the text (the normalizer reads it off each space instead). */
  function joinedByRegex(text: string): string {
    const affixes = loadJson<{ prefixes: { affix: string }[]; suffixes: { affix: string }[] }>('affixes.json');
    const alt = (l: { affix: string }[]) => l.map((r) => r.affix).sort((a, b) => b.length - a.length).join('|');
    const at: number[] = [];
    const prefix = new RegExp(`(?:${alt(affixes.prefixes)}) (?=[\\u0600-\\u06ff])`, 'g');
    for (let m = prefix.exec(text); m; m = prefix.exec(text)) {
      const before = text[m.index - 1];
      if (before !== undefined && /[\u0600-\u06ff\u200c0-9A-Za-z]/.test(before)) continue;
      if (before === ' ' && /[0-9]/.test(text[m.index - 2] ?? '')) continue;
      at.push(m.index + m[0].length - 1);
    }
    const suffix = new RegExp(` (?:${alt(affixes.suffixes)})(?![\\u0600-\\u06ff\\u200cA-Za-z])`, 'g');
    for (let m = suffix.exec(text); m; m = suffix.exec(text)) {
      const before = text.charCodeAt(m.index - 1);
      if (before >= 0x0620 && before <= 0x06ff) at.push(m.index);
      suffix.lastIndex = m.index + 1;
    }
    const chars = [...text];
    for (const i of at) chars[i] = '\u200c';
    return chars.join('');
  }

  it('joins the spaces a global regex search finds', () => {
    // Words and single spaces that the char pass keeps as they are: the regexes read what the affix
    // pass reads.
    const word = fc.constantFrom(
      ...['می', 'نمی', 'ها', 'های', 'هایی', 'هایش', 'هایشان', 'ترین', 'شدگان', 'کنندگان', 'دهندگان'],
      ...['اسلامی', 'کشور', 'هم', 'ی', 'ه', '15', 'x', 'A', '.', '،', 'آن\u200cها', 'نمی\u200cشود', '\n'],
    );
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '')), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (raw) => {
        expect(normalize(raw).text).toBe(joinedByRegex(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
