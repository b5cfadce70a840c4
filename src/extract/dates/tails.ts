/**
 * The pieces that extend a date expression: a year after a month (absolute, two-digit or relative,
 * with an era), a part or block of the period before it, and a clock time after it.
 *
 * Example: after `اسفند ماه` in `اسفند ماه سال ۱۴۰۱`, `yearTail` → `{ year: 1401, … }`; before
 * `امسال` in `شش ماهه نخست امسال`, `withPart` sets `block: { size: 6, index: 1 }`; after
 * `22 مهر 1400` in `22 مهر 1400 - 10:07`, `timeAfter` → `{ time: '10:07', end: … }`.
 */
import { fold, normalize } from '../../normalize/index.js';
import type { Calendar } from '../../types.js';
import { parseNumber, parseOrdinal } from './before.js';
import {
  BLOCK_UNIT_RE,
  CLOCK_WORD_RE,
  DIRECTION_RE,
  DIRECTIONS,
  ERA_RE,
  ERAS,
  firstWord,
  GLUE,
  lastWords,
  LB,
  NOT_YEAR_FOLLOWER_RE,
  PART_RE,
  PARTS,
  PHRASES,
  RB,
  RELATIVE_WORD_RE,
  RELATIVE_WORDS,
  SP,
  unitPhrases,
  unitWordRe,
} from './lexicon.js';
import { isMonthLevel, isWeekLevel, isYearLevel, type DateParse } from './parse.js';
import { at, atEnd, atLead, endingAt, isSpaceAt, leadEnd, leadSticky, sticky, wordThenSpaces, type Scan } from './scan.js';

const YEAR_WORD = unitWordRe('year');

/** The calendar a four-digit year plausibly belongs to in news copy, or null. */
export function calendarOfYear(year: number): Calendar | null {
  if (year >= 1200 && year <= 1499) return 'jalali';
  if (year >= 1800 && year <= 2099) return 'gregorian';
  return null;
}

/** Is a four-digit year plausible in this calendar? */
export function yearFits(year: number, calendar: Calendar): boolean {
  if (calendar === 'hijri') return year >= 1300 && year <= 1500;
  return calendarOfYear(year) === calendar;
}

/** `سال ۹۸` = 1398, `سال ۰۲` = 1402: a two-digit Jalali year. */
export function twoDigitYear(n: number): number {
  return n < 30 ? 1400 + n : 1300 + n;
}

export interface YearTail {
  end: number;
  year: number | null;
  yearOffset: number | null;
  calendar: Calendar | null;
}

const YEAR4_AFTER = sticky(`(?:${SP}|\\s?[-–/،,]\\s?)(?:(?:${YEAR_WORD})${GLUE})?(\\d{4})(?![\\d/.:])`);
const YEAR2_AFTER = sticky(`${SP}(?:(?:${YEAR_WORD})${GLUE})?(\\d{2})(?![\\d/.:])`);
/** The chars YEAR4_AFTER's lead may start with besides a space, and the first chars of the year word. */
const YEAR_LEAD_MARKS = new Set([...'-–/،,'].map((c) => c.charCodeAt(0)));
const YEAR_WORD_FIRST = new Set(unitPhrases('year').map((w) => firstWord(w).charCodeAt(0)));

/**
 * May YEAR4_AFTER or YEAR2_AFTER match at pos? Their lead (`\s{1,2}`, `\s?[-–/،,]\s?`) is one to
 * three chars starting with a space or one of those marks, and right after it stands a digit or the
 * year word: so one of them in the three chars after pos. After most months a word follows, not a year.
 */
