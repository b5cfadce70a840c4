/**
 * Clauses of the content sentences (normalized spans split at `،` `؛` `:` `/` …, see
 * data/facility-facts.json), and the map from raw offsets back to normalized ones. A clause is a range
 * of its sentence's token array (no copy of the tokens).
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
  /** The sentence's tokens; the clause's are [from, to). */
  tokens: Token[];
  from: number;
  to: number;
  /** Clause-wide cues found so far, per lexicon (see clauseCue in ../facts.ts). */
  cues: Map<unknown, unknown> | null;
}

export function clausesOf(ctx: ExtractContext): Clause[] {
  const out: Clause[] = [];
  for (const s of contentSentences(ctx)) {
    const toks = s.tokens;
    let from = 0;
    for (let i = 0; i <= toks.length; i++) {
      if (i < toks.length) {
        const t = toks[i];
        if (t.kind !== 'punct' || !CLAUSE_BREAKS.has(t.text)) continue;
      }
      if (i > from) out.push({ start: toks[from].start, end: toks[i - 1].end, tokens: toks, from, to: i, cues: null });
      from = i + 1;
    }
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
