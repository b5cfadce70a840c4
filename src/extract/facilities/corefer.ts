/**
 * Coreference of facility phrases: one record per distinct facility of an article, with all its
 * mentions. A named item joins the record of the same type and name; a place-only item the record of
 * the same type and city; `این بیمارستان` the last hospital; a bare `بیمارستان تأمین اجتماعی` the
 * last hospital of that operator (else the last hospital); a bare type word with nothing to refer to,
 * a plural or a count above one without a list (`مراکز درمانی قم`, `۶۶ درمانگاه`) names no facility.
 *
 * Example: `مرکز پلی کلینیک تامین اجتماعی دوگنبدان` after `پلی کلینیک شهر دوگنبدان` → one polyclinic
 * record in دوگنبدان with two mentions; `پلی کلینیک تامین اجتماعی این شهرستان` → a third mention.
 */
import { foldKey, provinceOf } from '../../places/index.js';
import type { Span } from '../../segment/index.js';
import type { Item, Phrase } from './grammar.js';

export interface Draft {
  type: string;
  /** The name's normalized span (the display name is read from the raw text). */
  name: Span | null;
  nameKey: string;
  city: string | null;
  province: string | null;
  operator: string | null;
  spans: Span[];
  /** Offset of the latest mention: what "the last hospital" means. */
  last: number;
}

function mostRecent(drafts: Draft[], ok: (d: Draft) => boolean): Draft | undefined {
  let best: Draft | undefined;
  for (const d of drafts) if (ok(d) && (!best || d.last > best.last)) best = d;
  return best;
}

/**
 * Merge phrases (in text order) into facility drafts; `provinceHints()` gives the provinces the article
 * names (asked only for a city name that several provinces share).
 */
export function corefer(text: string, phrases: Phrase[], provinceHints: () => Set<string>): Draft[] {
  const drafts: Draft[] = [];
  const mention = (d: Draft, span: Span) => {
    d.spans.push(span);
    d.last = Math.max(d.last, span.start);
  };
  const sameType = (p: Phrase) => (d: Draft) => p.type === '*' || (p.anaphor && p.demonstrative) || d.type === p.type;

  const resolve = (p: Phrase, item: Item, span: Span) => {
    const cityRef = item.place?.kind === 'city' ? item.place.match : null;
    const city = cityRef ? cityRef.name : null;
    const cityPlaces = cityRef ? cityRef.places.filter((x) => x.kind !== 'province') : [];
    const shared = cityPlaces.some((x) => x.province !== cityPlaces[0].province);
    const province = cityRef
      ? provinceOf(cityPlaces, shared ? provinceHints() : [])
      : item.place
        ? (item.place.match.places.find((x) => x.kind === 'province')?.name ?? null)
        : null;
    if (!item.name && !city) return; // a province alone names no facility
    const nameKey = item.name ? foldKey(text.slice(item.name.start, item.name.end)) : '';
    const cityKey = city ? foldKey(city) : '';
    const fits = (d: Draft) => d.type === p.type && (!city || !d.city || foldKey(d.city) === cityKey);
    let target = item.name
      ? (mostRecent(drafts, (d) => fits(d) && d.nameKey === nameKey) ??
        (city ? mostRecent(drafts, (d) => fits(d) && !d.name && d.city !== null) : undefined))
      : mostRecent(drafts, (d) => fits(d) && d.city !== null);
    if (!target) {
      target = { type: p.type, name: null, nameKey: '', city: null, province: null, operator: null, spans: [], last: -1 };
      drafts.push(target);
    }
    if (item.name && !target.name) {
      target.name = item.name;
      target.nameKey = nameKey;
    }
    if (city && !target.city) target.city = city;
    if (province && !target.province) target.province = province;
    if (p.operator && !target.operator) target.operator = p.operator;
    mention(target, span);
  };

  for (const p of phrases) {
    const headSpan = { start: p.typeStart, end: p.headEnd };
    if (p.demonstrative) {
      const d = mostRecent(drafts, sameType(p));
      if (d) mention(d, { start: p.start, end: p.typeEnd });
      continue;
    }
    const named = p.items.filter((it) => it.name || it.place?.kind === 'city');
    // `مراکز درمانی قم`, `۱۲ بیمارستان تهران`: several facilities, one place: none of them named.
    const generic = p.quantified || ((p.plural || (p.count ?? 0) > 1) && named.length < 2);
    if (!generic && named.length > 0) {
      named.forEach((it, k) => resolve(p, it, k === 0 ? { start: p.typeStart, end: it.end } : { start: it.start, end: it.end }));
      continue;
    }
    if (p.plural || p.count !== null || p.quantified) continue;
    const d =
      (p.operator ? mostRecent(drafts, (x) => sameType(p)(x) && x.operator === p.operator) : undefined) ??
      mostRecent(drafts, sameType(p));
    if (d) mention(d, headSpan);
  }
  return drafts;
}
