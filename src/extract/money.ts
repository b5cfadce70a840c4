/**
 * extract/money: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from './context.js';
import type { MoneyMention } from '../types.js';

export function extractMoney(ctx: ExtractContext): MoneyMention[] {
  void ctx;
  return [];
}
