/**
 * Fixture regression: the pipeline over fixtures/articles, scored against fixtures/gold; a type that
 * falls below its floor in test/floors.json fails. Floors rise as the extractors improve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { belowFloors } from '../src/cli/eval.js';
import { evaluateArticles } from '../src/eval/index.js';

const floors = JSON.parse(readFileSync(new URL('./floors.json', import.meta.url), 'utf8'));
const report = evaluateArticles('fixtures/gold', 'fixtures/articles');

describe('fixtures against gold', () => {
  it('scores every gold document', () => {
    expect(report.missing).toEqual([]);
    expect(report.documents).toBe(5);
  });
  it('keeps every type at or above its floor', () => {
    expect(belowFloors(report, floors)).toEqual([]);
  });
  it('gets the metadata of the seeds right', () => {
    for (const [field, score] of Object.entries(report.meta)) expect(score.right, field).toBe(score.total);
  });
});
