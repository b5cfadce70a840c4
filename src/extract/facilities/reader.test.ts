/**
 * The reader's numbers are the sentence's: at every token edge, `numberEndingAt` and `inNumber` answer
 * as the scan of the whole sentence does (`۲ بیمارستان` → the number `۲` ends at 1), though it scans
 * only around the place (window.ts), and not at all where no number can stand.
 */
import { describe, expect, it } from 'vitest';
import { findNumbersIn, type NumberMatch } from '../../numbers/index.js';
import { articleContext, contentSentences } from '../context.js';
import { Reader } from './reader.js';

/** Words and marks that make the number scan work: number words, codes, suffixes, glued forms. */
const VOCAB = ['سه', 'هزار', 'و', '۲۰', '12', '1,000', '2.5', '4/5', '10-12', 'میلیون', 'میلیارد', 'صد', 'بیست', 'دوم', 'ام',
  'امین', 'کد', 'خبر', ':', '-', '،', '(', ')', 'A320', 'COVID', '19', 'بیمارستان', 'مرکز', 'درمانگاه', 'چند', 'نیم', 'یک',
  'شنبه', 'سال', '😀', 'متر', 'مربع', 'تخت', '۵۰۰', '\u200cها', 'هزارو', 'دوهزار', 'سیصد', 'تومان', 'درصد', '021', 'سی', 'چهارم', 'یکی', 'از', 'تلفن',
  '88776655', '.', 'x', 'ده', 'شش‌صد', 'بیست‌و‌پنج'];
const GAPS = [' ', ' ', ' ', '', '  ', '\u200c'];

const show = (n: NumberMatch | undefined) => (n ? `${n.start}-${n.end}=${n.value}` : '-');

describe('Reader numbers', () => {
  it('finds, at every token edge, the numbers the scan of the sentence finds there', () => {
    let seed = 7;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 300; round++) {
      let raw = '';
      for (let k = 3 + pick(20); k > 0; k--) raw += VOCAB[pick(VOCAB.length)] + GAPS[pick(GAPS.length)];
      const ctx = articleContext(raw);
      for (const s of contentSentences(ctx)) {
        const toks = s.tokens;
        const reader = new Reader(ctx.text, s);
        const full = findNumbersIn(ctx.text, s.start, s.end);
        for (const t of toks) {
          for (const pos of [t.start, t.end]) {
            const ending = full.find((n) => n.end === pos);
            expect(show(reader.numberEndingAt(pos)), `${raw} @ ${pos}`).toBe(show(ending));
          }
          if (t.kind === 'word') expect(reader.inNumber(t), `${raw} in ${t.text}`).toBe(full.some((n) => n.start <= t.start && t.start < n.end));
        }
      }
    }
  });
});
