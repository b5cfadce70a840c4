/**
 * dates/resolve: the Jalali and Gregorian first and last day of a parsed date, against the reference
 * date (the publication date, else the --reference-date option). Arithmetic is on Julian day numbers
 * (jalaali-js `j2d`/`d2j`/`g2d`/`d2g`; Hijri through ./hijri), never on local-time Date objects.
 *
 * Example: with reference 1400-07-22, `امسال` → 1400-01-01…1400-12-29; `شهریور امسال` →
 * 1400-06-01…1400-06-31; `روز سه شنبه` → 1400-07-20 (the latest Tuesday on or before the reference);
 * `اسفند ماه سال ۱۴۰۱` → 1401-12-01…1401-12-29 with or without a reference.
 */
import * as jalaali from 'jalaali-js';
import { formatYMD, parseYMD, type YMD } from '../../calendar.js';
import { memoize } from '../../normalize/memo.js';
import type { Calendar, ReferenceDate, ResolvedRange } from '../../types.js';
import { hijriFromJdn, hijriMonthLength, hijriToJdn } from './hijri.js';
import type { DateParse } from './parse.js';

interface CalendarOps {
  toJdn(y: number, m: number, d: number): number | null;
  fromJdn(jdn: number): YMD;
  monthLength(y: number, m: number): number;
}

const gregorianLength = (y: number, m: number) => jalaali.g2d(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - jalaali.g2d(y, m, 1);

/**
 * A pure function of a number, cached: jalaali-js works out the leap cycle of the year on each call
 * (several times per date), and an archive names the same days and months again and again.
 */
function cachedByNumber<T>(compute: (key: number) => T): (key: number) => T {
  let cache = new Map<number, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= 1 << 15) cache = new Map();
      cache.set(key, value);
    }
    return value;
  };
}
/** A date of the valid range as a number key: (year, month, day) with month 1…12, day 1…31. */
const isKeyable = (y: number, m: number, d: number) => Number.isInteger(y) && y > 0 && y < 3000 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && Number.isInteger(m) && Number.isInteger(d);
const jalaliJdn = cachedByNumber((key) => {
  const [y, m, d] = [key >> 9, (key >> 5) & 15, key & 31];
  return jalaali.isValidJalaaliDate(y, m, d) ? jalaali.j2d(y, m, d) : null;
});
const jalaliDay = cachedByNumber((jdn): YMD => {
  const j = jalaali.d2j(jdn);
  return { year: j.jy, month: j.jm, day: j.jd };
});
const jalaliMonthLength = cachedByNumber((key) => jalaali.jalaaliMonthLength(key >> 4, key & 15));

/** The ops of each calendar; the YMDs they return may be shared: never to be changed. */
const OPS: Record<Calendar, CalendarOps> = {
  jalali: {
    toJdn: (y, m, d) => (isKeyable(y, m, d) ? jalaliJdn((y << 9) | (m << 5) | d) : y > 0 && y < 3000 && jalaali.isValidJalaaliDate(y, m, d) ? jalaali.j2d(y, m, d) : null),
    fromJdn: jalaliDay,
    monthLength: (y, m) => (isKeyable(y, m, 1) ? jalaliMonthLength((y << 4) | m) : jalaali.jalaaliMonthLength(y, m)),
  },
  gregorian: {
    toJdn: (y, m, d) => (m >= 1 && m <= 12 && d >= 1 && d <= gregorianLength(y, m) ? jalaali.g2d(y, m, d) : null),
    fromJdn: (jdn) => {
      const g = jalaali.d2g(jdn);
      return { year: g.gy, month: g.gm, day: g.gd };
    },
    monthLength: gregorianLength,
  },
  hijri: { toJdn: hijriToJdn, fromJdn: hijriFromJdn, monthLength: hijriMonthLength },
};

