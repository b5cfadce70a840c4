import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/index.js';
import { wordStartsBefore } from './before.js';
import { tokenize } from '../../segment/index.js';
import { ANCHOR, mayHoldAnchor, nextAnchor } from './anchors.js';

/** The anchors of [from, to) as the global regex finds them. */
function byRegex(text: string, from: number, to: number): [number, string, string, number][] {
  const out: [number, string, string, number][] = [];
  ANCHOR.lastIndex = from;
  for (let m = ANCHOR.exec(text); m && m.index < to; m = ANCHOR.exec(text)) {
    const kind = Object.keys(m.groups!).find((k) => m.groups![k] !== undefined)!;
    out.push([m.index, m[0], kind, m.index + m.groups![kind].length]);
  }
  return out;
}

function byGate(text: string, from: number, to: number): [number, string, string, number][] {
  const out: [number, string, string, number][] = [];
  for (let m = nextAnchor(text, from, to); m; m = nextAnchor(text, m.end, to)) out.push([m.start, text.slice(m.start, m.end), m.kind, m.unitEnd]);
  return out;
}

/** The anchors as the scan of `recognize` finds them: inside the tokens that may hold one. */
function byTokens(text: string): [number, string, string, number][] {
  const out: [number, string, string, number][] = [];
  let pos = 0;
  for (const tok of tokenize(text)) {
    if (tok.end <= pos || !mayHoldAnchor(tok.word)) continue;
    for (let m = nextAnchor(text, Math.max(pos, tok.start), tok.end); m; m = pos < tok.end ? nextAnchor(text, pos, tok.end) : null) {
      out.push([m.start, text.slice(m.start, m.end), m.kind, m.unitEnd]);
      pos = m.end;
    }
  }
  return out;
}

/** The word starts as the regex `([\p{L}\p{N}][\p{L}\p{N}\u200c]*)$` on a 40-char window found them. */
function wordStartsByRegex(text: string, end: number, from: number, max: number): number[] {
  const starts: number[] = [];
  let pos = end;
  for (let k = 0; k < max; k++) {
    if (pos > from && /\s/.test(text[pos - 1])) pos--;
    else break;
    const m = /([\p{L}\p{N}][\p{L}\p{N}\u200c]*)$/u.exec(text.slice(Math.max(from, pos - 40), pos));
    if (!m) break;
    pos -= m[1].length;
    starts.push(pos);
  }
  return starts;
}

const dateish = fc.string({
  unit: fc.constantFrom(
    ...'سالماهروزهفتهامدیبهمنشنبه۱۴۰۲/۳ -،\u200c\n'.split(''),
    'سال', 'ماه', 'امسال', 'بهمن', 'دی', 'سه شنبه', 'پارسال', '۱۴۰۲', '۱۳/۲/۹۵', 'های', 'بزرگسال', '𝐀', '\ud835',
    'سازمان', 'اجتماعی', 'روند', 'دیروز', 'فردا', 'هفتم',
    // Words a pair passes that an alternative does not follow as written; digit runs of every length.
    'می', 'مه', 'میلیون', 'دو', 'دوم', 'آذربایجان', 'مهرماه', 'بهمن\u200cماه', 'آینده', 'نزدیک', 'دو شنبه',
    // Words that begin an alternative of more words, or begin one only.
    'پس', 'به', 'بهار', 'شهر', 'تا', 'اردی', 'بهشت', 'جمادی', 'الاول',
    '7', '26', '726', '1400', '14002', '10:07', '۱.۲.۹۵', '۱۲ /۳', '9-', '.', ':', '/',
    // Words outside the Arabic block (read by the regex itself), numeric dates spaced and not.
    'May', 'March', 'Mayo', 'e', ',', '12/3/1400', '1400 - 3 - 12', '1.2.', '/4', '-', ' -',
  ),
  maxLength: 30,
});

describe('date anchors', () => {
  it.each([
    { input: 'در سال گذشته و تا ۲۲ بهمن امسال', anchors: ['سال', '22', 'بهمن', 'امسال'] },
    { input: 'بزرگسالان و سالهای اخیر', anchors: ['سال', 'سالهای'] },
    { input: 'مورخ ۱۳/۲/۹۵', anchors: ['13/2/95'] },
    // `ما` of سازمان and اجتماعی pass the two-char gate (`ماه`), not the third char.
    { input: 'سازمان تامین اجتماعی ماهانه دو ماه', anchors: ['ماه', 'ماه'] },
    // `می` and `دو` are words of the pattern, not followed here as it needs; a three-digit count is no year.
    { input: 'دومین میلیون ۷۲۶ نفر، ۱۴ مهرماه ۹۵', anchors: ['14', 'مهر', 'ماه', '95'] },
  ])('$input', ({ input, anchors }) => {
    const text = normalize(input).text;
    expect(byGate(text, 0, text.length).map(([, t]) => t)).toEqual(anchors);
  });

  it('the gated scan finds what the global regex finds', () => {
    fc.assert(
      fc.property(dateish, fc.nat(30), fc.nat(30), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        expect(byGate(text, from, to)).toEqual(byRegex(text, from, to));
      }),
    );
  });

  it('the scan over the tokens that may hold an anchor finds what the global regex finds', () => {
    fc.assert(
      fc.property(dateish, (text) => {
        expect(byTokens(text)).toEqual(byRegex(text, 0, text.length));
      }),
      { numRuns: 10000 },
    );
  });

  it('most words hold no anchor', () => {
    const words = (input: string) => tokenize(normalize(input).text).filter((t) => mayHoldAnchor(t.word)).map((t) => t.text);
    expect(words('میلیون‌ها نفر از سازمان می‌خواهند دومین بار در آذربایجان به شهر تا')).toEqual([]);
    expect(words('بزرگسالان در ۲۲ بهمن‌ماه و پس فردا')).toEqual(['بزرگسالان', '22', 'بهمن\u200cماه', 'پس', 'فردا']);
  });

  it('wordStartsBefore reads words back as the regex did', () => {
    fc.assert(
      fc.property(dateish, fc.nat(30), fc.nat(30), fc.integer({ min: 1, max: 5 }), (text, a, b, max) => {
        const from = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        expect(wordStartsBefore(text, end, from, max)).toEqual(wordStartsByRegex(text, end, from, max));
      }),
    );
  });
});
