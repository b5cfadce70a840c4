/**
 * Builds `data/places.json` (Iran's provinces, counties and cities, with the county and province of
 * each city) from the Statistical Centre of Iran's 1402 divisions as published by
 * github.com/sajaddp/list-of-cities-in-Iran (GPL-3.0), kept in `../shared/gazetteers/iran-divisions/`.
 *
 *   npx tsx scripts/build-places.ts [divisionsDir]   (default ../shared/gazetteers/iran-divisions)
 *
 * Example: the rows `1170003001515,دوگنبدان,…,117,1170003` and `1170003,گچساران,…,117` and
 * `117,کهگیلویه و بویراحمد,…` become the city entry `["دوگنبدان", 16, "گچساران"]` (16 = the index of
 * کهگیلویه و بویراحمد in `provinces`). Numbered second entries (`اراک 1`, `بندر عباس  2`) are merged
 * into their city; runs of spaces become one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? join('..', 'shared', 'gazetteers', 'iran-divisions');
const out = join('data', 'places.json');

function rows(file: string): Record<string, string>[] {
  const lines = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim());
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

/** `بندر عباس  1` → `بندر عباس`: one space per run, no numbered-entry suffix. */
const clean = (name: string) => name.replace(/\s+/g, ' ').replace(/ \d+$/, '').trim();

const provinceRows = rows('provinces.csv');
const provinceIndex = new Map(provinceRows.map((r, i) => [r.id, i]));
const provinces = provinceRows.map((r) => clean(r.name));

const countyName = new Map<string, string>();
const counties: [string, number][] = [];
for (const r of rows('counties.csv')) {
  const name = clean(r.name);
  countyName.set(r.id, name);
  counties.push([name, provinceIndex.get(r.province_id)!]);
}

const seen = new Set<string>();
const cities: [string, number, string][] = [];
let merged = 0;
for (const r of rows('cities.csv')) {
  const name = clean(r.name);
  const province = provinceIndex.get(r.province_id)!;
  const key = `${name}|${province}`;
  if (seen.has(key)) {
    merged++;
    continue;
  }
  seen.add(key);
  cities.push([name, province, countyName.get(r.county_id) ?? '']);
}

const data = {
  source:
    "Iran's administrative divisions, Statistical Centre of Iran (مرکز آمار ایران), 1402, as published by " +
    'github.com/sajaddp/list-of-cities-in-Iran (dist/csv, commit 47494226), licence GPL-3.0; ' +
    'built by scripts/build-places.ts from ../shared/gazetteers/iran-divisions/',
  licence: 'GPL-3.0',
  notes:
    'provinces: names; counties: [name, province index]; cities: [name, province index, county name]. ' +
    `Numbered second entries of a city (اراک 1) merged into it (${merged} rows); runs of spaces made one.`,
  provinces,
  counties,
  cities,
};
writeFileSync(out, JSON.stringify(data, null, 0).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${out}: ${provinces.length} provinces, ${counties.length} counties, ${cities.length} cities (${merged} numbered rows merged)`);
