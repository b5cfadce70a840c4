/**
 * link/facts: money, percentages, areas, bed counts and dates that the same clause ties to a facility
 * become its facts: a budget or a cost, a progress, an area (m²), a bed count, an opening or a
 * completion date. A fact goes to the facility mentioned nearest before it in its clause (else nearest
 * after it); its kind comes from the cue words of data/facility-facts.json.
 *
 * Example: `توسعه پلی کلینیک شهر دوگنبدان به مساحت سه هزار و ۸۰۰ متر مربع در سه طبقه پارسال با ۳۰
 * میلیارد تومان به بهره برداری رسید` → the polyclinic's facts: area 3800 m2, opened `پارسال`
 * (value: its resolved Jalali start, or null), cost 30000000000 IRT.
 */
import { toMention, type ExtractContext } from '../extract/context.js';
import { findNumbers, mayHoldNumbers } from '../numbers/index.js';
import { foldKey, type FoldTrie } from '../places/index.js';
import type { Token } from '../segment/index.js';
import type { DateMention, Facility, FacilityFact, FactKind, Mention, MoneyMention, PercentageMention } from '../types.js';
import { clauseAt, clausesOf, normOffset, type Clause } from './facts/clauses.js';
import {
  AREA_UNITS, BED_UNITS, COST_WITH_OPENING, COUNTED_FUTURE, DATE_CUES, DATE_NOT_BEFORE, MONEY_AFTER, MONEY_BEFORE,
  MONEY_BEFORE_WINDOW, MONEY_CLAUSE, PROGRESS_AFTER, PROJECT_WORDS, PROGRESS_CLAUSE, VAGUE_WORDS,
} from './facts/cues.js';

export interface FactSources {
  money: MoneyMention[];
  percentages: PercentageMention[];
  dates: DateMention[];
}

interface Candidate {
  /** Normalized span, for clauses and distances. */
  start: number;
  end: number;
  fact: FacilityFact;
}

interface Anchor {
  facility: number;
  start: number;
  end: number;
}

const normSpan = (ctx: ExtractContext, m: Mention) => ({ start: normOffset(ctx, m.start), end: normOffset(ctx, m.end) });