export function yearMayFollow(text: string, pos: number): boolean {
  if (!isSpaceAt(text, pos) && !YEAR_LEAD_MARKS.has(text.charCodeAt(pos))) return false;
  for (let i = pos + 1; i <= pos + 3; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || YEAR_WORD_FIRST.has(c)) return true;
  }
  return false;
}
const REL_YEAR_AFTER = leadSticky(SP, `(?:(${RELATIVE_WORD_RE})|(?:${YEAR_WORD})${GLUE}(${DIRECTION_RE}))${RB}`, [...PHRASES.relativeWords, ...unitPhrases('year')]);
const NOT_YEAR_NEXT = leadSticky(GLUE, `(?:${NOT_YEAR_FOLLOWER_RE})(?![\\p{L}])`, PHRASES.notYearFollowers);
const ERA_AFTER = leadSticky(SP, `(${ERA_RE})(?![\\p{L}\\u200c])`, PHRASES.eras);

/** Is the number ending at `pos` a count (`سال ۹۵ هزار نفر`) rather than a year? */
export function countFollows(s: Scan, pos: number): boolean {
  return leadEnd(NOT_YEAR_NEXT, s, pos) >= 0;
}

/** An era word after `pos` (`میلادی`, `هجری قمری`): its calendar and end, or null. */
export function eraAfter(s: Scan, pos: number): { calendar: Calendar; end: number } | null {
  const m = atLead(ERA_AFTER, s, pos);
  if (!m) return null;
  const era = ERAS.get(fold(m[1]));
  return era ? { calendar: era.calendar, end: pos + m[0].length } : null;
}

/**
 * The year written after a month or season at `pos`: `۱۴۰۱`, `سال ۱۴۰۱`, `۹۵`, `سال ۹۸`, `امسال`,
 * `سال گذشته`, `سال جاری میلادی`; an era word may follow and change the calendar.
 */
export function yearTail(s: Scan, pos: number, calendar: Calendar): YearTail | null {
  let tail: YearTail | null = null;
  const mayFollow = yearMayFollow(s.text, pos);
  const y4 = mayFollow ? at(YEAR4_AFTER, s, pos) : null;
  if (y4) {
    const year = Number(y4[1]);
    const end = pos + y4[0].length;
    const era = eraAfter(s, end);
    const cal = era?.calendar ?? calendar;
    if (yearFits(year, cal) && !countFollows(s, end)) tail = { end: era?.end ?? end, year, yearOffset: null, calendar: cal };
  }
  const y2 = tail || calendar !== 'jalali' || !mayFollow ? null : at(YEAR2_AFTER, s, pos);
  if (y2) {
    const end = pos + y2[0].length;
    if (!countFollows(s, end)) tail = { end, year: twoDigitYear(Number(y2[1])), yearOffset: null, calendar };
  }
  const rel = tail ? null : atLead(REL_YEAR_AFTER, s, pos);
  if (rel) {
    const word = rel[1] ? RELATIVE_WORDS.get(fold(rel[1])) : undefined;
    const offset = word ? (word.unit === 'year' ? word.offset : null) : (DIRECTIONS.get(fold(rel[2]))?.offset ?? null);
    if (offset !== null) {
      const end = pos + rel[0].length;
      const era = eraAfter(s, end);
      tail = { end: era?.end ?? end, year: null, yearOffset: offset, calendar: era?.calendar ?? calendar };
    }
  }
  return tail;
}

/**
 * Where may a block (`شش ماهه `, `سه ماهه دوم `) end at pos start? A block unit stands before the
 * last spaces, or before the word and the spaces before them (the word: letters, so no space in it);
 * -1 when none does. The match holds at most three runs of spaces (its two `SP` and a `GLUE`), so it
 * starts after the fourth run back: the regex is run from there, not over the whole window. Without
 * a literal unit (flexible spacing in the data), anywhere.
 */
