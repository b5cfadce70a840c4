import { describe, expect, it } from 'vitest';
import type { Word } from '../../segment/index.js';
import { AND, CITY_CUE, FROM, GLUED, LIGHT_VERB, MONTH, ONE, PLACE, QUANTIFIER, TYPE, VERB, wordBits } from './words.js';

const record = (text: string): Word => ({ text, officials: null, facility: null });

/** Spec table: a word → bits it has, and bits it has not. */
const WORDS: { word: string; has: number[]; not: number[] }[] = [
  { word: 'بیمارستانهای', has: [TYPE], not: [VERB, PLACE] },
  { word: 'خانه', has: [TYPE], not: [] }, // `خانه بهداشت` may follow
  { word: 'بیمار', has: [TYPE], not: [] }, // `بیمار ستان`: one space inside a key
  { word: 'گفت', has: [VERB], not: [TYPE, LIGHT_VERB] },
  { word: 'شد', has: [VERB, LIGHT_VERB], not: [TYPE] },
  { word: 'تبریز', has: [PLACE], not: [TYPE, GLUED] },
  { word: 'وبستان', has: [GLUED], not: [TYPE] },
  { word: 'شهر', has: [CITY_CUE], not: [TYPE] },
  { word: 'بهمن', has: [MONTH], not: [] },
  { word: 'و', has: [AND], not: [FROM, ONE] },
  { word: 'از', has: [FROM], not: [AND] },
  { word: 'یکی', has: [ONE], not: [] },
  { word: 'چند', has: [QUANTIFIER], not: [] },
];

describe('wordBits', () => {
  it.each(WORDS)('$word', ({ word, has, not }) => {
    const bits = wordBits(record(word));
    for (const b of has) expect(bits & b).toBe(b);
    for (const b of not) expect(bits & b).toBe(0);
  });
  it('is kept on the word record', () => {
    const w = record('درمانگاه');
    expect(wordBits(w)).toBe(w.facility);
  });
});
