import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/index.js';
import { CUE, findCues, type Cue } from './cues.js';

/** The cues of the global pattern, searched at every char: what the gated scan must find. */
const globalCues = (text: string): Cue[] =>
  [...text.matchAll(CUE)].map((m) => ({ start: m.index, end: m.index + m[1].length, colon: m.index + m[0].length - 1 }));

/** Spec table: the gated scan at word starts only, with the left boundary checked in code. */
const CASES: { input: string; cues: string[] }[] = [
  { input: 'وی گفت: قیمتها ثابت است.', cues: ['گفت'] },
  { input: 'او میگفت: نه.', cues: [] }, // inside a word
  { input: 'او می‌گفت: نه.', cues: [] }, // after a ZWNJ
  { input: 'گفت: اول متن.', cues: ['گفت'] }, // at the text start
  { input: '«گفت»: نه', cues: [] }, // no colon right after the verb
  { input: 'وی تاکید کرد و افزود: بودجه مصوب شد. سپس اظهار داشت : تمام شد.', cues: ['افزود', 'اظهار داشت'] },
  { input: '𝐀گفت: نه. 😀گفت: آری.', cues: ['گفت'] }, // an astral letter before, an astral symbol before
];

describe('quotes: the gated cue scan', () => {
  it.each(CASES)('$input', ({ input, cues }) => {
    const text = normalize(input).text;
    const found = findCues(text);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(cues);
    expect(found).toEqual(globalCues(text));
  });

  it('finds what the global pattern finds, on the seed articles', () => {
    const dir = 'fixtures/articles';
    for (const f of readdirSync(dir)) {
      const text = normalize(readFileSync(`${dir}/${f}`, 'utf8')).text;
      expect(findCues(text)).toEqual(globalCues(text));
    }
  });

  it('finds what the global pattern finds, on any text', () => {
    const unit = fc.constantFrom(
      ...'گفتاظهارداشکرو :\u200c\t،'.split(''),
      'گفت',
      'گفت:',
      'افزود :',
      'اظهار',
      'داشت',
      'تاکید کرد',
      'خاطر نشان',
      '𝐀',
      '😀',
      '\ud835',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        expect(findCues(text)).toEqual(globalCues(text));
      }),
      { numRuns: 2000 },
    );
  });
});
