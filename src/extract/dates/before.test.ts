import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardinalBefore, parseNumber, wordStartsBefore } from './before.js';

/** The longest run of up to five words before `end` that `parseNumber` reads, with no gate. */
function byParse(text: string, end: number, from: number) {
  const starts = wordStartsBefore(text, end, from, 5);
  for (let k = starts.length - 1; k >= 0; k--) {
    const value = parseNumber(text.slice(starts[k], end).trim());
    if (value !== null) return { start: starts[k], value };
  }
  return null;
}

describe('cardinalBefore', () => {
  it.each([
    { input: 'تا بیست و پنج سال', value: 25 },
    { input: 'تا 12 سال', value: 12 },
    { input: 'از اسفند ماه', value: null },
    { input: 'دوهزار سال', value: 2000 },
  ])('$input', ({ input, value }) => {
    const end = input.lastIndexOf(' ') + 1;
    expect(cardinalBefore(input, end, 0)?.value ?? null).toBe(value);
  });

  it('reads what parseNumber reads over the words before', () => {
    const text = fc
      .array(fc.constantFrom('دو', 'بیست', 'و', 'پنج', 'هزار', 'میلیون', 'سه', 'از', 'ماه', 'یک', 'دوم', '12', '7', ' ', '\u200c', 'ً', '(', '𝐀', '.', 'صد'), { maxLength: 12 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1);
        const end = from + (b % (t.length - from + 1));
        expect(cardinalBefore(t, end, from)).toEqual(byParse(t, end, from));
      }),
      { numRuns: 5000 },
    );
  });
});
