/**
 * The sentence a raw offset stands in, for the `sentence` column of CSV rows.
 *
 * Example: in `وی گفت: ۵۰ میلیارد تومان. سپس رفت.`, offset 8 → `وی گفت: ۵۰ میلیارد تومان.`
 */
import { normalize, rawSpan } from '../normalize/index.js';
import { segment } from '../segment/index.js';

export type SentenceLookup = (rawOffset: number) => string;

export function sentenceLookup(raw: string): SentenceLookup {
  const norm = normalize(raw);
  const spans = segment(norm.text).sentences.map((s) => rawSpan(norm, s.start, s.end));
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = spans[mid];
      if (offset < s) hi = mid - 1;
      else if (offset >= e) lo = mid + 1;
      else return raw.slice(s, e).replace(/\s+/g, ' ');
    }
    return '';
  };
}
