/**
 * The searches of meta over the whole text, each tried (sticky) only where a word its matches open
 * with stands: the first match each finds is the one a global search of the pattern finds.
 *
 * Example: `newsCodeIn('… کد خبر: 26984')` → '26984'; `creditIn('به گزارش ایرنا، …')[1]` → 'ایرنا';
 * `urlIn('… https://rooydadkhabar.ir/?p=26984')[0]` → the URL; `creditInLines(text, starts, ends)` →
 * 'ایرنا' when a line [starts[k], ends[k]) of text reads `به گزارش ایرنا، …` (those lines joined, unjoined).
 */
import * as chars from '../segment/chars.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, SPACE } = chars;

/** Sticky: tried only where `به گزارش` stands (see `creditIn`). */
const CREDIT = /به\s+گزارش\s+([^،,:\n]{2,80}?)(?=\s*[،,:]|\s+(?:به\s+نقل\s+از|از|در|و)\s)/uy;
/** Sticky: tried only where `http` stands (see `urlIn`). */
const URL = /https?:\/\/[^\s<>"'«»]+/uy;
/** Sticky: tried only where `کد` or `شناسه` stands (see `newsCodeIn`). */
const NEWS_CODE = /(?:کد\s*خبر|شناسه\s*خبر)\s*:?\s*(\d{3,})/uy;

/**
 * The first match of NEWS_CODE in text, as a global search finds it. A match is `کد` or `شناسه`,
 * spaces, then `خبر`: so for each `خبر` in turn, where the spaces before it follow one of those words,
 * the pattern is tried where the word starts (further on for each later `خبر`: the text order holds).
 */
export function newsCodeIn(text: string): string | null {
  for (let k = text.indexOf('خبر'); k >= 0; k = text.indexOf('خبر', k + 1)) {
    let w = k;
    while (w > 0 && (CHAR_FLAGS[text.charCodeAt(w - 1)] & SPACE) !== 0) w--;
    const start = w >= 2 && text.startsWith('کد', w - 2) ? w - 2 : w >= 5 && text.startsWith('شناسه', w - 5) ? w - 5 : -1;
    if (start < 0) continue;
    NEWS_CODE.lastIndex = start;
    const m = NEWS_CODE.exec(text);
    if (m) return m[1];
  }
  return null;
}

/**
 * The first match of CREDIT in body, as a global search finds it. A match is `به`, spaces, then
 * `گزارش`: so for each `گزارش` in turn, where the spaces before it follow a `به`, the pattern is
 * tried at that `به` (which is further on for each later `گزارش`: the text order holds).
 */
export function creditIn(body: string): RegExpExecArray | null {
  for (let g = body.indexOf('گزارش'); g >= 0; g = body.indexOf('گزارش', g + 1)) {
    let w = g;
    while (w > 0 && (CHAR_FLAGS[body.charCodeAt(w - 1)] & SPACE) !== 0) w--;
    if (w === g || w < 2 || body.charCodeAt(w - 2) !== 0x0628 || body.charCodeAt(w - 1) !== 0x0647) continue; // به
    CREDIT.lastIndex = w - 2;
    const m = CREDIT.exec(body);
    if (m) return m;
  }
  return null;
}

/**
 * The most chars other than spaces CREDIT reads from its `به` on: `به` 2, `گزارش` 5, the credit 80 and
 * `به نقل از` 7, then the one char that ends a run (chars past it are never read).
 */
const CREDIT_REACH = 2 + 5 + 80 + 7 + 1;

/**
 * `creditIn(body)[1]` for the body made of the lines [starts[k], ends[k]) (k < count) of text joined by `\n`, read
 * in text where it can: at a `به گزارش` inside one line whose CREDIT_REACH chars (spaces aside) lie in
 * that line (or the line ends the text), the pattern reads the same chars in text as in the body. At
 * any other place (a `به` on the line before, a short line whose next line the pattern may read) the
 * body is joined and searched whole: the places before failed in it as they failed here.
 */
export function creditInLines(text: string, starts: number[], ends: number[], count = starts.length): string | null {
  let k = 0;
  for (let g = text.indexOf('گزارش'); g >= 0 && k < count; g = text.indexOf('گزارش', g + 1)) {
    while (k < count && ends[k] < g + 5) k++;
    if (k === count) break;
    const s = starts[k];
    if (g < s) continue; // in a line that is not in the body
    let w = g;
    while (w > s && (CHAR_FLAGS[text.charCodeAt(w - 1)] & SPACE) !== 0) w--;
    if (w === s) {
      if (k === 0) continue; // the body's start: no `به` before
      return joinedCredit(text, starts, ends, count); // the spaces go on over the `\n` before, in the body
    }
    if (w === g) continue;
    if (w - 2 < s || text.charCodeAt(w - 2) !== 0x0628 || text.charCodeAt(w - 1) !== 0x0647) continue; // به
    const e = ends[k];
    let q = w - 2;
    for (let n = 0; q < e && n < CREDIT_REACH; q++) if ((CHAR_FLAGS[text.charCodeAt(q)] & SPACE) === 0) n++;
    if (q === e && e !== text.length) return joinedCredit(text, starts, ends, count);
    CREDIT.lastIndex = w - 2;
    const m = CREDIT.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** `creditIn` of the lines joined: the slow way, for the places `creditInLines` cannot read in text. */
function joinedCredit(text: string, starts: number[], ends: number[], count: number): string | null {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(text.slice(starts[k], ends[k]));
  return creditIn(parts.join('\n'))?.[1] ?? null;
}

/** The first match of URL in text, as a global search finds it: tried where `http` stands. */
export function urlIn(text: string): RegExpExecArray | null {
  for (let h = text.indexOf('http'); h >= 0; h = text.indexOf('http', h + 1)) {
    URL.lastIndex = h;
    const m = URL.exec(text);
    if (m) return m;
  }
  return null;
}
