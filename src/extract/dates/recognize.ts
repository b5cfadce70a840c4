/**
 * dates/recognize: find the date expressions of one sentence. One scan for anchor words (month and
 * weekday names, relative words, unit words, years, numeric dates, seasons), each handed to its form;
 * then the longest non-overlapping parses are kept, adjacent ones that describe the same day are
 * merged (`جمعه - ۲ آذر - ۱۴۰۳`, `امروز دوشنبه ۱۹ مهر`), and a clock time after a day is attached.
 *
 * Example: `در سال گذشته و تا ۲۲ بهمن امسال` → [`سال گذشته` (yearOffset -1), `۲۲ بهمن امسال`
 * (month 11, day 22, yearOffset 0)].
 */
import {
  GLUE,
  GREGORIAN_MONTH_RE,
  HIJRI_MONTH_RE,
  JALALI_MONTH_RE,
  LB,
  NUMERIC_DATE_CUE_RE,
  firstWord,
  PHRASES,
  StartGate,
  RB,
  RELATIVE_WORD_RE,
  SEASON_RE,
  UNIT_RE,
  VAGUE_RE,
  WEEKDAY_RE,
  unitWordRe,
} from './lexicon.js';
import { monthForm, numericForm, seasonForm } from './forms.js';
import { relativeWordForm, unitForm, vagueForm, weekdayForm } from './relative.js';
import { bareYearForm } from './years.js';
import { isDayLevel, type DateParse } from './parse.js';
import type { Scan } from './scan.js';
import { timeAfter } from './tails.js';
import { codesOf, flagsBefore, LETTER, NUMBER, ZWNJ_FLAG } from '../../segment/chars.js';

const MONTH_WORD = unitWordRe('month');
const NUMERIC_DATE = '\\d{1,4}(?:\\s?[/-]\\s?\\d{1,2}\\s?[/-]\\s?|\\.\\d{1,2}\\.)\\d{1,4}';

/** Every anchor word of the date grammar (global; `nextAnchor` finds the same matches faster). */
export const ANCHOR = new RegExp(
  `${LB}(?:` +
    `(?<vague>${VAGUE_RE})${RB}` +
    `|(?<rel>${RELATIVE_WORD_RE})${RB}` +
    `|(?<numeric>${NUMERIC_DATE})(?![\\d/])` +
    `|(?<year>\\d{4}|\\d{2})(?![\\d/.:,])` +
    `|(?<jalali>${JALALI_MONTH_RE})(?=${GLUE}(?:${MONTH_WORD})${RB}|${RB})` +
    `|(?<hijri>${HIJRI_MONTH_RE})${RB}` +
    `|(?<gregorian>${GREGORIAN_MONTH_RE})${RB}` +
    `|(?<weekday>${WEEKDAY_RE})${RB}` +
    `|(?<season>${SEASON_RE})${RB}` +
    `)` +
    `|(?<plural>${UNIT_RE})${GLUE}(?:های|ها)(?![\\p{L}])` +
    `|(?<unit>${UNIT_RE})`,
  'gu',
);

/**
 * ANCHOR matched at one position only (tried where a gate char stands), its groups numbered: a match
 * then carries no `groups` object. KINDS names group k + 1.
 */
