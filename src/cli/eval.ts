/**
 * `khabar eval`: print P/R/F1 per type; with `--floors`, exit 1 when a type falls below its floor.
 *
 * Example: `khabar eval --gold fixtures/gold --articles fixtures/articles` → the report table.
 */
import { readFileSync } from 'node:fs';
import { evaluateArticles, evaluatePredictions, formatReport, type EvalReport } from '../eval/index.js';
import { UsageError } from './usage.js';

interface EvalCliOptions {
  gold: string;
  pred?: string;
  articles?: string;
  json?: boolean;
  floors?: string;
}

/** Types whose F1 is below the floor: `{ money: { f1: 0.95 } }` → ['money: F1 0.90 < 0.95']. */
export function belowFloors(report: EvalReport, floors: Record<string, { f1?: number; valueAccuracy?: number }>): string[] {
  const failures: string[] = [];
  for (const [type, floor] of Object.entries(floors)) {
    const score = report.types[type as keyof EvalReport['types']];
    if (!score) continue;
    if (floor.f1 !== undefined && score.f1 < floor.f1) failures.push(`${type}: F1 ${score.f1.toFixed(3)} < ${floor.f1}`);
    if (floor.valueAccuracy !== undefined && (score.valueAccuracy ?? 0) < floor.valueAccuracy)
      failures.push(`${type}: value accuracy ${(score.valueAccuracy ?? 0).toFixed(3)} < ${floor.valueAccuracy}`);
  }
  return failures;
}

export function runEval(opts: EvalCliOptions): number {
  if (!opts.pred === !opts.articles) throw new UsageError('eval takes one of --pred <dir> or --articles <dir>');
  const report = opts.pred ? evaluatePredictions(opts.gold, opts.pred) : evaluateArticles(opts.gold, opts.articles!);
  process.stdout.write((opts.json ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
  if (!opts.floors) return 0;
  const failures = belowFloors(report, JSON.parse(readFileSync(opts.floors, 'utf8')));
  for (const f of failures) process.stderr.write(`below floor: ${f}\n`);
  return failures.length ? 1 : 0;
}
