/**
 * The reader's numbers are the sentence's: at every token edge, `numberEndingAt` and `inNumber` answer
 * as the scan of the whole sentence does (`۲ بیمارستان` → the number `۲` ends at 1), though it scans
 * only around the place (window.ts), and not at all where no number can stand.
 */
import { describe, expect, it } from 'vitest';
import { findNumbersIn } from '../../numbers/index.js';
import { articleContext, contentSentences } from '../context.js';
import { numberTexts, showNumber } from './number-texts.test-util.js';
import { Reader } from './reader.js';


describe('Reader numbers', () => {
  it('finds, at every token edge, the numbers the scan of the sentence finds there', () => {
    for (const { raw } of numberTexts(300)) {
      const ctx = articleContext(raw);
      for (const s of contentSentences(ctx)) {
        const toks = s.tokens;
        const reader = new Reader(ctx.text, s);
        const full = findNumbersIn(ctx.text, s.start, s.end);
        for (const t of toks) {
          for (const pos of [t.start, t.end]) {
            const ending = full.find((n) => n.end === pos);
            expect(showNumber(reader.numberEndingAt(pos)), `${raw} @ ${pos}`).toBe(showNumber(ending));
          }
          if (t.kind === 'word') expect(reader.inNumber(t), `${raw} in ${t.text}`).toBe(full.some((n) => n.start <= t.start && t.start < n.end));
        }
      }
    }
  });
});
