/**
 * The CSV tables of SPEC as rows: one function per table, each row carrying the article id.
 *
 * Example: a money mention `۵۰ میلیارد تومان` → a `money.csv` row
 * `{ id, text: '۵۰ میلیارد تومان', start, end, amount: 50000000000, currency: 'IRT', …, sentence }`.
 */
import type { DateMention, Facility, FactKind, KhabarDocument } from '../types.js';
import { sentenceLookup } from './sentences.js';

export type Row = Record<string, string | number | boolean | null>;

export const TABLE_NAMES = [
  'articles',
  'mentions',
  'money',
  'percentages',
  'dates',
  'officials',
  'facilities',
  'quotes',
  'projects',
  'errors',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Column order of each table (a header row is written even for an empty table). */
export const COLUMNS: Record<TableName, string[]> = {
  articles: [
    'id', 'source', 'title', 'outlet', 'agency', 'dateline', 'newsCode', 'url', 'publishedJalali',
    'publishedGregorian', 'publishedTime', 'referenceDate', 'money', 'percentages', 'dates', 'officials',
    'facilities', 'quotes', 'errors',
  ],
  mentions: ['id', 'type', 'text', 'value', 'unit', 'start', 'end', 'sentence'],
  money: ['id', 'text', 'start', 'end', 'amount', 'currency', 'amountRial', 'approximate', 'qualifier', 'sentence'],
  percentages: ['id', 'text', 'start', 'end', 'value', 'approximate', 'qualifier', 'sentence'],
  dates: [
    'id', 'text', 'start', 'end', 'calendar', 'year', 'month', 'day', 'yearOffset', 'monthOffset', 'weekOffset',
    'dayOffset', 'weekday', 'time', 'jalaliStart', 'jalaliEnd', 'gregorianStart', 'gregorianEnd', 'sentence',
  ],
  officials: [
    'id', 'official', 'name', 'honorifics', 'title', 'organization', 'roles', 'mentions', 'quotes', 'text', 'start',
    'end', 'sentence',
  ],
  facilities: [
    'id', 'facility', 'type', 'name', 'city', 'province', 'mentions', 'facts', 'text', 'start', 'end', 'sentence',
  ],
  quotes: ['id', 'speaker', 'speakerName', 'cue', 'text', 'start', 'end', 'sentence'],
  projects: [
    'id', 'facility', 'type', 'name', 'city', 'province', 'budget', 'budgetUnit', 'cost', 'costUnit', 'progress',
    'area', 'beds', 'opened', 'completion', 'status', 'source',
  ],
  errors: ['id', 'source', 'code', 'message'],
};

const LIST_SEPARATOR = ' | ';

function dateValue(d: DateMention): string {
  if (d.resolved) return d.resolved.jalaliStart === d.resolved.jalaliEnd ? d.resolved.jalaliStart : `${d.resolved.jalaliStart}/${d.resolved.jalaliEnd}`;
  const parts = [d.year ?? '????', d.month ?? '??', d.day ?? '??'];
  return parts.join('-');
}

function factsOf(f: Facility, kind: FactKind): Facility['facts'] {
  return f.facts.filter((x) => x.kind === kind);
}

/** Every table's rows for one document. */
export function documentRows(doc: KhabarDocument): Record<TableName, Row[]> {
  const sentence = sentenceLookup(doc.text);
  const officialName = new Map(doc.officials.map((o) => [o.id, o.name ?? o.roles[0] ?? null]));
  const rows: Record<TableName, Row[]> = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Record<
    TableName,
    Row[]
  >;
  const m = doc.meta;
  rows.articles.push({
    id: doc.id, source: doc.source, title: m.title, outlet: m.outlet, agency: m.agency, dateline: m.dateline,
    newsCode: m.newsCode, url: m.url, publishedJalali: m.published?.jalali ?? null,
    publishedGregorian: m.published?.gregorian ?? null, publishedTime: m.published?.time ?? null,
    referenceDate: doc.referenceDate?.jalali ?? null, money: doc.money.length, percentages: doc.percentages.length,
    dates: doc.dates.length, officials: doc.officials.length, facilities: doc.facilities.length,
    quotes: doc.quotes.length, errors: doc.errors.length,
  });
  const mention = (type: string, x: { text: string; start: number; end: number }, value: Row[string], unit: Row[string]) =>
    rows.mentions.push({ id: doc.id, type, text: x.text, value, unit, start: x.start, end: x.end, sentence: sentence(x.start) });

  for (const x of doc.money) {
    rows.money.push({
      id: doc.id, text: x.text, start: x.start, end: x.end, amount: x.amount, currency: x.currency,
      amountRial: x.amountRial, approximate: x.approximate, qualifier: x.qualifier, sentence: sentence(x.start),
    });
    mention('money', x, x.amount, x.currency);
  }
  for (const x of doc.percentages) {
    rows.percentages.push({
      id: doc.id, text: x.text, start: x.start, end: x.end, value: x.value, approximate: x.approximate,
      qualifier: x.qualifier, sentence: sentence(x.start),
    });
    mention('percentage', x, x.value, '%');
  }
  for (const x of doc.dates) {
    rows.dates.push({
      id: doc.id, text: x.text, start: x.start, end: x.end, calendar: x.calendar, year: x.year, month: x.month,
      day: x.day, yearOffset: x.yearOffset, monthOffset: x.monthOffset, weekOffset: x.weekOffset,
      dayOffset: x.dayOffset, weekday: x.weekday, time: x.time, jalaliStart: x.resolved?.jalaliStart ?? null,
      jalaliEnd: x.resolved?.jalaliEnd ?? null, gregorianStart: x.resolved?.gregorianStart ?? null,
      gregorianEnd: x.resolved?.gregorianEnd ?? null, sentence: sentence(x.start),
    });
    mention('date', x, dateValue(x), x.calendar);
  }
  for (const o of doc.officials) {
    const first = o.mentions[0];
    rows.officials.push({
      id: doc.id, official: o.id, name: o.name, honorifics: o.honorifics.join(LIST_SEPARATOR), title: o.title,
      organization: o.organization, roles: o.roles.join(LIST_SEPARATOR), mentions: o.mentions.length,
      quotes: doc.quotes.filter((q) => q.speaker === o.id).length, text: first?.text ?? null,
      start: first?.start ?? null, end: first?.end ?? null, sentence: first ? sentence(first.start) : null,
    });
    for (const x of o.mentions) mention('official', x, o.name, o.title);
  }
  for (const f of doc.facilities) {
    const first = f.mentions[0];
    rows.facilities.push({
      id: doc.id, facility: f.id, type: f.type, name: f.name, city: f.city, province: f.province,
      mentions: f.mentions.length, facts: f.facts.length, text: first?.text ?? null, start: first?.start ?? null,
      end: first?.end ?? null, sentence: first ? sentence(first.start) : null,
    });
    for (const x of f.mentions) mention('facility', x, f.name ?? f.city, f.type);
    const one = (kind: FactKind) => factsOf(f, kind)[0];
    const budget = one('budget');
    const cost = one('cost');
    const dateOf = (kind: FactKind) => {
      const fact = one(kind);
      return fact ? String(fact.value ?? fact.text) : null;
    };
    rows.projects.push({
      id: doc.id, facility: f.id, type: f.type, name: f.name, city: f.city, province: f.province,
      budget: (budget?.value as number | undefined) ?? null, budgetUnit: budget?.unit ?? null,
      cost: (cost?.value as number | undefined) ?? null, costUnit: cost?.unit ?? null,
      progress: (one('progress')?.value as number | undefined) ?? null, area: (one('area')?.value as number | undefined) ?? null,
      beds: (one('beds')?.value as number | undefined) ?? null, opened: dateOf('opened'), completion: dateOf('completion'),
      status: (one('status')?.value as string | undefined) ?? null, source: doc.source,
    });
  }
  for (const q of doc.quotes) {
    rows.quotes.push({
      id: doc.id, speaker: q.speaker, speakerName: q.speaker ? (officialName.get(q.speaker) ?? null) : null, cue: q.cue,
      text: q.text, start: q.start, end: q.end, sentence: sentence(q.start),
    });
    mention('quote', q, q.speaker ? (officialName.get(q.speaker) ?? null) : null, q.cue);
  }
  for (const e of doc.errors) rows.errors.push({ id: doc.id, source: doc.source, code: e.code, message: e.message });
  rows.mentions.sort((a, b) => (a.start as number) - (b.start as number));
  return rows;
}
