/**
 * extract/percentages: numbers with درصد، درصدی، ٪ or %, spelled or in digits, glued or apart; a
 * digit run glued to `رصد` is the typo of درصد. Lists and ranges share the unit; a qualifier before
 * sets `approximate`.
 *
 * Example: `بیش از ۱۲.۵ درصد` → { text: '۱۲.۵ درصد', value: 12.5, approximate: true, qualifier:
 * 'بیش از' }; `۵۴درصدی` → 54; `سی درصد` → 30; `از ۱۷.۴ به ۲۹.۵ درصد` → 17.4 and 29.5.
 */
import { loadJson } from '../data.js';
import { findQuantities, type UnitMatch } from '../numbers/quantity.js';
import { StartGate } from '../segment/gate.js';
import type { PercentageMention } from '../types.js';
import { isExcluded, rawEndOf, rawStartOf, rawText, type ExtractContext } from './context.js';

interface PercentFile {
  adjectiveSuffixes: string[];
  units: { text: string; gluedToDigitsOnly?: boolean }[];
}

const FILE = loadJson<PercentFile>('percent-units.json');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GLUED_ONLY = new Set(FILE.units.filter((u) => u.gluedToDigitsOnly).map((u) => u.text));
const SUFFIX = FILE.adjectiveSuffixes.map(escape).join('|');
const alternation = (texts: string[]) =>
  texts
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const NAMES = alternation(FILE.units.map((u) => u.text));
const WORDS = alternation(FILE.units.map((u) => u.text).filter((t) => /\p{L}/u.test(t)));
const SIGNS = alternation(FILE.units.map((u) => u.text).filter((t) => !/\p{L}/u.test(t)));
/** A percent word ending a word (`درصد`, `درصدی`), or a sign (which may be glued to what follows). */
const PERCENT = new RegExp(`(${WORDS})(?:${SUFFIX})?(?![\\p{L}\\p{M}\\u200c])|(${SIGNS})`, 'gu');
const WHOLE = new RegExp(`^(${NAMES})(?:${SUFFIX})?$`, 'u');
/** PERCENT tried at one position, where the gate of the units' first chars allows (same matches). */
const PERCENT_AT = new RegExp(PERCENT.source, 'uy');
const PERCENT_GATE = new StartGate().words(FILE.units.map((u) => u.text));
/** `\d` (NaN, before the text, is none). */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Every percent word ends with the same two chars (`صد`) and every sign is one char: a match starts
 * at a sign or at most TAIL_REACH chars before a `صد`. `indexOf` finds those few places; the gate and
 * the pattern are tried only there (the same matches as a scan of every char, left to right).
 */
const WORD_UNITS = FILE.units.map((u) => u.text).filter((t) => /\p{L}/u.test(t));
const TAIL = WORD_UNITS[0].slice(-2);
const TAIL_REACH = Math.max(...WORD_UNITS.map((t) => t.length - 2));
const SIGN_UNITS = FILE.units.map((u) => u.text).filter((t) => !/\p{L}/u.test(t));
if (WORD_UNITS.some((t) => !t.endsWith(TAIL)) || SIGN_UNITS.some((t) => t.length !== 1)) {
  throw new Error('percent-units.json: the words must share their last two chars and signs be one char');
}

/**
 * Where a PERCENT match may start, as sorted disjoint [start, end) ranges (flat): at each sign, and in
 * the TAIL_REACH chars before each tail.
 */
function startRanges(text: string): number[] {
  const signs: number[] = [];
  for (const s of SIGN_UNITS) for (let k = text.indexOf(s); k !== -1; k = text.indexOf(s, k + 1)) signs.push(k);
  if (SIGN_UNITS.length > 1) signs.sort((x, y) => x - y);
  const out: number[] = [];
  const add = (lo: number, hi: number) => {
    if (out.length > 0 && lo <= out[out.length - 1]) out[out.length - 1] = Math.max(out[out.length - 1], hi);
    else out.push(lo, hi);
  };
  let i = 0;
  for (let q = text.indexOf(TAIL, 1); q !== -1; q = text.indexOf(TAIL, q + 1)) {
    const lo = Math.max(0, q - TAIL_REACH);
    for (; i < signs.length && signs[i] < lo; i++) add(signs[i], signs[i] + 1);
    add(lo, q);
  }
  for (; i < signs.length; i++) add(signs[i], signs[i] + 1);
  return out;
}

function units(text: string): UnitMatch<null>[] {
  const out: UnitMatch<null>[] = [];
  const ranges = startRanges(text);
  let p = 0; // where the last match ended: matches do not overlap
  for (let r = 0; r < ranges.length; r += 2) {
    for (let m; (m = PERCENT_GATE.find(PERCENT_AT, text, Math.max(p, ranges[r]), ranges[r + 1])) !== null; ) {
      p = m.index + m[0].length;
      const unit = m[1] ?? m[2];
      if (GLUED_ONLY.has(unit) && !isDigit(text.charCodeAt(m.index - 1))) continue;
      out.push({ start: m.index, end: m.index + unit.length, unit: null });
    }
  }
  return out;
}

/** `صددرصد`: a percent word glued to a number word (not the typo, which needs digits). */
function isGluedPercent(rest: string): boolean {
  const m = WHOLE.exec(rest);
  return m !== null && !GLUED_ONLY.has(m[1]);
}

export function extractPercentages(ctx: ExtractContext): PercentageMention[] {
  const out: PercentageMention[] = [];
  for (const q of findQuantities(ctx.text, units(ctx.text), { gluedUnit: isGluedPercent })) {
    if (isExcluded(ctx, q)) continue;
    // toMention's fields written into the mention: no mention object to copy from.
    const start = rawStartOf(ctx, q.start);
    const end = rawEndOf(ctx, q.start, q.end, start);
    out.push({
      text: ctx.raw.slice(start, end),
      start,
      end,
      value: q.value,
      approximate: q.qualifier !== null,
      qualifier: q.qualifier ? rawText(ctx, q.qualifier.start, q.qualifier.end) : null,
    });
  }
  return out;
}
