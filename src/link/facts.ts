/**
 * link/facts: not built yet (see its issue); facilities keep empty `facts` until then.
 */
import type { ExtractContext } from '../extract/context.js';
import type { DateMention, Facility, MoneyMention, PercentageMention } from '../types.js';

export interface FactSources {
  money: MoneyMention[];
  percentages: PercentageMention[];
  dates: DateMention[];
}

export function linkFacts(ctx: ExtractContext, facilities: Facility[], sources: FactSources): Facility[] {
  void ctx;
  void sources;
  return facilities;
}
