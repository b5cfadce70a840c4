/**
 * eval-arman: run the pipeline over ARMAN (ArmanPersoNERCorpus) sentences and report (a) the precision
 * of our officials' name mentions (kinds name/surname) against the corpus's `pers` spans, and (b) the
 * recall of our facility mentions over the `fac` spans whose head word is a health facility type
 * (بیمارستان، درمانگاه، کلینیک، آزمایشگاه، داروخانه، مرکز بهداشت/درمانی …), by span overlap.
 *
 * Example: `npm run eval:arman` (default fold 2: `../shared/datasets/arman/arman_fold2.jsonl` beside the
 * repository) → `pers: precision of official name mentions = 0.97 (…/…)` and `fac (health): recall …`;
 * `npm run eval:arman -- ../shared/datasets/arman/arman_fold1.jsonl --show` lists the misses and extras.
 * Tune on fold 1 only; report fold 2. ARMAN documents are single sentences, tokens joined by spaces.
 * Without the file it says so and exits 0.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreArman } from './lib/arman.js';
import { repoRoot } from './lib/corpus-eval.js';

function main(argv: string[]): number {
  const root = repoRoot(import.meta.url);
  const show = argv.includes('--show');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const path = resolve(positional[0] ?? resolve(root, '../shared/datasets/arman/arman_fold2.jsonl'));
  if (!existsSync(path)) {
    console.log(`ARMAN not found at ${path}: nothing to evaluate (ARMAN is a research corpus; see the README).`);
    return 0;
  }
  const started = Date.now();
  const { documents, pers: p, fac: f, notes } = scoreArman(path);
  if (show) for (const n of notes) console.log(n);
  console.log(`ARMAN ${path}`);
  console.log(`documents: ${documents} (${((Date.now() - started) / 1000).toFixed(1)} s); span overlap`);
  console.log(`pers: precision of official name/surname mentions = ${p.precision.toFixed(2)} (${p.predHit}/${p.pred}); recall of pers spans ${p.recall.toFixed(2)} (${p.goldHit}/${p.gold})`);
  console.log(`fac (health facility types): recall of facility mentions = ${f.recall.toFixed(2)} (${f.goldHit}/${f.gold}); precision over all our facility mentions not measured (ARMAN leaves generic ones O)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
