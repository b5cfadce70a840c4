/**
 * dates/recognize: find the date expressions of one sentence. One scan for anchor words (month and
 * weekday names, relative words, unit words, years, numeric dates, seasons), inside the tokens whose
 * word may hold one, each anchor handed to its form;
 * then the longest non-overlapping parses are kept, adjacent ones that describe the same day are
 * merged (`جمعه - ۲ آذر - ۱۴۰۳`, `امروز دوشنبه ۱۹ مهر`), and a clock time after a day is attached.
 *
 * Example: `در سال گذشته و تا ۲۲ بهمن امسال` → [`سال گذشته` (yearOffset -1), `۲۲ بهمن امسال`
 * (month 11, day 22, yearOffset 0)].
 */
import { fold } from '../../normalize/index.js';
import { NUMERIC_DATE_CUE_RE } from './lexicon.js';
import { mayHoldAnchor, nextAnchor } from './anchors.js';
import type { Sentence } from '../../segment/index.js';
import { monthForm, numericForm, seasonForm } from './forms.js';
import { relativeWordForm, unitForm, vagueForm, weekdayForm } from './relative.js';
import { bareYearForm } from './years.js';
import { isDayLevel, type DateParse } from './parse.js';
import type { Scan } from './scan.js';
import { timeAfter } from './tails.js';

/**
 * Every parse an anchor yields in the sentence, overlapping ones included: the anchors as `nextAnchor`
 * finds them from the sentence start, each search from the end of the last match. An anchor starts
 * at a letter or digit, so inside a token; the search runs inside the tokens that may hold one only.
 */
function candidates(text: string, sentence: Sentence): DateParse[] {
  const tokens = sentence.tokens;
  let out: DateParse[] = NONE;
  let s: Scan | null = null; // set at the first anchor: most sentences have none
  let pos = sentence.start;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.end <= pos || !mayHoldAnchor(tok.word)) continue;
    for (let m = nextAnchor(text, Math.max(pos, tok.start), tok.end); m !== null; m = pos < tok.end ? nextAnchor(text, pos, tok.end) : null) {
      if (s === null) {
        s = SCAN;
        s.text = text;
        s.from = sentence.start;
        s.to = sentence.end;
      }
      const kind = m.kind;
      const start = m.start;
      const end = m.end;
      pos = end;
      const unitEnd = m.unitEnd;
      // The words' lookup key: what the forms look the anchor word up by.
      const key = kind === 'vague' || kind === 'numeric' || kind === 'year' ? '' : (m.key ?? fold(text.slice(start, unitEnd)));
      let p: DateParse | null = null;
      if (kind === 'vague') p = vagueForm(start, end);
      else if (kind === 'rel') p = relativeWordForm(s, start, end, key);
      else if (kind === 'numeric') p = numericForm(s, start, end);
      else if (kind === 'year') p = bareYearForm(s, start, end);
      else if (kind === 'jalali') p = monthForm(s, start, end, 'jalali', key);
      else if (kind === 'hijri') p = monthForm(s, start, end, 'hijri', key);
      else if (kind === 'gregorian') p = monthForm(s, start, end, 'gregorian', key);
      else if (kind === 'weekday') p = weekdayForm(s, start, end, key);
      else if (kind === 'season') p = seasonForm(s, start, end, key);
      else if (kind === 'plural') p = unitForm(s, start, unitEnd, end, key);
      else if (kind === 'unit') p = unitForm(s, start, end, end, key);
      if (p && p.start >= s.from && p.end <= s.to) {
        if (out === NONE) out = [];
        out.push(p);
      }
    }
  }
  return out;
}
/** No parses (shared: never to be changed). */
const NONE: DateParse[] = [];

/** The longest parses that do not overlap, in text order (`parses` is sorted in place). */
function longestFirst(parses: DateParse[]): DateParse[] {
  if (parses.length < 2) return parses;
  sortSmall(parses, longerFirst);
  const kept: DateParse[] = [];
  for (const p of parses) if (!overlapsAny(p, kept)) kept.push(p);
  return sortSmall(kept, byStart);
}
const longerFirst = (a: DateParse, b: DateParse) => b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: DateParse, b: DateParse) => a.start - b.start;

/**
 * Sort in place, stable (as `Array.prototype.sort`, so in the same order): an insertion sort, for
 * the few parses of a sentence, where the built-in sort allocates its work state on every call.
 */
function sortSmall(list: DateParse[], order: (a: DateParse, b: DateParse) => number): DateParse[] {
  for (let i = 1; i < list.length; i++) {
    const p = list[i];
    let j = i;
    while (j > 0 && order(list[j - 1], p) > 0) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = p;
  }
  return list;
}

function overlapsAny(p: DateParse, kept: DateParse[]): boolean {
  for (let i = 0; i < kept.length; i++) if (p.start < kept[i].end && kept[i].start < p.end) return true;
  return false;
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

/**
 * The sentence the forms read: one record, set for each sentence that has an anchor (the forms keep
 * no reference to it).
 */
const SCAN: Scan = { text: '', from: 0, to: 0 };

/** Recognize the dates of a sentence of normalized `text`. */
export function recognize(text: string, sentence: Sentence): DateParse[] {
  const found = candidates(text, sentence);
  if (found.length === 0) return found;
  const s = SCAN;
  // Merged in place: the list is this call's own (candidates' or longestFirst's), read ahead of the writes.
  const merged = longestFirst(found);
  let n = 0;
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i];
    const last = n > 0 ? merged[n - 1] : undefined;
    if (last && JOIN.test(text.slice(last.end, p.start)) && sameDay(last, p)) merged[n - 1] = merge(last, p);
    else merged[n++] = p;
  }
  if (n < merged.length) merged.length = n;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const p = merged[i];
    const next = i + 1 < n ? merged[i + 1] : undefined;
    const time = isDayLevel(p) ? timeAfter(s, p.end) : null;
    if (time && (!next || time.end <= next.start)) {
      p.time = time.time;
      p.end = time.end;
    }
    if (!p.silent) merged[kept++] = p;
  }
  if (kept < merged.length) merged.length = kept; // a builtin call: only where one was dropped
  return merged;
}
