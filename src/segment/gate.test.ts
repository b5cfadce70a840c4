import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesOf } from './chars.js';
import { StartGate } from './gate.js';

const WORDS = ['تومان', 'ریال', 'دلار آمریکا', 'ین', 'و'];
const PATTERN = `(?:${WORDS.map((w) => w.replace(' ', '[ \\u200c]?')).join('|')})(?:ی)?(?![\\p{L}\\u200c])`;
const GLOBAL = new RegExp(PATTERN, 'gu');
const STICKY = new RegExp(PATTERN, 'uy');
const gate = new StartGate().words(WORDS.map((w) => w.split(' ')[0]));

const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]] as [number, string]);

describe('StartGate', () => {
  it.each([
    { text: '۵۰ میلیارد تومان و ۲۰ دلار آمریکا', found: [[11, 'تومان'], [17, 'و'], [22, 'دلار آمریکا']] },
    { text: '۲۰ دلار آمریکایی', found: [] },
    { text: 'یک ین ژاپن', found: [[3, 'ین']] },
    { text: 'هزارتومانی', found: [[4, 'تومانی']] },
  ])('$text', ({ text, found }) => {
    expect(spans(gate.matches(STICKY, text))).toEqual(found);
    expect(spans(text.matchAll(GLOBAL))).toEqual(found);
  });

  it('allows what the words start with, and nothing else', () => {
    expect(gate.allows('تومان', 0)).toBe(true);
    expect(gate.allows('توپ', 0)).toBe(true); // the gate reads two chars: the pattern decides
    expect(gate.allows('تا', 0)).toBe(false);
    expect(gate.allows('وزیر', 0)).toBe(true); // 'و' is a one-char word
    expect(gate.allows('ت', 0)).toBe(false);
  });

  it('reads chars from U+0700 on exactly, though they share the quick-no bits of lower ones', () => {
    const high = new StartGate().words(['€', '—ت', 'تو']);
    expect(high.allows('€۵', 0)).toBe(true);
    expect(high.allows('—تا', 0)).toBe(true);
    expect(high.allows('—ا', 0)).toBe(false);
    // U+082A shares the quick-no entry of 'ت' (U+062A): the exact tables say no.
    expect(high.allows('\u082aو', 0)).toBe(false);
    expect(high.firstOf(0x82a)).toBe(0);
    expect(high.find(/./uy, '\u082aو تو', 0)?.index).toBe(3);
  });

  it('nextStart stops wherever allowsThree passes', () => {
    const mixed = new StartGate().words(['تومان', 'ین', 'Sep', '—ت']).char(0x30);
    const unit = fc.constantFrom(...'تومانینSep—0 \u200c\u082a'.split(''), 'تومان', 'این');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const codes = codesOf(text);
        const stops = new Set<number>();
        for (let p = 0; (p = mixed.nextStart(codes, p, text.length)) < text.length; p++) stops.add(p);
        for (let p = 0; p < text.length; p++) if (mixed.allowsThree(codes, p)) expect(stops.has(p)).toBe(true);
      }),
    );
  });

  it('finds the matches of the global search on any text', () => {
    const unit = fc.constantFrom(...'تومانریالدلارآمریکاینوی \u200c۵،'.split(''), 'تومان', 'ریال', 'دلار آمریکا');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(spans(gate.matches(STICKY, text))).toEqual(spans(text.matchAll(GLOBAL)));
      }),
    );
  });

  it('find gives the same matches one at a time', () => {
    const unit = fc.constantFrom(...'تومانریالدلارآمریکاینوی \u200c۵،'.split(''), 'تومان', 'ریال', 'دلار آمریکا', 'این');
    const all = (text: string) => {
      const out: RegExpExecArray[] = [];
      for (let m, p = 0; (m = gate.find(STICKY, text, p)) !== null; p = m.index + m[0].length) out.push(m);
      return out;
    };
    expect(spans(all('۵۰ میلیارد تومان و ۲۰ دلار آمریکا'))).toEqual([[11, 'تومان'], [17, 'و'], [22, 'دلار آمریکا']]);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(spans(all(text))).toEqual(spans(text.matchAll(GLOBAL)));
      }),
    );
  });
});
