/**
 * extract/percentages: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from './context.js';
import type { PercentageMention } from '../types.js';

export function extractPercentages(ctx: ExtractContext): PercentageMention[] {
  void ctx;
  return [];
}
