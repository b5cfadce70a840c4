/**
 * report/spans: every highlighted span of a document (money, percentages, dates, each mention of an
 * official or a facility, quotes) with the value it shows, and the count of mentions per type.
 *
 * Example: a document with money `۵۰ میلیارد تومان` at 120–136 and official `یونس محمودیان` mentioned as
 * `وی` at 400–402 → `[{ type: 'money', start: 120, end: 136, key: 'money-0', value: '50,000,000,000 IRT = …' },
 * { type: 'official', start: 400, end: 402, key: 'official-0-0', value: 'یونس محمودیان — …\nضمیر: وی' }]`.
 */
import type { Facility, KhabarDocument, Official } from '../types.js';
import { FACT_LABELS, facilityTypeLabel, type MentionType, OFFICIAL_MENTION_LABELS, UNKNOWN_SPEAKER } from './labels.js';
import { dateValue, moneyValue, percentValue } from './values.js';

export interface Span {
  type: MentionType;
  start: number;
  end: number;
  /** Unique within the document; the anchor of the span in the page. */
  key: string;
  /** Shown on hover and focus. */
  value: string;
}

/** `دکتر میرهاشم موسوی` (with honorifics) or the role when the name is unknown. */
export function officialName(o: Official): string {
  const name = [...o.honorifics, o.name ?? ''].join(' ').trim();
  return name || o.roles[0] || o.title || o.id;
}

/** `سرپرست سازمان تأمین اجتماعی`: the post with its organization, or the first role written. */
export function officialPost(o: Official): string {
  const post = [o.title, o.organization].filter(Boolean).join(' ');
  return post || o.roles[0] || '';
}

/** `بیمارستان امام موسی کاظم(ع)، ماهشهر`. */
export function facilityName(f: Facility): string {
  const head = [facilityTypeLabel(f.type), f.name].filter(Boolean).join(' ');
  return f.city && f.name ? `${head}، ${f.city}` : f.city ? `${head} ${f.city}` : head;
}

function officialValue(o: Official): string {
  const post = officialPost(o);
  return post ? `${officialName(o)} — ${post}` : officialName(o);
}

function facilityValue(f: Facility): string {
  const lines = [facilityName(f)];
  if (f.province) lines.push(`استان ${f.province}`);
  for (const fact of f.facts) lines.push(`${FACT_LABELS[fact.kind] ?? fact.kind}: ${fact.text}`);
  return lines.join('\n');
}

/** Every span of the document, in document order of the arrays (not sorted by offset). */
export function documentSpans(doc: KhabarDocument): Span[] {
  const spans: Span[] = [];
  doc.money.forEach((m, i) => spans.push({ type: 'money', start: m.start, end: m.end, key: `money-${i}`, value: moneyValue(m) }));
  doc.percentages.forEach((p, i) =>
    spans.push({ type: 'percentage', start: p.start, end: p.end, key: `percentage-${i}`, value: percentValue(p) }),
  );
  doc.dates.forEach((d, i) => spans.push({ type: 'date', start: d.start, end: d.end, key: `date-${i}`, value: dateValue(d) }));
  doc.officials.forEach((o, i) => {
    const value = officialValue(o);
    o.mentions.forEach((m, j) =>
      spans.push({
        type: 'official',
        start: m.start,
        end: m.end,
        key: `official-${i}-${j}`,
        value: `${value}\n${OFFICIAL_MENTION_LABELS[m.kind] ?? m.kind}: ${m.text}`,
      }),
    );
  });
  doc.facilities.forEach((f, i) => {
    const value = facilityValue(f);
    f.mentions.forEach((m, j) => spans.push({ type: 'facility', start: m.start, end: m.end, key: `facility-${i}-${j}`, value }));
  });
  const speakers = new Map(doc.officials.map((o) => [o.id, o]));
  doc.quotes.forEach((q, i) => {
    const speaker = q.speaker !== null ? speakers.get(q.speaker) : undefined;
    const who = speaker ? officialValue(speaker) : UNKNOWN_SPEAKER;
    spans.push({ type: 'quote', start: q.start, end: q.end, key: `quote-${i}`, value: `${who}\n${q.cue}` });
  });
  return spans;
}

/** Mentions per type as the document states them (what the page must highlight). */
export function countMentions(doc: KhabarDocument): Record<MentionType, number> {
  return {
    money: doc.money.length,
    percentage: doc.percentages.length,
    date: doc.dates.length,
    official: doc.officials.reduce((n, o) => n + o.mentions.length, 0),
    facility: doc.facilities.reduce((n, f) => n + f.mentions.length, 0),
    quote: doc.quotes.length,
  };
}

/** Can the span be placed in a text of this length? */
export function isPlaceable(span: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}
