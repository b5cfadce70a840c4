import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, atEnd, atLead, charThenSpace, endingAt, leadSticky, maxLength, wordThenSpaces } from './scan.js';
import {
  BLOCK_UNIT_RE,
  DEMONSTRATIVE_RE,
  DIRECTION_RE,
  ERA_RE,
  GLUE,
  lastWords,
  LB,
  NOT_YEAR_FOLLOWER_RE,
  PART_RE,
  PHRASES,
  RB,
  SP,
  unitPhrases,
  unitWordRe,
} from './lexicon.js';
import { digitCountMayEnd } from './relative.js';
import { blockMayEnd, yearMayFollow } from './tails.js';

describe('maxLength', () => {
  it.each([
    { src: '(?<![\\p{L}])(?:ab|cde)\\s{1,2}', max: 7 },
    { src: '\\(\\s?', max: 4 },
    { src: '(\\d{1,3})[\\s\\u200c]?', max: 8 },
    { src: '(?<n>ab)c|x', max: 3 },
    { src: '(\\d{1,2}|[\\p{L}]+)x', max: Infinity },
  ])('$src', ({ src, max }) => {
    expect(maxLength(src)).toBe(max);
  });
});

describe('endingAt', () => {
  const patterns = [atEnd(`${LB}(?:${DEMONSTRATIVE_RE})${SP}`), atEnd('(?<![\\p{N}/.,:])(\\d{1,3})[\\s\\u200c]?'), atEnd('[«"“]\\s?')];
  const text = fc.array(fc.constantFrom('این', 'همین', ' ', '  ', '«', '1', '23', '/', 'ا', '\u200c', '\ud835\udc00', 'سال'), { maxLength: 30 }).map((a) => a.join(''));

  it('finds what the pattern finds in the 60 chars before the position', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(2), (t, a, b, k) => {
        const from = a % (t.length + 1);
        const pos = from + (b % (t.length - from + 1));
        const m = patterns[k].re.exec(t.slice(Math.max(from, pos - 60), pos));
        const got = endingAt(patterns[k], { text: t, from, to: t.length }, pos);
        expect(got && [got.start, [...got.m]]).toEqual(m && [Math.max(from, pos - 60) + m.index, [...m]]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mayEnd', () => {
  // The patterns of relative.ts and tails.ts whose cheap no is checked here.
  const cases = [
    { re: new RegExp(`(?:(?<![\\p{N}/.,:])(\\d{1,3})${GLUE})$`, 'u'), mayEnd: digitCountMayEnd },
    { re: new RegExp(`(?:${LB}(\\d{1,2}|[\\p{L}]+)${GLUE}(?:${BLOCK_UNIT_RE})(?:${SP}([\\p{L}]+))?${SP})$`, 'u'), mayEnd: blockMayEnd },
    { re: new RegExp(`(?:${LB}(?:${DEMONSTRATIVE_RE})${SP})$`, 'u'), mayEnd: wordThenSpaces(lastWords(PHRASES.demonstratives)) },
    { re: new RegExp(`(?:${LB}(${PART_RE})${SP})$`, 'u'), mayEnd: wordThenSpaces(lastWords(PHRASES.parts)) },
    { re: new RegExp(`(?:${LB}(?:${unitWordRe('month')})(?:${SP}مبارک)?${SP})$`, 'u'), mayEnd: wordThenSpaces([...lastWords(unitPhrases('month')), 'مبارک']) },
    { re: /(?:[«"“]\s?)$/u, mayEnd: charThenSpace('«"“') },
  ];
  const text = fc
    .array(
      fc.constantFrom(
        'ماه', 'ماهه', 'شش', 'نخست', 'شش ماهه ', 'سه\u200cماه ', '12 ماه', ' نخست ', ' ', ' ', ' ', '  ', '\n', '1', '23', '456', '/', 'ا', '\u200c', '\ud835\udc00', '،',
        'این', 'همین', 'نیمه', 'دوم', 'نیمه\u200cدوم', 'پایان', 'مبارک', '«', '"',
      ),
      { maxLength: 14 },
    )
    .map((a) => a.join(''));

  it('lets the pattern find what it finds from `from`', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(cases.length - 1), (t, a, k) => {
        const from = a % (t.length + 1);
        const pos = t.length;
        const m = cases[k].re.exec(t.slice(from, pos));
        const start = cases[k].mayEnd(t, pos, from);
        const narrowed = start < 0 ? null : cases[k].re.exec(t.slice(start, pos));
        expect(narrowed && [start + narrowed.index, [...narrowed]]).toEqual(m && [from + m.index, [...m]]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('atLead', () => {
  // Patterns of forms.ts, relative.ts and tails.ts: the gated match is the regex's at every position.
  const patterns = [
    leadSticky(GLUE, `(?:ی${SP})?(${DIRECTION_RE})${RB}`, PHRASES.directions, ['ی']),
    leadSticky(SP, `(${ERA_RE})(?![\\p{L}\\u200c])`, PHRASES.eras),
    leadSticky(GLUE, `(?:${NOT_YEAR_FOLLOWER_RE})(?![\\p{L}])`, PHRASES.notYearFollowers),
    leadSticky(GLUE, `(?:${unitWordRe('month')})${RB}`, unitPhrases('month')),
  ];
  const text = fc
    .array(fc.constantFrom(' ', '  ', '\n', '\u200c', 'ی', 'گذشته', 'آینده', 'هجری قمری', 'میلادی', 'هزار', 'نفر', '%', 'ماه', 'ماهه', 'ا', '5', '\ud835\udc00'), {
      maxLength: 12,
    })
    .map((a) => a.join(''));

  it('finds what the sticky regex finds', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(patterns.length - 1), (t, a, k) => {
        const pos = a % (t.length + 1);
        const s = { text: t, from: 0, to: t.length };
        const got = atLead(patterns[k], s, pos);
        const want = at(patterns[k].re, s, pos);
        expect(got && [...got]).toEqual(want && [...want]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('yearMayFollow', () => {
  const year = unitWordRe('year');
  const patterns = [
    new RegExp(`(?:${SP}|\\s?[-–/،,]\\s?)(?:(?:${year})${GLUE})?(\\d{4})(?![\\d/.:])`, 'uy'),
    new RegExp(`${SP}(?:(?:${year})${GLUE})?(\\d{2})(?![\\d/.:])`, 'uy'),
  ];
  const text = fc
    .array(fc.constantFrom(' ', '  ', '\n', '\u200c', '-', '–', '/', '،', ',', 'سال', 'ساله', '1400', '95', '7', 'ماه', 'ا', '\ud835\udc00'), { maxLength: 10 })
    .map((a) => a.join(''));

  it('passes wherever a year after a month may match', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(1), (t, a, k) => {
        const pos = a % (t.length + 1);
        patterns[k].lastIndex = pos;
        if (patterns[k].test(t)) expect(yearMayFollow(t, pos)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