const ANCHOR_AT = new RegExp(ANCHOR.source.replace(/\(\?<([a-z]+)>/g, '('), 'uy');
const KINDS = [...ANCHOR.source.matchAll(/\(\?<([a-z]+)>/g)].map((m) => m[1]);
if (new RegExp(`${ANCHOR_AT.source}|`, 'u').exec('')!.length !== KINDS.length + 1) {
  throw new Error('dates/recognize: ANCHOR must capture in its named groups only');
}
/**
 * Where an anchor can start: the left-bounded alternatives at a word start only, the unit words
 * anywhere. ANCHOR cannot match elsewhere, so the scan tries it only there.
 */
const BOUNDED_WORDS = [
  ...PHRASES.vague, ...PHRASES.relativeWords, ...PHRASES.jalaliMonths, ...PHRASES.hijriMonths,
  ...PHRASES.gregorianMonths, ...PHRASES.weekdays, ...PHRASES.seasons,
].map(firstWord);
const UNIT_WORDS = PHRASES.units.map(firstWord);
const BOUNDED = new StartGate().words(BOUNDED_WORDS);
for (let d = 0x30; d <= 0x39; d++) BOUNDED.char(d);
const UNITS_ANYWHERE = new StartGate().words(UNIT_WORDS);
const NOT_BEFORE_BOUNDED = LETTER | NUMBER | ZWNJ_FLAG;

/**
 * The pair gates in a compact form the scan can keep in cache: each Arabic-block char that is the
 * first or second char of a gate word gets a small class (1…63); per pair of classes, two words of
 * bits: a bit per third char modulo 32 that a unit word (then a left-bounded word) continues with
 * there, all bits after a two-char word, 0 when no word starts with the pair. `سازمان` passes the
 * pair `ما` (`ماه`), not its third char. Any other way a word can start (a digit, a Latin month, a
 * one-char word) is marked in SLOW, where the gates decide.
 */
const CLASS = new Uint8Array(0x10000);
const PAIRS = new Uint32Array(64 * 64 * 2);
/** Per pair of classes: does any word start with it (PAIRS not 0)? 4 KB, read for most pairs. */
const PAIR_USED = new Uint8Array(64 * 64);
const SLOW = new Uint8Array(0x10000);
/**
 * Per entry of PAIRS: the first words themselves. Every alternative starts with its first word
 * written out, so where none stands the pattern cannot match (`میلیارد` passes `میل` of `میلادی`).
 */
const FIRST_WORDS: (string[] | undefined)[] = new Array<string[] | undefined>(64 * 64 * 2).fill(undefined);
const inBlock = (c: number) => c >= 0x600 && c <= 0x6ff;
{
  let classes = 0;
  const classOf = (c: number) => {
    if (CLASS[c] === 0) CLASS[c] = ++classes;
    if (classes >= 64) throw new Error('dates/recognize: too many gate chars for the pair table');
    return CLASS[c];
  };
  const add = (words: string[], half: number) => {
    for (const w of words) {
      const c = w.charCodeAt(0);
      const d = w.charCodeAt(1);
      if (w.length < 2 || !inBlock(c) || !inBlock(d)) {
        SLOW[c] = 1;
        continue;
      }
      const k = (((classOf(c) << 6) | classOf(d)) << 1) + half;
      PAIRS[k] |= w.length === 2 ? 0xffffffff : 1 << (w.charCodeAt(2) & 31);
      PAIR_USED[k >> 1] = 1;
      const list = (FIRST_WORDS[k] ??= []);
      if (!list.includes(w)) list.push(w);
    }
  };
  add(UNIT_WORDS, 0);
  add(BOUNDED_WORDS, 1);
  for (let d = 0x30; d <= 0x39; d++) SLOW[d] = 1;
}

function startsWithAny(text: string, p: number, words: string[] | undefined): boolean {
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) if (text.startsWith(words[i], p)) return true;
  return false;
}

/** Per char: 1 a unit word may start here, 2 a left-bounded alternative may (bits). */
const ANY_FIRST = new Uint8Array(0x10000);
/** Per char: the second chars (bit per code modulo 32) that may follow it in either gate: a first no. */
const ANY_SECOND = new Uint32Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  ANY_FIRST[c] = (UNITS_ANYWHERE.first[c] !== 0 ? 1 : 0) | (BOUNDED.first[c] !== 0 ? 2 : 0);
  ANY_SECOND[c] = UNITS_ANYWHERE.secondBits[c] | BOUNDED.secondBits[c];
}

/**
 * The next ANCHOR match starting in [pos, to), as the global regex would find it. Most chars are
 * passed over on one bit of ANY_SECOND; then the pair of classes and the third char, the left
 * boundary only where they pass, and the gates only at SLOW chars.
 */
