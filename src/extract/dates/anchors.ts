/**
 * dates/anchors: the anchor words of the date grammar (month and weekday names, relative words, unit
 * words, years, numeric dates, seasons) as one pattern, and the scan that finds its matches fast:
 * only where the words themselves stand, read there off the code units as the pattern reads them
 * (its alternatives in its order), so that no regex runs and no match array is made.
 *
 * Example: in `در سال گذشته و تا ۲۲ بهمن امسال`, `nextAnchor(text, 0, text.length)` → the match
 * `{ kind: 'unit', start: 3, end: 6 }` (`سال`); from after it: `22` (`year`), `بهمن` (`jalali`), `امسال` (`rel`). In
 * `میلیون` the month `می` is not tried: a letter follows it. Per distinct word, `mayHoldAnchor` tells
 * whether the scan can find anything inside its tokens at all: `سال`, `بهمن`, `22` yes, `میلیون`,
 * `به`, `سازمان` no.
 */
import {
  alternation,
  alternationOrder,
  GLUE,
  GREGORIAN_MONTH_RE,
  HIJRI_MONTH_RE,
  JALALI_MONTH_RE,
  LB,
  firstWord,
  phraseWords,
  PHRASES,
  RB,
  RELATIVE_WORD_RE,
  SEASON_RE,
  UNIT_RE,
  unitPhrases,
  VAGUE_RE,
  WEEKDAY_RE,
  unitWordRe,
} from './lexicon.js';
import { anyUnitsAt, CHAR_FLAGS, codesOf, flagsAt, flagsBefore, LETTER, NUMBER, SPACE, unitsAt, unitsOf, ZWNJ_FLAG } from '../../segment/chars.js';
import * as gate from '../../segment/gate.js';
import { fold } from '../../normalize/index.js';
import type { Word } from '../../segment/index.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { LOW_CHARS, SECOND_MASK } = gate;

const MONTH_WORD = unitWordRe('month');
/** What makes a unit word plural (`سال‌ها`, `سالهای`), in the order ANCHOR tries them. */
const PLURAL_ENDS = ['های', 'ها'];
export const NUMERIC_DATE = '\\d{1,4}(?:\\s?[/-]\\s?\\d{1,2}\\s?[/-]\\s?|\\.\\d{1,2}\\.)\\d{1,4}';

/** Every anchor word of the date grammar (global; `nextAnchor` finds the same matches faster). */
export const ANCHOR = new RegExp(
  `${LB}(?:` +
    `(?<vague>${VAGUE_RE})${RB}` +
    `|(?<rel>${RELATIVE_WORD_RE})${RB}` +
    `|(?<numeric>${NUMERIC_DATE})(?![\\d/])` +
    `|(?<year>\\d{4}|\\d{2})(?![\\d/.:,])` +
    `|(?<jalali>${JALALI_MONTH_RE})(?=${GLUE}(?:${MONTH_WORD})${RB}|${RB})` +
    `|(?<hijri>${HIJRI_MONTH_RE})${RB}` +
    `|(?<gregorian>${GREGORIAN_MONTH_RE})${RB}` +
    `|(?<weekday>${WEEKDAY_RE})${RB}` +
    `|(?<season>${SEASON_RE})${RB}` +
    `)` +
    `|(?<plural>${UNIT_RE})${GLUE}(?:${PLURAL_ENDS.join('|')})(?![\\p{L}])` +
    `|(?<unit>${UNIT_RE})`,
  'gu',
);

/**
 * ANCHOR matched at one position only (tried where a gate char stands), its groups numbered: a match
 * then carries no `groups` object. KINDS names group k + 1.
 */
