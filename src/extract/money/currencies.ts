/**
 * extract/money/currencies: the currency words of `data/currencies.json` as one compiled pattern, and
 * the scan for those of them that may anchor an amount.
 *
 * Example: in `۲۰ میلیون دلاری`, `anchorMatches` → the match `دلاری` with name `دلار` (USD; the
 * adjective `ی` is not in the name); `ریال عربستان` is SAR, not IRR; `ین` ending `این` is no match.
 */
import { loadJson } from '../../data.js';
import { splitNumberWord } from '../../numbers/lexicon.js';
import { anyUnitsAt, CHAR_FLAGS, codesOf, DIGIT, flagsBefore, LETTER, MARK, NUMBER, unitsAt, unitsOf, ZWNJ_FLAG } from '../../segment/chars.js';
import * as gate from '../../segment/gate.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { LOW_CHARS } = gate;

export interface Currency {
  code: string;
  factor: number;
  subunit: boolean;
  /** Counts alone only after digits (`۲۲ سنت`; `یک سنت` is 'a tradition'). */
  aloneNeedsDigits: boolean;
}

interface CurrencyFile {
  adjectiveSuffixes: string[];
  currencies: { code: string; names: string[]; factor?: number; subunit?: boolean; aloneNeedsDigits?: boolean }[];
  rialPerUnit: Record<string, number>;
}

const FILE = loadJson<CurrencyFile>('currencies.json');

/** Each name, spaces also matching a ZWNJ or nothing (`هنگ کنگ`, `هنگ‌کنگ`). */
const BY_NAME = new Map<string, Currency>();
for (const c of FILE.currencies) {
  for (const name of c.names) BY_NAME.set(name.replace(/[ \u200c]/g, ''), {
      code: c.code,
      factor: c.factor ?? 1,
      subunit: c.subunit ?? false,
      aloneNeedsDigits: c.aloneNeedsDigits ?? false,
    });
}
export const RIAL_PER_UNIT = new Map(Object.entries(FILE.rialPerUnit));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePattern = (name: string) => name.split(/[ \u200c]/).map(escape).join('[ \\u200c]?');
const NAMES = FILE.currencies
  .flatMap((c) => c.names)
  .sort((a, b) => b.length - a.length)
  .map(namePattern)
  .join('|');
const SUFFIX = FILE.adjectiveSuffixes.map(escape).join('|');

/** A currency word and its adjective suffix, ending a word: `تومان`, `تومانی`, `دلار آمریکا`. */
export const CURRENCY = new RegExp(`(${NAMES})(?:${SUFFIX})?(?![\\p{L}\\p{M}\\u200c])`, 'gu');
/** CURRENCY tried at one position, where the gate of the names' first words allows. */
const CURRENCY_AT = new RegExp(CURRENCY.source, 'uy');
const CURRENCY_GATE = new gate.StartGate().words(FILE.currencies.flatMap((c) => c.names).map((n) => n.split(/[ \u200c]/)[0]));

/** The matches of CURRENCY in `text`, as `text.matchAll(CURRENCY)` gives them, found faster. */
export function currencyMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m, p = 0; (m = CURRENCY_GATE.find(CURRENCY_AT, text, p)) !== null; p = m.index + m[0].length) out.push(m);
  return out;
}
const WHOLE = new RegExp(`^(${NAMES})(?:${SUFFIX})?$`, 'u');
/** Names of 3+ letters may be glued to a number word (`هزارتومان`); `ین` may not. */
const MIN_GLUED = 3;

/**
 * Can a number end right before the currency word `m` (so that it anchors a quantity)? Not when a
 * letter stands before a name too short to glue to a number word, unless the word's tail is itself
 * number words: `ین` (JPY) ending `این` anchors nothing, and its window of text is not scanned.
 */
export function mayAnchor(text: string, m: RegExpExecArray): boolean {
  if (m.index === 0 || (flagsBefore(text, m.index) & (LETTER | MARK)) === 0) return true;
  if (mayGlue(m[1])) return true;
  const after = m.index + m[0].length;
  if (after < text.length && (CHAR_FLAGS[text.charCodeAt(after)] & (NUMBER | DIGIT)) !== 0) return true;
  return splitNumberWord(m[0]) !== null;
}

const ALL_NAMES = FILE.currencies.flatMap((c) => c.names);
const wordsOf = (name: string) => name.split(/[ \u200c]/);
/**
 * Per first char below LOW_CHARS (then in a map): the first words of the names (every match starts
 * with one, written out).
 */
