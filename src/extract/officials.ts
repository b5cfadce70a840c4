/**
 * extract/officials: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from './context.js';
import type { Official } from '../types.js';

export function extractOfficials(ctx: ExtractContext): Official[] {
  void ctx;
  return [];
}
