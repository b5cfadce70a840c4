/**
 * The place gazetteer: Iran's provinces, counties and cities from `data/places.json` (Statistical
 * Centre of Iran 1402, via github.com/sajaddp/list-of-cities-in-Iran, GPL-3.0) with the news-copy
 * aliases and weak (common-word) names of `data/place-aliases.json`, in one trie and one key map.
 *
 * Example: the key of `ماهشهر` holds `{ name: 'بندرماهشهر', display: 'ماهشهر', kind: 'city',
 * province: 'خوزستان', county: 'بندرماهشهر' }`; `آباد` is weak (a city, and a common word).
 */
import { loadJson } from '../data.js';
import { memoize } from '../normalize/memo.js';
import { normalize } from '../normalize/index.js';
import { FoldTrie, foldKey } from './trie.js';

export type PlaceKind = 'city' | 'county' | 'province';

export interface PlaceInfo {
  /** The official name (data/places.json). */
  name: string;
  /** The name as keyed: the official name, or the alias news copy uses (`ماهشهر`). */
  display: string;
  kind: PlaceKind;
  province: string;
  county: string | null;
}

interface PlacesFile {
  provinces: string[];
  counties: [string, number][];
  cities: [string, number, string][];
}

interface AliasesFile {
  aliases: { alias: string; name: string; kind: PlaceKind; reason: string }[];
  weak: { names: string[] };
}

/** Fold any string (raw or normalized) to its place key. */
export const placeKey: (s: string) => string = memoize((s) => foldKey(normalize(s).text));

function build() {
  const places = loadJson<PlacesFile>('places.json');
  const aliases = loadJson<AliasesFile>('place-aliases.json');
  const trie = new FoldTrie<PlaceInfo>();
  const byKey = new Map<string, PlaceInfo[]>();
  const add = (written: string, info: PlaceInfo) => {
    const key = placeKey(written);
    const list = byKey.get(key) ?? [];
    if (list.some((p) => p.kind === info.kind && p.name === info.name && p.province === info.province)) return;
    list.push(info);
    byKey.set(key, list);
    trie.add(normalize(written).text, info);
  };
  const official: PlaceInfo[] = [
    ...places.provinces.map((p): PlaceInfo => ({ name: p, display: p, kind: 'province', province: p, county: null })),
    ...places.counties.map(([n, p]): PlaceInfo => ({ name: n, display: n, kind: 'county', province: places.provinces[p], county: n })),
    ...places.cities.map(([n, p, c]): PlaceInfo => ({ name: n, display: n, kind: 'city', province: places.provinces[p], county: c || null })),
  ];
  for (const info of official) add(info.name, info);
  for (const a of aliases.aliases) {
    const targets = (byKey.get(placeKey(a.name)) ?? []).filter((p) => p.kind === a.kind);
    if (targets.length === 0) throw new Error(`place-aliases.json: ${a.alias} → ${a.name}: no ${a.kind} of that name`);
    for (const t of targets) add(a.alias, { ...t, display: normalize(a.alias).text });
  }
  const weak = new Set(aliases.weak.names.map(placeKey));
  return { trie, byKey, weak, provinces: places.provinces };
}

export const GAZETTEER = build();
