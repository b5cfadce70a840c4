/**
 * Clauses of the content sentences (normalized spans split at `،` `؛` `:` `/` …, see
 * data/facility-facts.json) that hold a facility mention. A clause is a range of its sentence's token array (no copy of the tokens).
 *
 * Example: `… با نزدیک به یک میلیارد تومان اعتبار، راه اندازی … آزمایشگاه بیمارستان عالی نسب …` →
 * two clauses: the sum's, and the hospital's.
 */
import { contentSentences, type ExtractContext } from '../../extract/context.js';
import type { Span, Token } from '../../segment/index.js';
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

const byStart = (a: Span, b: Span) => a.start - b.start;

function isSortedByStart(xs: Span[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1].start > xs[i].start) return false;
  return true;
}

/**
 * The anchors sorted by start, read by one sweep: spans come in text order (sentences, then their
 * clauses), so an anchor starting before a span's start lies in no later span either.
 */
class Sweep {
  private readonly sorted: readonly Span[];
  private next = 0;

  constructor(anchors: Span[]) {
    // Anchors come per facility, each facility's in text order: often all in order already, then no copy.
    this.sorted = isSortedByStart(anchors) ? anchors : anchors.slice().sort(byStart);
  }

  /** Does one of the anchors lie wholly in [start, end]? `start` never decreases from call to call. */
  holdsOne(start: number, end: number): boolean {
    const sorted = this.sorted;
    while (this.next < sorted.length && sorted[this.next].start < start) this.next++;
    for (let k = this.next; k < sorted.length && sorted[k].start <= end; k++) if (sorted[k].end <= end) return true;
    return false;
  }
}

/**
 * The clauses that hold one of `anchors` (the facilities' mentions) whole: a fact is tied only within
 * such a clause, so the others are never built.
 */
export function clausesOf(ctx: ExtractContext, anchors: Span[]): Clause[] {
  const out: Clause[] = [];
  const sweep = new Sweep(anchors);
  for (const s of contentSentences(ctx)) {
    const toks = s.tokens;
    if (toks.length === 0 || !sweep.holdsOne(toks[0].start, toks[toks.length - 1].end)) continue;
    let from = 0;
    for (let i = 0; i <= toks.length; i++) {
      if (i < toks.length) {
        const t = toks[i];
        if (t.kind !== 'punct' || !CLAUSE_BREAKS.has(t.text)) continue;
      }
      if (i > from) {
        const start = toks[from].start;
        const end = toks[i - 1].end;
        if (sweep.holdsOne(start, end)) out.push({ start, end, tokens: toks, from, to: i, cues: null });
      }
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