const BLOCK_UNITS = PHRASES.blockUnits.some((u) => /[\s\u200c]/.test(u.trim())) ? null : PHRASES.blockUnits.map((u) => normalize(u).text.trim());
/** The last chars of the block units: a quick no before the words are compared. */
const BLOCK_LAST = new Set(BLOCK_UNITS?.map((u) => u.charCodeAt(u.length - 1)));
function unitEndsAt(text: string, q: number, from: number): boolean {
  if (!BLOCK_LAST.has(text.charCodeAt(q - 1))) return false;
  for (const u of BLOCK_UNITS!) if (q - u.length >= from && text.startsWith(u, q - u.length)) return true;
  return false;
}
export function blockMayEnd(text: string, pos: number, from: number): number {
  if (BLOCK_UNITS === null) return from;
  let q = pos;
  while (q > from && isSpaceAt(text, q - 1)) q--;
  if (q === pos) return -1;
  if (!unitEndsAt(text, q, from)) {
    while (q > from && !isSpaceAt(text, q - 1)) q--;
    const word = q;
    while (q > from && isSpaceAt(text, q - 1)) q--;
    if (q === word || !unitEndsAt(text, q, from)) return -1;
  }
  return afterSpaceRuns(text, pos, from, 4);
}

/** The end of the k-th run of spaces back from pos (the first is the one ending at pos), or `from`. */
function afterSpaceRuns(text: string, pos: number, from: number, k: number): number {
  let q = pos;
  let runs = 0;
  while (q > from) {
    if (!isSpaceAt(text, q - 1)) q--;
    else {
      if (++runs === k) return q;
      while (q > from && isSpaceAt(text, q - 1)) q--;
    }
  }
  return from;
}

const PART_BEFORE = atEnd(`${LB}(${PART_RE})${SP}`, wordThenSpaces(lastWords(PHRASES.parts)));
const BLOCK_BEFORE = atEnd(`${LB}(\\d{1,2}|[\\p{L}]+)${GLUE}(?:${BLOCK_UNIT_RE})(?:${SP}([\\p{L}]+))?${SP}`, blockMayEnd);

/** The part word (`پایان`, `اواخر`, `نیمه دوم`) just before `pos`, or null. */
export function partBefore(s: Scan, pos: number): { start: number; part: DateParse['part'] } | null {
  const m = endingAt(PART_BEFORE, s, pos);
  if (!m) return null;
  const entry = PARTS.get(fold(m.m[1]));
  return entry ? { start: m.start, part: entry.part } : null;
}

/**
 * Extend a year- or month-level parse leftwards with the part of it that is meant: a block of months
 * (`شش ماهه نخست امسال`, `سه ماهه دوم ۲۰۱۶`) or a part word (`پایان امسال` = its last month,
 * `ابتدای سال` = its first, `اواخر اسفند`, `نیمه دوم امسال`). Returns whether it extended.
 */
export function withPart(p: DateParse, s: Scan): boolean {
  if (isYearLevel(p)) {
    const b = endingAt(BLOCK_BEFORE, s, p.start);
    if (b) {
      const size = parseNumber(b.m[1]);
      const index = b.m[2] ? parseOrdinal(b.m[2]) : 1;
      if (size !== null && index !== null && size >= 1 && size < 12 && index >= 1 && size * index <= 12) {
        p.block = { size, index };
        p.start = b.start;
        return true;
      }
    }
  }
  if (!isYearLevel(p) && !isMonthLevel(p) && !isWeekLevel(p)) return false;
  const part = partBefore(s, p.start);
  if (!part) return false;
  p.start = part.start;
  if (isYearLevel(p) && part.part === 'end') p.month = 12;
  else if (isYearLevel(p) && part.part === 'start') p.month = 1;
  else p.part = part.part;
  return true;
}

const TIME_AFTER = sticky(`(?:\\s?[-–،,|]\\s?|${SP})(?:(?:${CLOCK_WORD_RE})${SP}?)?(\\d{1,2}):(\\d{2})(?::\\d{2})?(?![\\d:])`);
const CLOCK_AFTER = sticky(`${SP}(?:${CLOCK_WORD_RE})${SP}(\\d{1,2})(?![\\d:.])`);

/** A clock time written right after a date: `- 10:07`, `ساعت ۱۰:۳۰`, `ساعت ۱۰`. */
export function timeAfter(s: Scan, pos: number): { time: string; end: number } | null {
  const m = at(TIME_AFTER, s, pos) ?? at(CLOCK_AFTER, s, pos);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 24 || minute > 59) return null;
  return { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, end: pos + m[0].length };
}
