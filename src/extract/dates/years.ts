/**
 * Year forms: a year after the year word (`سال ۱۳۹۸`, `سال ۹۸`, `سال‌های ۹۳ و ۹۴`, `سال تحصیلی ۹۵-۹۶`,
 * `سال ۲۶۰ هجری قمری`), and a number standing alone that context makes a year (`المپیک ۲۰۱۶`,
 * `انتخابات ۹۶`, `(۲۰۰۶)`, `۱۳۰۱-۱۳۹۵`, `۱۴۳۷ هجری قمری`, `سه ماهه دوم ۲۰۱۶`).
 *
 * Example: `سال‌های 2009 تا 2013` → `{ year: 2009, yearEnd: 2013, calendar: 'gregorian' }`;
 * `۱۳۰۰ نفر` → null (a count).
 */
import { fold } from '../../normalize/index.js';
import { wordStartBefore } from './before.js';
import { GLUE, SP, unitWordRe, YEAR_CUES } from './lexicon.js';
import { emptyParse, type DateParse } from './parse.js';
import { at, atEnd, charThenSpace, endingAt, matchEnd, sticky, type Scan } from './scan.js';
import { calendarOfYear, countFollows, eraAfter, twoDigitYear, withPart, yearFits } from './tails.js';

const YEAR_WORD = unitWordRe('year');
/** A further year in a list: `و ۹۴`, `تا ۱۳۹۵`, `- ۹۶`, `، ۲۰۱۸` (a comma only between four-digit years). */
const NEXT_YEAR = sticky(`(?:${SP}?[،,]${SP}?(?=\\d{4})|${SP}?(?:و|تا|-|–)${SP}?)(?:(?:${YEAR_WORD})${GLUE})?(\\d{4}|\\d{2})(?![\\d/.:])`);
/** Years of one list lie close together (`سال ۹۶ و ۲۰ ماه` is a year and a count). */
const LIST_SPAN: Record<number, number> = { 2: 10, 4: 100 };
const DASH_YEAR = sticky(`\\s?[-–]\\s?(\\d{4})(?![\\d/.:])`);
const PAREN_OPEN = atEnd(`\\(\\s?`, charThenSpace('('));
const PAREN_CLOSE = sticky(`\\s?\\)`);

const toYear = (digits: string) => (digits.length === 2 ? twoDigitYear(Number(digits)) : Number(digits));

/**
 * The year written at [start, end) after the year word (`p` already spans the word): with more years
 * after it (`۹۳ و ۹۴`, `۲۰۱۷، ۲۰۱۸ و ۲۰۱۹`) it is a range; an era word may follow.
 */
export function yearNumberForm(s: Scan, p: DateParse, digits: string, end: number): DateParse | null {
  if (countFollows(s, end)) return null;
  p.end = end;
  const years = followingYears(s, p, digits);
  const era = eraAfter(s, p.end);
  const calendar = era?.calendar ?? (digits.length === 2 ? 'jalali' : calendarOfYear(years[0]));
  if (!calendar) return null;
  if (digits.length === 3 && !era) return null; // `سال ۲۶۰` alone is no year; `سال ۲۶۰ هجری قمری` is
  if (!era && !years.every((y) => yearFits(y, calendar))) return null;
  p.calendar = calendar;
  if (era) p.end = era.end;
  p.year = Math.min(...years);
  if (years.length > 1) p.yearEnd = Math.max(...years);
  withPart(p, s);
  return p;
}

/** The years listed after the first (`۹۳ و ۹۴`, `۲۰۱۷، ۲۰۱۸ و ۲۰۱۹`), extending `p`; the first included. */
function followingYears(s: Scan, p: DateParse, digits: string): number[] {
  const years = [toYear(digits)];
  for (let next = at(NEXT_YEAR, s, p.end); next && next[1].length === digits.length; next = at(NEXT_YEAR, s, p.end)) {
    const nextEnd = p.end + next[0].length;
    if (countFollows(s, nextEnd) || Math.abs(toYear(next[1]) - years[0]) > LIST_SPAN[digits.length]) break;
    years.push(toYear(next[1]));
    p.end = nextEnd;
  }
  return years;
}

/** A cued year with the years listed after it (`مدل‌های ۲۰۱۶ و ۲۰۱۷`) as a range. */
function yearList(s: Scan, p: DateParse, digits: string): DateParse {
  const years = followingYears(s, p, digits).filter((y) => yearFits(y, p.calendar));
  p.year = Math.min(...years);
  if (years.length > 1) p.yearEnd = Math.max(...years);
  return p;
}

/** The year cue before `start` (`المپیک`, `جام جهانی`, `انتخابات`), one or two words back. */
function cueBefore(s: Scan, start: number): { twoDigit?: boolean } | null {
  for (let w = start, k = 0; k < 2 && (w = wordStartBefore(s.text, w, s.from)) >= 0; k++) {
    const cue = YEAR_CUES.get(fold(s.text.slice(w, start)));
    if (cue) return cue;
  }
  return null;
}

/**
 * A number standing alone is a year only where something says so: an era (`۱۴۳۷ هجری قمری`), a
 * range (`۱۳۰۱-۱۳۹۵`), a cue word (`المپیک ۲۰۱۶`, `انتخابات ۹۶`), parentheses (`(۲۰۰۶)`) or a part
 * or block word (`سه ماهه دوم ۲۰۱۶`); else it is a count or a code.
 */
export function bareYearForm(s: Scan, start: number, end: number): DateParse | null {
  if (countFollows(s, end)) return null; // a count word after: `۱۴۰۰ نفر`
  // Two digits are a year after a cue that takes them only.
  if (end - start === 2) {
    if (cueBefore(s, start)?.twoDigit !== true) return null;
    const p = emptyParse(start, end);
    p.year = twoDigitYear(Number(s.text.slice(start, end)));
    return p;
  }
  const digits = s.text.slice(start, end);
  const p = emptyParse(start, end);
  const year = Number(digits);
  p.year = year;
  const era = eraAfter(s, end);
  const calendar = era?.calendar ?? calendarOfYear(year);
  if (!calendar || (!era && !yearFits(year, calendar))) return null;
  p.calendar = calendar;
  if (era) {
    p.end = era.end;
    withPart(p, s);
    return p;
  }
  const range = at(DASH_YEAR, s, end);
  if (range) {
    const other = Number(range[1]);
    if (!yearFits(other, calendar) || countFollows(s, end + range[0].length)) return null;
    p.year = Math.min(year, other);
    p.yearEnd = Math.max(year, other);
    p.end = end + range[0].length;
    return p;
  }
  if (cueBefore(s, start)) return yearList(s, p, digits);
  if (endingAt(PAREN_OPEN, s, start) && matchEnd(PAREN_CLOSE, s, end) >= 0) return p;
  return withPart(p, s) ? p : null;
}
