/**
 * Calendar forms: a month name of any calendar with its day before and its year after, a numeric
 * date, and a season with its year.
 *
 * Example: anchor `بهمن` in `تا ۲۲ بهمن امسال افتتاح` → `monthForm` → `{ text: '۲۲ بهمن امسال',
 * month: 11, day: 22, yearOffset: 0 }`; anchor `بهمن` in `بیمارستان ۲۹ بهمن` → null (a name);
 * `مورخ 13/2/95` → `numericForm` → `{ year: 1395, month: 2, day: 13 }`.
 */
import { fold } from '../../normalize/index.js';
import type { Calendar } from '../../types.js';
import { cardinalBefore, ordinalBefore, wordStartBefore } from './before.js';
import {
  AMBIGUOUS_MONTHS,
  DIRECTION_RE,
  DIRECTIONS,
  GLUE,
  GREGORIAN_MONTH_RE,
  HIJRI_MONTH_RE,
  JALALI_MONTH_RE,
  LB,
  NAME_HEADS,
  NUMERIC_DATE_CUE_RE,
  RB,
  SEASON_HEAD_RE,
  SEASONS,
  SP,
  lastWords,
  monthOfKey,
  PHRASES,
  unitPhrases,
  unitWordRe,
} from './lexicon.js';
import { emptyParse, type DateParse } from './parse.js';
import { atEnd, atLead, endingAt, leadEnd, leadSticky, matchEnd, sticky, wordThenSpaces, type Scan } from './scan.js';
import { calendarOfYear, eraAfter, partBefore, twoDigitYear, withPart, yearFits, yearTail } from './tails.js';

const MONTH_WORD = unitWordRe('month');
/** `ماه مبارک رمضان`: the month word may come with its epithet. */
const BLESSED = 'مبارک';
const MONTH_NAMES: Record<Calendar, string> = { jalali: JALALI_MONTH_RE, gregorian: GREGORIAN_MONTH_RE, hijri: HIJRI_MONTH_RE };

const MAH_AFTER = leadSticky(GLUE, `(?:${MONTH_WORD})${RB}`, unitPhrases('month'));
const MAH_BEFORE = atEnd(`${LB}(?:${MONTH_WORD})(?:${SP}${BLESSED})?${SP}`, wordThenSpaces([...lastWords(unitPhrases('month')), BLESSED]));
const DAY_BEFORE = atEnd(`(?<![\\p{L}\\p{N}\\u200c/.,:])(\\d{1,2})(?:${GLUE}(?:ام|م))?${SP}`);
const DIRECTION_AFTER = leadSticky(SP, `(${DIRECTION_RE})${RB}`, PHRASES.directions);
const SEASON_HEAD_BEFORE = atEnd(`${LB}(?:${SEASON_HEAD_RE})${SP}`, wordThenSpaces(lastWords(PHRASES.seasonHeads)));
const NUMERIC_CUE_BEFORE = atEnd(`${LB}(?:${NUMERIC_DATE_CUE_RE})${SP}`, wordThenSpaces(lastWords(PHRASES.numericDateCues)));
/** `شهریور، مهر و آبان ماه`: a month in a list shares the list's `ماه` or year. */
const NEXT_IN_LIST: Record<Calendar, RegExp> = Object.fromEntries(
  (['jalali', 'gregorian', 'hijri'] as Calendar[]).map((c) => [
    c,
    sticky(`(?:\\s?[،,]\\s?|${SP}و${SP})(?:${MONTH_NAMES[c]})(?:${GLUE}(?:${MONTH_WORD})${RB}|${SP}\\d{2,4}(?![\\d/.:]))`),
  ]),
) as Record<Calendar, RegExp>;

const stripPlural = (w: string) => w.replace(/(?:ها|های|ی)$/u, '');

/** Is the day-month starting at `start` part of a name after a facility or place word? */
function afterNameHead(s: Scan, start: number): boolean {
  for (let w = start, k = 0; k < 2 && (w = wordStartBefore(s.text, w, s.from)) >= 0; k++) {
    const words = fold(s.text.slice(w, start));
    if (NAME_HEADS.has(words) || NAME_HEADS.has(stripPlural(words))) return true;
  }
  return false;
}

