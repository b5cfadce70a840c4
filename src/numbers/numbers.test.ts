import fc from 'fast-check';
import { numberToWords } from '@persian-tools/persian-tools';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { findNumbers, parseNumber, parseOrdinal } from './index.js';

const norm = (s: string) => normalize(s).text;

/** Whole strings as one cardinal: the grammar's forms, and every input @persian-tools gets wrong. */
const PARSE: { form: string; input: string; value: number | null }[] = [
  { form: 'digits', input: '۶۷', value: 67 },
  { form: 'thousands separator (comma)', input: '250,000', value: 250000 },
  { form: 'thousands separator (Arabic)', input: '۲۵۰٬۰۰۰', value: 250000 },
  { form: 'thousands separator (dots)', input: '1.250.000', value: 1250000 },
  { form: 'decimal point', input: '12.5', value: 12.5 },
  { form: 'persian-tools anchor: 2e9 for ۲.۵ میلیارد', input: '۲.۵ میلیارد', value: 2.5e9 },
  { form: 'persian-tools anchor: 1e9 for ۲٫۵ میلیارد', input: '۲٫۵ میلیارد', value: 2.5e9 },
  { form: 'slash decimal before a magnitude', input: '۴/۵ میلیارد', value: 4.5e9 },
  { form: 'slash alone may be a date or fraction', input: '۴/۵', value: null },
  { form: 'persian-tools anchor: 1,000,001,000 for هزار میلیارد', input: 'هزار میلیارد', value: 1e12 },
  { form: 'persian-tools anchor: 0 for glued ۴۱۳میلیارد', input: '۴۱۳میلیارد', value: 413e9 },
  { form: 'persian-tools anchor: 2e6 for دو و نیم میلیون', input: 'دو و نیم میلیون', value: 2.5e6 },
  { form: 'stacked magnitudes after digits', input: '۱۲۰ هزار میلیارد', value: 1.2e14 },
  { form: 'a sum times a higher magnitude', input: 'یک هزار و پانصد میلیارد', value: 1.5e12 },
  { form: 'words and digits mixed', input: 'دو میلیون و ۶۸۰ هزار', value: 2680000 },
  { form: 'words with و', input: 'دو میلیون و ششصد و هشتاد هزار', value: 2680000 },
  { form: 'trailing digits below the magnitude', input: '۱۰ هزار و ۲۰۰', value: 10200 },
  { form: 'words 0–999', input: 'سیصد و بیست و سه', value: 323 },
  { form: 'teens', input: 'نوزده', value: 19 },
  { form: 'spoken spelling', input: 'پونصد', value: 500 },
  { form: 'spoken spelling (teens)', input: 'هیجده', value: 18 },
  { form: 'یکصد', input: 'یکصد و پنج', value: 105 },
  { form: 'unit and صد apart', input: 'نه صد', value: 900 },
  { form: 'unit and صد joined by ZWNJ', input: 'شش\u200cصد', value: 600 },
  { form: 'glued words', input: 'دوهزار', value: 2000 },
  { form: 'half of the last magnitude', input: 'دو میلیون و نیم', value: 2.5e6 },
  { form: 'نیم before a magnitude', input: 'نیم میلیارد', value: 5e8 },
  { form: 'یک و نیم', input: 'یک و نیم', value: 1.5 },
  { form: 'bare هزار', input: 'هزار', value: 1000 },
  { form: 'تریلیون', input: 'سه تریلیون', value: 3e12 },
  { form: 'بیلیون (long scale)', input: 'دو بیلیون', value: 2e12 },
  { form: 'decimal times magnitude without float noise', input: '2.3 میلیون', value: 2300000 },
  { form: 'صفر', input: 'صفر', value: 0 },
  { form: 'ordinal is not a cardinal', input: 'دوم', value: null },
  { form: 'compound ordinal is not a cardinal', input: 'بیست و دوم', value: null },
  { form: 'tens and units need و', input: 'سی نه', value: null },
  { form: 'unknown word', input: 'دو سیب', value: null },
  { form: 'plural of a magnitude', input: 'میلیون‌ها', value: null },
  { form: 'bare میلیون is not one million', input: 'میلیون', value: null },
  { form: 'leading zero is a code', input: '09121234567', value: null },
];

describe('parseNumber', () => {
  it.each(PARSE)('$form: $input', ({ input, value }) => {
    expect(parseNumber(norm(input))).toBe(value);
  });
});

