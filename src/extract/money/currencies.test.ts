/**
 * Currency words: the gated scan finds what the global pattern finds (`۵۰ میلیارد تومان` → `تومان`);
 * the anchor scan finds those of them that may anchor an amount (not `ین` ending `این`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/index.js';
import { anchorMatches, CURRENCY, currencyMatches, mayAnchor } from './currencies.js';

const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]] as [number, string]);

describe('currency words', () => {
  it.each([
    { input: '۵۰ میلیارد تومان و ۲۰ دلار آمریکایی', found: ['تومان', 'دلار آمریکایی'] },
    { input: 'هزارتومان برای این ۱۰۰ ین ژاپن', found: ['تومان', 'ین', 'ین ژاپن'] },
  ])('$input', ({ input, found }) => {
    const text = normalize(input).text;
    expect(currencyMatches(text).map((m) => m[0])).toEqual(found);
  });

  it('the gated scan finds what the global pattern finds', () => {
    const unit = fc.constantFrom(...'تومانریالدلاآمیکینژپ ۵\u200c'.split(''), 'تومان', 'ریال', 'دلار آمریکا', 'ین ژاپن', 'این', 'همت');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(spans(currencyMatches(text))).toEqual(spans(text.matchAll(CURRENCY)));
      }),
    );
  });

  it('the anchor scan finds the matches that may anchor', () => {
    const unit = fc.constantFrom(
      ...'ینیژاپنر ۵5\u200c.'.split(''), 'این', 'ین', 'ین ژاپن', 'ینی', 'ین‌ای', 'دینار', 'رینگیت', 'همچنین', 'تومان', 'دو', 'یک', '𝐀', '\ud835',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(spans(anchorMatches(text))).toEqual(spans(currencyMatches(text).filter((m) => mayAnchor(text, m))));
      }),
      { numRuns: 500 },
    );
  });
});
