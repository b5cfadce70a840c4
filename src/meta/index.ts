/**
 * meta: headline, dateline and agency, outlet, news code, URL and publication date of an article,
 * and the page boilerplate (comment rules, short link, 'انتهای پیام', code line) kept out of extraction.
 *
 * Example: `یاسوج - ایرنا - مدیر درمان … گفت` → dateline `یاسوج`, agency `ایرنا`;
 * `  • 22 مهر 1400 - 10:07` → published `{ jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' }`.
 */
import { loadJson } from '../data.js';
import {
  formatYMD,
  gregorianToJalali,
  isValidJalali,
  JALALI_MONTHS,
  jalaliToGregorian,
  monthNameForms,
  parseYMD,
  type YMD,
} from '../calendar.js';
import { fold } from '../normalize/index.js';
import * as chars from '../segment/chars.js';
import { creditInLines, newsCodeIn, urlIn } from './search.js';
import type { Span } from '../segment/index.js';
import type { ArticleMeta, PublishedDate } from '../types.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, LETTER, SPACE } = chars;

/** A region of normalized text that extractors skip, with why. */
export interface Excluded extends Span {
  reason: 'footer' | 'code-line' | 'end-marker' | 'page-date' | 'page-counter';
}

export interface MetaResult {
  meta: ArticleMeta;
  /** Normalized spans of the meta fields that are copied from the text (for raw slicing). */
  spans: { title: Span | null; url: Span | null };
  excluded: Excluded[];
}

interface OutletData {
  agencies: { name: string; aliases: string[] }[];
  outletPrefixes: { words: string; reason: string }[];
  notOutletHeads: string[];
}

const OUTLETS = loadJson<OutletData>('outlets.json');
const AGENCY_BY_FOLD = new Map<string, string>(
  OUTLETS.agencies.flatMap((a) => [a.name, ...a.aliases].map((n) => [fold(n), a.name] as [string, string])),
);
const NOT_OUTLET_HEADS = new Set(OUTLETS.notOutletHeads.map(fold));
/** The outlet prefixes with the space after them, longest first. */
const OUTLET_PREFIXES = OUTLETS.outletPrefixes.map((p) => p.words + ' ').sort((a, b) => b.length - a.length);

const MONTHS = monthNameForms('jalaliMonths').join('|');
const BULLET = '[\\s•·\\-–*|]*';
const DATE_LINE = new RegExp(
  `^${BULLET}(?:(?:تاریخ(?: انتشار)?|انتشار|منتشر شده(?: در)?)\\s*:?\\s*)?(?:[\\p{L}]+\\s*[،,-]?\\s*)?` +
    `(?:(\\d{1,2})\\s+(${MONTHS})(?:\\s*ماه)?\\s+(\\d{4})|(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2}))` +
    `\\s*(?:[-–،,|]|ساعت)?\\s*(?:ساعت\\s*)?(\\d{1,2}:\\d{2})?(?::\\d{2})?\\s*$`,
  'u',
);
const TODAY_LINE = /^[\s•·\-–*|]*امروز\s*:/u;
const CODE_LINE = /^[\s•·\-–*|]*(?:کد\s*خبر|شناسه\s*خبر|کد\s*مطلب)\s*:?\s*(\d+)\s*$/u;
const COUNTER_LINE = /^[\s•·\-–*|]*\d{1,4}\s*$/u;
const END_MARKER = /^[\s•·\-–*|]*انتهای\s*پیام(?![\p{L}\u200c]).*$/u;
const FOOTER_START = /^[\s•·\-–*|]*(?:لینک\s*کوتاه|ثبت\s*دیدگاه|قوانین\s*ارسال\s*(?:دیدگاه|نظر)|مجموع\s*دیدگاه|ارسال\s*نظر|نظرات\s*کاربران|برچسب\s*ها|کلید\s*واژه\s*ها)/u;
const DATELINE = /^([\p{L}\u200c]+(?: [\p{L}\u200c]+){0,2})\s*[-–]\s*([\p{L}\u200c]+(?: [\p{L}\u200c]+){0,3})\s*[-–]/u;
const LEAD_LABEL = /^([\p{L}\u200c]+(?: [\p{L}\u200c]+){0,2})\s+:\s+\S/u;
const SPEECH_VERB_END = /(?:گفت|افزود|کرد|داشت|داد|شد)$/u;
/**
 * The words a boilerplate line above opens with, after its bullets: امروز, کد, شناسه, انتهای and the
 * footer heads (a counter opens with a digit). None starts with a bullet, so those regexes match only
 * where the bullets end and one of these words stands.
 */
