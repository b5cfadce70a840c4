/**
 * The internal record of one recognized date expression: the DateMention fields over normalized
 * offsets, plus what resolution needs but the output does not carry (a part of the period, a block of
 * months, a season, a year range, a direction, vagueness).
 *
 * Example: `شش ماهه نخست امسال` → `{ yearOffset: 0, block: { size: 6, index: 1 }, … }`;
 * `پنجشنبه گذشته` → `{ weekday: 4, weekdayDirection: -1, … }`.
 */
import type { Calendar } from '../../types.js';
import type { Part } from './lexicon.js';

export interface DateParse {
  start: number;
  end: number;
  calendar: Calendar;
  year: number | null;
  month: number | null;
  day: number | null;
  yearOffset: number | null;
  monthOffset: number | null;
  weekOffset: number | null;
  dayOffset: number | null;
  weekday: number | null;
  time: string | null;
  /** Last year of a range `سال‌های ۹۳ تا ۹۵` (year is the first). */
  yearEnd: number | null;
  /** A part of the period: `پایان`, `اوایل`, `نیمه دوم` … */
  part: Part | null;
  /** The index-th block of `size` months of a year: `سه ماهه دوم` = { 3, 2 }. */
  block: { size: number; index: number } | null;
  /** A season's first and last month. */
  season: [number, number] | null;
  /** `شنبه گذشته` (-1, strictly before the reference), `شنبه آینده` (+1, strictly after). */
  weekdayDirection: -1 | 1 | null;
  /** `اسفند ماه گذشته`: the last such month before the reference (-1) or the next after it (+1). */
  monthDirection: -1 | 1 | null;
  /** A span with no point in time (`دو سال اخیر`): reported with no fields, never resolved. */
  vague: boolean;
  /**
   * Recognized so that no part of it is read as something else, but not reported: vague spans with
   * no count (`سالهای اخیر`, `چند روز پیش`, `آینده نزدیک`), which carry no value.
   */
  silent: boolean;
}

export function emptyParse(start: number, end: number, calendar: Calendar = 'jalali'): DateParse {
  return {
    start,
    end,
    calendar,
    year: null,
    month: null,
    day: null,
    yearOffset: null,
    monthOffset: null,
    weekOffset: null,
    dayOffset: null,
    weekday: null,
    time: null,
    yearEnd: null,
    part: null,
    block: null,
    season: null,
    weekdayDirection: null,
    monthDirection: null,
    vague: false,
    silent: false,
  };
}

/** Names a year and nothing finer: a part or block of it may be taken. */
export function isYearLevel(p: DateParse): boolean {
  return (
    (p.year !== null || p.yearOffset !== null) &&
    p.month === null &&
    p.day === null &&
    p.season === null &&
    p.monthOffset === null &&
    p.weekOffset === null &&
    p.dayOffset === null &&
    p.weekday === null
  );
}

/** Names a month (or season) and nothing finer. */
export function isMonthLevel(p: DateParse): boolean {
  return (p.month !== null || p.monthOffset !== null || p.season !== null) && p.day === null && p.weekday === null;
}

/** Names a week and nothing finer: `آخر هفته`. */
export function isWeekLevel(p: DateParse): boolean {
  return p.weekOffset !== null && p.weekday === null && p.dayOffset === null;
}

/** Names a single day: a clock time may follow it. */
export function isDayLevel(p: DateParse): boolean {
  return (p.day !== null && p.month !== null) || p.dayOffset !== null || p.weekday !== null;
}
