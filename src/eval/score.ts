/**
 * Scoring of predictions against gold, by SPEC's rules: span overlap (one-to-one) for money,
 * percentages and dates, with strict (equal-span) figures and value accuracy; name keys for officials;
 * type+name or type+city for facilities; kind+value for facts; speaker+start for quotes.
 *
 * Example: gold `۵۲ درصد` [938, 945) value 52 against a prediction [938, 945) value 52 → tp 1,
 * strict tp 1, value right.
 */
import type { KhabarDocument, Mention } from '../types.js';
import { nameKey, overlaps } from './compare.js';
import type { GoldDocument, GoldFacility, GoldSpan } from './gold.js';

export interface Counts {
  gold: number;
  pred: number;
  tp: number;
  strictTp: number;
  /** Matched pairs whose value is right, over `tp`. */
  valueRight: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  strictF1: number;
  valueAccuracy: number | null;
}

export const SCORED_TYPES = ['money', 'percentages', 'dates', 'officials', 'roles', 'facilities', 'facts', 'quotes'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export const META_FIELDS = ['dateline', 'agency', 'newsCode', 'published', 'outlet', 'title'] as const;

export interface EvalReport {
  documents: number;
  types: Record<ScoredType, TypeScore>;
  meta: Record<string, { right: number; total: number }>;
  missing: string[];
}

const zero = (): Counts => ({ gold: 0, pred: 0, tp: 0, strictTp: 0, valueRight: 0 });

function add(a: Counts, b: Counts): void {
  a.gold += b.gold;
  a.pred += b.pred;
  a.tp += b.tp;
  a.strictTp += b.strictTp;
  a.valueRight += b.valueRight;
}

/** One-to-one matching of two lists by a predicate, gold in order, each to its first free partner. */
function matchPairs<G, P>(gold: G[], pred: P[], same: (g: G, p: P) => boolean): [G, P][] {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && same(g, p));
    if (j >= 0) {
      used.add(j);
      pairs.push([g, pred[j]]);
    }
  }
  return pairs;
}

function scoreSpans<P extends Mention>(gold: GoldSpan[] = [], pred: P[], valueRight: (g: GoldSpan, p: P) => boolean): Counts {
  const optional = gold.filter((g) => g.optional);
  const required = gold.filter((g) => !g.optional);
  const kept = pred.filter((p) => !optional.some((o) => overlaps(o, p)) || required.some((g) => overlaps(g, p)));
  const pairs = matchPairs(required, kept, (g, p) => overlaps(g, p));
  return {
    gold: required.length,
    pred: kept.length,
    tp: pairs.length,
    strictTp: pairs.filter(([g, p]) => g.start === p.start && g.end === p.end).length,
    valueRight: pairs.filter(([g, p]) => valueRight(g, p)).length,
  };
}

const DATE_FIELDS = ['calendar', 'year', 'month', 'day', 'yearOffset', 'monthOffset', 'weekOffset', 'dayOffset', 'weekday', 'time'];

function facilityMatches(g: GoldFacility, p: KhabarDocument['facilities'][number]): boolean {
  if (g.type !== p.type) return false;
  if (g.name) return nameKey(g.name) === nameKey(p.name);
  return !p.name && nameKey(g.city) === nameKey(p.city);
}

