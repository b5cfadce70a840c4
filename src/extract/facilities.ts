/**
 * extract/facilities: not built yet (see its issue); the document carries an empty array until then.
 */
import type { ExtractContext } from './context.js';
import type { Facility } from '../types.js';

export function extractFacilities(ctx: ExtractContext): Facility[] {
  void ctx;
  return [];
}