/** The index of the first token of the clause that starts at or after `pos`. */
function firstAtOrAfter(clause: Clause, pos: number): number {
  const toks = clause.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last token of the clause that ends at or before `pos`, or -1. */
function lastEndingBy(clause: Clause, pos: number): number {
  const toks = clause.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function cueAt<V>(text: string, trie: FoldTrie<V>, t: Token | undefined): V | undefined {
  return t && t.kind === 'word' ? trie.matchAt(text, t.start)?.values[0] : undefined;
}

/** The first cue of `trie` among tokens [from, to) (step 1) or (from, to] read backwards (step -1). */
function firstCue<V>(text: string, trie: FoldTrie<V>, toks: Token[], from: number, to: number, step: 1 | -1 = 1): V | undefined {
  for (let k = from; step === 1 ? k < to : k > to; k += step) {
    const v = cueAt(text, trie, toks[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A cue anywhere in the clause, looked up once per clause and trie. */
function clauseCue<V>(text: string, trie: FoldTrie<V>, clause: Clause): V | undefined {
  let cues = clauseCues.get(clause);
  if (!cues) clauseCues.set(clause, (cues = new Map()));
  if (cues.has(trie)) return cues.get(trie) as V | undefined;
  const v = firstCue(text, trie, clause.tokens, 0, clause.tokens.length);
  cues.set(trie, v);
  return v;
}
const clauseCues = new WeakMap<Clause, Map<FoldTrie<unknown>, unknown>>();

function moneyKind(text: string, clause: Clause, span: { start: number; end: number }): FactKind | undefined {
  const toks = clause.tokens;
  const after = firstAtOrAfter(clause, span.end);
  const before = lastEndingBy(clause, span.start);
  const right = cueAt(text, MONEY_AFTER, toks[after]);
  if (right) return right;
  const left = firstCue(text, MONEY_BEFORE, toks, before, Math.max(-1, before - MONEY_BEFORE_WINDOW), -1);
  if (left) return left;
  // `با ۳۰ میلیارد تومان به بهره برداری رسید`: what the opening cost.
  if (before >= 0 && foldKey(toks[before].text) === COST_WITH_OPENING && firstCue(text, DATE_CUES, toks, after, toks.length) === 'opened') return 'cost';
  const inClause = clauseCue(text, MONEY_CLAUSE, clause);
  if (inClause) return inClause;
  return clauseCue(text, PROJECT_WORDS, clause) ? 'budget' : undefined;
}

function isProgress(text: string, clause: Clause, span: { start: number; end: number }): boolean {
  return cueAt(text, PROGRESS_AFTER, clause.tokens[firstAtOrAfter(clause, span.end)]) !== undefined || clauseCue(text, PROGRESS_CLAUSE, clause) !== undefined;
}

/** `آینده نزدیک`, `سالهای اخیر`, `2 سال آینده` (normalized): a horizon, not the date of an event. */
function isVague(text: string): boolean {
  const words = text.split(/[\s\u200c]+/).map(foldKey);
  if (words.some((w) => VAGUE_WORDS.has(w))) return true;
  return words.includes(COUNTED_FUTURE) && findNumbers(text).length > 0;
}

function dateKind(text: string, clause: Clause, span: { start: number; end: number }): FactKind | undefined {
  const toks = clause.tokens;
  const before = lastEndingBy(clause, span.start);
  if (before >= 0 && DATE_NOT_BEFORE.has(foldKey(toks[before].text))) return undefined; // `از اسفند ماه`: since
  return firstCue(text, DATE_CUES, toks, firstAtOrAfter(clause, span.end), toks.length) ?? firstCue(text, DATE_CUES, toks, before, -1, -1);
}

/** Areas and bed counts of a clause: a number with a unit right after it (`۱۰ هزار و ۲۰۰متر مربع`, `۵۵۰ تخت`). */
function quantities(ctx: ExtractContext, clause: Clause): Candidate[] {
  const out: Candidate[] = [];
  if (!mayHoldNumbers(ctx.text, clause.tokens)) return out;
  const numbers = findNumbers(ctx.text.slice(clause.start, clause.end)).map((n) => ({ ...n, start: n.start + clause.start, end: n.end + clause.start }));
  for (const n of numbers) {
    const at = ctx.text[n.end] === ' ' ? n.end + 1 : n.end;
    const area = AREA_UNITS.matchAt(ctx.text, at);
    const beds = area ? null : BED_UNITS.matchAt(ctx.text, at);
    const unit = area ?? beds;
    if (!unit) continue;
    const m = toMention(ctx, n.start, unit.end);
    const fact: FacilityFact = area
      ? { kind: 'area', ...m, value: n.value * area.values[0], unit: 'm2' }
      : { kind: 'beds', ...m, value: n.value, unit: 'beds' };
    out.push({ start: n.start, end: unit.end, fact });
  }
  return out;
}

function candidates(ctx: ExtractContext, clauses: Clause[], anchors: Anchor[], sources: FactSources): Candidate[] {
  const text = ctx.text;
  const out: Candidate[] = [];
  const inClause = (m: Mention, make: (clause: Clause, span: { start: number; end: number }) => FacilityFact | null) => {
    const span = normSpan(ctx, m);
    const clause = clauseAt(clauses, span.start);
    if (!clause) return;
    const fact = make(clause, span);
    if (fact) out.push({ ...span, fact });
  };
  const base = (m: Mention) => ({ text: m.text, start: m.start, end: m.end });
  for (const m of sources.money) {
    inClause(m, (clause, span) => {
      const kind = moneyKind(text, clause, span);
      return kind ? { kind, ...base(m), value: m.amount, unit: m.currency } : null;
    });
  }
  for (const p of sources.percentages) {
    inClause(p, (clause, span) => (isProgress(text, clause, span) ? { kind: 'progress', ...base(p), value: p.value, unit: '%' } : null));
  }
  for (const d of sources.dates) {
    inClause(d, (clause, span) => {
      if (isVague(text.slice(span.start, span.end))) return null;
      const kind = dateKind(text, clause, span);
      return kind ? { kind, ...base(d), value: d.resolved?.jalaliStart ?? null, unit: null } : null;
    });
  }
  for (const clause of clauses) {
    if (anchors.some((a) => a.start >= clause.start && a.end <= clause.end)) out.push(...quantities(ctx, clause));
  }
  return out;
}

/** The facility a fact belongs to: mentioned nearest before it in its clause, else nearest after it. */
function owner(anchors: Anchor[], clause: Clause, c: Candidate): number | null {
  const inside = anchors.filter((a) => a.start >= clause.start && a.end <= clause.end);
  const overlapping = inside.find((a) => a.start < c.end && c.start < a.end);
  // `بیمارستان ۱۶۰ تختخوابی …` is a size of that facility; `بیمارستان ۲۹ بهمن` is a name, not a date.
  if (overlapping) return c.fact.kind === 'beds' || c.fact.kind === 'area' ? overlapping.facility : null;
  const before = inside.filter((a) => a.end <= c.start).sort((a, b) => b.end - a.end)[0];
  const after = inside.filter((a) => a.start >= c.end).sort((a, b) => a.start - b.start)[0];
  return (before ?? after)?.facility ?? null;
}

export function linkFacts(ctx: ExtractContext, facilities: Facility[], sources: FactSources): Facility[] {
  if (facilities.length === 0) return facilities;
  const clauses = clausesOf(ctx);
  const anchors: Anchor[] = facilities.flatMap((f, i) => f.mentions.map((m) => ({ facility: i, ...normSpan(ctx, m) })));
  const facts: FacilityFact[][] = facilities.map(() => []);
  const seen = facilities.map(() => new Set<string>());
  for (const c of candidates(ctx, clauses, anchors, sources).sort((a, b) => a.start - b.start)) {
    const clause = clauseAt(clauses, c.start);
    if (!clause) continue;
    const i = owner(anchors, clause, c);
    if (i === null) continue;
    const f = c.fact;
    const key = `${f.kind}|${f.value ?? foldKey(f.text)}`;
    if (seen[i].has(key)) continue;
    seen[i].add(key);
    facts[i].push(f);
  }
  return facilities.map((f, i) => ({ ...f, facts: [...f.facts, ...facts[i]].sort((a, b) => a.start - b.start) }));
}
