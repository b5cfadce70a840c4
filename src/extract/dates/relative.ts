/**
 * Relative forms: one-word relatives (`امسال`, `پارسال`, `امروز`, `دیروز`, `فردا`), a unit with a
 * direction and maybe a count (`سال گذشته`, `سالجاری`, `۲ سال آینده`, `دو روز پیش`, `این هفته`),
 * weekdays (`روز سه شنبه`, `پنجشنبه شب`, `شنبه گذشته`, `شنبه هفته آینده`) and vague spans.
 *
 * Example: `تا ۲ سال آینده` → `{ text: '۲ سال آینده', yearOffset: 2 }`; `به مدت حدود دو سال` → null
 * (a duration); `گزارش امروز :` → null (a label); `وی گفت: امروز دنیا …` → null ('nowadays').
 */
import { fold } from '../../normalize/index.js';
import { CHAR_FLAGS, flagsAt, LETTER, NUMBER, SPACE, ZWNJ_FLAG } from '../../segment/chars.js';
import { cardinalBefore, gluedCardinal, wordStartBefore } from './before.js';
import {
  CLOCK_WORD_RE,
  DEMONSTRATIVE_RE,
  DEMONSTRATIVE_UNITS,
  DIRECTION_RE,
  DIRECTIONS,
  GENERIC_TODAY_HEADS,
  GLUE,
  HALF_RE,
  lastWords,
  LB,
  PART_OF_DAY_RE,
  PHRASES,
  RB,
  RELATIVE_WORDS,
  SP,
  SPEECH_CUE_RE,
  UNITS,
  unitPhrases,
  unitWordRe,
  VAGUE_COUNT_RE,
  VAGUE_DIRECTION_RE,
  WEEKDAY_NOT_DATE,
  WEEKDAY_RE,
  WEEKDAYS,
  YEAR_KIND_RE,
  type Unit,
} from './lexicon.js';
import { emptyParse, type DateParse } from './parse.js';
import { at, atEnd, atLead, charThenSpace, endingAt, leadEnd, leadSticky, matchEnd, sticky, wordThenSpaces, type Scan } from './scan.js';
import { eraAfter, withPart } from './tails.js';
import { yearNumberForm } from './years.js';

const WEEK_WORD = unitWordRe('week');
const DAY_WORD = unitWordRe('day');

const DIRECTION_AFTER = leadSticky(SP, `(${DIRECTION_RE})${RB}`, PHRASES.directions);
/** `سال گذشته`, `سالجاری`, `هفته ی قبل` (the ezafe written apart). */
const GLUED_DIRECTION_AFTER = leadSticky(GLUE, `(?:ی${SP})?(${DIRECTION_RE})${RB}`, PHRASES.directions, ['ی']);
const GLUED_VAGUE_AFTER = leadSticky(GLUE, `(?:${VAGUE_DIRECTION_RE})${RB}`, PHRASES.vagueDirections);
const HALF_AFTER = leadSticky(SP, `(?:${HALF_RE})${RB}`, PHRASES.halves);
const EVENT_AFTER = sticky(`${SP}از${RB}`);
const WEEKDAY_LEFT = atEnd(`${LB}(?:${DAY_WORD}|${PART_OF_DAY_RE})${SP}`, wordThenSpaces(lastWords([...unitPhrases('day'), ...PHRASES.partsOfDay])));
const PART_OF_DAY_AFTER = leadSticky(SP, `(?:${PART_OF_DAY_RE})${RB}`, PHRASES.partsOfDay);
const WEEK_AFTER = leadSticky(SP, `(?:(?:${DEMONSTRATIVE_RE})${SP}(?:${WEEK_WORD})|(?:${WEEK_WORD})${GLUE}(${DIRECTION_RE}))${RB}`, [...PHRASES.demonstratives, ...unitPhrases('week')]);
const DEMONSTRATIVE_BEFORE = atEnd(`${LB}(?:${DEMONSTRATIVE_RE})${SP}`, wordThenSpaces(lastWords(PHRASES.demonstratives)));
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isGlue = (c: number) => c === 0x200c || (CHAR_FLAGS[c] & SPACE) !== 0;
/** A digit count ends in a digit, maybe then a space or ZWNJ (`GLUE`). */
export const digitCountMayEnd = (text: string, pos: number, from: number) =>
  pos > from && (isDigit(text.charCodeAt(pos - 1)) || (pos - 1 > from && isGlue(text.charCodeAt(pos - 1)) && isDigit(text.charCodeAt(pos - 2)))) ? from : -1;