const BOILERPLATE_HEADS = new Map<number, string[]>();
for (const head of ['امروز', 'کد', 'شناسه', 'انتهای', 'لینک', 'ثبت', 'قوانین', 'مجموع', 'ارسال', 'نظرات', 'برچسب', 'کلید']) {
  const c = head.charCodeAt(0);
  BOILERPLATE_HEADS.set(c, [...(BOILERPLATE_HEADS.get(c) ?? []), head]);
}
const BULLETS = new Set([...'•·-–*|'].map((c) => c.charCodeAt(0)));

/** Could one of the boilerplate regexes (TODAY_LINE … FOOTER_START) match the line text[s, e)? */
function mayBeBoilerplate(text: string, s: number, e: number): boolean {
  let i = s;
  while (i < e && ((CHAR_FLAGS[text.charCodeAt(i)] & SPACE) !== 0 || BULLETS.has(text.charCodeAt(i)))) i++;
  if (i === e) return false;
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return true;
  const heads = BOILERPLATE_HEADS.get(c);
  if (heads !== undefined) for (const head of heads) if (text.startsWith(head, i)) return true;
  return false;
}

/** Chars a date line can end with (spaces aside): a digit, a separator before no time, the `ت` of `ساعت`. */
const DATE_LINE_ENDS = new Set([...'0123456789-–،,|ت'].map((c) => c.charCodeAt(0)));

/** Could DATE_LINE match the line text[s, e)? A quick no for almost every line: it must end as a date line ends. */
function mayBeDateLine(text: string, s: number, e: number): boolean {
  let end = e;
  while (end > s && (CHAR_FLAGS[text.charCodeAt(end - 1)] & SPACE) !== 0) end--;
  return end > s && DATE_LINE_ENDS.has(text.charCodeAt(end - 1));
}

/** The published date of the line text[s, e), sliced only when it may be a date line. */
function publishedIn(text: string, s: number, e: number): PublishedDate | null {
  return mayBeDateLine(text, s, e) ? parsePublished(text.slice(s, e)) : null;
}

function parsePublished(line: string): PublishedDate | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  let d: YMD;
  if (m[1]) d = { year: Number(m[3]), month: JALALI_MONTHS.get(fold(m[2])) ?? 0, day: Number(m[1]) };
  else d = { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]) };
  if (d.year < 1300 || d.year > 1500 || !isValidJalali(d)) return null;
  const time = m[7] ? m[7].padStart(5, '0') : null;
  return { jalali: formatYMD(d), gregorian: formatYMD(jalaliToGregorian(d)), time };
}

/** A published date given as `1400-07-22`, `1400/07/22 10:07` or ISO `2021-10-14T10:07` (JSONL, option). */
export function publishedFromString(value: string): PublishedDate | null {
  const [datePart, timePart] = value.trim().split(/[ T]+/);
  let d = parseYMD(datePart ?? '');
  if (!d) return null;
  if (d.year > 1700) d = gregorianToJalali(d); // a Gregorian date from a feed
  if (!isValidJalali(d)) return null;
  const time = timePart && /^\d{1,2}:\d{2}/.test(timePart) ? timePart.slice(0, 5).padStart(5, '0') : null;
  return { jalali: formatYMD(d), gregorian: formatYMD(jalaliToGregorian(d)), time };
}

function agencyOf(name: string): string | null {
  return AGENCY_BY_FOLD.get(fold(name)) ?? null;
}

/** The outlet named by a credit (`به گزارش سایت خبری پرسون،` → پرسون), or null for a source office. */
function outletFromCredit(credit: string): string | null {
  let name = credit.trim();
  for (const prefix of OUTLET_PREFIXES) {
    if (name.startsWith(prefix)) {
      name = name.slice(prefix.length).trim();
      break;
    }
  }
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 4 || NOT_OUTLET_HEADS.has(fold(words[0]))) return null;
  return agencyOf(name) ?? name;
}

