/**
 * places: Iran's cities, counties and provinces for every extractor: look a name up, or match a place
 * name starting at a position of normalized text (multi-word names, spaced, glued or ZWNJ spellings).
 *
 * Example: `lookupCity('ماهشهر')` → `{ city: 'بندرماهشهر', county: 'بندرماهشهر', province: 'خوزستان',
 * provinces: ['خوزستان'] }`; `lookupProvince('آذربایجان‌شرقی')` → `'آذربایجان شرقی'`;
 * `matchPlace('استان کهگیلویه و بویراحمد گفت', 6)` → `{ start: 6, end: 25, name: 'کهگیلویه و بویراحمد', … }`;
 * `mayStartPlace('مدیرکل')` → false (no place name starts at that word), `mayStartPlace('کهگیلویه')` → true.
 */
import { normalize } from '../normalize/index.js';
import { GAZETTEER, placeKey, type PlaceInfo, type PlaceKind } from './gazetteer.js';
import { FoldTrie, isWordStart } from './trie.js';

export type { PlaceInfo, PlaceKind } from './gazetteer.js';
export { placeKey } from './gazetteer.js';
export { FoldTrie, foldKey, isWordStart, isWordEnd, type TrieMatch } from './trie.js';

export interface CityInfo {
  /** The official city name. */
  city: string;
  county: string | null;
  /** The province, or null when cities of this name lie in several provinces. */
  province: string | null;
  /** Every province with a city of this name. */
  provinces: string[];
}

