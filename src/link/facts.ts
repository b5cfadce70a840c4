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
import { findNumbers } from '../numbers/index.js';
import { numberEndingAt } from '../extract/facilities/window.js';
import { UNIT, unitBits } from '../extract/facilities/words.js';
import { foldKey, type FoldTrie } from '../places/index.js';
import { CHAR_FLAGS, DIGIT } from '../segment/chars.js';
import type { DateMention, Facility, FacilityFact, FactKind, Mention, MoneyMention, PercentageMention } from '../types.js';
import { clauseAt, clausesOf, type Clause } from './facts/clauses.js';
import { OffsetFinder } from './facts/offsets.js';
import { sortStableBy, startOf } from '../sort.js';
import {
  AREA_UNITS, BED_UNITS, COST_WITH_OPENING, COUNTED_FUTURE, DATE_CUES, DATE_NOT_BEFORE, MONEY_AFTER, MONEY_BEFORE,
  MONEY_BEFORE_WINDOW, MONEY_CLAUSE, PROGRESS_AFTER, PROJECT_WORDS, PROGRESS_CLAUSE, UNITS, VAGUE_WORDS,
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

/** The index of the first token of the clause that starts at or after `pos` (`to` when none does). */
function firstAtOrAfter(clause: Clause, pos: number): number {
  const toks = clause.tokens;
  let lo = clause.from;
  let hi = clause.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last token of the clause that ends at or before `pos`, or `from - 1`. */
function lastEndingBy(clause: Clause, pos: number): number {
  const toks = clause.tokens;
  let lo = clause.from;
  let hi = clause.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The cue of `trie` at token k of the clause (none outside it). */
function cueAt<V>(text: string, trie: FoldTrie<V>, clause: Clause, k: number): V | undefined {
  if (k < clause.from || k >= clause.to) return undefined;
  const t = clause.tokens[k];
  return t.kind === 'word' ? trie.matchAt(text, t.start)?.values[0] : undefined;
}

/** The first cue of `trie` among clause tokens [from, to) (step 1) or (from, to] read backwards (step -1). */
function firstCue<V>(text: string, trie: FoldTrie<V>, clause: Clause, from: number, to: number, step: 1 | -1 = 1): V | undefined {
  for (let k = from; step === 1 ? k < to : k > to; k += step) {
    const v = cueAt(text, trie, clause, k);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A cue anywhere in the clause, looked up once per clause and trie. */
function clauseCue<V>(text: string, trie: FoldTrie<V>, clause: Clause): V | undefined {
  const cues = (clause.cues ??= new Map());
  if (cues.has(trie)) return cues.get(trie) as V | undefined;
  const v = firstCue(text, trie, clause, clause.from, clause.to);
  cues.set(trie, v);
  return v;
}

function moneyKind(text: string, clause: Clause, start: number, end: number): FactKind | undefined {
  const after = firstAtOrAfter(clause, end);
  const before = lastEndingBy(clause, start);
  const right = cueAt(text, MONEY_AFTER, clause, after);
  if (right) return right;
  const left = firstCue(text, MONEY_BEFORE, clause, before, Math.max(clause.from - 1, before - MONEY_BEFORE_WINDOW), -1);
  if (left) return left;
  // `با ۳۰ میلیارد تومان به بهره برداری رسید`: what the opening cost.
  if (before >= clause.from && foldKey(clause.tokens[before].text) === COST_WITH_OPENING && firstCue(text, DATE_CUES, clause, after, clause.to) === 'opened') return 'cost';
  const inClause = clauseCue(text, MONEY_CLAUSE, clause);
  if (inClause) return inClause;
  return clauseCue(text, PROJECT_WORDS, clause) ? 'budget' : undefined;
}

function isProgress(text: string, clause: Clause, end: number): boolean {
  return cueAt(text, PROGRESS_AFTER, clause, firstAtOrAfter(clause, end)) !== undefined || clauseCue(text, PROGRESS_CLAUSE, clause) !== undefined;
}

/** Does code c split words for isVague: whitespace (as `\s` has it) or ZWNJ? */
function isWordBreak(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x200c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `آینده نزدیک`, `سالهای اخیر`, `2 سال آینده` (normalized span [start, end) of `text`): a horizon, not
 * the date of an event. Its words are read in place, one slice each, without an array of them.
 */
function isVague(text: string, start: number, end: number): boolean {
  let counted = false;
  for (let i = start; i < end; ) {
    if (isWordBreak(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && !isWordBreak(text.charCodeAt(j))) j++;
    const w = foldKey(text.slice(i, j));
    if (VAGUE_WORDS.has(w)) return true;
    if (w === COUNTED_FUTURE) counted = true;
    i = j;
  }
  return counted && findNumbers(text.slice(start, end)).length > 0;
}

function dateKind(text: string, clause: Clause, start: number, end: number): FactKind | undefined {
  const before = lastEndingBy(clause, start);
  if (before >= clause.from && DATE_NOT_BEFORE.has(foldKey(clause.tokens[before].text))) return undefined; // `از اسفند ماه`: since
  return firstCue(text, DATE_CUES, clause, firstAtOrAfter(clause, end), clause.to) ?? firstCue(text, DATE_CUES, clause, before, clause.from - 1, -1);
}

/** Does an area or bed unit start at `pos` of the text, right after a space or a digit? */
function unitAt(text: string, pos: number): boolean {
  if (pos >= text.length) return false;
  const before = text.charCodeAt(pos - 1);
  return (before === 0x20 || (CHAR_FLAGS[before] & DIGIT) !== 0) && UNITS.matchAt(text, pos) !== null;
}

/**
 * Does an area or bed unit start in (start, end + 1] of the clause's text, right after a space or a
 * digit? A unit follows a number of the clause at its end or one space after, so only a clause where
 * one does needs its numbers: a number ends with a digit or a number word, and a unit glued to a word
 * is no match (the unit must start a word). Inside the clause such a place starts a token (a space
 * ends a token, and so does an ASCII digit before a letter), so only token starts are tried, and the
 * two places past its last token.
 */
function unitIn(text: string, clause: Clause): boolean {
  const toks = clause.tokens;
  for (let k = clause.from + 1; k < clause.to; k++) {
    // Only a word with the UNIT bit (facilities/words.ts) may start a unit.
    const t = toks[k];
    if ((unitBits(t.word) & UNIT) !== 0 && unitAt(text, t.start)) return true;
  }
  return unitAt(text, clause.end) || unitAt(text, clause.end + 1);
}

/**
 * Areas and bed counts of a clause: a number of the clause with a unit right after it, maybe past one
 * space (`۱۰ هزار و ۲۰۰متر مربع`, `۵۵۰ تخت`). A unit starts a word, so it starts a token (or lies
 * just past the clause's last one); the number before each unit is looked for only around it
 * (facilities/window.ts), the same number the scan of the whole clause finds there.
 */
function quantities(ctx: ExtractContext, clause: Clause, out: Candidate[]): void {
  const text = ctx.text;
  if (!unitIn(text, clause)) return;
  const toks = clause.tokens;
  for (let k = clause.from + 1; k <= clause.to + 1; k++) {
    const at = k < clause.to ? toks[k].start : k === clause.to ? clause.end : clause.end + 1;
    // The number ends one space before the unit, or right at it.
    const numberEnd = text.charCodeAt(at - 1) === 0x20 ? at - 1 : at;
    if (numberEnd > clause.end || UNITS.matchAt(text, at) === null) continue;
    const n = numberEndingAt(text, toks, clause.from, clause.to, clause.start, clause.end, numberEnd);
    if (!n) continue;
    const { start } = n;
    const area = AREA_UNITS.matchAt(text, at);
    const beds = area ? null : BED_UNITS.matchAt(text, at);
    const unit = area ?? beds;
    if (!unit) continue;
    const m = toMention(ctx, start, unit.end);
    const fact: FacilityFact = area
      ? { kind: 'area', text: m.text, start: m.start, end: m.end, value: n.value * area.values[0], unit: 'm2' }
      : { kind: 'beds', text: m.text, start: m.start, end: m.end, value: n.value, unit: 'beds' };
    out.push({ start, end: unit.end, fact });
  }
}

/** A fact of mention m of kind `kind`, its fields in the output's order. */
function factOf(kind: FactKind, m: Mention, value: number | string | null, unit: string | null): FacilityFact {
  return { kind, text: m.text, start: m.start, end: m.end, value, unit };
}

/**
 * Each clause's bounds in the raw text, flat pairs: the normalized offset of raw offset r (normOffset,
 * the first whose raw offset is r or more) lies in clause k exactly when bounds[2k] < r <= bounds[2k + 1]
 * (the raw offsets of the chars before the clause and of its last char): a mention outside every
 * clause is dropped without the search of normOffset.
 */
function rawBounds(ctx: ExtractContext, clauses: Clause[]): number[] {
  const norm = ctx.norm; // rawStart(k) is toRaw[k], read without building toRaw
  const bounds: number[] = [];
  for (const c of clauses) bounds.push(c.start === 0 ? -1 : norm.rawStart(c.start - 1), norm.rawStart(c.end - 1));
  return bounds;
}

/** Does raw offset r fall in one of the clauses of `bounds` (rawBounds)? */
function inClauses(bounds: number[], r: number): boolean {
  for (let k = 0; k < bounds.length; k += 2) if (bounds[k] < r && r <= bounds[k + 1]) return true;
  return false;
}

/** The facts of `sources` (and the clauses' areas and bed counts) that fall in `clauses`, with their kinds. */
function candidates(ctx: ExtractContext, clauses: Clause[], sources: FactSources, offsets: OffsetFinder): Candidate[] {
  const text = ctx.text;
  const out: Candidate[] = [];
  const bounds = rawBounds(ctx, clauses);
  for (const m of sources.money) {
    if (!inClauses(bounds, m.start)) continue;
    const start = offsets.find(m.start);
    const clause = clauseAt(clauses, start);
    if (!clause) continue;
    const end = offsets.find(m.end);
    const kind = moneyKind(text, clause, start, end);
    if (kind) out.push({ start, end, fact: factOf(kind, m, m.amount, m.currency) });
  }
  for (const p of sources.percentages) {
    if (!inClauses(bounds, p.start)) continue;
    const start = offsets.find(p.start);
    const clause = clauseAt(clauses, start);
    if (!clause) continue;
    const end = offsets.find(p.end);
    if (isProgress(text, clause, end)) out.push({ start, end, fact: factOf('progress', p, p.value, '%') });
  }
  for (const d of sources.dates) {
    if (!inClauses(bounds, d.start)) continue;
    const start = offsets.find(d.start);
    const clause = clauseAt(clauses, start);
    if (!clause) continue;
    const end = offsets.find(d.end);
    // The cues first: most dates have none, and then whether they are vague needs no asking.
    const kind = dateKind(text, clause, start, end);
    if (kind && !isVague(text, start, end)) out.push({ start, end, fact: factOf(kind, d, d.resolved?.jalaliStart ?? null, null) });
  }
  for (const clause of clauses) quantities(ctx, clause, out); // each holds a facility mention
  return out;
}

/**
 * The facility a fact belongs to: mentioned nearest before it in its clause, else nearest after it
 * (on a tie, the anchor listed first).
 */
function owner(anchors: Anchor[], clause: Clause, c: Candidate): number | null {
  let before: Anchor | null = null;
  let after: Anchor | null = null;
  for (const a of anchors) {
    if (a.start < clause.start || a.end > clause.end) continue;
    // `بیمارستان ۱۶۰ تختخوابی …` is a size of that facility; `بیمارستان ۲۹ بهمن` is a name, not a date.
    if (a.start < c.end && c.start < a.end) return c.fact.kind === 'beds' || c.fact.kind === 'area' ? a.facility : null;
    if (a.end <= c.start && (!before || a.end > before.end)) before = a;
    if (a.start >= c.end && (!after || a.start < after.start)) after = a;
  }
  return (before ?? after)?.facility ?? null;
}

/** A fact's identity among its facility's facts: its value as written in a key, or its folded text. */
function valueKey(f: FacilityFact): string {
  return String(f.value ?? foldKey(f.text));
}

/**
 * Is a fact of f's kind and value (its folded text when it has none) among `facts` already? A facility
 * has a few facts, so they are compared one by one; two numbers are compared as numbers, which is what
 * comparing their strings says (NaN aside), without building the strings.
 */
function hasFact(facts: FacilityFact[], f: FacilityFact): boolean {
  for (const g of facts) {
    if (g.kind !== f.kind) continue;
    const a = f.value;
    const b = g.value;
    if (typeof a === 'number' && typeof b === 'number' ? a === b || (a !== a && b !== b) : valueKey(f) === valueKey(g)) return true;
  }
  return false;
}

export function linkFacts(ctx: ExtractContext, facilities: Facility[], sources: FactSources): Facility[] {
  if (facilities.length === 0) return facilities;
  const anchors: Anchor[] = [];
  const offsets = new OffsetFinder(ctx.norm);
  for (let i = 0; i < facilities.length; i++) {
    for (const m of facilities[i].mentions) anchors.push({ facility: i, start: offsets.find(m.start), end: offsets.find(m.end) });
  }
  // Only clauses with a facility mention: a fact elsewhere has no owner.
  const clauses = clausesOf(ctx, anchors);
  const facts: FacilityFact[][] = facilities.map(() => []);
  for (const c of sortStableBy(candidates(ctx, clauses, sources, offsets), startOf)) {
    const clause = clauseAt(clauses, c.start);
    if (!clause) continue;
    const i = owner(anchors, clause, c);
    if (i === null) continue;
    if (!hasFact(facts[i], c.fact)) facts[i].push(c.fact);
  }
  return facilities.map((f, i): Facility => {
    const all = f.facts.length === 0 ? facts[i] : [...f.facts, ...facts[i]];
    // The new facts come in the order of their starts mostly: then the insertion sort only reads them once.
    sortStableBy(all, startOf);
    // A literal in the output's field order: cheaper than a spread of f.
    return { id: f.id, type: f.type, name: f.name, city: f.city, province: f.province, mentions: f.mentions, facts: all };
  });
}
