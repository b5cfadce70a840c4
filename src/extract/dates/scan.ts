/**
 * Matching at a position of a sentence: sticky regexes forward from an offset, `$`-anchored regexes
 * backward from one, never past the sentence bounds; and the cheap tests that say where a regex cannot
 * match, so that it is not run there: `wordThenSpaces` and `charThenSpace` (one of a pattern's last words,
 * or chars, stands before the spaces), `leadSticky` (a pattern that starts with a space or glue and one
 * of its words), `matchEnd`/`leadEnd` (a regex asked only where its match ends: no match array).
 *
 * Example: with `s = { text: 'تا ۲۲ بهمن امسال', from: 0, to: 16 }` (normalized, ASCII digits),
 * `at(sticky('\\s(امسال)'), s, 10)` matches ` امسال`; `endingAt(atEnd('(\\d+)\\s'), s, 6)` gives start 3;
 * `wordThenSpaces(['حدود'])` says no match can end after `در سال ` (`سال` is no such word): the regex is not run.
 */
import { CHAR_FLAGS, SPACE } from '../../segment/chars.js';
import { firstWord, GLUE, SP } from './lexicon.js';

/** A sentence of the normalized text: matches stay inside [from, to). */
export interface Scan {
  text: string;
  from: number;
  to: number;
}

/** A regex that matches exactly at `lastIndex`. */
export const sticky = (src: string): RegExp => new RegExp(src, 'uy');
/**
 * A regex that matches a suffix of the text before a position. `mayEnd`, tried first: where a match
 * ending at `pos` may start, at `from` or later: -1 for nowhere (a cheap no), else a position no
 * match starts before, with a space or `from` before it (so the lookbehind of a match starting
 * there passes either way). A pattern ending in `\s{1,2}` needs a space just before.
 */
export type MayEnd = (text: string, pos: number, from: number) => number;
export interface EndPattern {
  re: RegExp;
  spaceLast: boolean;
  mayEnd: MayEnd | null;
  /** How far back the text is read: the longest match and two units for the lookbehind, at most WINDOW. */
  reach: number;
}
export const atEnd = (src: string, mayEnd: MayEnd | null = null): EndPattern => ({
  re: new RegExp(`(?:${src})$`, 'u'),
  spaceLast: src.endsWith('\\s{1,2}') && !alternatesAtTop(src),
  mayEnd,
  reach: Math.min(WINDOW, maxLength(src) + 2),
});

/** The longest text `endingAt` looks back over. */
const WINDOW = 60;

/**
 * The most UTF-16 units a match of `src` can take (Infinity when unbounded or not understood), for
 * the patterns of this grammar: literals, escapes, classes, groups, lookarounds (no width), `|`,
 * `?`, `{m,n}`. A class or escape counts two units (an astral letter may match).
 */
export function maxLength(src: string): number {
  let i = 0;
  const alternation = (): number => {
    let best = sequence();
    while (src[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom: number;
      const ch = src[i];
      if (ch === '(') {
        const look = /^\(\?<?[=!]/.test(src.slice(i, i + 4));
        i += src.startsWith('(?:', i) ? 3 : look ? (src[i + 2] === '<' ? 4 : 3) : src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 - i : 1;
        const inner = alternation();
        if (src[i] !== ')') return Infinity;
        i++;
        atom = look ? 0 : inner;
      } else if (ch === '[') {
        const close = src.indexOf(']', i + 1 + (src[i + 1] === ']' ? 1 : 0));
        if (close === -1) return Infinity;
        i = close + 1;
        atom = 2;
      } else if (ch === '\\') {
        const next = src[i + 1];
        if (next === 'p' || next === 'P') i = src.indexOf('}', i) + 1;
        else if (next === 'u') i += src[i + 2] === '{' ? src.indexOf('}', i) + 1 - i : 6;
        else i += 2;
        atom = 2;
      } else if (ch === '^' || ch === '$') {
        i++;
        atom = 0;
      } else if (ch === '.' || ch === '*' || ch === '+') return Infinity;
      else {
        i++;
        atom = 1;
      }
      const q = src[i];
      if (q === '?') {
        i++;
      } else if (q === '*' || q === '+') return Infinity;
      else if (q === '{') {
        const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i));
        if (!m) return Infinity;
        if (m[2] === '') return Infinity;
        atom *= Number(m[2] ?? m[1]);
        i += m[0].length;
      }
      if (src[i] === '?') i++; // lazy
      total += atom;
    }
    return total;
  };
  const n = alternation();
  return i === src.length ? n : Infinity;
}