const ANCHOR_AT = new RegExp(ANCHOR.source.replace(/\(\?<([a-z]+)>/g, '('), 'uy');
const KINDS = [...ANCHOR.source.matchAll(/\(\?<([a-z]+)>/g)].map((m) => m[1]);
if (new RegExp(`${ANCHOR_AT.source}|`, 'u').exec('')!.length !== KINDS.length + 1) {
  throw new Error('dates/anchors: ANCHOR must capture in its named groups only');
}
/**
 * Where an anchor can start: the left-bounded alternatives at a word start only, the unit words
 * anywhere. ANCHOR cannot match elsewhere, so the scan tries it only there.
 */
const BOUNDED_LISTS = [
  PHRASES.vague, PHRASES.relativeWords, PHRASES.jalaliMonths, PHRASES.hijriMonths,
  PHRASES.gregorianMonths, PHRASES.weekdays, PHRASES.seasons,
];
const BOUNDED_WORDS = BOUNDED_LISTS.flat().map(firstWord);
const UNIT_WORDS = PHRASES.units.map(firstWord);
const BOUNDED = new gate.StartGate().words(BOUNDED_WORDS);
for (let d = 0x30; d <= 0x39; d++) BOUNDED.char(d);
const UNITS_ANYWHERE = new gate.StartGate().words(UNIT_WORDS);
const NOT_BEFORE_BOUNDED = LETTER | NUMBER | ZWNJ_FLAG;
if ([...BOUNDED_WORDS, ...UNIT_WORDS].some((w) => /^\d/.test(w))) throw new Error('dates/anchors: a word starts with a digit');

/**
 * A left-bounded alternative written out: its words (a space, a ZWNJ or nothing between them, as
 * `flexible` spells them), then a word end — or, after a Jalali month, a month word (`بهمن‌ماه`).
 */
interface Phrase {
  /** The words as UTF-16 code units: compared with the text's (`startsWith` is slower). */
  words: Uint16Array[];
  monthAfter: boolean;
}
/** Chars a month word starts with (`ماه`): what may follow a Jalali month glued. */
const MONTH_WORD_FIRST = new Set(PHRASES.units.filter((u) => new RegExp(`^(?:${MONTH_WORD})$`, 'u').test(u)).map((u) => u.charCodeAt(0)));
const toPhrase = (monthAfter: boolean) => (phrase: string): Phrase => {
  const words = phraseWords(phrase);
  if (words.some((w) => w === '')) throw new Error(`dates/anchors: an empty word in '${phrase}'`);
  return { words: words.map(unitsOf), monthAfter };
};
const BOUNDED_PHRASES = BOUNDED_LISTS.flatMap((list) => list.map(toPhrase(list === PHRASES.jalaliMonths)));

/**
 * The pair gates in a compact form the scan can keep in cache: each Arabic-block char that is the
 * first or second char of a gate word gets a small class (1…62); per pair of classes, two words of
 * bits: a bit per third char modulo 32 that a unit word (then a left-bounded word) continues with
 * there, all bits after a two-char word, 0 when no word starts with the pair. `سازمان` passes the
 * pair `ما` (`ماه`), not its third char. Any other way a word can start (a digit, a Latin month, a
 * one-char word) is marked in SLOW (the scan reads a digit itself and runs the regex at the others):
 * 1 a unit word may start with the char, 2 a left-bounded one may (bits). Both tables cover the chars below LOW_CHARS (CLASS has
 * Arabic-block chars only; SLOW keeps the others in SLOW_HIGH).
 */
const CLASS = new Uint8Array(LOW_CHARS);
/** The class of the chars of SLOW in `SCAN_CLASS` (one a pair class has not). */
const SLOW_CLASS = 63;
const PAIRS = new Uint32Array(64 * 64 * 2);
/** Per pair of classes: does any word start with it (PAIRS not 0)? 4 KB, read for most pairs. */
const PAIR_USED = new Uint8Array(64 * 64);
const SLOW = new Uint8Array(LOW_CHARS);
const SLOW_HIGH = new Map<number, number>();
/**
 * Per pair of classes: the unit words starting with it. Every unit alternative starts with its first
 * word written out, so where none stands the pattern cannot match (`میلیارد` passes `میل` of `میلادی`).
 */
const FIRST_WORDS: (Uint16Array[] | undefined)[] = new Array<Uint16Array[] | undefined>(64 * 64).fill(undefined);
/**
 * Per pair of classes: the left-bounded alternatives starting with it, whole: most words the pairs
 * pass are not followed as an alternative needs (`می` in `میلیون`, `دو` in `دوم`, `آذر` in `آذربایجان`).
 */
const FIRST_PHRASES: (Phrase[] | undefined)[] = new Array<Phrase[] | undefined>(64 * 64).fill(undefined);
const inBlock = (c: number) => c >= 0x600 && c <= 0x6ff;

/** What an alternative of ANCHOR reads after its words: a word end, a Jalali month's, a plural ending, nothing. */
const WORD_END = 0;
const MONTH_OR_WORD_END = 1;
const PLURAL = 2;
const UNIT = 3;
/** An alternative of ANCHOR whose first word starts with a pair of Arabic-block chars. */
interface Alternative {
  kind: string;
  words: Uint16Array[];
  after: number;
  /** The `fold` of a one-word alternative (its text as matched), else null. */
  key: string | null;
}
/** The phrase groups of ANCHOR in its order (the numeric ones aside), each as its regex spells it. */
const KIND_PHRASES: [string, string[], number][] = [
  ['vague', PHRASES.vague, WORD_END],
  ['rel', PHRASES.relativeWords, WORD_END],
  ['jalali', PHRASES.jalaliMonths, MONTH_OR_WORD_END],
  ['hijri', PHRASES.hijriMonths, WORD_END],
  ['gregorian', PHRASES.gregorianMonths, WORD_END],
  ['weekday', PHRASES.weekdays, WORD_END],
  ['season', PHRASES.seasons, WORD_END],
  ['plural', PHRASES.units, PLURAL],
  ['unit', PHRASES.units, UNIT],
];
const KIND_RES = [VAGUE_RE, RELATIVE_WORD_RE, JALALI_MONTH_RE, HIJRI_MONTH_RE, GREGORIAN_MONTH_RE, WEEKDAY_RE, SEASON_RE, UNIT_RE, UNIT_RE];
if (
  KIND_PHRASES.some(([, list], i) => alternation(list) !== KIND_RES[i]) ||
  KINDS.filter((k) => k !== 'numeric' && k !== 'year').join() !== KIND_PHRASES.map(([k]) => k).join()
) {
  throw new Error('dates/anchors: the alternatives are not those of ANCHOR');
}
/**
 * Per pair of classes (see CLASS), the alternatives whose first word starts with it, in ANCHOR's order:
 * the first to match at a position is the regex's match there (none else can start with the pair).
 */
const ALTERNATIVES: (Alternative[] | undefined)[] = new Array<Alternative[] | undefined>(64 * 64).fill(undefined);
/** The chars an alternative starts with that no pair stands for (`May`): the regex reads there. */
const BY_REGEX = new Uint8Array(LOW_CHARS);
const BY_REGEX_HIGH = new Set<number>();
/** The month words a Jalali month may be glued to (`بهمن‌ماه`), in ANCHOR's order. */
const MONTH_WORDS = alternationOrder(unitPhrases('month')).map((u) => phraseWords(u).map(unitsOf));
const PLURAL_UNITS = PLURAL_ENDS.map(unitsOf);
{
  const markSlow = (c: number) => {
    const g = (UNITS_ANYWHERE.firstOf(c) !== 0 ? 1 : 0) | (BOUNDED.firstOf(c) !== 0 ? 2 : 0);
    if (c < LOW_CHARS) SLOW[c] = g;
    else SLOW_HIGH.set(c, g);
  };
  let classes = 0;
  const classOf = (c: number) => {
    if (CLASS[c] === 0) CLASS[c] = ++classes;
    if (classes >= SLOW_CLASS) throw new Error('dates/anchors: too many gate chars for the pair table');
    return CLASS[c];
  };
  /** The pair class of word `w`, its bit set in half `half` of PAIRS; -1 for a SLOW start. */
  const add = (w: string, half: number): number => {
    const c = w.charCodeAt(0);
    const d = w.charCodeAt(1);
    if (w.length < 2 || !inBlock(c) || !inBlock(d)) {
      markSlow(c);
      return -1;
    }
    const k = (classOf(c) << 6) | classOf(d);
    PAIRS[(k << 1) + half] |= w.length === 2 ? 0xffffffff : 1 << (w.charCodeAt(2) & 31);
    PAIR_USED[k] = 1;
    return k;
  };
  for (const w of UNIT_WORDS) {
    const k = add(w, 0);
    if (k < 0) continue;
    const list = (FIRST_WORDS[k] ??= []);
    if (!list.some((u) => String.fromCharCode(...u) === w)) list.push(unitsOf(w));
  }
  for (const p of BOUNDED_PHRASES) {
    const k = add(String.fromCharCode(...p.words[0]), 1);
    if (k >= 0) (FIRST_PHRASES[k] ??= []).push(p);
  }
  for (let d = 0x30; d <= 0x39; d++) markSlow(d);
  for (const [kind, list, after] of KIND_PHRASES) {
    for (const phrase of alternationOrder(list)) {
      const words = phraseWords(phrase).map(unitsOf);
      const w = words[0];
      if (w.length < 2 || !inBlock(w[0]) || !inBlock(w[1])) {
        if (w[0] < LOW_CHARS) BY_REGEX[w[0]] = 1;
        else BY_REGEX_HIGH.add(w[0]);
      } else {
        const key = words.length === 1 ? fold(String.fromCharCode(...w)) : null;
        (ALTERNATIVES[(classOf(w[0]) << 6) | classOf(w[1])] ??= []).push({ kind, words, after, key });
      }
    }
  }
}



/** Space or ZWNJ: what `GLUE` may match. */
const isGlue = (c: number) => c === 0x200c || (CHAR_FLAGS[c] & SPACE) !== 0;

/**
 * The quick no of the scan, over three chars: per char & SECOND_MASK its CLASS, or SLOW_CLASS for a
 * SLOW char a pair has not; a char from U+0800 on shares the entry of a lower one, so a pass is a
 * "may start", which `nextAnchor` then decides.
 */
const SCAN_CLASS = new Uint8Array(SECOND_MASK + 1);
/**
 * Per pair of SCAN_CLASS classes: the third bits of either half of PAIRS; all bits in the row of a
 * SLOW char (anything may follow it). `سا` + `ز` of `سازمان` is a no (`سال`, `ساله`), `سال` passes.
 */
const SCAN_THIRD = new Uint32Array(64 * 64);
for (let c = 0; c < LOW_CHARS; c++) if (CLASS[c] !== 0) SCAN_CLASS[c & SECOND_MASK] = CLASS[c];
for (let k = 0; k < 64 * 64; k++) SCAN_THIRD[k] = PAIRS[k << 1] | PAIRS[(k << 1) + 1];
for (const c of [...SLOW.keys()].filter((c) => SLOW[c] !== 0).concat([...SLOW_HIGH.keys()])) {
  const i = c & SECOND_MASK;
  if (SCAN_CLASS[i] === 0) SCAN_CLASS[i] = SLOW_CLASS;
  SCAN_THIRD.fill(0xffffffff, SCAN_CLASS[i] << 6, (SCAN_CLASS[i] + 1) << 6);
}

/**
 * The tokenizer (segment/index.ts) starts a word token at a letter and goes on over letters, marks
 * and ZWNJ: a gate word made of such chars, starting with a letter, lies whole in one token, and so
 * does any word of an alternative begun inside a token.
 */
const WORD_TOKEN = /^\p{L}[\p{L}\p{M}\u200c]*$/u;
const IN_WORD_TOKEN = /^[\p{L}\p{M}\u200c]+$/u;
if (
  ![...BOUNDED_WORDS, ...UNIT_WORDS].every((w) => WORD_TOKEN.test(w)) ||
  !BOUNDED_PHRASES.every((p) => p.words.every((w) => IN_WORD_TOKEN.test(String.fromCharCode(...w))))
) {
  throw new Error('dates/anchors: a gate word is not one word token');
}

/**
 * `phraseAt` on the code units of one token, what stands past its end unknown: may one of
 * `phrases` match at p for some text after the token? Its words are letters (checked above): a word
 * begun in the token ends in it (a letter after the token would be in it); only after a whole word
 * that ends the token may the phrase go on (after a space) or end, whatever follows.
 */
function phraseMayAt(codes: Uint16Array, p: number, phrases: Phrase[] | undefined): boolean {
  if (phrases === undefined) return false;
  const n = codes.length;
  next: for (let i = 0; i < phrases.length; i++) {
    const words = phrases[i].words;
    let q = p;
    for (let w = 0; w < words.length; w++) {
      if (w > 0 && q === n) return true;
      if (w > 0 && isGlue(codes[q])) q++;
      if (!unitsAt(codes, q, words[w])) continue next;
      q += words[w].length;
    }
    if (q === n) return true;
    const c = codes[q];
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if ((CHAR_FLAGS[c] & NOT_BEFORE_BOUNDED) === 0) return true;
    if (phrases[i].monthAfter && (c === 0x200c || MONTH_WORD_FIRST.has(c))) return true;
  }
  return false;
}

/**
 * May `nextAnchor` find a match starting inside a token of this text, whatever stands around it?
 * Where it passes a char, the char is SLOW (a digit, a Latin or one-char word…), or a unit word or
 * the first word of a left-bounded alternative stands there written out: such a word is made of
 * word chars only (checked above), so it lies whole in the token, and so do the chars `phraseAt`
 * and the left boundary read, but at the token's ends (read here as "anything"). A token with a
 * surrogate may: a lone high one takes the next char into its token, even the letter a word starts with.
 */
function holdsAnchor(word: string): boolean {
  const codes = unitsOf(word);
  for (let p = 0; p < codes.length; p++) {
    const c = codes[p];
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if ((c < LOW_CHARS ? SLOW[c] : (SLOW_HIGH.get(c) ?? 0)) !== 0) return true;
    const a = c < LOW_CHARS ? CLASS[c] : 0;
    const next = p + 1 < codes.length ? codes[p + 1] : 0;
    if (a === 0 || next >= LOW_CHARS || CLASS[next] === 0) continue;
    const k = (a << 6) | CLASS[next];
    if (anyUnitsAt(codes, p, FIRST_WORDS[k])) return true;
    if ((p === 0 || (CHAR_FLAGS[codes[p - 1]] & NOT_BEFORE_BOUNDED) === 0) && phraseMayAt(codes, p, FIRST_PHRASES[k])) return true;
  }
  return false;
}

/**
 * May an anchor start inside a token of this word? Read once per distinct word, kept on its record:
 * the scan then skips the tokens (most of a sentence) where none can.
 */
export function mayHoldAnchor(word: Word): boolean {
  let holds = word.dates;
  if (holds === null) holds = word.dates = holdsAnchor(word.text);
  return holds === true;
}

/** An anchor as `nextAnchor` finds it: one record, written anew by each call (read it before the next). */
export interface Anchor {
  /** Its group in ANCHOR (one of KINDS). */
  kind: string;
  start: number;
  end: number;
  /** Where its unit word ends: `end` but in a plural (`سال` of `سالهای`). */
  unitEnd: number;
  /** The `fold` of [start, unitEnd) where known at no cost (a one-word alternative), else null. */
  key: string | null;
}
const HIT: Anchor = { kind: '', start: 0, end: 0, unitEnd: 0, key: null };

/**
 * The next ANCHOR match starting in [pos, to), as the global regex would find it. Most chars are
 * passed over on the quick no of SCAN_CLASS and SCAN_THIRD; where a pair passes, its alternatives
 * (`ALTERNATIVES`) are read off the code units as the regex tries them, a digit is read by
 * `digitsAt`, and at the first char of a word written outside the Arabic block (`May`) the regex runs.
 */
export function nextAnchor(text: string, pos: number, to: number): Anchor | null {
  const codes = codesOf(text); // two zeros past the end (class 0)
  const end = Math.min(to, text.length);
  for (let p = pos; (p = nextPair(codes, p, end)) < end; p++) {
    const c = codes[p];
    if (c >= 0x30 && c <= 0x39) {
      if (digitsAt(text, codes, p)) return HIT;
      continue;
    }
    if (c < LOW_CHARS ? BY_REGEX[c] !== 0 : BY_REGEX_HIGH.has(c)) {
      if (regexAt(text, p)) return HIT;
      continue;
    }
    const a = c < LOW_CHARS ? CLASS[c] : 0;
    const next = codes[p + 1];
    if (a === 0 || next >= LOW_CHARS || CLASS[next] === 0) continue;
    const alternatives = ALTERNATIVES[(a << 6) | CLASS[next]];
    if (alternatives !== undefined && alternativeAt(text, codes, p, alternatives)) return HIT;
  }
  return null;
}

/** ANCHOR_AT at p, its match written to HIT. */
function regexAt(text: string, p: number): boolean {
  ANCHOR_AT.lastIndex = p;
  const m = ANCHOR_AT.exec(text);
  if (m === null) return false;
  let k = 1;
  while (k < m.length && !m[k]) k++;
  HIT.kind = KINDS[k - 1];
  HIT.start = p;
  HIT.end = p + m[0].length;
  HIT.unitEnd = p + m[k].length;
  HIT.key = null;
  return true;
}

/** Flags of the code point at q (as a lookahead reads it). */
const flagsOfAt = (text: string, codes: Uint16Array, q: number) => {
  const c = codes[q];
  return c < 0xd800 || c > 0xdfff ? CHAR_FLAGS[c] : flagsAt(text, q);
};
/** Is there a word end at q, as RB reads it? */
const wordEndsAt = (text: string, codes: Uint16Array, q: number) => (flagsOfAt(text, codes, q) & NOT_BEFORE_BOUNDED) === 0;

/**
 * Where `words` end, written at p as `flexible` spells them (a space, a ZWNJ or nothing between), or
 * -1. A word is made of letters (checked below), so a glue char after a word cannot start the next
 * one: where the regex consumes it or not, only one way can go on.
 */
function wordsAt(codes: Uint16Array, p: number, words: Uint16Array[]): number {
  let q = p;
  for (let w = 0; w < words.length; w++) {
    if (w > 0 && isGlue(codes[q])) q++;
    if (!unitsAt(codes, q, words[w])) return -1;
    q += words[w].length;
  }
  return q;
}

/** The first of `alternatives` (ANCHOR's, in its order) that matches at p, written to HIT. */
function alternativeAt(text: string, codes: Uint16Array, p: number, alternatives: Alternative[]): boolean {
  let bounded = -1; // the left boundary: unknown until an alternative needs it
  for (let i = 0; i < alternatives.length; i++) {
    const alt = alternatives[i];
    if (alt.after < PLURAL) {
      if (bounded < 0) bounded = (flagsBefore(text, p) & NOT_BEFORE_BOUNDED) === 0 ? 1 : 0;
      if (bounded === 0) continue;
    }
    const q = wordsAt(codes, p, alt.words);
    if (q < 0) continue;
    let end = q;
    if (alt.after === WORD_END) {
      if (!wordEndsAt(text, codes, q)) continue;
    } else if (alt.after === MONTH_OR_WORD_END) {
      if (!monthWordAt(text, codes, q) && !wordEndsAt(text, codes, q)) continue;
    } else if (alt.after === PLURAL) {
      if ((end = pluralEndAt(text, codes, isGlue(codes[q]) ? q + 1 : q)) < 0) continue;
    }
    HIT.kind = alt.kind;
    HIT.start = p;
    HIT.end = end;
    HIT.unitEnd = q;
    HIT.key = alt.key;
    return true;
  }
  return false;
}

/** `(?=GLUE(?:MONTH_WORD)RB)` at q: a month word after a Jalali month (`بهمن‌ماه`). */
function monthWordAt(text: string, codes: Uint16Array, q: number): boolean {
  const g = isGlue(codes[q]) ? q + 1 : q;
  for (let i = 0; i < MONTH_WORDS.length; i++) {
    const e = wordsAt(codes, g, MONTH_WORDS[i]);
    if (e >= 0 && wordEndsAt(text, codes, e)) return true;
  }
  return false;
}

/** `(?:های|ها)(?![\p{L}])` at g: where it ends, or -1. */
function pluralEndAt(text: string, codes: Uint16Array, g: number): number {
  for (let i = 0; i < PLURAL_UNITS.length; i++) {
    const e = g + PLURAL_UNITS[i].length;
    if (unitsAt(codes, g, PLURAL_UNITS[i]) && (flagsOfAt(text, codes, e) & LETTER) === 0) return e;
  }
  return -1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpaceCode = (c: number) => (CHAR_FLAGS[c] & SPACE) !== 0;

/**
 * The numeric date or year at the digit at p, as ANCHOR reads it, written to HIT. Every digit run
 * of the pattern must be taken whole: a shorter take leaves a digit, which nothing after it accepts;
 * an optional space is taken where it stands, the char after it being none the pattern goes on with
 * otherwise. So: a run of at most four, then `/` or `-` (each maybe spaced), a run of one or two, the
 * same again, or `.`, one or two, `.`; then a run of at most four, no `/` after (a numeric date);
 * else a run of four or two, none of `/.:,` after (a year).
 */
function digitsAt(text: string, codes: Uint16Array, p: number): boolean {
  if ((flagsBefore(text, p) & NOT_BEFORE_BOUNDED) !== 0) return false;
  const q1 = runEnd(codes, p);
  const run = q1 - p;
  if (run > 4) return false;
  let q = q1;
  const c = codes[q];
  if (c === 0x2e) {
    const q2 = runEnd(codes, q + 1);
    q = q2 - q - 1 >= 1 && q2 - q - 1 <= 2 && codes[q2] === 0x2e ? q2 + 1 : -1;
  } else {
    q = dashOrSlash(codes, q);
    if (q >= 0) {
      const q2 = runEnd(codes, q);
      q = q2 - q >= 1 && q2 - q <= 2 ? dashOrSlash(codes, q2) : -1;
    }
  }
  if (q >= 0) {
    const q3 = runEnd(codes, q);
    if (q3 - q >= 1 && q3 - q <= 4 && codes[q3] !== 0x2f) return hitAt('numeric', p, q3);
  }
  if (run !== 4 && run !== 2) return false;
  const after = codes[q1];
  if (after === 0x2f || after === 0x2e || after === 0x3a || after === 0x2c) return false;
  return hitAt('year', p, q1);
}

/** The end of the digit run from q (q itself where none stands). */
function runEnd(codes: Uint16Array, q: number): number {
  while (isDigit(codes[q])) q++;
  return q;
}

/** `\s?[/-]\s?` at q, where the digits after it start; -1 where it does not stand. */
function dashOrSlash(codes: Uint16Array, q: number): number {
  if (isSpaceCode(codes[q])) q++;
  if (codes[q] !== 0x2f && codes[q] !== 0x2d) return -1;
  return isSpaceCode(codes[q + 1]) ? q + 2 : q + 1;
}

function hitAt(kind: string, start: number, end: number): true {
  HIT.kind = kind;
  HIT.start = start;
  HIT.end = end;
  HIT.unitEnd = end;
  HIT.key = null;
  return true;
}

/**
 * The first p in [from, end) whose char, the next and the third pass SCAN_THIRD, else `end`: the
 * tight loop over most of the text, kept apart so that it compiles to a few instructions per char
 * (the classes of two chars carried along; the codes have two zeros past the end).
 */
function nextPair(codes: Uint16Array, from: number, end: number): number {
  let a = SCAN_CLASS[codes[from] & SECOND_MASK];
  let b = SCAN_CLASS[codes[from + 1] & SECOND_MASK];
  for (let p = from; p < end; p++) {
    const t = codes[p + 2];
    if (((SCAN_THIRD[(a << 6) | b] >>> (t & 31)) & 1) !== 0) return p;
    a = b;
    b = SCAN_CLASS[t & SECOND_MASK];
  }
  return end;
}
