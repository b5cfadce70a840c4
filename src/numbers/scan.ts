/**
 * numbers/scan: cut normalized text into the items a number phrase is made of — digit runs (with
 * thousands separators and decimals), number words (split where glued), and everything else as a
 * breaking item — with the gap before each item.
 *
 * Example: `۴۱۳میلیارد تومان` (normalized `413میلیارد تومان`) → digits 413 (gap ''), magnitude
 * میلیارد (gap ''), word تومان (gap ' ').
 */
import { splitNumberWord, type WordPart, type WordKind } from './lexicon.js';

export type ItemKind = WordKind | 'digits' | 'word' | 'punct';

export interface Item {
  kind: ItemKind;
  start: number;
  end: number;
  text: string;
  value: number;
  /** Digits only: written with `/` between digits (`4/5`): a decimal only before a unit or magnitude. */
  slash?: boolean;
  /** Digits only: a code, not an amount (phone, time, date, leading zero, glued to Latin letters). */
  code?: boolean;
  /** Index of the text token this item comes from (a split word gives several items of one token). */
  token: number;
  /** The text between the previous item and this one ('' glued, ' ' spaced, anything else breaks). */
  gap: string;
}

const TOKEN = /(\d(?:[\d,./:\-]*\d)?)|([\p{L}\p{M}\u200c]+)|(\s+)|([^])/gu;
const LATIN = /[A-Za-z]/;
const INTEGER = /^\d+$/;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const DECIMAL = /^\d+\.\d+$/;
const SLASH = /^\d+\/\d+$/;
const SHORT_RANGE = /^([1-9]\d{0,2})-([1-9]\d{0,2})$/;
const MAX_INT_DIGITS = 16;

/** The value of a digit run, or null when it is not a plain amount (a code). */
function digitValue(run: string): { value: number; slash?: boolean } | null {
  let intPart: string;
  let value: number;
  let slash = false;
  if (INTEGER.test(run)) {
    intPart = run;
    value = Number(run);
  } else if (COMMA_THOUSANDS.test(run)) {
    const clean = run.replace(/,/g, '');
    intPart = clean.split('.')[0];
    value = Number(clean);
  } else if (DOT_THOUSANDS.test(run)) {
    intPart = run.replace(/\./g, '');
    value = Number(intPart);
  } else if (DECIMAL.test(run)) {
    intPart = run.split('.')[0];
    value = Number(run);
  } else if (SLASH.test(run)) {
    const [i, f] = run.split('/');
    intPart = i;
    value = Number(`${i}.${f}`);
    slash = true;
  } else return null;
  if (intPart.length > 1 && intPart[0] === '0') return null; // 021, 0912…: a code
  if (intPart.length > MAX_INT_DIGITS) return null;
  return slash ? { value, slash } : { value };
}

export interface ScanOptions {
  /**
   * A unit that may be glued to a number word (`هزارتومان`, `صددرصد`): the word is cut into the
   * number words and the unit.
   */
  gluedUnit?: (rest: string) => boolean;
}

/** Every item of `text` from `from` to `to`. */
export function scan(text: string, from = 0, to = text.length, opts: ScanOptions = {}): Item[] {
  const items: Item[] = [];
  let gap = '';
  let token = 0;
  const push = (item: Omit<Item, 'gap' | 'token'>, ownToken = false) => {
    if (ownToken) token++;
    const full = item as Item;
    full.gap = gap;
    full.token = token;
    items.push(full);
    gap = '';
  };
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] !== undefined) {
      gap += m[0];
      continue;
    }
    token++;
    if (m[1] !== undefined) {
      pushDigits(text, m[1], start, push);
    } else if (m[2] !== undefined) {
      let parts = splitNumberWord(m[2]);
      let unit: { offset: number; word: string } | null = null;
      if (!parts && opts.gluedUnit) {
        const glued = splitGluedUnit(m[2], opts.gluedUnit);
        if (glued) ({ parts, unit } = glued);
      }
      if (parts) {
        parts.forEach((p, k) => {
          const s = start + p.offset;
          if (k > 0) gap = text.slice(items[items.length - 1].end, s); // '' or a ZWNJ
          push({ kind: p.kind, start: s, end: s + p.word.length, text: p.word, value: p.value });
        });
        if (unit) {
          gap = '';
          push({ kind: 'word', start: start + unit.offset, end, text: unit.word, value: 0 }, true);
        }
      } else push({ kind: 'word', start, end, text: m[2], value: 0 });
    } else push({ kind: 'punct', start, end, text: m[0], value: 0 });
  }
  return items;
}

function pushDigits(text: string, run: string, start: number, push: (item: Omit<Item, 'gap' | 'token'>, ownToken?: boolean) => void): void {
  const end = start + run.length;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // Glued to Latin letters (A320, 19th) or a hyphenated code (COVID-19): a code.
  const latin = LATIN.test(before) || LATIN.test(after) || (before === '-' && LATIN.test(text[start - 2] ?? ''));
  const range = SHORT_RANGE.exec(run);
  if (range && !latin) {
    // '۱۰-۱۲ درصد': two numbers with a dash between.
    const a = range[1];
    push({ kind: 'digits', start, end: start + a.length, text: a, value: Number(a) });
    push({ kind: 'punct', start: start + a.length, end: start + a.length + 1, text: '-', value: 0 }, true);
    push({ kind: 'digits', start: start + a.length + 1, end, text: range[2], value: Number(range[2]) }, true);
    return;
  }
  if (run.includes(',') && !COMMA_THOUSANDS.test(run) && /^[\d,]+$/.test(run)) {
    // '10,12' is not a thousands group: a list written without spaces.
    let s = start;
    for (const piece of run.split(',')) {
      const v = digitValue(piece);
      push({ kind: 'digits', start: s, end: s + piece.length, text: piece, value: v ? v.value : 0, code: !v || latin }, true);
      if (s + piece.length < end) push({ kind: 'punct', start: s + piece.length, end: s + piece.length + 1, text: ',', value: 0 }, true);
      s += piece.length + 1;
    }
    return;
  }
  const v = digitValue(run);
  push({ kind: 'digits', start, end, text: run, value: v ? v.value : 0, code: !v || latin, slash: v?.slash });
}

/** `هزارتومان` → the number words `هزار` and the unit `تومان` (after an optional ZWNJ). */
function splitGluedUnit(word: string, isUnit: (rest: string) => boolean): { parts: WordPart[]; unit: { offset: number; word: string } } | null {
  for (let len = word.length - 1; len > 0; len--) {
    const offset = word[len] === '\u200c' ? len + 1 : len;
    const rest = word.slice(offset);
    if (rest === '' || !isUnit(rest)) continue;
    const parts = splitNumberWord(word.slice(0, len));
    if (parts) return { parts, unit: { offset, word: rest } };
  }
  return null;
}