const FIRST_WORDS: (Uint16Array[] | undefined)[] = new Array<Uint16Array[] | undefined>(LOW_CHARS).fill(undefined);
const FIRST_WORDS_HIGH = new Map<number, Uint16Array[]>();
for (const w of new Set(ALL_NAMES.map((n) => wordsOf(n)[0]))) {
  const c = w.charCodeAt(0);
  if (c < LOW_CHARS) (FIRST_WORDS[c] ??= []).push(unitsOf(w));
  else FIRST_WORDS_HIGH.set(c, [...(FIRST_WORDS_HIGH.get(c) ?? []), unitsOf(w)]);
}
/** The first words starting with char c. */
const firstWords = (c: number) => (c < LOW_CHARS ? FIRST_WORDS[c] : FIRST_WORDS_HIGH.get(c));
/** Chars an adjective suffix starts with. */
const SUFFIX_FIRST = new Set(FILE.adjectiveSuffixes.map((x) => x.charCodeAt(0)));
/**
 * The names too short to glue that are no number words (`ین`), each with the words of the other
 * names that may start where it stands (`ین ژاپن`): only where none does is the short name the match.
 */
const SHORT = ALL_NAMES.filter((n) => n.length < MIN_GLUED && splitNumberWord(n) === null).map((name) => ({
  name: unitsOf(name),
  others: ALL_NAMES.filter((n) => n !== name && (wordsOf(n)[0].startsWith(name) || name.startsWith(wordsOf(n)[0]))).map((n) => wordsOf(n).map(unitsOf)),
}));
const MAY_END_AMOUNT = LETTER | MARK | ZWNJ_FLAG;

/**
 * The places a first word may stand, read off three chars at once. Each char of the first three of a
 * first word has a class of its own, as have the chars that decide a short name (an adjective suffix's
 * first, the first of another name's next word: `ژ` of `ین ژاپن`); the other letters and marks share
 * one class, a space another, all else (digits, signs, ZWNJ, surrogates) class 0. `STARTS` holds per
 * three classes TRY where a first word may begin, SPACED where a short name stands before a space
 * (decided in the loop: after a letter, before no other name's word, it anchors nothing), and 0 where
 * none begins: a short name before a letter that continues no name is no match, nor anchors after a
 * letter (`این‌ها` no, `اینکه` no), as `shortNameAt` and the pattern decide.
 */
const CLASS_BITS = 5;
const KEY_MASK = (1 << (3 * CLASS_BITS)) - 1;
const CLASS = new Uint8Array(0x10000);
const STARTS = new Uint8Array(KEY_MASK + 1);
const TRY = 1;
const SPACED = 2;
/** The first chars of the words that may follow a short name after a space (`ژ`). */
const AFTER_SPACE = new Uint8Array(0x10000);
{
  const firsts = [...new Set(ALL_NAMES.map((n) => wordsOf(n)[0]))];
  const shorts = ALL_NAMES.filter((n) => SHORT.some((s) => String.fromCharCode(...s.name) === n));
  /** Chars that may stand right after a short name in a match (a suffix, another name's next word). */
  const goesOn = new Set(SUFFIX_FIRST);
  for (const n of ALL_NAMES) {
    const words = wordsOf(n);
    if (words.length < 2 || !shorts.includes(words[0])) continue;
    goesOn.add(words[1].charCodeAt(0));
    AFTER_SPACE[words[1].charCodeAt(0)] = 1;
  }
  if (goesOn.has(0x20)) throw new Error('currencies.json: a suffix starts with a space');
  let classes = 0;
  const charOf: number[] = [0]; // the char of each own class
  const own = (c: number) => {
    if (CLASS[c] !== 0) return;
    if (++classes >= (1 << CLASS_BITS) - 2) throw new Error('currencies.json: too many chars begin the first words');
    CLASS[c] = classes;
    charOf.push(c);
  };
  for (const w of firsts) for (let k = 0; k < Math.min(3, w.length); k++) own(w.charCodeAt(k));
  for (const c of goesOn) if ((CHAR_FLAGS[c] & (LETTER | MARK)) !== 0) own(c);
  const otherLetter = classes + 1;
  const space = classes + 2;
  for (let c = 0; c < 0x10000; c++) if (CLASS[c] === 0 && (CHAR_FLAGS[c] & (LETTER | MARK)) !== 0) CLASS[c] = otherLetter;
  CLASS[0x20] = space;
  const head = (w: string) => (CLASS[w.charCodeAt(0)] << (2 * CLASS_BITS)) | (CLASS[w.charCodeAt(1)] << CLASS_BITS);
  for (const w of firsts) {
    if (w.length < 2) throw new Error('currencies.json: a first word of one char');
    if (w.length > 2) continue;
    const short = shorts.includes(w);
    for (let t = 0; t < 1 << CLASS_BITS; t++) {
      // A letter that goes on no name: the short name before it is no match.
      const letter = t === otherLetter || (t > 0 && t <= classes && (CHAR_FLAGS[charOf[t]] & (LETTER | MARK)) !== 0 && !goesOn.has(charOf[t]));
      STARTS[head(w) | t] = !short ? TRY : t === space ? SPACED : letter ? 0 : TRY;
    }
  }
  for (const w of firsts) if (w.length > 2) STARTS[head(w) | CLASS[w.charCodeAt(2)]] = TRY;
}

