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
import { CHAR_FLAGS, LETTER, SPACE } from '../segment/chars.js';
import { creditIn, newsCodeIn, urlIn } from './search.js';
import type { Span } from '../segment/index.js';
import type { ArticleMeta, PublishedDate } from '../types.js';

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
const OUTLET_PREFIXES = OUTLETS.outletPrefixes.map((p) => p.words).sort((a, b) => b.length - a.length);

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
 * The chars that can open the first word of a boilerplate line above, after its bullets: امروز, کد,
 * شناسه, the digits of a counter, انتهای, and the footer heads (لینک, ثبت, قوانین, مجموع, ارسال,
 * نظرات, برچسب, کلید). None is a bullet, so those regexes match only where the bullets end.
 */
const BOILERPLATE_OPENERS = new Set([...'اکش0123456789لثقمنب'].map((c) => c.charCodeAt(0)));
const BULLETS = new Set([...'•·-–*|'].map((c) => c.charCodeAt(0)));

/** Could one of the boilerplate regexes (TODAY_LINE … FOOTER_START) match `t`? */
function mayBeBoilerplate(t: string): boolean {
  let i = 0;
  while (i < t.length && ((CHAR_FLAGS[t.charCodeAt(i)] & SPACE) !== 0 || BULLETS.has(t.charCodeAt(i)))) i++;
  return i < t.length && BOILERPLATE_OPENERS.has(t.charCodeAt(i));
}

interface Line extends Span {
  text: string;
}

/** The lines of text (split at `\n`, as `text.split('\n')` would), with their offsets. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** Chars a date line can end with (spaces aside): a digit, a separator before no time, the `ت` of `ساعت`. */
const DATE_LINE_ENDS = new Set([...'0123456789-–،,|ت'].map((c) => c.charCodeAt(0)));

/** Could DATE_LINE match `line`? A quick no for almost every line: it must end as a date line ends. */
function mayBeDateLine(line: string): boolean {
  let end = line.length;
  while (end > 0 && (CHAR_FLAGS[line.charCodeAt(end - 1)] & SPACE) !== 0) end--;
  return end > 0 && DATE_LINE_ENDS.has(line.charCodeAt(end - 1));
}

function parsePublished(line: string): PublishedDate | null {
  if (!mayBeDateLine(line)) return null;
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
    if (name.startsWith(prefix + ' ')) {
      name = name.slice(prefix.length + 1).trim();
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

/** Are there at least `n` runs of spaces in `t`? */
function hasSpaceRuns(t: string, n: number): boolean {
  let runs = 0;
  for (let i = 0; i < t.length && runs < n; i++) {
    if ((CHAR_FLAGS[t.charCodeAt(i)] & SPACE) !== 0 && (i === 0 || (CHAR_FLAGS[t.charCodeAt(i - 1)] & SPACE) === 0)) runs++;
  }
  return runs >= n;
}

function isHeadline(line: string): boolean {
  const t = line.trim();
  // Three words or more: two runs of spaces inside the trimmed line (`t.split(/\s+/).length >= 3`).
  return t.length >= 10 && t.length <= 300 && hasSpaceRuns(t, 2) && !/[.:!؟?]$/.test(t) && !/گفت\s*:/.test(t);
}

/** Is the line empty or all spaces (`line.trim() === ''`)? */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if ((CHAR_FLAGS[line.charCodeAt(i)] & SPACE) === 0) return false;
  return true;
}

/** Meta of the normalized text `text`. */
export function extractMeta(text: string): MetaResult {
  const all = lines(text);
  const excluded: Excluded[] = [];
  let newsCode: string | null = null;
  let published: PublishedDate | null = null;
  let footerFrom = -1;
  // Per line: 1 when parsePublished gave a date, 2 when it gave null, 0 when not asked yet.
  const dated = new Uint8Array(all.length);
  for (let i = 0; i < all.length && footerFrom < 0; i++) {
    const line = all[i];
    const t = line.text;
    const boilerplate = mayBeBoilerplate(t);
    let m: RegExpExecArray | null;
    if (boilerplate && TODAY_LINE.test(t)) excluded.push({ start: line.start, end: line.end, reason: 'page-date' });
    else if (boilerplate && (m = CODE_LINE.exec(t))) {
      newsCode ??= m[1];
      excluded.push({ start: line.start, end: line.end, reason: 'code-line' });
    } else if (boilerplate && COUNTER_LINE.test(t)) excluded.push({ start: line.start, end: line.end, reason: 'page-counter' });
    else if (boilerplate && END_MARKER.test(t)) excluded.push({ start: line.start, end: line.end, reason: 'end-marker' });
    else if (boilerplate && FOOTER_START.test(t) && line.start > text.length / 3) footerFrom = i;
    else if (!published && t.length <= 80) {
      published = parsePublished(t);
      dated[i] = published ? 1 : 2;
    }
  }
  if (footerFrom >= 0) excluded.push({ start: all[footerFrom].start, end: text.length, reason: 'footer' });
  if (!newsCode) newsCode = newsCodeIn(text);

  const isExcluded = (l: Line) => excluded.some((e) => l.start >= e.start && l.end <= e.end);
  const isDated = (l: Line, i: number) => (dated[i] === 0 ? parsePublished(l.text) !== null : dated[i] === 1);
  const content = all.filter((l, i) => !isBlank(l.text) && !isExcluded(l) && !isDated(l, i));

  // Title: the first line when it reads as a headline and more text follows.
  let title: Span | null = null;
  if (content.length > 1 && isHeadline(content[0].text)) {
    const l = content[0];
    const lead = l.text.length - l.text.trimStart().length;
    title = { start: l.start + lead, end: l.start + l.text.trimEnd().length };
  }

  // Dateline and agency: 'یاسوج - ایرنا -' opening the first paragraph of the body.
  let dateline: string | null = null;
  let agency: string | null = null;
  // The first content lines, trimmed: where a dateline may stand.
  const opening = content.slice(0, 3).map((l) => l.text.trim());
  for (const t of opening) {
    const m = mayOpenWithDateline(t) ? DATELINE.exec(t) : null;
    if (m && agencyOf(m[2])) {
      dateline = m[1];
      agency = agencyOf(m[2]);
      break;
    }
  }

  // Outlet: a site label opening the text ('گزارش امروز : …'), else the credit ('به گزارش رویداد خبر به نقل از').
  let outlet: string | null = null;
  const first = opening[0] ?? '';
  const label = LEAD_LABEL.exec(first);
  if (label && !SPEECH_VERB_END.test(label[1])) outlet = label[1];
  if (!outlet) {
    const body = content.map((l) => l.text).join('\n');
    const credit = creditIn(body);
    if (credit) outlet = outletFromCredit(credit[1]);
  }
  if (!outlet && agency) outlet = agency;
  if (outlet && !agency && opening.some((t) => mayOpenWithDateline(t) && DATELINE.test(t))) agency = agencyOf(outlet);

  const urlMatch = urlIn(text);
  const url: Span | null = urlMatch ? { start: urlMatch.index, end: urlMatch.index + urlMatch[0].length } : null;

  return {
    meta: { title: null, outlet, agency, dateline, newsCode, url: null, published },
    spans: { title, url },
    excluded,
  };
}