const DIGIT_COUNT_BEFORE = atEnd(`(?<![\\p{N}/.,:])(\\d{1,3})${GLUE}`, digitCountMayEnd);
const VAGUE_COUNT_BEFORE = atEnd(`${LB}(?:${VAGUE_COUNT_RE})${SP}`, wordThenSpaces(lastWords(PHRASES.vagueCounts)));
const YEAR_AFTER_WORD = sticky(`(?:${SP}(?:${YEAR_KIND_RE}))?${GLUE}(\\d{2,4})(?![\\d/.:])`);
const YEAR_KIND_AFTER = leadSticky(SP, `(?:${YEAR_KIND_RE})${RB}`, PHRASES.yearKinds);
/** `\s?:` at pos, within the sentence (a label: `امروز :`): a space is taken where it stands. */
function labelColonAt(s: Scan, pos: number): boolean {
  const q = (CHAR_FLAGS[s.text.charCodeAt(pos)] & SPACE) !== 0 ? pos + 1 : pos;
  return s.text.charCodeAt(q) === 0x3a && q + 1 <= s.to;
}
/** RB at pos (no letter, digit or ZWNJ), within the sentence. */
const wordEndAt = (s: Scan, pos: number) => pos <= s.to && (flagsAt(s.text, pos) & (LETTER | NUMBER | ZWNJ_FLAG)) === 0;
const QUOTE_OPEN = atEnd(`[«"“]\\s?`, charThenSpace('«"“'));
const QUOTE_CLOSE = sticky(`\\s?[»"”]`);
/** What ties `امروز` to the day: `صبح امروز`, `امروز عصر`, `امروز یکشنبه`, `ساعت ۱۸ امروز`. */
const DAY_TIE_BEFORE = atEnd(`(?:${LB}(?:${PART_OF_DAY_RE})|(?:${CLOCK_WORD_RE})${SP}\\d{1,2}(?::\\d{2})?|\\d{1,2}:\\d{2})${SP}`);
const DAY_TIE_AFTER = sticky(`${SP}(?:${PART_OF_DAY_RE}|${WEEKDAY_RE}|(?:${CLOCK_WORD_RE}))${RB}|\\s?[(-]`);

function setOffset(p: DateParse, unit: Unit, offset: number): void {
  if (unit === 'year') p.yearOffset = offset;
  else if (unit === 'month') p.monthOffset = offset;
  else if (unit === 'week') p.weekOffset = offset;
  else p.dayOffset = offset;
}

const SPEECH_CUE = new RegExp(SPEECH_CUE_RE, 'u');

/** Inside quoted or reported speech: after a colon, `«` or `اینکه` earlier in the sentence. */
function inSpeech(s: Scan, pos: number): boolean {
  return SPEECH_CUE.test(s.text.slice(s.from, pos));
}

/**
 * `امروز` is the article's day where the reporter says it or where a time or weekday ties it; in
 * quoted speech and after a noun (`دنیای امروز`) it means 'nowadays'.
 */
function genericToday(s: Scan, start: number, end: number): boolean {
  if (endingAt(DAY_TIE_BEFORE, s, start) || matchEnd(DAY_TIE_AFTER, s, end) >= 0) return false;
  const prev = wordStartBefore(s.text, start, s.from);
  if (prev >= 0 && GENERIC_TODAY_HEADS.has(fold(s.text.slice(prev, start)))) return true;
  return inSpeech(s, start);
}

/** A one-word relative date (see module doc); not a label `امروز :` nor a title `«فردا»`. `key`: the word's `fold`. */
export function relativeWordForm(s: Scan, start: number, end: number, key: string): DateParse | null {
  const word = RELATIVE_WORDS.get(key);
  if (!word) return null;
  if (labelColonAt(s, end)) return null;
  if (endingAt(QUOTE_OPEN, s, start) && matchEnd(QUOTE_CLOSE, s, end) >= 0) return null;
  if (word.generic && genericToday(s, start, end)) return null;
  const p = emptyParse(start, end);
  setOffset(p, word.unit, word.offset);
  if (word.unit === 'year') {
    const era = eraAfter(s, end);
    if (era) {
      p.calendar = era.calendar;
      p.end = era.end;
    }
    withPart(p, s);
  }
  return p;
}

/** The count before a unit word: digits, number words, glued (`دوسال`) or vague (`چند`). */
function countBefore(s: Scan, start: number): { start: number; value: number | null } | null | false {
  if (start > s.from && (CHAR_FLAGS[s.text.charCodeAt(start - 1)] & (LETTER | ZWNJ_FLAG)) !== 0) return gluedCardinal(s.text, start, s.from) ?? false;
  const digits = endingAt(DIGIT_COUNT_BEFORE, s, start);
  if (digits) return { start: digits.start, value: Number(digits.m[1]) };
  const vague = endingAt(VAGUE_COUNT_BEFORE, s, start);
  if (vague) return { start: vague.start, value: null };
  return cardinalBefore(s.text, start, s.from);
}

/**
 * A unit word (`unitEnd`) maybe in the plural (`end`) with what makes it a date: a year number, a
 * direction (with a count: `۲ سال آینده`), a vague direction (`سالهای اخیر`), a demonstrative
 * (`این هفته`) or a part word (`پایان سال`). A count alone is a duration (`به مدت دو سال`). `key`:
 * the unit word's `fold`.
 */
