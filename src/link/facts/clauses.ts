/**
 * Clauses of the content sentences (normalized spans split at `،` `؛` `:` `/` …, see
 * data/facility-facts.json), and the map from raw offsets back to normalized ones.
 *
 * Example: `… با نزدیک به یک میلیارد تومان اعتبار، راه اندازی … آزمایشگاه بیمارستان عالی نسب …` →
 * two clauses: the sum's, and the hospital's.
 */
import { contentSentences, type ExtractContext } from '../../extract/context.js';
import type { Token } from '../../segment/index.js';
import { CLAUSE_BREAKS } from './cues.js';

export interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

export function clausesOf(ctx: ExtractContext): Clause[] {
  const out: Clause[] = [];
  for (const s of contentSentences(ctx)) {
    let current: Token[] = [];
    const flush = () => {
      if (current.length) out.push({ start: current[0].start, end: current[current.length - 1].end, tokens: current });
      current = [];
    };
    for (const t of s.tokens) {
      if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) flush();
      else current.push(t);
    }
    flush();
  }
  return out;
}

/** The clause holding normalized offset `pos`, or undefined. */
export function clauseAt(clauses: Clause[], pos: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < clauses[mid].start) hi = mid - 1;
    else if (pos >= clauses[mid].end) lo = mid + 1;
    else return clauses[mid];
  }
  return undefined;
}

/** The normalized offset of raw offset `raw`: the first normalized char at or after it. */
export function normOffset(ctx: ExtractContext, raw: number): number {
  const map = ctx.norm.toRaw;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
