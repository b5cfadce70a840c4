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
import { extract } from '../src/pipeline/index.js';
import { addCounts, overlaps, readJsonl, repoRoot, scoreCounts, spanOverlapCounts, zeroCounts, type Span } from './lib/corpus-eval.js';

interface ArmanEntity extends Span {
  type: string;
  text: string;
}

interface ArmanDoc {
  id: string;
  text: string;
  entities: ArmanEntity[];
}

/** Head words of health facilities, as ARMAN writes them (spaces or ZWNJ inside: compared without). */
const HEALTH_HEADS = ['بیمارستان', 'درمانگاه', 'پلی کلینیک', 'کلینیک', 'آزمایشگاه', 'داروخانه', 'مرکز بهداشت', 'مرکز درمانی', 'مرکز بهداشتی', 'مرکز پزشکی', 'زایشگاه', 'آسایشگاه', 'اورژانس', 'خانه بهداشت', 'بهداری', 'تیمارستان', 'پایگاه سلامت', 'مرکز جامع سلامت', 'مرکز سلامت'];
const squash = (s: string) => s.replace(/[\s\u200c]+/g, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک');
const HEADS = HEALTH_HEADS.map(squash).sort((a, b) => b.length - a.length);

function isHealthFacility(e: ArmanEntity): boolean {
  const text = squash(e.text);
  return HEADS.some((h) => text.startsWith(h));
}

function main(argv: string[]): number {
  const root = repoRoot(import.meta.url);
  const show = argv.includes('--show');
  const positional = argv.filter((a) => !a.startsWith('--'));
  const path = resolve(positional[0] ?? resolve(root, '../shared/datasets/arman/arman_fold2.jsonl'));
  if (!existsSync(path)) {
    console.log(`ARMAN not found at ${path}: nothing to evaluate (ARMAN is a research corpus; see the README).`);
    return 0;
  }
  const docs = readJsonl<ArmanDoc>(path);
  const pers = zeroCounts();
  const fac = zeroCounts();
  const started = Date.now();
  for (const doc of docs) {
    const out = extract(doc.text, { id: doc.id });
    const names = out.officials.flatMap((o) => o.mentions.filter((m) => m.kind === 'name' || m.kind === 'surname'));
    const goldPers = doc.entities.filter((e) => e.type === 'pers');
    addCounts(pers, spanOverlapCounts(goldPers, names));
    const goldFac = doc.entities.filter((e) => e.type === 'fac' && isHealthFacility(e));
    const facMentions = out.facilities.flatMap((f) => f.mentions);
    addCounts(fac, spanOverlapCounts(goldFac, facMentions));
    if (show) {
      const ctx = (s: Span) => `${doc.text.slice(Math.max(0, s.start - 40), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 30)}`;
      for (const p of names) if (!goldPers.some((g) => overlaps(g, p))) console.log(`EXTRA pers ${doc.id}: ${ctx(p)}`);
      for (const g of goldFac) if (!facMentions.some((p) => overlaps(g, p))) console.log(`MISS fac ${doc.id}: ${ctx(g)}`);
    }
  }
  const p = scoreCounts(pers);
  const f = scoreCounts(fac);
  console.log(`ARMAN ${path}`);
  console.log(`documents: ${docs.length} (${((Date.now() - started) / 1000).toFixed(1)} s); span overlap`);
  console.log(`pers: precision of official name/surname mentions = ${p.precision.toFixed(2)} (${p.predHit}/${p.pred}); recall of pers spans ${p.recall.toFixed(2)} (${p.goldHit}/${p.gold})`);
  console.log(`fac (health facility types): recall of facility mentions = ${f.recall.toFixed(2)} (${f.goldHit}/${f.gold}); precision over all our facility mentions not measured (ARMAN leaves generic ones O)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
