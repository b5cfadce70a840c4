/**
 * Invariants over arbitrary input: extraction never throws, every mention's offsets round-trip into
 * the original text, and the same input gives the same document.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/index.js';
import type { KhabarDocument, Mention } from '../src/types.js';

/** Every mention in a document, wherever it sits (entities, their mentions, facts). */
function allMentions(doc: KhabarDocument): Mention[] {
  const out: Mention[] = [...doc.money, ...doc.percentages, ...doc.dates, ...doc.quotes];
  for (const o of doc.officials) out.push(...o.mentions);
  for (const f of doc.facilities) out.push(...f.mentions, ...f.facts);
  return out;
}

function roundTrips(text: string, doc: KhabarDocument): void {
  for (const m of allMentions(doc)) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

const seeds = readdirSync('fixtures/articles').map((f) => readFileSync(`fixtures/articles/${f}`, 'utf8'));
/** Pieces of real copy cut and glued at random, with noise: closer to what breaks an extractor. */
const newsish = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 300 })).map(([s, a, n]) => s.slice(a % s.length, (a % s.length) + n)),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('۲۲ بهمن امسال', '۱۰ هزار و ۲۰۰متر مربع', 'دکتر م. ', '\u200c', '\r\n', '٫', ':', '،', 'گفت:', ' ي ', '٪'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('extraction invariants', () => {
  it('never throws and offsets round-trip on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => roundTrips(text, extract(text))),
      { numRuns: 300 },
    );
  });

  it('never throws and offsets round-trip on cut-up news copy', () => {
    fc.assert(fc.property(newsish, (text) => roundTrips(text, extract(text))), { numRuns: 300 });
  });

  it('gives the same document for the same input', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(JSON.stringify(extract(text, { referenceDate: '1403-09-02' }))).toBe(JSON.stringify(extract(text, { referenceDate: '1403-09-02' })));
      }),
      { numRuns: 100 },
    );
  });

  it('offsets round-trip on every seed', () => {
    for (const text of seeds) roundTrips(text, extract(text));
  });
});
