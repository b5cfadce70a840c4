/**
 * The parts a pair of plain words cuts: a scan of a part finds the numbers the whole stretch's scan
 * finds there (`پنج هزار تومان در سال گذشته و ۲۰ میلیارد` → the part after `سال گذشته` holds `20
 * میلیارد`, as the whole does), so quantities scan less and find the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesOf } from '../segment/chars.js';
import { findNumbersIn, type FindOptions, type NumberMatch } from './index.js';
import { plainPairAfter, plainPairBefore } from './pieces.js';

describe('plain pairs', () => {
  const text = 'پنج هزار تومان در سال گذشته و ۲۰ میلیارد';
  it('the last pair before a place', () => {
    const at = plainPairBefore(text, codesOf(text), 0, text.indexOf('۲۰'));
    expect(text.slice(at).startsWith('سال گذشته')).toBe(true);
  });
  it('the first pair after a place', () => {
    const pair = { start: 0, end: 0 };
    expect(plainPairAfter(text, codesOf(text), text.indexOf('تومان'), text.length, pair)).toBe(true);
    expect(text.slice(pair.start, pair.end)).toBe('در سال ');
  });
  it('number words, a word at the edge or a sign between are no pair', () => {
    const t = 'دو هزار، «سال» گذشته';
    expect(plainPairBefore(t, codesOf(t), 0, t.length)).toBe(-1);
  });
});

/** Number words, digits, plain words (some cues of the grammar) and the signs between them. */
const piece = fc.constantFrom(
  'دو', 'هزار', 'میلیون', 'و', 'صد', 'سی', 'نه', 'چهارم', 'دوم', 'ام', 'شنبه', '۱۰', '4/5', '۱۰-۱۲', '1,200', '۰۲۱', 'A320',
  'سال', 'کد', 'خبر', 'کد خبر', 'کد خبر :', 'شماره تماس', 'چند', 'تومان', 'هزارتومان', 'درصد', 'شهر', 'گفت', 'بود', 'تا', 'به',
  'از', 'یا', '،', ':', '.', '«',
  '𝐀', '\ud835', '\u064e',
);
const sep = fc.constantFrom(' ', ' ', ' ', '', '\u200c', '  ', '\n');
const text = fc.array(fc.tuple(piece, sep), { maxLength: 30 }).map((ps) => ps.map(([p, s]) => p + s).join(''));
const OPTIONS: FindOptions[] = [{}, { gluedUnit: (rest) => rest === 'تومان', slashBefore: (w) => w === 'تومان' }];
const same = (n: NumberMatch) => [n.start, n.end, n.value, n.text, n.words.join('|')].join(',');

describe('a pair of plain words cuts the scan', () => {
  const cuts = fc.tuple(text, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...OPTIONS));
  const order = (t: string, xs: number[]) => xs.map((x) => x % (t.length + 1)).sort((x, y) => x - y);

  it('the numbers after a pair are the whole stretch\'s after it', () => {
    fc.assert(
      fc.property(cuts, ([t, a, b, c, opts]) => {
        const [from, at, to] = order(t, [a, b, c]);
        const start = plainPairBefore(t, codesOf(t), from, at);
        if (start === -1) return;
        const whole = findNumbersIn(t, from, to, opts).filter((n) => n.start >= start);
        expect(findNumbersIn(t, start, to, opts).map(same)).toEqual(whole.map(same));
      }),
      { numRuns: 3000 },
    );
  });

  it('the numbers before a pair are the whole stretch\'s before it', () => {
    fc.assert(
      fc.property(cuts, ([t, a, b, c, opts]) => {
        const [from, at, to] = order(t, [a, b, c]);
        const pair = { start: 0, end: 0 };
        if (!plainPairAfter(t, codesOf(t), at, to, pair)) return;
        const whole = findNumbersIn(t, from, to, opts).filter((n) => n.end <= pair.start);
        expect(findNumbersIn(t, from, pair.end, opts).map(same)).toEqual(whole.map(same));
      }),
      { numRuns: 3000 },
    );
  });
});
