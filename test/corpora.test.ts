/**
 * Held-out corpora as a regression check: PEYMA dev and ARMAN fold 2, read by path from
 * `../shared/datasets/` (never committed). A figure that falls below its floor in
 * test/corpus-floors.json fails. Skipped only where the corpora are absent and this is not CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreArman } from '../scripts/lib/arman.js';
import { scorePeyma } from '../scripts/lib/peyma.js';

const PEYMA = '../shared/datasets/peyma/peyma_dev_docs.jsonl';
const ARMAN = '../shared/datasets/arman/arman_fold2.jsonl';
const floors = JSON.parse(readFileSync(new URL('./corpus-floors.json', import.meta.url), 'utf8')) as {
  peymaDev: Record<string, { f1?: number; precision?: number }>;
  armanFold2: { persPrecision: number; facRecall: number };
};
const absent = (path: string) => !existsSync(path) && !process.env.CI;

describe('held-out corpora', () => {
  it.skipIf(absent(PEYMA))('PEYMA dev stays at or above its floors', () => {
    const { scores } = scorePeyma(PEYMA);
    for (const [type, floor] of Object.entries(floors.peymaDev)) {
      const s = scores.get(type)!;
      if (floor.f1 !== undefined) expect(s.f1, `${type} F1`).toBeGreaterThanOrEqual(floor.f1);
      if (floor.precision !== undefined) expect(s.precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision);
    }
  });

  it.skipIf(absent(ARMAN))('ARMAN fold 2 stays at or above its floors', () => {
    const { pers, fac } = scoreArman(ARMAN);
    expect(pers.precision).toBeGreaterThanOrEqual(floors.armanFold2.persPrecision);
    expect(fac.recall).toBeGreaterThanOrEqual(floors.armanFold2.facRecall);
  });
});