export interface PlaceMatch {
  start: number;
  end: number;
  /** The matched text (normalized). */
  text: string;
  /** The name as the gazetteer keys it: official, or the news alias (`ماهشهر`). */
  name: string;
  /** Every place of that name: cities, counties, provinces. */
  places: PlaceInfo[];
  /** A common word or first name as well as a place (`آباد`, `مهر`): trust it only with a cue. */
  weak: boolean;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Every place (city, county, province) of this name, spelled in any of the usual ways. */
export function lookupPlace(name: string): PlaceInfo[] {
  return GAZETTEER.byKey.get(placeKey(name)) ?? [];
}

/** The city of this name with its county and province, or null. */
export function lookupCity(name: string): CityInfo | null {
  const cities = lookupPlace(name).filter((p) => p.kind === 'city');
  if (cities.length === 0) return null;
  const provinces = unique(cities.map((c) => c.province));
  const written = normalize(name).text;
  const best = cities.find((c) => c.name === written || c.display === written) ?? cities[0];
  return {
    city: best.name,
    county: provinces.length === 1 ? best.county : null,
    province: provinces.length === 1 ? provinces[0] : null,
    provinces,
  };
}

/** The county (shahrestan) of this name and its province, or null (first of several). */
export function lookupCounty(name: string): { county: string; province: string } | null {
  const county = lookupPlace(name).find((p) => p.kind === 'county');
  return county ? { county: county.name, province: county.province } : null;
}

/** The official name of the province of this name, or null. */
export function lookupProvince(name: string): string | null {
  return lookupPlace(name).find((p) => p.kind === 'province')?.name ?? null;
}

/** Is this name a common word or first name as well as a place? */
export function isWeakPlace(name: string): boolean {
  return GAZETTEER.weak.has(placeKey(name));
}

/** matchPlace's default options, shared: no object per call. */
const NO_OPTS: { kinds?: PlaceKind[]; wordStart?: boolean } = Object.freeze({});

/** The places of `kinds`: `places` itself when all are (the usual case), without a copy. */
function ofKinds(places: PlaceInfo[], kinds: PlaceKind[]): PlaceInfo[] {
  let all = true;
  for (const p of places) if (!kinds.includes(p.kind)) all = false;
  return all ? places : places.filter((p) => kinds.includes(p.kind));
}

/**
 * Per key of the gazetteer (its places array): is its name weak? A match's weakness is that of
 * `placeKey` of its text, and that is the key of the trie node it ends on: the trie walk reads the
 * text's chars folded as `foldKey` folds them and skips only the spaces and ZWNJ `foldKey` drops (a
 * slice of normalized text normalizes to itself but for those). So it is asked once per key.
 */
const weakOfKey = new Map<PlaceInfo[], boolean>();

function isWeakMatch(key: PlaceInfo[], text: string, start: number, end: number): boolean {
  let weak = weakOfKey.get(key);
  if (weak === undefined) weakOfKey.set(key, (weak = GAZETTEER.weak.has(placeKey(text.slice(start, end)))));
  return weak;
}

/** A match, its text sliced only when read: the extractors read its span, places and weakness. */
class Match implements PlaceMatch {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly name: string,
    readonly places: PlaceInfo[],
    readonly weak: boolean,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/**
 * The longest place name starting at `pos` of normalized `text` and ending at a word end, or null.
 * `kinds` keeps only places of those kinds; `wordStart: false` allows a start inside a word
 * (after a glued `و`).
 */
export function matchPlace(
  text: string,
  pos: number,
  opts: { kinds?: PlaceKind[]; wordStart?: boolean } = NO_OPTS,
): PlaceMatch | null {
  const trie = GAZETTEER.trie;
  const end = trie.longestAt(text, pos, opts.wordStart !== false);
  if (end < 0) return null;
  const values = trie.found;
  const places = opts.kinds ? ofKinds(values, opts.kinds) : values;
  if (places.length === 0) return null;
  return new Match(text, pos, end, places[0].display, places, isWeakMatch(values, text, pos, end));
}

/**
 * Does a place name start at `pos` (a word start) of normalized `text`, a weak one only when `weakOk`?
 * `matchPlace(text, pos)` and its weakness, without the match: the grammars ask this of many words.
 */
export function placeStartsAt(text: string, pos: number, weakOk: boolean): boolean {
  const trie = GAZETTEER.trie;
  const end = trie.longestAt(text, pos);
  return end >= 0 && (weakOk || !isWeakMatch(trie.found, text, pos, end));
}

/**
 * May a place name start at a token spelled `word` (a word token's text)? False means `matchPlace` and
 * `placeStartsAt` at such a token find none (the gazetteer's `FoldTrie.mayStartWord`): a per-word flag,
 * for the extractors to ask once per distinct word and skip the walk from most tokens.
 */
export function mayStartPlace(word: string): boolean {
  return GAZETTEER.trie.mayStartWord(word);
}

/**
 * The keys of the gazetteer that name a province, in a trie of their own (built on first ask): a place
 * of kind province matches at a position only where one of these keys does (the longest key there
 * names a province, and it is one of these), so the small trie tells the few positions worth asking
 * the gazetteer when only provinces are looked for.
 */
let provinceKeys: FoldTrie<true> | null = null;

function provinceTrie(): FoldTrie<true> {
  if (provinceKeys === null) {
    provinceKeys = new FoldTrie<true>();
    for (const [key, places] of GAZETTEER.byKey) if (places.some((p) => p.kind === 'province')) provinceKeys.add(key, true);
  }
  return provinceKeys;
}

/** Every place name of normalized `text`, left to right, not overlapping (weak ones included). */
export function findPlaces(text: string, opts: { kinds?: PlaceKind[] } = {}): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const kinds = opts.kinds;
  const gate = kinds !== undefined && kinds.length > 0 && kinds.every((k) => k === 'province') ? provinceTrie() : null;
  for (let i = 0; i < text.length; i++) {
    // The gate's walk (and matchPlace's) asks for a word start itself: the gate's prefilter comes first.
    if (gate !== null ? gate.longestAt(text, i) < 0 : !isWordStart(text, i)) continue;
    const m = matchPlace(text, i, opts);
    if (m) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}

/** Do all these places lie in one province? */
function sameProvince(places: PlaceInfo[]): boolean {
  for (const p of places) if (p.province !== places[0].province) return false;
  return true;
}

/**
 * The one province of a place, or null: from its candidates, narrowed by provinces the article names
 * (`hints`) when the name is shared (سردشت lies in four provinces).
 */
export function provinceOf(places: PlaceInfo[], hints: Iterable<string> = []): string | null {
  if (places.length > 0 && sameProvince(places)) return places[0].province;
  const provinces = unique(places.map((p) => p.province));
  const hinted = new Set(hints);
  const narrowed = provinces.filter((p) => hinted.has(p));
  return narrowed.length === 1 ? narrowed[0] : null;
}
