import { describe, expect, it } from 'vitest';
import { findNumbersIn, mayHoldNumbers, type NumberMatch } from '../../numbers/index.js';
import { articleContext, contentSentences } from '../context.js';
import { numberTexts, showNumber } from './number-texts.test-util.js';
import { numbersAround } from './window.js';


describe('numbersAround', () => {
  it('finds, at every token edge, the numbers the scan of the sentence (or clause) finds there', () => {
    for (const { raw, pick } of numberTexts(300)) {
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
            const ending = (ns: NumberMatch[]) => showNumber(ns.find((n) => n.end === pos));
            const holding = (ns: NumberMatch[]) => showNumber(ns.find((n) => n.start <= pos && pos < n.end));
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