/** Running text → every cardinal it holds, as [text, value]. */
const FIND: { form: string; input: string; found: [string, number][] }[] = [
  { form: 'glued digits and unit', input: 'به مساحت ۱۰ هزار و ۲۰۰متر مربع', found: [['10 هزار و 200', 10200]] },
  { form: 'glued magnitude', input: 'درمان مستقیم، ۴۱۳میلیارد تومان', found: [['413میلیارد', 413e9]] },
  { form: 'a list: digits are not summed', input: '۲۸۰، ۲۷۴ و ۲۹۰ میلیارد تومان', found: [['280', 280], ['274', 274], ['290 میلیارد', 290e9]] },
  { form: 'a range', input: 'بین ۱۰ تا ۱۲ میلیارد تومان', found: [['10', 10], ['12 میلیارد', 12e9]] },
  { form: 'two amounts, not one', input: '۲ میلیون و ۳ میلیارد', found: [['2 میلیون', 2e6], ['3 میلیارد', 3e9]] },
  { form: 'dash range', input: '۱۰-۱۲ درصد', found: [['10', 10], ['12', 12]] },
  { form: 'slash decimal before درصد', input: '۴۵/۵ درصد', found: [['45/5', 45.5]] },
  { form: '4D is a number glued to a word', input: 'سونوگرافی ۴بعدی', found: [['4', 4]] },
  { form: 'ordinal with و', input: 'بیست و دومین جلسه', found: [] },
  { form: 'ordinal with ام', input: 'سی‌ام و ۲۲ام', found: [] },
  { form: 'fraction', input: 'یک چهارم جمعیت', found: [] },
  { form: 'plan code', input: 'طرح ۳۰۷۰ مجلس', found: [] },
  { form: 'news code with colon', input: 'کد خبر : ۲۶۹۸۴', found: [] },
  { form: 'phone number', input: 'تلفن ۰۲۱-۸۸۷۷۶۶۵۵', found: [] },
  { form: 'time and date codes', input: '۱۰:۰۷ و ۱۴۰۲/۰۳/۱۵', found: [] },
  { form: 'Latin-glued code', input: 'هواپیمای A320 و COVID-19', found: [] },
  { form: 'نه as negation', input: 'نه تنها بیمارستان', found: [] },
  { form: 'نه as nine', input: 'نه نفر', found: [['نه', 9]] },
  { form: 'a word that splits into number words is not a number', input: 'درد سینه', found: [] },
  { form: 'و glued to a magnitude', input: 'شش هزارو 400 نفر', found: [['شش هزارو 400', 6400]] },
  { form: 'a word ending in و is no number', input: 'سهو ۵ نفر', found: [['5', 5]] },
  { form: 'a transliterated name is not a count', input: 'شبکه سی ان ان', found: [] },
  { form: 'a weekday is not a count', input: 'روز سه شنبه و پنج شنبه', found: [] },
  { form: 'a year glued to سال', input: 'سال۱۳۹۸', found: [['1398', 1398]] },
  { form: 'newline breaks a phrase', input: 'دو میلیون\nهزار نفر', found: [['دو میلیون', 2e6], ['هزار', 1000]] },
];

describe('findNumbers', () => {
  it.each(FIND)('$form: $input', ({ input, found }) => {
    const text = norm(input);
    const got = findNumbers(text);
    expect(got.map((m) => [m.text, m.value])).toEqual(found);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

const ORDINALS: { input: string; value: number | null }[] = [
  { input: 'اول', value: 1 },
  { input: 'یکم', value: 1 },
  { input: 'نخستین', value: 1 },
  { input: 'دوم', value: 2 },
  { input: 'سوم', value: 3 },
  { input: 'سومین', value: 3 },
  { input: 'دهمین', value: 10 },
  { input: 'بیست و دوم', value: 22 },
  { input: 'صد و یکمین', value: 101 },
  { input: 'سی‌ام', value: 30 },
  { input: 'سی ام', value: 30 },
  { input: '۲۲ام', value: 22 },
  { input: '۲۲ امین', value: 22 },
  { input: 'سه', value: null },
  { input: 'دوام', value: null },
  { input: 'سیم', value: null },
];

describe('parseOrdinal', () => {
  it.each(ORDINALS)('$input → $value', ({ input, value }) => {
    expect(parseOrdinal(norm(input))).toBe(value);
  });
});

describe('round trip with @persian-tools numberToWords', () => {
  const upTo = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 1e15 }));

  it('parses numberToWords(n) back to n', () => {
    fc.assert(
      fc.property(upTo, (n) => {
        expect(parseNumber(norm(String(numberToWords(n))))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses it back with some groups written as digits', () => {
    fc.assert(
      fc.property(upTo, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (n, asDigits) => {
        // numberToWords writes groups 'X magnitude' joined by ' و '; write chosen groups' X as digits.
        const groups = String(numberToWords(n)).split(' و ');
        const words = groupsToMixed(groups, asDigits);
        expect(parseNumber(norm(words))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

const MAGNITUDE = /^(.*?)\s*(هزار|میلیون|میلیارد|تریلیون|کوآدریلیون)$/;

/** Re-join numberToWords' `و`-parts, writing some magnitude groups' multipliers as digits. */
function groupsToMixed(parts: string[], asDigits: boolean[]): string {
  // Re-assemble groups: a group is the parts up to one ending in a magnitude word.
  const groups: string[][] = [[]];
  for (const p of parts) {
    groups[groups.length - 1].push(p);
    if (MAGNITUDE.test(p)) groups.push([]);
  }
  return groups
    .filter((g) => g.length > 0)
    .map((g, k) => {
      const text = g.join(' و ');
      const m = MAGNITUDE.exec(text);
      if (!asDigits[k % asDigits.length]) return text;
      if (!m) return String(parseNumber(text)); // the last group without a magnitude
      return m[1] === '' ? text : `${parseNumber(m[1])} ${m[2]}`;
    })
    .join(' و ');
}
