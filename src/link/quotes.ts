/**
 * link/quotes: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from '../extract/context.js';
import type { Official, Quote } from '../types.js';

export function linkQuotes(ctx: ExtractContext, officials: Official[]): Quote[] {
  void ctx;
  void officials;
  return [];
}