/** A month name of any calendar, with its day before and its year after (see module doc); `key`: its `fold`. */
export function monthForm(s: Scan, start: number, end: number, calendar: Calendar, key: string): DateParse | null {
  const month = monthOfKey(calendar, key);
  if (month === null) return null;
  const p = emptyParse(start, end, calendar);
  p.month = month;
  let hasMah = false;
  const mahEnd = calendar === 'jalali' ? leadEnd(MAH_AFTER, s, end) : -1;
  if (mahEnd >= 0) {
    p.end = mahEnd;
    hasMah = true;
  }
  const mahBefore = calendar === 'jalali' ? null : endingAt(MAH_BEFORE, s, p.start);
  if (mahBefore) {
    p.start = mahBefore.start;
    hasMah = true;
  }
  const part = partBefore(s, p.start);
  const digits = part ? null : endingAt(DAY_BEFORE, s, p.start);
  const ordinal = part || digits ? null : ordinalBefore(s.text, p.start, s.from);
  // `بیست و هفت خرداد`: a day in cardinal words, where it cannot be a count (`دو تیر`: two shots)
  const cardinal = part || digits || ordinal ? null : cardinalBefore(s.text, p.start, s.from);
  const cardinalDay = cardinal && (!AMBIGUOUS_MONTHS.has(key) || /\s/.test(s.text.slice(cardinal.start, p.start).trim())) ? cardinal : null;
  const day = digits ? { start: digits.start, value: Number(digits.m[1]) } : (ordinal ?? cardinalDay);
  if (day && day.value >= 1 && day.value <= 31) {
    if (afterNameHead(s, day.start)) return null;
    p.day = day.value;
    p.start = day.start;
  }
  const tail = yearTail(s, p.end, calendar);
  if (tail) {
    p.year = tail.year;
    p.yearOffset = tail.yearOffset;
    if (tail.calendar) p.calendar = tail.calendar;
    p.end = tail.end;
  } else if (hasMah || p.day !== null) {
    // `دی ماه جاری`, `اسفند ماه گذشته`, `۲۳ می گذشته`
    const dir = atLead(DIRECTION_AFTER, s, p.end);
    const direction = dir ? DIRECTIONS.get(fold(dir[1])) : undefined;
    if (dir && direction && !direction.needsCount) {
      if (direction.offset === 0) p.yearOffset = 0;
      else p.monthDirection = direction.offset < 0 ? -1 : 1;
      p.end += dir[0].length;
    }
  }
  const inList = matchEnd(NEXT_IN_LIST[calendar], s, end) >= 0;
  const anchored = p.day !== null || hasMah || tail !== null || part !== null || p.monthDirection !== null || p.yearOffset !== null;
  // A Hijri month with neither day nor year (`در ماه مبارک رمضان`) names the religious season, not a date.
  if (calendar === 'hijri' && p.day === null && tail === null && part === null) return null;
  if (AMBIGUOUS_MONTHS.has(key)) {
    if (!anchored && !inList) return null;
    // `می`/`مه` are also a verb prefix and fog: a Gregorian one needs ماه, or a day with a year or a direction.
    if (calendar === 'gregorian' && !hasMah && !(p.day !== null && (p.year !== null || p.monthDirection !== null))) return null;
  }
  if (p.day === null) withPart(p, s);
  return p;
}

const NUMERIC = /^(\d{1,4})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{1,4})$/u;

/**
 * `۱۴۰۲/۰۳/۱۵`, `1402-03-15`, `15/03/1402`, `2023-11-15`, `13/2/95`, `مورخ 88.2.21`: the year is the
 * four-digit part, or the two-digit part above 31; the calendar follows from the year.
 */
export function numericForm(s: Scan, start: number, end: number): DateParse | null {
  const m = NUMERIC.exec(s.text.slice(start, end));
  if (!m) return null;
  const [a, sep, b, c] = [m[1], m[2], m[3], m[4]];
  let ymd: [number, number, number];
  if (a.length === 4 && c.length <= 2) ymd = [Number(a), Number(b), Number(c)];
  else if (c.length === 4 && a.length <= 2) ymd = [Number(c), Number(b), Number(a)];
  else if (a.length === 2 && c.length <= 2 && (sep !== '.' || endingAt(NUMERIC_CUE_BEFORE, s, start))) {
    // two-digit year: the part that cannot be a day
    if (Number(a) > 31) ymd = [twoDigitYear(Number(a)), Number(b), Number(c)];
    else if (Number(c) > 31 && c.length === 2) ymd = [twoDigitYear(Number(c)), Number(b), Number(a)];
    else return null;
  } else return null;
  const [year, month, day] = ymd;
  const era = eraAfter(s, end);
  const calendar = era?.calendar ?? calendarOfYear(year);
  if (!calendar || !yearFits(year, calendar) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const p = emptyParse(start, era?.end ?? end, calendar);
  p.year = year;
  p.month = month;
  p.day = day;
  return p;
}

/** A season with its year (`زمستان ۱۳۹۵`, `بهار امسال`, `فصل تابستان امسال`) or a part (`اواخر زمستان`); `key`: its `fold`. */
export function seasonForm(s: Scan, start: number, end: number, key: string): DateParse | null {
  const season = SEASONS.get(key);
  if (!season) return null;
  const p = emptyParse(start, end);
  p.season = season.months;
  const head = endingAt(SEASON_HEAD_BEFORE, s, start);
  if (head) p.start = head.start;
  const tail = yearTail(s, end, 'jalali') ?? yearTail(s, end, 'gregorian');
  if (tail) {
    p.year = tail.year;
    p.yearOffset = tail.yearOffset;
    if (tail.calendar) p.calendar = tail.calendar;
    p.end = tail.end;
  } else {
    // `تابستان گذشته`: the last such season before the reference
    const dir = atLead(DIRECTION_AFTER, s, end);
    const direction = dir ? DIRECTIONS.get(fold(dir[1])) : undefined;
    if (dir && direction && direction.offset !== 0 && !direction.needsCount) {
      p.monthDirection = direction.offset < 0 ? -1 : 1;
      p.end = end + dir[0].length;
    }
  }
  return withPart(p, s) || tail || p.monthDirection !== null ? p : null;
}
