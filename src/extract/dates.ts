/**
 * extract/dates: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from './context.js';
import type { DateMention } from '../types.js';

export function extractDates(ctx: ExtractContext): DateMention[] {
  void ctx;
  return [];
}
