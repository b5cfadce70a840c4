/**
 * Matching at a position of a sentence: sticky regexes forward from an offset, `$`-anchored regexes
 * backward from one, never past the sentence bounds.
 *
 * Example: with `s = { text: 'تا ۲۲ بهمن امسال', from: 0, to: 16 }` (normalized, ASCII digits),
 * `at(sticky('\\s(امسال)'), s, 10)` matches ` امسال`; `endingAt(atEnd('(\\d+)\\s'), s, 6)` gives start 3.
 */

/** A sentence of the normalized text: matches stay inside [from, to). */
export interface Scan {
  text: string;
  from: number;
  to: number;
}

/** A regex that matches exactly at `lastIndex`. */
export const sticky = (src: string): RegExp => new RegExp(src, 'uy');
/** A regex that matches a suffix of the text before a position. */
export const atEnd = (src: string): RegExp => new RegExp(`(?:${src})$`, 'u');

/** Match `re` (sticky) at `pos`, within the sentence. */
export function at(re: RegExp, s: Scan, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(s.text);
  return m && m.index + m[0].length <= s.to ? m : null;
}

/** Match `re` (`$`-anchored) on the text just before `pos`; `start` is where the match begins. */
export function endingAt(re: RegExp, s: Scan, pos: number, window = 60): { start: number; m: RegExpExecArray } | null {
  const from = Math.max(s.from, pos - window);
  const m = re.exec(s.text.slice(from, pos));
  return m ? { start: from + m.index, m } : null;
}
