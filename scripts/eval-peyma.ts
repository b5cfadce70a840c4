/**
 * eval-peyma: run the pipeline over PEYMA articles and score money, percentages, dates and officials'
 * names against the corpus's MON, PCT, DAT and PER spans by span overlap.
 *
 * Example: `npm run eval:peyma` (default `../shared/datasets/peyma/peyma_dev_docs.jsonl` beside the
 * repository) → a table `money  212  209  0.99  0.98  0.98 …`; `npm run eval:peyma -- file.jsonl --show MON`
 * also lists the missed gold spans and the unmatched predictions of MON with their context.
 * Tune on `peyma_train_docs.jsonl` only; report dev. Without the file it says so and exits 0.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatScores, overlaps, repoRoot, type Span } from './lib/corpus-eval.js';
import { scorePeyma, type PeymaDoc } from './lib/peyma.js';

function main(argv: string[]): number {
  const root = repoRoot(import.meta.url);
  const showAt = argv.indexOf('--show');
  const show = showAt >= 0 ? argv[showAt + 1] : null;
  const positional = argv.filter((a, k) => !a.startsWith('--') && (showAt < 0 || k !== showAt + 1));
  const path = resolve(positional[0] ?? resolve(root, '../shared/datasets/peyma/peyma_dev_docs.jsonl'));
  if (!existsSync(path)) {
    console.log(`PEYMA not found at ${path}: nothing to evaluate (PEYMA is a research corpus; see the README).`);
    return 0;
  }
  const started = Date.now();
  const { documents, scores } = scorePeyma(path, (doc, type, gold, pred) => {
    if (show === type) report(doc, gold, pred);
  });
  console.log(`PEYMA ${path}`);
  console.log(`documents: ${documents} (${((Date.now() - started) / 1000).toFixed(1)} s); P/R/F1 by span overlap`);
  console.log(formatScores([...scores]));
  const per = scores.get('officials(PER)')!;
  console.log(`PER headline: precision of official name/surname mentions on PER spans = ${per.precision.toFixed(2)} (${per.predHit}/${per.pred})`);
  return 0;
}

function report(doc: PeymaDoc, gold: Span[], pred: Span[]): void {
  const ctx = (s: Span) => `${doc.text.slice(Math.max(0, s.start - 30), s.start)}[${doc.text.slice(s.start, s.end)}]${doc.text.slice(s.end, s.end + 20)}`.replace(/\n/g, ' ');
  for (const g of gold) if (!pred.some((p) => overlaps(g, p))) console.log(`MISS ${doc.id}: ${ctx(g)}`);
  for (const p of pred) if (!gold.some((g) => overlaps(g, p))) console.log(`EXTRA ${doc.id}: ${ctx(p)}`);
}

process.exitCode = main(process.argv.slice(2));
