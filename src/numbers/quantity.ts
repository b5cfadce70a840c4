/**
 * numbers/quantity: numbers with a unit word after them (a currency, درصد), with the lists and ranges
 * that share the unit and the qualifier before them. Money and percentages are built on it.
 *
 * Example: `حدود ۱۰ تا ۱۲ میلیارد تومان` with unit تومان → two quantities: `10` (value 10e9, shared
 * unit) and `12 میلیارد تومان` (12e9), both with qualifier `حدود`.
 */
import { loadJson } from '../data.js';
import * as chars from '../segment/chars.js';
import { clean, findNumbersIn, leadingMagnitude, type FindOptions, type NumberMatch } from './index.js';
import { plainPairAfter, plainPairBefore } from './pieces.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, codesOf, flagsBefore, LETTER, ZWNJ_FLAG } = chars;

export interface UnitMatch<U> {
  start: number;
  end: number;
  unit: U;
}

export interface Quantity<U> {
  /** The normalized span: number to unit for the anchor; the number alone for a list member. */
  start: number;
  end: number;
  /** The number's value, with the anchor's magnitude for a bare list member. */
  value: number;
  unit: U;
  /** The number written, as found. */
  number: NumberMatch;
  qualifier: { start: number; end: number; text: string } | null;
}

const QUALIFIER_FILE = loadJson<{ qualifiers: { text: string; notAfterAmount?: boolean }[] }>('qualifiers.json').qualifiers;
const QUALIFIERS = QUALIFIER_FILE.map((q) => q.text);
/** Qualifiers that join a range when an amount stands right before them (`… ریال تا ۴۰ میلیون ریال`). */
const NOT_AFTER_AMOUNT = new Set(QUALIFIER_FILE.filter((q) => q.notAfterAmount).map((q) => q.text));
/** The qualifiers by their last char, longest first: the one right before a number is looked up there. */
const QUALIFIERS_BY_LAST = new Map<number, string[]>();
for (const q of [...QUALIFIERS].sort((a, b) => b.length - a.length)) {
  const last = q.charCodeAt(q.length - 1);
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), q]);
}
/** How far back from a number a qualifier is read (it and the space after it, within these chars). */
const QUALIFIER_REACH = 30;
/** What joins list or range members: `، ` `و` `تا` `الی` `یا` `-`; `به` only after `از` (`از ۱۷.۴ به ۲۹.۵`). */
const CLOSE_SEPARATOR = /^ ?(?:و|تا|الی|یا|-|–) ?$/;
const RANGE_SEPARATOR = /^ ?(?:تا|الی|-|–) ?$/;
const FROM_TO_SEPARATOR = /^ (?:به|تا) $/;
const LIST_SEPARATOR = /^ ?(?:،|,|و) ?$/;
const FROM_BEFORE = /(?<![\p{L}\u200c])از $/u;
/** A number after these words is a year or a label, not a list member: `سال ۹۸، ۲۰ میلیارد`. */
const NOT_MEMBER_BEFORE = /(?<![\p{L}\u200c])(?:سال|سالهای|سال‌های|ماده|بند|شماره|کد) $/u;

/** The longest text the separators above match (` الی `). */
const MAX_SEPARATOR = 5;