interface Range {
  start: number;
  end: number;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Julian day number. */
export const isoWeekday = (jdn: number): number => (jdn % 7) + 1;
/** The Saturday that starts the Iranian week of a day. */
const weekStart = (jdn: number) => jdn - ((isoWeekday(jdn) + 1) % 7);

function monthsRange(ops: CalendarOps, y: number, first: number, last: number): Range | null {
  const start = ops.toJdn(y, first, 1);
  const lastStart = ops.toJdn(y, last, 1);
  if (start === null || lastStart === null) return null;
  return { start, end: lastStart + ops.monthLength(y, last) - 1 };
}

/** Narrow a range of days (a week) to the part meant: `آخر هفته` is its last day. */
function narrowDays(r: Range, part: NonNullable<DateParse['part']>): Range {
  const n = r.end - r.start + 1;
  const third = Math.floor(n / 3);
  const half = Math.floor(n / 2);
  const pick: Record<typeof part, Range> = {
    start: { start: r.start, end: r.start },
    end: { start: r.end, end: r.end },
    early: { start: r.start, end: r.start + third - 1 },
    mid: { start: r.start + third, end: r.end - third },
    late: { start: r.end - third + 1, end: r.end },
    half1: { start: r.start, end: r.start + half - 1 },
    half2: { start: r.start + half, end: r.end },
  };
  return pick[part];
}

/** Narrow a range of whole months (first…last) or of one month's days to the part meant. */
function narrow(ops: CalendarOps, y: number, months: [number, number], part: NonNullable<DateParse['part']>): Range | null {
  const [first, last] = months;
  const n = last - first + 1;
  if (n > 1) {
    const third = Math.ceil(n / 3);
    const half = Math.ceil(n / 2);
    const pick: Record<typeof part, [number, number]> = {
      start: [first, first],
      end: [last, last],
      early: [first, first + third - 1],
      mid: [first + third, last - third],
      late: [last - third + 1, last],
      half1: [first, first + half - 1],
      half2: [first + half, last],
    };
    const [a, b] = pick[part];
    return monthsRange(ops, y, a, Math.max(a, b));
  }
  const length = ops.monthLength(y, first);
  const days: Record<typeof part, [number, number]> = {
    start: [1, 1],
    end: [length, length],
    early: [1, 10],
    mid: [11, 20],
    late: [21, length],
    half1: [1, 15],
    half2: [16, length],
  };
  const [a, b] = days[part];
  const start = ops.toJdn(y, first, a);
  return start === null ? null : { start, end: start + b - a };
}

/** The range of a parse in its own calendar, as day numbers; null when it needs a reference it lacks. */
function range(p: DateParse, refJdn: number | null): Range | null {
  if (p.season && p.calendar === 'gregorian' && p.year !== null) {
    // `تابستان ۱۹۰۳`: the Persian season of that Gregorian year (Jalali year = Gregorian - 621)
    return range({ ...p, calendar: 'jalali', year: p.year - 621 }, refJdn);
  }
  const ops = OPS[p.calendar];
  const dated = p.month !== null && p.day !== null;
  if (!dated && p.dayOffset !== null) return refJdn === null ? null : { start: refJdn + p.dayOffset, end: refJdn + p.dayOffset };
  if (!dated && p.weekday !== null) {
    if (refJdn === null) return null;
    let day: number;
    if (p.weekOffset !== null) day = weekStart(refJdn) + 7 * p.weekOffset + ((p.weekday + 1) % 7);
    else if (p.weekdayDirection === 1) day = refJdn + 1 + ((p.weekday - isoWeekday(refJdn + 1) + 7) % 7);
    else {
      const base = p.weekdayDirection === -1 ? refJdn - 1 : refJdn;
      day = base - ((isoWeekday(base) - p.weekday + 7) % 7);
    }
    return { start: day, end: day };
  }
  if (!dated && p.weekOffset !== null) {
    if (refJdn === null) return null;
    const start = weekStart(refJdn) + 7 * p.weekOffset;
    return p.part ? narrowDays({ start, end: start + 6 }, p.part) : { start, end: start + 6 };
  }
  if (p.month === null && p.monthOffset !== null) {
    if (refJdn === null) return null;
    const ref = ops.fromJdn(refJdn);
    const index = ref.year * 12 + ref.month - 1 + p.monthOffset;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    return p.part ? narrow(ops, y, [m, m], p.part) : monthsRange(ops, y, m, m);
  }

  // The reference's date in the calendar, read only where no year is written (a conversion).
  const ref = refJdn !== null && p.year === null && (p.yearOffset !== null || p.month !== null || p.season !== null) ? ops.fromJdn(refJdn) : null;
  let y = p.year ?? (p.yearOffset !== null && ref ? ref.year + p.yearOffset : null);
  if (y === null && p.yearOffset === null && ref && (p.month !== null || p.season !== null)) {
    y = ref.year; // a month or season without a year: the reference's year
    const [first, last] = p.season ?? [p.month as number, p.month as number];
    if (p.monthDirection === -1 && last >= ref.month) y--; // `اسفند ماه گذشته`: the last one before
    if (p.monthDirection === 1 && first <= ref.month) y++; // `تابستان آینده`: the next one after
  }
  if (y === null) return null;
  if (p.yearEnd !== null) {
    const a = monthsRange(ops, y, 1, 12);
    const b = monthsRange(ops, p.yearEnd, 1, 12);
    return a && b ? { start: a.start, end: b.end } : null;
  }
  if (dated) {
    const d = ops.toJdn(y, p.month as number, p.day as number);
    return d === null ? null : { start: d, end: d };
  }
  let months: [number, number] = [1, 12];
  if (p.month !== null) months = [p.month, p.month];
  else if (p.season) months = p.season;
  else if (p.block) months = [(p.block.index - 1) * p.block.size + 1, p.block.index * p.block.size];
  return p.part ? narrow(ops, y, months, p.part) : monthsRange(ops, y, months[0], months[1]);
}

/** The resolved range of a parse, or null (vague, or relative with no reference date). */
export function resolve(p: DateParse, ref: ReferenceDate | null): ResolvedRange | null {
  if (p.vague) return null;
  const r = range(p, ref ? refDay(ref.jalali) : null);
  if (!r || r.end < r.start) return null;
  return {
    jalaliStart: jalaliOf(r.start),
    jalaliEnd: jalaliOf(r.end),
    gregorianStart: gregorianOf(r.start),
    gregorianEnd: gregorianOf(r.end),
  };
}

/** The day number of a reference date (an article's dates share one: computed once). */
const refDay = memoize((jalali: string): number | null => {
  const ymd = parseYMD(jalali);
  return ymd ? OPS.jalali.toJdn(ymd.year, ymd.month, ymd.day) : null;
});

/** `YYYY-MM-DD` of a day number in each calendar, cached: an archive names the same days again and again. */
function dayFormatter(ops: CalendarOps): (jdn: number) => string {
  let cache = new Map<number, string>();
  return (jdn) => {
    let s = cache.get(jdn);
    if (s === undefined) {
      s = formatYMD(ops.fromJdn(jdn));
      if (cache.size >= 1 << 15) cache = new Map();
      cache.set(jdn, s);
    }
    return s;
  };
}
const jalaliOf = dayFormatter(OPS.jalali);
const gregorianOf = dayFormatter(OPS.gregorian);
