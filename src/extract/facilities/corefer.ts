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
import { foldKey, provinceOf, type PlaceInfo } from '../../places/index.js';
import type { Span } from '../../segment/index.js';
import type { Item, Phrase } from './grammar.js';

export interface Draft {
  type: string;
  /** The name's normalized span (the display name is read from the raw text). */
  name: Span | null;
  nameKey: string;
  city: string | null;
  /** foldKey of the city (asked of every draft on every mention). */
  cityKey: string | null;
  province: string | null;
  operator: string | null;
  spans: Span[];
  /** Offset of the latest mention: what "the last hospital" means. */
  last: number;
}

/** Which drafts `latest` takes: one with the name's key, one with a city and no name, one with a city. */
type Want = 'name' | 'cityNoName' | 'city';

/**
 * The most recently mentioned draft of `type` that `want` takes, its city (if any) the one of key
 * `cityKey` when that is not null.
 */
function latest(drafts: Draft[], type: string, cityKey: string | null, want: Want, nameKey: string): Draft | undefined {
  let best: Draft | undefined;
  for (const d of drafts) {
    if (d.type !== type || (cityKey !== null && d.cityKey !== null && d.cityKey !== cityKey)) continue;
    if (want === 'name' ? d.nameKey !== nameKey : d.city === null || (want === 'cityNoName' && d.name !== null)) continue;
    if (!best || d.last > best.last) best = d;
  }
  return best;
}

/** The most recently mentioned draft `p` may refer back to (of its type, any for `مرکز`), with its operator when given. */
function antecedent(drafts: Draft[], p: Phrase, operator: string | null): Draft | undefined {
  const anyType = p.type === '*' || (p.anaphor && p.demonstrative);
  let best: Draft | undefined;
  for (const d of drafts) {
    if (!anyType && d.type !== p.type) continue;
    if (operator !== null && d.operator !== operator) continue;
    if (!best || d.last > best.last) best = d;
  }
  return best;
}

/** A city's places without the province of its name (`قم` is both). */
function cityPlacesOf(places: PlaceInfo[]): PlaceInfo[] {
  for (const x of places) if (x.kind === 'province') return places.filter((y) => y.kind !== 'province');
  return places;
}

/** An item worth a record: a name, or a city. */
const isNamed = (it: Item) => it.name !== null || it.place?.kind === 'city';

const NO_HINTS: string[] = [];
const NO_PLACES: PlaceInfo[] = [];

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

  const resolve = (p: Phrase, item: Item, span: Span) => {
    const cityRef = item.place?.kind === 'city' ? item.place.match : null;
    const city = cityRef ? cityRef.name : null;
    const cityPlaces = cityRef ? cityPlacesOf(cityRef.places) : NO_PLACES;
    let shared = false;
    for (const x of cityPlaces) if (x.province !== cityPlaces[0].province) shared = true;
    let province: string | null = null;
    if (cityRef) province = provinceOf(cityPlaces, shared ? provinceHints() : NO_HINTS);
    else if (item.place) for (const x of item.place.match.places) if (x.kind === 'province') { province = x.name; break; }
    if (!item.name && !city) return; // a province alone names no facility
    const nameKey = item.name ? foldKey(text.slice(item.name.start, item.name.end)) : '';
    const cityKey = city ? foldKey(city) : null;
    let target = item.name
      ? (latest(drafts, p.type, cityKey, 'name', nameKey) ?? (city ? latest(drafts, p.type, cityKey, 'cityNoName', '') : undefined))
      : latest(drafts, p.type, cityKey, 'city', '');
    if (!target) {
      target = { type: p.type, name: null, nameKey: '', city: null, cityKey: null, province: null, operator: null, spans: [], last: -1 };
      drafts.push(target);
    }
    if (item.name && !target.name) {
      target.name = item.name;
      target.nameKey = nameKey;
    }
    if (city && !target.city) {
      target.city = city;
      target.cityKey = cityKey;
    }
    if (province && !target.province) target.province = province;
    if (p.operator && !target.operator) target.operator = p.operator;
    mention(target, span);
  };

  for (const p of phrases) {
    if (p.demonstrative) {
      const d = antecedent(drafts, p, null);
      if (d) mention(d, { start: p.start, end: p.typeEnd });
      continue;
    }
    let named = 0;
    for (const it of p.items) if (isNamed(it)) named++;
    // `مراکز درمانی قم`, `۱۲ بیمارستان تهران`: several facilities, one place: none of them named.
    const generic = p.quantified || ((p.plural || (p.count ?? 0) > 1) && named < 2);
    if (!generic && named > 0) {
      let k = 0;
      for (const it of p.items) {
        if (isNamed(it)) resolve(p, it, k++ === 0 ? { start: p.typeStart, end: it.end } : { start: it.start, end: it.end });
      }
      continue;
    }
    if (p.plural || p.count !== null || p.quantified) continue;
    const d = (p.operator ? antecedent(drafts, p, p.operator) : undefined) ?? antecedent(drafts, p, null);
    if (d) mention(d, { start: p.typeStart, end: p.headEnd });
  }
  return drafts;
}
