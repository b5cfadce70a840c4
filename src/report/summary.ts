/**
 * report/summary: the corpus figures on top of the report — mentions per type, errors, money by
 * province and by facility (from the budget and cost facts of facilities), and the dated facts for
 * the timeline.
 *
 * Example: two articles giving `بیمارستان امام موسی کاظم(ع)` of ماهشهر (خوزستان) a budget of
 * `۶۷ میلیارد تومان` (once each) → moneyByProvince `[{ label: 'خوزستان', toman: 67e9 }]` (the same amount
 * for the same facility is one budget, however often it is written).
 */
import { formatYMD, gregorianDayNumber, isValidJalali, jalaliMonthLength, jalaliToGregorian, parseYMD, type YMD } from '../calendar.js';
import { fold } from '../normalize/index.js';
import type { DateMention, Facility, FacilityFact, KhabarDocument, ResolvedRange } from '../types.js';
import { FACT_LABELS, MENTION_TYPES, type MentionType, UNKNOWN_PROVINCE } from './labels.js';
import { countMentions, facilityName } from './spans.js';
import { toToman } from './values.js';

export interface MoneyTotal {
  label: string;
  toman: number;
}

const MONEY_FACTS = new Set<FacilityFact['kind']>(['budget', 'cost']);
const DATE_FACTS = new Set<FacilityFact['kind']>(['opened', 'completion']);

/** Same facility across articles: type + folded name + folded city. */
function facilityKey(f: Facility): string {
  return [f.type, fold(f.name ?? ''), fold(f.city ?? '')].join('|');
}

function sortTotals(m: Map<string, number>): MoneyTotal[] {
  return [...m.entries()]
    .map(([label, toman]) => ({ label, toman }))
    .sort((a, b) => b.toman - a.toman || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Toman totals by province and by facility. Each distinct amount counts once per facility. */
export function moneyTotals(docs: KhabarDocument[]): { byProvince: MoneyTotal[]; byFacility: MoneyTotal[] } {
  const seen = new Set<string>();
  const byProvince = new Map<string, number>();
  const byFacility = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const doc of docs) {
    for (const f of doc.facilities) {
      const key = facilityKey(f);
      if (!labels.has(key)) labels.set(key, facilityName(f));
      for (const fact of f.facts) {
        if (!MONEY_FACTS.has(fact.kind) || typeof fact.value !== 'number') continue;
        const toman = toToman(fact.value, fact.unit);
        if (toman === null || !(toman > 0)) continue;
        const once = `${key}|${toman}`;
        if (seen.has(once)) continue;
        seen.add(once);
        const province = f.province ?? UNKNOWN_PROVINCE;
        byProvince.set(province, (byProvince.get(province) ?? 0) + toman);
        const label = labels.get(key)!;
        byFacility.set(label, (byFacility.get(label) ?? 0) + toman);
      }
    }
  }
  return { byProvince: sortTotals(byProvince), byFacility: sortTotals(byFacility) };
}

export interface DatedFact {
  range: ResolvedRange;
  startDay: number;
  endDay: number;
  kind: 'fact' | 'date';
  /** `افتتاح — پلی‌کلینیک دوگنبدان` for a facility fact; the mention text for a date. */
  what: string;
  /** The mention as written. */
  text: string;
  docIndex: number;
  /** Anchor of the date mention in the page, when the date is highlighted there. */
  anchor: string | null;
}

function dayOf(ymd: string): number | null {
  const d = parseYMD(ymd);
  return d ? gregorianDayNumber(d) : null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Dated facts of the corpus, earliest first: facility facts with a date (opening, completion), whose
 * range is that of the date mention they stand on; then every other resolved date mention.
 * `anchorOf(docIndex, dateIndex)` names the page anchor of a date mention.
 */
export function datedFacts(docs: KhabarDocument[], anchorOf: (docIndex: number, dateIndex: number) => string): DatedFact[] {
  const out: DatedFact[] = [];
  docs.forEach((doc, docIndex) => {
    const used = new Set<DateMention>();
    const push = (range: ResolvedRange, kind: DatedFact['kind'], what: string, text: string, dateIndex: number) => {
      const startDay = dayOf(range.gregorianStart);
      const endDay = dayOf(range.gregorianEnd);
      if (startDay === null || endDay === null || endDay < startDay) return;
      out.push({ range, startDay, endDay, kind, what, text, docIndex, anchor: dateIndex >= 0 ? anchorOf(docIndex, dateIndex) : null });
    };
    for (const f of doc.facilities) {
      for (const fact of f.facts) {
        if (!DATE_FACTS.has(fact.kind)) continue;
        const dateIndex = doc.dates.findIndex((d) => d.resolved && overlaps(d, fact));
        const date = dateIndex >= 0 ? doc.dates[dateIndex] : null;
        const range = date?.resolved ?? rangeFromValue(fact.value);
        if (!range) continue;
        if (date) used.add(date);
        push(range, 'fact', `${FACT_LABELS[fact.kind]} — ${facilityName(f)}`, fact.text, dateIndex);
      }
    }
    doc.dates.forEach((d, i) => {
      if (d.resolved && !used.has(d)) push(d.resolved, 'date', d.text, d.text, i);
    });
  });
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.startDay - b.e.startDay || a.e.endDay - b.e.endDay || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * A fact value written as a Jalali date — `1401-12-05` (a day), `1401-12` (a month) or `1401` (a year) —
 * as its range; null for anything else.
 */
export function rangeFromValue(value: FacilityFact['value']): ResolvedRange | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const firstMonth = m[2] ? Number(m[2]) : 1;
  const lastMonth = m[2] ? firstMonth : 12;
  if (firstMonth < 1 || firstMonth > 12) return null;
  const start: YMD = { year, month: firstMonth, day: m[3] ? Number(m[3]) : 1 };
  const end: YMD = { year, month: lastMonth, day: m[3] ? Number(m[3]) : jalaliMonthLength(year, lastMonth) };
  if (!isValidJalali(start) || !isValidJalali(end)) return null;
  return {
    jalaliStart: formatYMD(start),
    jalaliEnd: formatYMD(end),
    gregorianStart: formatYMD(jalaliToGregorian(start)),
    gregorianEnd: formatYMD(jalaliToGregorian(end)),
  };
}

export interface CorpusCounts {
  articles: number;
  withErrors: number;
  errors: number;
  mentions: Record<MentionType, number>;
}

export function corpusCounts(docs: KhabarDocument[]): CorpusCounts {
  const mentions = Object.fromEntries(MENTION_TYPES.map((t) => [t.type, 0])) as Record<MentionType, number>;
  for (const doc of docs) {
    const c = countMentions(doc);
    for (const t of MENTION_TYPES) mentions[t.type] += c[t.type];
  }
  return {
    articles: docs.length,
    withErrors: docs.filter((d) => d.errors.length > 0).length,
    errors: docs.reduce((n, d) => n + d.errors.length, 0),
    mentions,
  };
}