/** Has `src` a `|` outside groups and classes (so its last atom does not end every match)? */
function alternatesAtTop(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Is text[i] a space (the char flags' SPACE)? */
export const isSpaceAt = (text: string, i: number) => (CHAR_FLAGS[text.charCodeAt(i)] & SPACE) !== 0;

/**
 * The `mayEnd` of a pattern that ends in one of `words`, then `\s{1,2}` (`(?:<phrases>)\s{1,2}`, the
 * phrases ending in these words): no match where none of them stands right before the last one or
 * two spaces. `در سال` before `سال`: `در` is no vague count (`چند`), the regex does not run.
 */
export function wordThenSpaces(words: string[]): MayEnd {
  // By last char: most chars before the spaces end none of the words (a bit per char & 0x7ff first).
  const byLast = new Map<number, string[]>();
  const lastBits = new Uint8Array(0x800);
  for (const w of new Set(words)) {
    const c = w.charCodeAt(w.length - 1);
    byLast.set(c, [...(byLast.get(c) ?? []), w]);
    lastBits[c & 0x7ff] = 1;
  }
  return (text, pos, from) => {
    for (let q = pos; q > from && q > pos - 2 && isSpaceAt(text, q - 1); ) {
      q--;
      const c = text.charCodeAt(q - 1);
      const list = lastBits[c & 0x7ff] === 0 ? undefined : byLast.get(c);
      if (list !== undefined) for (const w of list) if (q - w.length >= from && text.startsWith(w, q - w.length)) return from;
    }
    return -1;
  };
}

/** The `mayEnd` of `[<chars>]\s?`: one of `chars` before pos, maybe a space between. */
export function charThenSpace(chars: string): MayEnd {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  const at = (text: string, i: number, from: number) => i >= from && codes.includes(text.charCodeAt(i));
  return (text, pos, from) => (at(text, pos - 1, from) || (pos - 1 > from && isSpaceAt(text, pos - 1) && at(text, pos - 2, from)) ? from : -1);
}

/**
 * A sticky regex `<lead><rest>`, the lead `GLUE` or `SP`, whose rest starts with the first word of one
 * of `phrases` (or one of `more`): `atLead` runs it only where the first char of one stands after a
 * lead. After `سال ۹۵`, ` هزار` may be a count word (`ه` after the space), ` و` may not (most are a quick no).
 */
export interface LeadPattern {
  re: RegExp;
  spaced: boolean;
  first: ReadonlySet<number>;
}
export const leadSticky = (lead: typeof GLUE | typeof SP, rest: string, phrases: string[], more: string[] = []): LeadPattern => ({
  re: sticky(`${lead}${rest}`),
  spaced: lead === SP,
  first: new Set([...phrases.map(firstWord), ...more].map((w) => w.charCodeAt(0))),
});

/** May a LeadPattern match at pos? A GLUE lead is a space or ZWNJ or nothing, SP one or two spaces, each taken where it stands. */
function leadMay(p: LeadPattern, text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  const d = text.charCodeAt(pos + 1);
  if (p.spaced) return isSpaceAt(text, pos) && (p.first.has(d) || (isSpaceAt(text, pos + 1) && p.first.has(text.charCodeAt(pos + 2))));
  return p.first.has(c) || ((c === 0x200c || isSpaceAt(text, pos)) && p.first.has(d));
}

/** `at` for a LeadPattern. */
export function atLead(p: LeadPattern, s: Scan, pos: number): RegExpExecArray | null {
  return leadMay(p, s.text, pos) ? at(p.re, s, pos) : null;
}

/** `matchEnd` for a LeadPattern. */
export function leadEnd(p: LeadPattern, s: Scan, pos: number): number {
  return leadMay(p, s.text, pos) ? matchEnd(p.re, s, pos) : -1;
}

/**
 * Where `re` (sticky) matches from `pos` within the sentence ends, or -1: `at` where only the
 * match's end is read, with no match array made (`test` leaves `lastIndex` at the end).
 */
export function matchEnd(re: RegExp, s: Scan, pos: number): number {
  re.lastIndex = pos;
  return re.test(s.text) && re.lastIndex <= s.to ? re.lastIndex : -1;
}

/** Match `re` (sticky) at `pos`, within the sentence. */
export function at(re: RegExp, s: Scan, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(s.text);
  return m && m.index + m[0].length <= s.to ? m : null;
}

/** Match `p` (`$`-anchored) on the text just before `pos`; `start` is where the match begins. */
export function endingAt(p: EndPattern, s: Scan, pos: number): { start: number; m: RegExpExecArray } | null {
  // No match starts further back than `reach` allows, and the lookbehind sees what it saw in WINDOW.
  let from = Math.max(s.from, pos - p.reach);
  if (p.spaceLast && (CHAR_FLAGS[s.text.charCodeAt(pos - 1)] & SPACE) === 0) return null;
  if (p.mayEnd !== null && (from = p.mayEnd(s.text, pos, from)) < 0) return null;
  const m = p.re.exec(s.text.slice(from, pos));
  return m ? { start: from + m.index, m } : null;
}
