/**
 * numbers/grammar: the cardinal-number grammar over scanned items. A phrase is groups of a small
 * number (digits, or words 0–999 joined by `و`, or `نیم`, maybe `و نیم`) times stacked magnitudes,
 * joined by `و` in decreasing order; a higher magnitude after a sum multiplies it
 * (`هزار و پانصد میلیارد` = 1.5e12), the way Persian is read.
 *
 * Example: items of `دو میلیون و ۶۸۰ هزار` → { value: 2680000, end: 5 }; `۲۷۴ و ۲۹۰ میلیارد` → 274
 * alone (digits are not summed without a magnitude between).
 */
import { BARE_MAGNITUDES, HUNDRED_WORD, SLASH_DECIMAL_BEFORE } from './lexicon.js';
import { itemText, type Item } from './scan.js';

export interface Phrase {
  value: number;
  /** Item index just past the phrase. */
  end: number;
}

export interface PhraseOptions {
  /** Words (besides magnitudes and `درصد`/`%`) before which `4/5` is a decimal: currency words. */
  slashBefore?: (word: string) => boolean;
}

/** Rounds away float noise (2.3 × 1e6 = 2299999.9999999995) from non-integers. */
export function clean(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}

/** Is item k joined to the previous one (same token, a single space, or glued)? */
function joined(items: Item[], k: number): boolean {
  const g = items[k].gap;
  return g === '' || g === ' ' || g === '\u200c';
}

class Cursor {
  constructor(
    /** The text scanned: the text of a word or punctuation item is read from it. */
    readonly text: string,
    readonly items: Item[],
    readonly limit: number,
  ) {}
  /** The item at k when it continues the phrase, else undefined. */
  at(k: number): Item | undefined {
    return k < this.limit && k < this.items.length && joined(this.items, k) ? this.items[k] : undefined;
  }
  isAnd(k: number): boolean {
    const it = this.at(k);
    return it !== undefined && it.kind === 'and';
  }
}

/** Words 0–999 from k: `صد و بیست و سه`, `شش صد`, `نوزده`. */
function words999(c: Cursor, k: number, first: boolean): { value: number; end: number } | null {
  const it = first ? c.items[k] : c.at(k);
  if (!it) return null;
  let value: number;
  let end: number;
  if (it.kind === 'hundred') {
    value = it.value;
    end = k + 1;
  } else if (it.kind === 'unit' && c.at(k + 1)?.kind === 'hundred' && c.items[k + 1].text === HUNDRED_WORD) {
    value = it.value * 100; // 'شش صد'
    end = k + 2;
  } else if (it.kind === 'ten') {
    value = it.value;
    end = k + 1;
    if (c.isAnd(end) && c.at(end + 1)?.kind === 'unit') return { value: value + c.items[end + 1].value, end: end + 2 };
    return { value, end };
  } else if (it.kind === 'teen' || it.kind === 'unit' || it.kind === 'zero') {
    return { value: it.value, end: k + 1 };
  } else return null;
  // After hundreds: 'و' and tens [و unit] | teen | unit.
  if (c.isAnd(end)) {
    const next = c.at(end + 1);
    if (next && (next.kind === 'ten' || next.kind === 'teen' || next.kind === 'unit')) {
      const rest = words999(c, end + 1, false);
      if (rest) return { value: value + rest.value, end: rest.end };
    }
  }
  return { value, end };
}

/** A small number from k: digits, words 0–999 or نیم, with a following `و نیم`. */
function small(c: Cursor, k: number, first: boolean, opts: PhraseOptions): { value: number; end: number } | null {
  const it = first ? c.items[k] : c.at(k);
  if (!it) return null;
  let out: { value: number; end: number } | null = null;
  if (it.kind === 'digits') {
    if (it.code) return null;
    if (it.slash && !slashIsDecimal(c, k + 1, opts)) return null;
    out = { value: it.value, end: k + 1 };
  } else if (it.kind === 'half') {
    return { value: it.value, end: k + 1 };
  } else {
    out = words999(c, k, first);
  }
  if (!out) return null;
  if (Number.isInteger(out.value) && c.isAnd(out.end) && c.at(out.end + 1)?.kind === 'half') {
    return { value: out.value + c.items[out.end + 1].value, end: out.end + 2 };
  }
  return out;
}

function slashIsDecimal(c: Cursor, k: number, opts: PhraseOptions): boolean {
  const next = c.at(k);
  if (!next) return false;
  if (next.kind === 'magnitude') return true;
  const word = itemText(c.text, next);
  if (SLASH_DECIMAL_BEFORE.has(word)) return true;
  return opts.slashBefore !== undefined && next.kind === 'word' && opts.slashBefore(word);
}

/**
 * The longest cardinal phrase starting at item i (items before `limit` only), or null.
 */
export function parsePhrase(text: string, items: Item[], i: number, limit = items.length, opts: PhraseOptions = {}): Phrase | null {
  const c = new Cursor(text, items, limit);
  let result = 0;
  let largest = 0; // the largest magnitude applied
  let lastMag = Infinity; // the magnitude of the last group
  let best: Phrase | null = null;
  let k = i;
  let first = true;

  for (;;) {
    // A small number, or a bare magnitude at the very start ('هزار میلیارد').
    let current: number;
    const s = small(c, k, first, opts);
    if (s) {
      current = s.value;
      k = s.end;
    } else if (first && items[k]?.kind === 'magnitude' && BARE_MAGNITUDES.has(itemText(text, items[k]))) {
      current = 1;
    } else break;
    first = false;

    // Its magnitudes, stacked.
    let applied = false;
    let stop = false;
    while ((k === i ? items[k] : c.at(k))?.kind === 'magnitude') {
      const m = items[k].value;
      if (m > largest) {
        if (result > 0 && result + current >= 1e6) {
          stop = true; // '۲ میلیون و ۳ میلیارد': two amounts, not one
          break;
        }
        result = clean((result + current) * m);
        largest = m;
      } else if (m < lastMag && current > 0 && current * m < lastMag) {
        result = clean(result + current * m);
      } else {
        stop = true;
        break;
      }
      lastMag = m;
      current = 0;
      applied = true;
      k++;
    }
    if (stop && !applied) break; // this group does not belong: the phrase ends before its 'و'
    if (!applied) {
      // A trailing small number: the whole phrase when first, else below the last magnitude ('۱۰ هزار و ۲۰۰').
      if (lastMag !== Infinity && current >= lastMag) break;
      best = { value: clean(result + current), end: k };
      break;
    }
    best = { value: result, end: k };
    if (stop) break;
    // 'دو میلیون و نیم': half of the last magnitude, and the phrase ends.
    if (c.isAnd(k) && c.at(k + 1)?.kind === 'half') {
      best = { value: clean(result + c.items[k + 1].value * lastMag), end: k + 2 };
      break;
    }
    if (!c.isAnd(k)) break;
    k++; // past 'و'
  }
  return best;
}