/**
 * Could DATELINE match `t` (`یاسوج - ایرنا -`)? Its first dash comes after at most three words and
 * their spaces, so the first char that is no letter, ZWNJ or space must be a dash, with at most three
 * runs of spaces before it: a quick no for most lines, reading only their first words. (Surrogates may
 * be astral letters: read on.)
 */
function mayOpenWithDateline(t: string): boolean {
  let runs = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const flags = CHAR_FLAGS[c];
    if ((flags & SPACE) !== 0) {
      if (i > 0 && (CHAR_FLAGS[t.charCodeAt(i - 1)] & SPACE) === 0 && ++runs > 3) return false;
    } else if ((flags & LETTER) === 0 && c !== 0x200c && !(c >= 0xd800 && c <= 0xdfff)) return c === 0x2d || c === 0x2013;
  }
  return false;
}

/**
 * Could LEAD_LABEL match `t` (`گزارش امروز : …`)? Its words and spaces run up to a colon: the first
 * char that is no letter, ZWNJ or space must be `:` (surrogates may be astral letters: read on).
 */
function mayOpenWithLabel(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((CHAR_FLAGS[c] & (LETTER | SPACE)) === 0 && c !== 0x200c && !(c >= 0xd800 && c <= 0xdfff)) return c === 0x3a;
  }
  return false;
}

/** Are there at least `n` runs of spaces in `t`? */
function hasSpaceRuns(t: string, n: number): boolean {
  let runs = 0;
  for (let i = 0; i < t.length && runs < n; i++) {
    if ((CHAR_FLAGS[t.charCodeAt(i)] & SPACE) !== 0 && (i === 0 || (CHAR_FLAGS[t.charCodeAt(i - 1)] & SPACE) === 0)) runs++;
  }
  return runs >= n;
}

const SENTENCE_END = /[.:!؟?]$/;
const SAID = /گفت\s*:/;

function isHeadline(line: string): boolean {
  const t = line.trim();
  // Three words or more: two runs of spaces inside the trimmed line (`t.split(/\s+/).length >= 3`).
  return t.length >= 10 && t.length <= 300 && hasSpaceRuns(t, 2) && !SENTENCE_END.test(t) && !SAID.test(t);
}

/** Is the line text[s, e) empty or all spaces (`line.trim() === ''`)? */
function isBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((CHAR_FLAGS[text.charCodeAt(i)] & SPACE) === 0) return false;
  return true;
}

/** Is the line [s, e) inside an excluded span? */
function inExcluded(excluded: Excluded[], s: number, e: number): boolean {
  for (const x of excluded) if (s >= x.start && e <= x.end) return true;
  return false;
}

/**
 * Scratch lists of `extractMeta`, reused by each call (nothing it calls runs it again): the lines'
 * offsets, per line 1 when parsePublished gave a date, 2 when it gave null, 0 when not asked yet, and
 * the content lines' offsets.
 */
const STARTS: number[] = [];
const ENDS: number[] = [];
const DATED: number[] = [];
const CONTENT_STARTS: number[] = [];
const CONTENT_ENDS: number[] = [];
/** How many lines the scratch lists keep past a call: a huge text's are let go. */
const KEEP = 4096;