/** The index of the number that ends at `end` (the numbers come in order, ends rising), else -1. */
function endingAt(numbers: NumberMatch[], end: number): number {
  let lo = 0;
  let hi = numbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = numbers[mid].end;
    if (e === end) return mid;
    if (e < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How far before a unit its numbers (a list or range sharing it included) are looked for. */
const REACH = 300;

/**
 * The numbers of the stretches of text that lead up to each unit (from the line start, at most REACH
 * chars back, cut at a space): the grammar never runs over text that holds no unit. Within a stretch
 * only the parts a unit can take its numbers from are scanned (numbers/pieces): from the last pair of
 * plain words before the unit, to the first pair after it when another unit follows; the numbers of
 * those parts are the stretch's numbers that any unit can take, as the whole stretch's scan finds them.
 */
function numbersBefore<U>(text: string, units: UnitMatch<U>[], opts: FindOptions): NumberMatch[] {
  const codes = codesOf(text);
  const windows: number[] = []; // [start, end, first unit] triples, flat
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    // From the line start, at most REACH back: the newline is looked for no further.
    let start = Math.max(0, u.start - REACH);
    for (let i = u.start - 1; i >= start; i--) {
      if (codes[i] === 0x0a) {
        start = i + 1;
        break;
      }
    }
    if (start > 0 && text.charCodeAt(start - 1) !== 0x0a) {
      const space = text.indexOf(' ', start);
      start = space === -1 || space >= u.start ? u.start : space + 1;
    }
    const last = windows.length - 2;
    if (last > 0 && start <= windows[last]) windows[last] = Math.max(windows[last], u.end);
    else windows.push(start, u.end, k);
  }
  const out: NumberMatch[] = [];
  const pair = { start: 0, end: 0 };
  for (let w = 0; w < windows.length; w += 3) {
    const end = windows[w + 1];
    const firstUnit = windows[w + 2];
    const lastUnit = w + 5 < windows.length ? windows[w + 5] : units.length;
    let inOrder = true; // as the extractors give them; else the stretch is scanned whole
    for (let k = firstUnit + 1; k < lastUnit; k++) if (units[k].start < units[k - 1].end) inOrder = false;
    const before = inOrder ? plainPairBefore(text, codes, windows[w], units[firstUnit].start) : -1;
    let from = before === -1 ? windows[w] : before;
    for (let k = firstUnit + 1; k < lastUnit && inOrder; k++) {
      // Cut between unit k - 1 and unit k where a pair after the one and a pair before the other allow.
      if (!plainPairAfter(text, codes, units[k - 1].end, units[k].start, pair)) continue;
      const next = plainPairBefore(text, codes, pair.start - 1, units[k].start);
      if (next === -1) continue;
      findNumbersIn(text, from, pair.end, opts, out);
      from = next;
    }
    findNumbersIn(text, from, end, opts, out);
  }
  return out;
}

/** Is the char before `pos` a space? The patterns of words before a number end with one. */
function spaceBefore(text: string, pos: number): boolean {
  return text.charCodeAt(pos - 1) === 0x20;
}

/**
 * The qualifier right before a number that starts at `at` (`نزدیک به ` before it; the longest, not
 * after a letter or a ZWNJ), read within the QUALIFIER_REACH chars before it: at the start of those
 * the char before is not looked at (the old pattern ran over that stretch cut out of the text).
 */
function qualifierBefore(text: string, at: number): { start: number; end: number; text: string } | null {
  if (!spaceBefore(text, at)) return null;
  const list = QUALIFIERS_BY_LAST.get(text.charCodeAt(at - 2));
  if (list === undefined) return null;
  const lo = Math.max(0, at - QUALIFIER_REACH);
  for (const q of list) {
    const start = at - 1 - q.length;
    if (start < lo || !text.startsWith(q, start)) continue;
    // A pair cut by the stretch's start is a lone surrogate: no letter.
    const before = start === lo ? 0 : start - 1 === lo ? CHAR_FLAGS[text.charCodeAt(lo)] : flagsBefore(text, start);
    if ((before & (LETTER | ZWNJ_FLAG)) !== 0) continue;
    return { start, end: at - 1, text: q };
  }
  return null;
}

/**
 * Every quantity of `text`: each unit occurrence with the number right before it (glued, a space or a
 * ZWNJ between), and the bare numbers listed before that share it.
 */
export function findQuantities<U>(text: string, units: UnitMatch<U>[], opts: FindOptions = {}): Quantity<U>[] {
  if (units.length === 0) return [];
  const numbers = numbersBefore(text, units, opts);
  const anchored = new Uint8Array(numbers.length);
  const out: Quantity<U>[] = [];
  for (const u of units) {
    let k = endingAt(numbers, u.start);
    const before = text.charCodeAt(u.start - 1);
    if (k === -1 && (before === 0x20 || before === 0x200c)) k = endingAt(numbers, u.start - 1);
    if (k === -1 || anchored[k] === 1) continue;
    anchored[k] = 1;
    const anchor = numbers[k];
    // Walk back over list and range members.
    const members: number[] = [];
    let j = k - 1;
    let closest = true;
    while (j >= 0 && anchored[j] === 0) {
      if (numbers[j + 1].start - numbers[j].end > MAX_SEPARATOR) break; // no separator is longer
      const between = text.slice(numbers[j].end, numbers[j + 1].start);
      const fromTo = FROM_TO_SEPARATOR.test(between) && FROM_BEFORE.test(text.slice(Math.max(0, numbers[j].start - 4), numbers[j].start));
      const ok = closest ? CLOSE_SEPARATOR.test(between) || fromTo : LIST_SEPARATOR.test(between);
      if (!ok || (spaceBefore(text, numbers[j].start) && NOT_MEMBER_BEFORE.test(text.slice(Math.max(0, numbers[j].start - 12), numbers[j].start)))) break;
      members.unshift(j);
      if (RANGE_SEPARATOR.test(between) || fromTo) break; // a range has two ends
      closest = false;
      j--;
    }
    const first = members.length > 0 ? numbers[members[0]] : anchor;
    let qualifier = qualifierBefore(text, first.start);
    const prev = out[out.length - 1];
    // Right after the amount before (nothing or a space between): it joins a range.
    if (qualifier && NOT_AFTER_AMOUNT.has(qualifier.text) && prev && (qualifier.start <= prev.end || (qualifier.start === prev.end + 1 && spaceBefore(text, qualifier.start)))) qualifier = null;
    const magnitude = leadingMagnitude(anchor);
    for (const m of members) {
      const n = numbers[m];
      anchored[m] = 1;
      const bare = leadingMagnitude(n) === 1 && n.value < 1000;
      out.push({ start: n.start, end: n.end, value: bare ? clean(n.value * magnitude) : n.value, unit: u.unit, number: n, qualifier });
    }
    out.push({ start: anchor.start, end: u.end, value: anchor.value, unit: u.unit, number: anchor, qualifier });
  }
  // Mostly in order already (units come in order): then the (stable) sort would change nothing.
  for (let k = 1; k < out.length; k++) if (out[k - 1].start > out[k].start) return out.sort((a, b) => a.start - b.start);
  return out;
}
