/**
 * eval: load gold annotations and predictions (or run the pipeline over the articles) and score them.
 *
 * Example: `evaluateArticles('fixtures/gold', 'fixtures/articles')` → an EvalReport with money F1 1.00 …
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { iterateArticles } from '../input/index.js';
import { processArticle } from '../input/process.js';
import type { KhabarDocument } from '../types.js';
import type { GoldDocument } from './gold.js';
import { evaluate, type EvalReport } from './score.js';

export { evaluate, formatReport, SCORED_TYPES, type EvalReport, type TypeScore } from './score.js';
export type { GoldDocument } from './gold.js';

export function loadGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDocument;
      gold.id ??= basename(f, '.json');
      return gold;
    });
}

/** Predicted documents from a folder of `<id>.json` files and/or a `documents.jsonl`. */
export function loadPredictions(dir: string): KhabarDocument[] {
  const docs: KhabarDocument[] = [];
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    if (extname(f) === '.json') docs.push(JSON.parse(readFileSync(path, 'utf8')) as KhabarDocument);
    else if (extname(f) === '.jsonl')
      for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) docs.push(JSON.parse(line) as KhabarDocument);
  }
  return docs;
}

/** Run the pipeline over the articles in `articlesDir` and score against `goldDir`. */
export function evaluateArticles(goldDir: string, articlesDir: string): EvalReport {
  const golds = loadGold(goldDir);
  const docs = [...iterateArticles([articlesDir])].map((a) => processArticle(a));
  return evaluate(golds, docs);
}

export function evaluatePredictions(goldDir: string, predDir: string): EvalReport {
  if (!existsSync(predDir)) throw new Error(`no such folder: ${predDir}`);
  return evaluate(loadGold(goldDir), loadPredictions(predDir));
}