/** Do the words of a name stand at p, a space, a ZWNJ or nothing between them (as `namePattern` reads)? */
function wordsAt(codes: Uint16Array, p: number, words: Uint16Array[]): boolean {
  let q = p;
  for (let w = 0; w < words.length; w++) {
    if (w > 0 && (codes[q] === 0x20 || codes[q] === 0x200c)) q++;
    if (!unitsAt(codes, q, words[w])) return false;
    q += words[w].length;
  }
  return true;
}

/**
 * At a place where a short name (`ین`) stands right after a letter, what the pattern and `mayAnchor`
 * make of it, read from the chars around: the length of the match when it matches and `mayAnchor`
 * drops it, NO_MATCH when a letter follows (it does not match here), ASK for anything else (run the
 * pattern).
 */
const ASK = -1;
const NO_MATCH = 0;
function shortNameAt(text: string, codes: Uint16Array, p: number): number {
  for (const short of SHORT) {
    if (!unitsAt(codes, p, short.name)) continue;
    for (const words of short.others) if (wordsAt(codes, p, words)) return ASK;
    const q = p + short.name.length;
    if (q >= text.length) return ASK;
    const c = codes[q];
    if ((c >= 0xd800 && c <= 0xdfff) || SUFFIX_FIRST.has(c)) return ASK;
    const f = CHAR_FLAGS[c];
    if ((f & MAY_END_AMOUNT) !== 0) return NO_MATCH; // the pattern needs a word end
    return (f & (NUMBER | DIGIT)) !== 0 ? ASK : short.name.length;
  }
  return ASK;
}

/**
 * The matches of CURRENCY that may anchor an amount: `currencyMatches(text)` less those `mayAnchor`
 * drops. A place is tried only where the first three chars may begin a first word (one class read
 * and one table read a char: the loop runs over every char of an article), and only where a first
 * word stands; a short name after a letter (`ین` ending `این`, hundreds a page) is mostly decided
 * from the chars around it, without running the pattern.
 */
export function anchorMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const codes = codesOf(text); // two zeros past the end: the reads at p + 2 stay inside
  const end = text.length;
  // Locals, not the module's bindings (each read of one is checked; this loop runs over every char).
  const cls = CLASS;
  const starts = STARTS;
  const bits = CLASS_BITS;
  const mask = KEY_MASK;
  const twoMask = (1 << (2 * bits)) - 1;
  let key = (cls[codes[0]] << bits) | cls[codes[1]]; // the classes of the two chars at p
  for (let p = 0; p < end; p++) {
    // Two places a turn while neither passes (most of the text): one branch for both.
    for (; p + 1 < end; p += 2) {
      const one = ((key << bits) | cls[codes[p + 2]]) & mask;
      const two = ((one << bits) | cls[codes[p + 3]]) & mask;
      if ((starts[one] | starts[two]) !== 0) break;
      key = two & twoMask;
    }
    key = ((key << bits) | cls[codes[p + 2]]) & mask;
    const start = starts[key];
    key &= twoMask;
    if (start === 0) continue;
    // `این ` (tens an article): a short name after a letter, a space after it, no other name's word next.
    if (start === SPACED && p > 0 && (CHAR_FLAGS[codes[p - 1]] & (LETTER | MARK)) !== 0 && AFTER_SPACE[codes[p + 3]] === 0) continue;
    const last = anchorAt(text, codes, p, out);
    if (last !== p) {
      p = last;
      key = (cls[codes[p + 1]] << bits) | cls[codes[p + 2]];
    }
  }
  return out;
}

/**
 * At a place p the class table passes: the match there that may anchor, put into `out`. Returns the
 * last place the match covers (the search goes on after it, as after a match), else p.
 */
function anchorAt(text: string, codes: Uint16Array, p: number, out: RegExpExecArray[]): number {
  if (!anyUnitsAt(codes, p, firstWords(codes[p]))) return p;
  if ((flagsBefore(text, p) & (LETTER | MARK)) !== 0) {
    const dropped = shortNameAt(text, codes, p);
    if (dropped === NO_MATCH) return p;
    if (dropped !== ASK) return p + dropped - 1;
  }
  CURRENCY_AT.lastIndex = p;
  const m = CURRENCY_AT.exec(text);
  if (m === null || m[0].length === 0) return p;
  if (mayAnchor(text, m)) out.push(m);
  return p + m[0].length - 1;
}

export function currencyOf(name: string): Currency | undefined {
  // Most names are one word: looked up as they are, without a replace.
  return BY_NAME.get(name.includes(' ') || name.includes('\u200c') ? name.replace(/[ \u200c]/g, '') : name);
}

/** May currency name `name` (as matched, spaces kept) be glued to a number word before it? */
export function mayGlue(name: string): boolean {
  return name.length >= MIN_GLUED;
}

/** Is `rest` (what follows a number word in one word) a currency word? */
export function isGluedCurrency(rest: string): boolean {
  const m = WHOLE.exec(rest);
  return m !== null && m[1].length >= MIN_GLUED;
}

/** Before these currency names a `/` between digits is a decimal: `۴/۵ دلار`. */
export function isCurrencyWord(word: string): boolean {
  return WHOLE.test(word);
}
