import { describe, expect, it } from 'vitest';
import { findNumbersIn, mayHoldNumbers, type NumberMatch } from '../../numbers/index.js';
import { articleContext, contentSentences } from '../context.js';
import { numbersAround } from './window.js';

/** Words and marks that make the number scan work: number words, codes, suffixes, glued forms. */
const VOCAB = ['سه', 'هزار', 'و', '۲۰', '12', '1,000', '2.5', '4/5', '10-12', 'میلیون', 'میلیارد', 'صد', 'بیست', 'دوم', 'ام',
  'امین', 'کد', 'خبر', ':', '-', '،', '(', ')', 'A320', 'COVID', '19', 'بیمارستان', 'مرکز', 'درمانگاه', 'چند', 'نیم', 'یک',
  'شنبه', 'سال', '😀', 'متر', 'مربع', 'تخت', '۵۰۰', '\u200cها', 'هزارو', 'دوهزار', 'سیصد', 'تومان', 'درصد', '021', 'سی', 'چهارم', 'یکی', 'از', 'تلفن',
  '88776655', '.', 'x', 'ده', 'شش‌صد', 'بیست‌و‌پنج'];
const GAPS = [' ', ' ', ' ', '', '  ', '\u200c'];

const show = (n: NumberMatch | undefined) => (n ? `${n.start}-${n.end}=${n.value}` : '-');

describe('numbersAround', () => {
  it('finds, at every token edge, the numbers the scan of the sentence (or clause) finds there', () => {
    let seed = 7;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 300; round++) {
      let raw = '';
      for (let k = 3 + pick(20); k > 0; k--) raw += VOCAB[pick(VOCAB.length)] + GAPS[pick(GAPS.length)];
      const ctx = articleContext(raw);
      for (const s of contentSentences(ctx)) {
        const toks = s.tokens;
        // The whole sentence, and a run of its tokens (a clause).
        const first = pick(toks.length);
        for (const [a, b] of [[0, toks.length], [first, first + 1 + pick(toks.length - first)]]) {
          const from = toks[a].start;
          const to = b === toks.length ? s.end : toks[b - 1].end;
          const full = mayHoldNumbers(ctx.text, toks, a, b) ? findNumbersIn(ctx.text, from, to) : [];
          for (const pos of toks.slice(a, b).flatMap((t) => [t.start, t.end])) {
            const near = numbersAround(ctx.text, toks, a, b, from, to, pos).numbers;
            const ending = (ns: NumberMatch[]) => show(ns.find((n) => n.end === pos));
            const holding = (ns: NumberMatch[]) => show(ns.find((n) => n.start <= pos && pos < n.end));
            expect([ending(near), holding(near)], `${raw} [${a}, ${b}) @ ${pos}`).toEqual([ending(full), holding(full)]);
          }
        }
      }
    }
  });
  it('scans only the tokens around the place (and the one before the left barrier)', () => {
    const ctx = articleContext('در سال گذشته از ۶۶ درمانگاه ، 129 مرکز پاراکلینیکی و سه هزار داروخانه بازدید شد');
    const s = contentSentences(ctx)[0];
    const pos = ctx.text.indexOf('129') + 3;
    expect(numbersAround(ctx.text, s.tokens, 0, s.tokens.length, s.start, s.end, pos).numbers.map((n) => n.value)).toEqual([66, 129]);
  });
});