export function nextAnchor(text: string, pos: number, to: number): RegExpExecArray | null {
  const codes = codesOf(text); // two zeros past the end (class 0)
  const end = Math.min(to, text.length);
  for (let p = pos; (p = nextPair(codes, p, end)) < end; p++) {
    const c = codes[p];
    const next = codes[p + 1];
    const a = CLASS[c];
    let pass = false;
    if (a !== 0) {
      const k = (a << 6) | CLASS[next];
      if (PAIR_USED[k] !== 0) {
        const unit = PAIRS[k << 1];
        const bounded = PAIRS[(k << 1) + 1];
        const t = codes[p + 2] & 31;
        pass =
          (((unit >>> t) & 1) !== 0 && startsWithAny(text, p, FIRST_WORDS[k << 1])) ||
          (((bounded >>> t) & 1) !== 0 && (flagsBefore(text, p) & NOT_BEFORE_BOUNDED) === 0 && startsWithAny(text, p, FIRST_WORDS[(k << 1) + 1]));
      }
    }
    if (!pass) {
      if (SLOW[c] === 0) continue;
      const g = ANY_FIRST[c];
      const unit = (g & 1) !== 0 && UNITS_ANYWHERE.allows(text, p);
      if (!unit && ((g & 2) === 0 || (flagsBefore(text, p) & NOT_BEFORE_BOUNDED) !== 0 || !BOUNDED.allows(text, p))) continue;
    }
    ANCHOR_AT.lastIndex = p;
    const m = ANCHOR_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The first p in [from, end) whose char and the next pass ANY_SECOND, else `end`: the tight loop
 * over most of the text, kept apart so that it compiles to a few instructions per char.
 */
function nextPair(codes: Uint16Array, from: number, end: number): number {
  let next = codes[from];
  for (let p = from; p < end; p++) {
    const c = next;
    next = codes[p + 1];
    if (((ANY_SECOND[c] >>> (next & 31)) & 1) !== 0) return p;
  }
  return end;
}

/** Every parse an anchor yields in the sentence, overlapping ones included. */
function candidates(s: Scan): DateParse[] {
  const out: DateParse[] = [];
  let m: RegExpExecArray | null;
  for (let pos = s.from; (m = nextAnchor(s.text, pos, s.to)) !== null; ) {
    let k = 1;
    while (k < m.length && !m[k]) k++;
    const kind = KINDS[k - 1];
    const start = m.index;
    const end = start + m[0].length;
    pos = end;
    let p: DateParse | null = null;
    if (kind === 'vague') p = vagueForm(start, end);
    else if (kind === 'rel') p = relativeWordForm(s, start, end);
    else if (kind === 'numeric') p = numericForm(s, start, end);
    else if (kind === 'year') p = bareYearForm(s, start, end);
    else if (kind === 'jalali') p = monthForm(s, start, end, 'jalali');
    else if (kind === 'hijri') p = monthForm(s, start, end, 'hijri');
    else if (kind === 'gregorian') p = monthForm(s, start, end, 'gregorian');
    else if (kind === 'weekday') p = weekdayForm(s, start, end);
    else if (kind === 'season') p = seasonForm(s, start, end);
    else if (kind === 'plural') p = unitForm(s, start, start + m[k].length, end);
    else if (kind === 'unit') p = unitForm(s, start, end, end);
    if (p && p.start >= s.from && p.end <= s.to) out.push(p);
  }
  return out;
}

/** The longest parses that do not overlap, in text order. */
function longestFirst(parses: DateParse[]): DateParse[] {
  const sorted = [...parses].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateParse[] = [];
  for (const p of sorted) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

/** What may stand between two parses of one day: a space, a dash or comma, a date cue (`دوشنبه مورخ ۱۳/۲/۹۵`). */
const JOIN = new RegExp(`^\\s{0,2}(?:[-–،,]\\s?)?(?:(?:${NUMERIC_DATE_CUE_RE})\\s{1,2})?$`, 'u');

/** Points at a day without naming it in a calendar: a weekday and/or a relative day. */
const pointsAtDay = (p: DateParse) =>
  (p.weekday !== null || p.dayOffset !== null) && p.month === null && p.year === null && p.yearOffset === null && !p.vague;
/** Names a day of a month. */
const namesDay = (p: DateParse) => p.day !== null && p.month !== null && p.weekday === null && p.dayOffset === null;

/** Two adjacent parses of one day: `امروز` + `یکشنبه`, `جمعه` + `۲ آذر ۱۴۰۳`. */
function sameDay(a: DateParse, b: DateParse): boolean {
  if (!pointsAtDay(a) || a.weekOffset !== null || a.weekdayDirection !== null) return false;
  if (namesDay(b)) return true;
  return pointsAtDay(b) && (a.weekday === null) !== (b.weekday === null) && (a.dayOffset === null) !== (b.dayOffset === null);
}

function merge(a: DateParse, b: DateParse): DateParse {
  const out: DateParse = { ...b, start: a.start };
  out.weekday = a.weekday ?? b.weekday;
  out.dayOffset = a.dayOffset ?? b.dayOffset;
  return out;
}

/** Recognize the dates of the sentence [from, to) of normalized `text`. */
export function recognize(text: string, from: number, to: number): DateParse[] {
  const s: Scan = { text, from, to };
  const kept = longestFirst(candidates(s));
  const merged: DateParse[] = [];
  for (const p of kept) {
    const last = merged[merged.length - 1];
    if (last && JOIN.test(text.slice(last.end, p.start)) && sameDay(last, p)) merged[merged.length - 1] = merge(last, p);
    else merged.push(p);
  }
  merged.forEach((p, i) => {
    const next = merged[i + 1];
    const time = isDayLevel(p) ? timeAfter(s, p.end) : null;
    if (time && (!next || time.end <= next.start)) {
      p.time = time.time;
      p.end = time.end;
    }
  });
  return merged.filter((p) => !p.silent);
}
