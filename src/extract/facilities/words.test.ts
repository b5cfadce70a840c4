import { describe, expect, it } from 'vitest';
import type { Word } from '../../segment/index.js';
import {
  AND, CITY_CUE, FROM, GLUED, LIGHT_VERB, MONTH, NUMBER_PARTS, ONE, PLACE, QUANTIFIER, TYPE, UNIT, VERB, numberBits, typeBits, unitBits,
  wordBits,
} from './words.js';

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
  { word: 'سه', has: [NUMBER_PARTS], not: [TYPE] },
  { word: 'دوهزار', has: [NUMBER_PARTS], not: [] },
  { word: 'بیمارستان', has: [], not: [NUMBER_PARTS] },
];

describe('wordBits', () => {
  it.each(WORDS)('$word', ({ word, has, not }) => {
    const w = record(word);
    const bits = wordBits(w) | numberBits(w);
    for (const b of has) expect(bits & b).toBe(b);
    for (const b of not) expect(bits & b).toBe(0);
  });
  it('is kept on the word record', () => {
    const w = record('درمانگاه');
    expect(wordBits(w)).toBe(w.facility);
  });
  it('finds each group of bits when first asked', () => {
    const w = record('شد');
    expect(typeBits(w) & (TYPE | VERB)).toBe(0); // the verb bit not found yet
    expect(wordBits(w) & VERB).toBe(VERB);
    const unit = record('متر');
    expect(unitBits(unit) & UNIT).toBe(UNIT);
    expect(wordBits(unit) & UNIT).toBe(UNIT); // kept
  });
});