/** Meta of the normalized text `text`. */
export function extractMeta(text: string): MetaResult {
  // The lines (split at `\n`, as `text.split('\n')` would) as offsets: a line is sliced only when read.
  const starts = STARTS;
  const ends = ENDS;
  const dated = DATED;
  let lineCount = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    starts[lineCount] = start;
    ends[lineCount] = nl === -1 ? text.length : nl;
    dated[lineCount++] = 0;
    if (nl === -1) break;
    start = nl + 1;
  }
  const excluded: Excluded[] = [];
  let newsCode: string | null = null;
  let published: PublishedDate | null = null;
  let footerFrom = -1;
  for (let i = 0; i < lineCount && footerFrom < 0; i++) {
    const s = starts[i];
    const e = ends[i];
    if (mayBeBoilerplate(text, s, e)) {
      const t = text.slice(s, e);
      let m: RegExpExecArray | null;
      if (TODAY_LINE.test(t)) {
        excluded.push({ start: s, end: e, reason: 'page-date' });
        continue;
      }
      if ((m = CODE_LINE.exec(t))) {
        newsCode ??= m[1];
        excluded.push({ start: s, end: e, reason: 'code-line' });
        continue;
      }
      if (COUNTER_LINE.test(t)) {
        excluded.push({ start: s, end: e, reason: 'page-counter' });
        continue;
      }
      if (END_MARKER.test(t)) {
        excluded.push({ start: s, end: e, reason: 'end-marker' });
        continue;
      }
      if (FOOTER_START.test(t) && s > text.length / 3) {
        footerFrom = i;
        continue;
      }
    }
    if (!published && e - s <= 80) {
      published = publishedIn(text, s, e);
      dated[i] = published ? 1 : 2;
    }
  }
  if (footerFrom >= 0) excluded.push({ start: starts[footerFrom], end: text.length, reason: 'footer' });
  if (!newsCode) newsCode = newsCodeIn(text);

  // The content lines: not blank, excluded or a date line.
  const contentStarts = CONTENT_STARTS;
  const contentEnds = CONTENT_ENDS;
  let contentCount = 0;
  for (let i = 0; i < lineCount; i++) {
    const s = starts[i];
    const e = ends[i];
    if (isBlank(text, s, e) || inExcluded(excluded, s, e)) continue;
    if (dated[i] === 0 ? publishedIn(text, s, e) !== null : dated[i] === 1) continue;
    contentStarts[contentCount] = s;
    contentEnds[contentCount++] = e;
  }

  // Title: the first line when it reads as a headline and more text follows.
  let title: Span | null = null;
  if (contentCount > 1) {
    const s = contentStarts[0];
    const t = text.slice(s, contentEnds[0]);
    if (isHeadline(t)) title = { start: s + t.length - t.trimStart().length, end: s + t.trimEnd().length };
  }

  // Dateline and agency: 'یاسوج - ایرنا -' opening the first paragraph of the body.
  let dateline: string | null = null;
  let agency: string | null = null;
  // The first content lines, trimmed: where a dateline may stand.
  const opening: string[] = [];
  for (let k = 0; k < contentCount && k < 3; k++) opening.push(text.slice(contentStarts[k], contentEnds[k]).trim());
  let openedWithDateline = false; // some opening line matched DATELINE (read when no agency is found)
  for (const t of opening) {
    const m = mayOpenWithDateline(t) ? DATELINE.exec(t) : null;
    if (m) openedWithDateline = true;
    if (m && agencyOf(m[2])) {
      dateline = m[1];
      agency = agencyOf(m[2]);
      break;
    }
  }

  // Outlet: a site label opening the text ('گزارش امروز : …'), else the credit ('به گزارش رویداد خبر به نقل از').
  let outlet: string | null = null;
  const first = opening[0] ?? '';
  const label = mayOpenWithLabel(first) ? LEAD_LABEL.exec(first) : null;
  if (label && !SPEECH_VERB_END.test(label[1])) outlet = label[1];
  if (!outlet) {
    // The credit in the content lines (as a search of them joined by `\n` finds it).
    const credit = creditInLines(text, contentStarts, contentEnds, contentCount);
    if (credit !== null) outlet = outletFromCredit(credit);
  }
  if (!outlet && agency) outlet = agency;
  // Without an agency the loop above read every opening line.
  if (outlet && !agency && openedWithDateline) agency = agencyOf(outlet);

  if (lineCount > KEEP) for (const list of [STARTS, ENDS, DATED, CONTENT_STARTS, CONTENT_ENDS]) list.length = KEEP;

  const urlMatch = urlIn(text);
  const url: Span | null = urlMatch ? { start: urlMatch.index, end: urlMatch.index + urlMatch[0].length } : null;

  return {
    meta: { title: null, outlet, agency, dateline, newsCode, url: null, published },
    spans: { title, url },
    excluded,
  };
}
