/**
 * Builds data/first-names.txt from the first-name gazetteers in ../shared/gazetteers (both MIT): the
 * names in common use — every name of armanyazdi/persian-names, and of nabidam/persian-names those
 * with a share above 0.00% (names_1.csv) or rated common or frequent (names_2.csv: پرکاربرد، معمولی);
 * the rare ones are mostly everyday words (`ارایه`, `کارمندان`). Written with Persian letters
 * (ي→ی، ك→ک), no diacritics, a spaced name joined (`روح اله` → `روحاله`, the form a name and its
 * written piece fold to), one a line, sorted, without the everyday words of data/first-names-exclude.txt.
 *
 * Example: `علي,2.56%` (names_1.csv) → `علی`; `اَبدَه,1.0,,بسيار نادر` → left out (rare); `درمان` → left out.
 * Usage: `npx tsx scripts/build-first-names.ts [gazetteers-dir]` (default /work/shared/gazetteers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, loadLines } from '../src/data.js';

const root = process.argv[2] ?? '/work/shared/gazetteers';

function clean(s: string): string {
  return s
    .replace(/\ufeff/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ى/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u064b-\u065f\u0670\u0640\u200c]/g, '')
    .replace(/\s+/g, '')
    .trim();
}

const csvRows = (path: string) =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(','));

const names = new Set<string>();
const add = (s: string) => {
  const n = clean(s);
  if (n.length >= 2 && /^[\u0600-\u06ff]+$/.test(n)) names.add(n);
};
const nabidam = join(root, 'first-names');
for (const [name, share] of csvRows(join(nabidam, 'names_1.csv'))) if (parseFloat(share ?? '0') > 0) add(name ?? '');
for (const row of csvRows(join(nabidam, 'names_2.csv'))) {
  const rate = clean(row[3] ?? '');
  if (rate === 'پرکاربرد' || rate === 'معمولی') add(row[0] ?? '');
}
const arman = join(root, 'first-names-armanyazdi');
for (const file of ['male_fa.txt', 'female_fa.txt']) for (const line of readFileSync(join(arman, file), 'utf8').split('\n')) add(line);

const excluded = new Set(loadLines('first-names-exclude.txt').map(clean));
const kept = [...names].filter((n) => !excluded.has(n)).sort();
const header = [
  '# Persian first names in common use, one a line (khabar; built by scripts/build-first-names.ts — do not edit by hand).',
  '# Sources: github.com/nabidam/persian-names (commit 68f5cb39, MIT License, Copyright (c) 2024 nabidam) and',
  '# github.com/armanyazdi/persian-names (commit d87db4d1, MIT License, Copyright (c) 2022 Arman Yazdi).',
  '# Normalized (Persian ی/ک, no diacritics, spaces or ZWNJ); everyday words of data/first-names-exclude.txt left out.',
];
writeFileSync(join(DATA_DIR, 'first-names.txt'), [...header, ...kept].join('\n') + '\n');
console.log(`first-names.txt: ${kept.length} names (${names.size - kept.length} everyday words left out)`);