function scoreDocument(gold: GoldDocument, pred: KhabarDocument): Record<ScoredType, Counts> {
  const out = Object.fromEntries(SCORED_TYPES.map((t) => [t, zero()])) as Record<ScoredType, Counts>;
  out.money = scoreSpans(gold.money, pred.money, (g, p) => g.amount === p.amount && g.currency === p.currency);
  out.percentages = scoreSpans(gold.percentages, pred.percentages, (g, p) => g.value === p.value);
  out.dates = scoreSpans(gold.dates, pred.dates, (g, p) =>
    DATE_FIELDS.every((f) => g[f] === null || g[f] === undefined || g[f] === (p as unknown as Record<string, unknown>)[f]),
  );

  // Officials: records with a name; posts without one are optional, as are the gold's optional posts.
  const optionalKeys = new Set((gold.optionalOfficials ?? []).map(nameKey));
  const goldOfficials = (gold.officials ?? []).filter((o) => !o.optional);
  const predOfficials = pred.officials.filter((o) => o.name && !optionalKeys.has(nameKey(o.name)));
  const officialPairs = matchPairs(goldOfficials, predOfficials, (g, p) => nameKey(g.name) === nameKey(p.name));
  const roleRight = (g: (typeof goldOfficials)[number], p: (typeof predOfficials)[number]) => {
    const goldRoles = new Set(g.roles.map(nameKey));
    const predRoles = [...p.roles, `${p.title ?? ''} ${p.organization ?? ''}`];
    return predRoles.some((r) => goldRoles.has(nameKey(r)));
  };
  out.officials = {
    gold: goldOfficials.length,
    pred: predOfficials.length,
    tp: officialPairs.length,
    strictTp: officialPairs.length,
    valueRight: officialPairs.filter(([g, p]) => roleRight(g, p)).length,
  };
  const rolesRight = officialPairs.filter(([g, p]) => roleRight(g, p)).length;
  out.roles = { gold: goldOfficials.length, pred: predOfficials.length, tp: rolesRight, strictTp: rolesRight, valueRight: rolesRight };

  // Facilities, and the facts of matched ones.
  const goldFacilities = gold.facilities ?? [];
  const optionalFacilities = goldFacilities.filter((f) => f.optional);
  const requiredFacilities = goldFacilities.filter((f) => !f.optional);
  const predFacilities = pred.facilities.filter(
    (p) => !optionalFacilities.some((g) => facilityMatches(g, p)) || requiredFacilities.some((g) => facilityMatches(g, p)),
  );
  const facilityPairs = matchPairs(requiredFacilities, predFacilities, facilityMatches);
  out.facilities = { gold: requiredFacilities.length, pred: predFacilities.length, tp: facilityPairs.length, strictTp: facilityPairs.length, valueRight: facilityPairs.length };
  const facts = zero();
  facts.gold = requiredFacilities.reduce((n, f) => n + (f.facts?.length ?? 0), 0);
  facts.pred = predFacilities.reduce((n, f) => n + f.facts.length, 0);
  for (const [g, p] of facilityPairs) {
    const pairs = matchPairs(g.facts ?? [], p.facts, (gf, pf) =>
      gf.kind === pf.kind && (gf.kind === 'opened' || gf.kind === 'completion' ? overlaps(gf, pf) : gf.value === pf.value),
    );
    facts.tp += pairs.length;
    facts.strictTp += pairs.filter(([gf, pf]) => gf.start === pf.start && gf.end === pf.end).length;
    facts.valueRight += pairs.length;
  }
  out.facts = facts;

  // Quotes: the speaker's name, and the statement starting where the gold one does.
  const speakerName = new Map(pred.officials.map((o) => [o.id, o.name]));
  const goldQuotes = gold.quotes ?? [];
  const quotePairs = matchPairs(goldQuotes, pred.quotes, (g, p) => {
    const who = p.speaker ? speakerName.get(p.speaker) : null;
    return nameKey(who) === nameKey(g.speaker) && (p.start === g.start || p.text.trimStart().startsWith(g.startsWith));
  });
  out.quotes = { gold: goldQuotes.length, pred: pred.quotes.length, tp: quotePairs.length, strictTp: quotePairs.filter(([g, p]) => g.start === p.start).length, valueRight: quotePairs.length };
  return out;
}

function finish(c: Counts): TypeScore {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
  const recall = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.tp / c.gold;
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const strictP = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.strictTp / c.pred;
  const strictR = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.strictTp / c.gold;
  return { ...c, precision, recall, f1: f(precision, recall), strictF1: f(strictP, strictR), valueAccuracy: c.tp === 0 ? null : c.valueRight / c.tp };
}

function metaValue(doc: KhabarDocument, field: string): unknown {
  if (field === 'published') return doc.meta.published?.jalali ?? null;
  return (doc.meta as unknown as Record<string, unknown>)[field] ?? null;
}

/** Score predicted documents against gold documents, matched by id. */
export function evaluate(golds: GoldDocument[], preds: KhabarDocument[]): EvalReport {
  const byId = new Map(preds.map((d) => [d.id, d]));
  const totals = Object.fromEntries(SCORED_TYPES.map((t) => [t, zero()])) as Record<ScoredType, Counts>;
  const meta: EvalReport['meta'] = Object.fromEntries(META_FIELDS.map((f) => [f, { right: 0, total: 0 }]));
  const missing: string[] = [];
  for (const gold of golds) {
    const pred = byId.get(gold.id);
    if (!pred) {
      missing.push(gold.id);
      continue;
    }
    const scores = scoreDocument(gold, pred);
    for (const t of SCORED_TYPES) add(totals[t], scores[t]);
    for (const field of META_FIELDS) {
      if (!gold.meta || !(field in gold.meta)) continue;
      const g = field === 'published' ? ((gold.meta.published as { jalali?: string } | null)?.jalali ?? null) : gold.meta[field];
      meta[field].total++;
      if (nameKey(String(g ?? '')) === nameKey(String(metaValue(pred, field) ?? ''))) meta[field].right++;
    }
  }
  const types = Object.fromEntries(SCORED_TYPES.map((t) => [t, finish(totals[t])])) as Record<ScoredType, TypeScore>;
  return { documents: golds.length - missing.length, types, meta, missing };
}

const pct = (x: number | null) => (x === null ? '   -' : x.toFixed(2));

/** The report as a plain-text table. */
export function formatReport(report: EvalReport): string {
  const lines = [
    `documents: ${report.documents}${report.missing.length ? ` (no prediction for: ${report.missing.join(', ')})` : ''}`,
    'type          gold  pred    tp     P     R    F1  strictF1  value',
  ];
  for (const t of SCORED_TYPES) {
    const s = report.types[t];
    lines.push(
      `${t.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.tp).padStart(5)}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}      ${pct(s.strictF1)}   ${pct(s.valueAccuracy)}`,
    );
  }
  const metaParts = Object.entries(report.meta)
    .filter(([, v]) => v.total > 0)
    .map(([k, v]) => `${k} ${v.right}/${v.total}`);
  lines.push(`meta: ${metaParts.join(', ')}`);
  return lines.join('\n');
}
