/**
 * corpus-eval: span-overlap scoring of predicted mentions against a public corpus's entity spans, for
 * the PEYMA and ARMAN evaluation scripts.
 *
 * Example: gold MON `[10, 27)` `240 میلیون تومانی` against a predicted money mention `[10, 26)`
 * `240 میلیون تومان` → overlap: predHit 1, goldHit 1, P = R = F1 = 1; strict (equal spans) 0.
 *
 * Two readings of "overlap": `precision`/`recall` count each prediction that overlaps some gold span
 * and each gold span overlapped by some prediction — a corpus that writes a range as one span
 * (`۳۵۰۰ تا ۴۰۰۰ تومان`) is not punished for our two mentions; `oneToOne` pairs them as the seed
 * scorer does (each gold with at most one prediction), reported beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Span {
  start: number;
  end: number;
}

export interface OverlapCounts {
  gold: number;
  pred: number;
  /** Gold spans overlapped by at least one prediction. */
  goldHit: number;
  /** Predictions overlapping at least one gold span. */
  predHit: number;
  /** One-to-one overlapping pairs (gold in order, each to its first free prediction). */
  oneToOne: number;
  /** Pairs with equal spans. */
  strict: number;
}

export interface OverlapScore extends OverlapCounts {
  precision: number;
  recall: number;
  f1: number;
  oneToOneF1: number;
  strictF1: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function zeroCounts(): OverlapCounts {
  return { gold: 0, pred: 0, goldHit: 0, predHit: 0, oneToOne: 0, strict: 0 };
}

/** Counts for one document. */
export function spanOverlapCounts(gold: Span[], pred: Span[]): OverlapCounts {
  const used = new Set<number>();
  let oneToOne = 0;
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && overlaps(g, p));
    if (j >= 0) {
      used.add(j);
      oneToOne++;
    }
  }
  return {
    gold: gold.length,
    pred: pred.length,
    goldHit: gold.filter((g) => pred.some((p) => overlaps(g, p))).length,
    predHit: pred.filter((p) => gold.some((g) => overlaps(g, p))).length,
    oneToOne,
    strict: gold.filter((g) => pred.some((p) => p.start === g.start && p.end === g.end)).length,
  };
}

export function addCounts(total: OverlapCounts, c: OverlapCounts): OverlapCounts {
  for (const k of Object.keys(total) as (keyof OverlapCounts)[]) total[k] += c[k];
  return total;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreCounts(c: OverlapCounts): OverlapScore {
  const precision = ratio(c.predHit, c.pred);
  const recall = ratio(c.goldHit, c.gold);
  return {
    ...c,
    precision,
    recall,
    f1: harmonic(precision, recall),
    oneToOneF1: harmonic(ratio(c.oneToOne, c.pred), ratio(c.oneToOne, c.gold)),
    strictF1: harmonic(ratio(c.strict, c.pred), ratio(c.strict, c.gold)),
  };
}

/** Span-overlap score of one list of predictions against one list of gold spans. */
export function spanOverlapScore(gold: Span[], pred: Span[]): OverlapScore {
  return scoreCounts(spanOverlapCounts(gold, pred));
}

/** A table row per type: gold, pred, P, R, F1 (overlap), 1:1 F1, strict F1. */
export function formatScores(rows: [string, OverlapScore][]): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    'type                  gold  pred     P     R    F1  1:1F1  strictF1',
    ...rows.map(
      ([name, s]) =>
        `${name.padEnd(20)}${String(s.gold).padStart(6)}${String(s.pred).padStart(6)}` +
        `${f(s.precision).padStart(6)}${f(s.recall).padStart(6)}${f(s.f1).padStart(6)}${f(s.oneToOneF1).padStart(7)}${f(s.strictF1).padStart(10)}`,
    ),
  ];
  return lines.join('\n');
}

/** The repository root (where package.json is), from a script's `import.meta.url`. */
export function repoRoot(scriptUrl: string): string {
  let dir = dirname(fileURLToPath(scriptUrl));
  while (!existsSync(resolve(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the script');
    dir = parent;
  }
  return dir;
}

/** Each line of a JSON-lines file, parsed. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
