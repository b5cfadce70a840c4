/**
 * A date mention for the report's tests: every field null but those given.
 *
 * Example: `dateMention({ text: 'شهریور امسال', start: 0, end: 12 }, { month: 6, yearOffset: 0 })` →
 * `{ …, calendar: 'jalali', year: null, month: 6, …, yearOffset: 0, resolved: null }`.
 */
import type { DateMention, Mention } from '../types.js';

export function dateMention(m: Mention, fields: Partial<DateMention>): DateMention {
  return {
    ...m,
    calendar: 'jalali',
    year: null,
    month: null,
    day: null,
    yearOffset: null,
    monthOffset: null,
    weekOffset: null,
    dayOffset: null,
    weekday: null,
    time: null,
    resolved: null,
    ...fields,
  };
}
