/**
 * Matching at a position of a sentence: sticky regexes forward from an offset, `$`-anchored regexes
 * backward from one, never past the sentence bounds.
 *
 * Example: with `s = { text: 'تا ۲۲ بهمن امسال', from: 0, to: 16 }` (normalized, ASCII digits),
 * `at(sticky('\\s(امسال)'), s, 10)` matches ` امسال`; `endingAt(atEnd('(\\d+)\\s'), s, 6)` gives start 3.
 */
import { CHAR_FLAGS, SPACE } from '../../segment/chars.js';

/** A sentence of the normalized text: matches stay inside [from, to). */
export interface Scan {
  text: string;
  from: number;
  to: number;
}

/** A regex that matches exactly at `lastIndex`. */
export const sticky = (src: string): RegExp => new RegExp(src, 'uy');
/**
 * A regex that matches a suffix of the text before a position. `key`: a literal every match holds
 * (looked for first, a cheap no). A pattern ending in `\s{1,2}` needs a space just before.
 */
export interface EndPattern {
  re: RegExp;
  spaceLast: boolean;
  key: string | null;
}
export const atEnd = (src: string, key: string | null = null): EndPattern => ({
  re: new RegExp(`(?:${src})$`, 'u'),
  spaceLast: src.endsWith('\\s{1,2}') && !alternatesAtTop(src),
  key,
});

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

/** Match `re` (sticky) at `pos`, within the sentence. */
export function at(re: RegExp, s: Scan, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(s.text);
  return m && m.index + m[0].length <= s.to ? m : null;
}

/** Match `p` (`$`-anchored) on the text just before `pos`; `start` is where the match begins. */
export function endingAt(p: EndPattern, s: Scan, pos: number, window = 60): { start: number; m: RegExpExecArray } | null {
  const from = Math.max(s.from, pos - window);
  if (p.spaceLast && (CHAR_FLAGS[s.text.charCodeAt(pos - 1)] & SPACE) === 0) return null;
  if (p.key !== null) {
    const k = s.text.indexOf(p.key, from);
    if (k === -1 || k + p.key.length > pos) return null;
  }
  const m = p.re.exec(s.text.slice(from, pos));
  return m ? { start: from + m.index, m } : null;
}
