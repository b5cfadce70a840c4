/**
 * dates/recognize: find the date expressions of one sentence. One scan for anchor words (month and
 * weekday names, relative words, unit words, years, numeric dates, seasons), each handed to its form;
 * then the longest non-overlapping parses are kept, adjacent ones that describe the same day are
 * merged (`جمعه - ۲ آذر - ۱۴۰۳`, `امروز دوشنبه ۱۹ مهر`), and a clock time after a day is attached.
 *
 * Example: `در سال گذشته و تا ۲۲ بهمن امسال` → [`سال گذشته` (yearOffset -1), `۲۲ بهمن امسال`
 * (month 11, day 22, yearOffset 0)].
 */
import { NUMERIC_DATE_CUE_RE } from './lexicon.js';
import { KINDS, NUMERIC_DATE, nextAnchor } from './anchors.js';
import { monthForm, numericForm, seasonForm } from './forms.js';
import { relativeWordForm, unitForm, vagueForm, weekdayForm } from './relative.js';
import { bareYearForm } from './years.js';
import { isDayLevel, type DateParse } from './parse.js';
import type { Scan } from './scan.js';
import { timeAfter } from './tails.js';

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
