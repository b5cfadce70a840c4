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
import { isExcluded, toMention, type ExtractContext } from './context.js';

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
const DIGIT = /\d/;

function units(text: string): UnitMatch<null>[] {
  const out: UnitMatch<null>[] = [];
  for (let m, p = 0; (m = PERCENT_GATE.find(PERCENT_AT, text, p)) !== null; p = m.index + m[0].length) {
    const unit = m[1] ?? m[2];
    if (GLUED_ONLY.has(unit) && !DIGIT.test(text[m.index - 1] ?? '')) continue;
    out.push({ start: m.index, end: m.index + unit.length, unit: null });
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
    out.push({
      ...toMention(ctx, q.start, q.end),
      value: q.value,
      approximate: q.qualifier !== null,
      qualifier: q.qualifier ? toMention(ctx, q.qualifier.start, q.qualifier.end).text : null,
    });
  }
  return out;
}