export function unitForm(s: Scan, start: number, unitEnd: number, end: number, key: string): DateParse | null {
  const unit = UNITS.get(key)?.unit;
  if (!unit) return null;
  const plural = end > unitEnd;
  const count = countBefore(s, start);
  if (count === false) return null; // glued to a word that is no number: `بزرگسال`
  // The parse is made in the branch that yields it: most unit words yield none.

  if (unit === 'year' && !count) {
    const y = at(YEAR_AFTER_WORD, s, end);
    const year = y ? yearNumberForm(s, emptyParse(start, end), y[1], end + y[0].length) : null;
    if (year) return year;
    if (leadEnd(YEAR_KIND_AFTER, s, end) >= 0) return null; // `آغاز سال تحصیلی`: no calendar year
  }
  const halfEnd = count ? leadEnd(HALF_AFTER, s, end) : -1;
  const half = halfEnd >= 0;
  const afterCount = half ? halfEnd : end;
  const dir = atLead(GLUED_DIRECTION_AFTER, s, afterCount);
  const direction = dir ? DIRECTIONS.get(fold(dir[1])) : undefined;
  if (dir && direction && !(direction.needsCount && !count)) {
    const p = emptyParse(start, end);
    p.end = afterCount + dir[0].length;
    if (count && direction.offset !== 0) p.start = count.start;
    // `یک ماه قبل از انتخابات`: relative to an event of the story, not to the article's date
    const eventRelative = direction.eventRelative === true && matchEnd(EVENT_AFTER, s, p.end) >= 0;
    if (eventRelative || (plural && !count) || half || (count && count.value === null)) {
      p.vague = true; // `سال‌های گذشته`, `یک سال و نیم پیش`, `چند روز پیش`
      p.silent = !half && !eventRelative;
      return p;
    }
    const n = count && direction.offset !== 0 ? (count.value as number) : 1;
    setOffset(p, unit, direction.offset * n);
    if (unit === 'year') {
      const era = eraAfter(s, p.end);
      if (era) {
        p.calendar = era.calendar;
        p.end = era.end;
      }
      withPart(p, s);
    }
    return p;
  }
  const vagueEnd = leadEnd(GLUED_VAGUE_AFTER, s, afterCount);
  if (vagueEnd >= 0 && (plural || count)) {
    const p = emptyParse(start, end);
    p.end = vagueEnd;
    if (count) p.start = count.start;
    p.vague = true;
    p.silent = !count || count.value === null; // `سالهای اخیر`, `چند ماه اخیر`; `دو سال اخیر` is reported
    return p;
  }
  if (!wordEndAt(s, end)) return null;
  const demonstrative = endingAt(DEMONSTRATIVE_BEFORE, s, start);
  if (demonstrative && !plural && !count && DEMONSTRATIVE_UNITS.has(unit)) {
    const p = emptyParse(start, end);
    p.start = demonstrative.start;
    setOffset(p, unit, 0);
    return p;
  }
  if ((unit === 'year' || unit === 'week') && !plural && !count) {
    const p = emptyParse(start, end);
    setOffset(p, unit, 0); // `پایان سال`, `آخر هفته`: the year or week meant is the current one
    return withPart(p, s) ? p : null;
  }
  return null;
}

/** A weekday: `روز سه شنبه`, `پنجشنبه شب`, `شنبه گذشته`, `شنبه هفته آینده`; not `امام جمعه`. `key`: its `fold`. */
export function weekdayForm(s: Scan, start: number, end: number, key: string): DateParse | null {
  const weekday = WEEKDAYS.get(key);
  if (weekday === undefined) return null;
  const prev = wordStartBefore(s.text, start, s.from);
  if (prev >= 0 && WEEKDAY_NOT_DATE.has(fold(s.text.slice(prev, start)))) return null;
  const p = emptyParse(start, end);
  p.weekday = weekday;
  const left = endingAt(WEEKDAY_LEFT, s, start);
  if (left) p.start = left.start;
  const podEnd = leadEnd(PART_OF_DAY_AFTER, s, p.end);
  if (podEnd >= 0) p.end = podEnd;
  const week = atLead(WEEK_AFTER, s, p.end);
  if (week) {
    const offset = week[1] ? DIRECTIONS.get(fold(week[1]))?.offset : 0;
    if (offset !== undefined) {
      p.weekOffset = offset;
      p.end += week[0].length;
    }
    return p;
  }
  const dir = atLead(DIRECTION_AFTER, s, p.end);
  const direction = dir ? DIRECTIONS.get(fold(dir[1])) : undefined;
  if (dir && direction && direction.offset !== 0 && !direction.needsCount) {
    p.weekdayDirection = direction.offset < 0 ? -1 : 1;
    p.end += dir[0].length;
  }
  return p;
}

/** A vague span from the lexicon (`آینده نزدیک`, `شب گذشته`): recognized, not reported. */
export function vagueForm(start: number, end: number): DateParse {
  const p = emptyParse(start, end);
  p.vague = true;
  p.silent = true;
  return p;
}
