/**
 * Speech cues: a speech verb (data/speech-verbs.json) right before a colon, in normalized text. A cue
 * is a simple verb (`گفت`) or a nominal with a light verb (`تاکید کرد`, `خاطر نشان کرد`, `اظهار داشت`);
 * in `… دانست و گفت:` the cue is `گفت`. The pattern is tried only in the few chars before each colon,
 * where a verb can start (a start gate) at a word start: the matches of the global pattern `CUE`.
 *
 * Example: `findCues('وی تاکید کرد :برای سرعت')` → `[{ start: 3, end: 12, colon: 13 }]`.
 */
import { loadJson } from '../../data.js';
import { normalize } from '../../normalize/index.js';
import * as chars from '../../segment/chars.js';
import * as gate from '../../segment/gate.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { SECOND_MASK } = gate;
const { CHAR_FLAGS, codesOf, flagsBefore, LETTER, SPACE, ZWNJ_FLAG } = chars;

export interface Cue {
  /** Normalized span of the speech verb. */
  start: number;
  end: number;
  /** Normalized index of the colon after it. */
  colon: number;
}

interface SpeechVerbs {
  simple: { verb: string }[];
  nominals: { word: string }[];
  lightVerbs: { verb: string }[];
}

const VERBS = loadJson<SpeechVerbs>('speech-verbs.json');

/** A pattern for a written form: spaces and ZWNJ inside it may be a space, a ZWNJ or nothing. */
function flexible(s: string): string {
  return normalize(s)
    .text.split(/[\s\u200c]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u200c]?');
}

const alternation = (forms: string[]) =>
  [...new Set(forms.map(flexible))].sort((a, b) => b.length - a.length).join('|');

/** A cue from its first char on: a nominal with a light verb, or a simple verb; then the colon. */
const CUE_BODY = `((?:${alternation(VERBS.nominals.map((n) => n.word))})[\\s\\u200c]*(?:${alternation(
  VERBS.lightVerbs.map((l) => l.verb),
)})|(?:${alternation(VERBS.simple.map((s) => s.verb))}))[ \\t]*:`;

/** Every cue, searched globally: no letter or ZWNJ before it (`findCues` finds the same matches faster). */
export const CUE = new RegExp(`(?<![\\p{L}\\u200c])${CUE_BODY}`, 'gu');
/** The cue pattern at one position; the left boundary is checked in code. */
const CUE_AT = new RegExp(CUE_BODY, 'uy');

/** Where a cue can start: the first chars of the nominals and simple verbs (CUE_AT cannot match elsewhere). */
const GATE = new gate.StartGate().words(
  [...VERBS.nominals.map((n) => n.word), ...VERBS.simple.map((s) => s.verb)].map(
    (w) => normalize(w).text.split(/[\s\u200c]+/)[0],
  ),
);
const SECOND = GATE.secondBits;
const NOT_BEFORE = LETTER | ZWNJ_FLAG;

/** The letters of a written form (what the pattern spells; spaces and ZWNJ between words are optional). */
const letters = (s: string) => normalize(s).text.replace(/[\s\u200c]+/g, '').length;
const longest = (forms: string[]) => Math.max(0, ...forms.map(letters));
/**
 * The most chars other than spaces and ZWNJ a cue spans before its colon. A cue ends at the first colon
 * after its start (no verb has one), so a start farther from it than this is no cue.
 */
const MAX_CUE_CHARS = Math.max(
  longest(VERBS.nominals.map((n) => n.word)) + longest(VERBS.lightVerbs.map((l) => l.verb)),
  longest(VERBS.simple.map((s) => s.verb)),
);

/**
 * The last letters of the verbs a cue ends with (simple and light verbs, as normalized; each ends with
 * a letter): the pattern ends `verb[ \t]*:`, so a colon after anything else has no cue.
 */
const LAST_LETTER = new Uint8Array(0x10000);
for (const v of [...VERBS.simple, ...VERBS.lightVerbs]) {
  const form = normalize(v.verb).text;
  LAST_LETTER[form.charCodeAt(form.length - 1)] = 1;
}

/** Every speech cue of normalized `text`, left to right. */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  const codes = codesOf(text); // the article's code units: read faster than `charCodeAt`
  // A cue ends at the first colon after its start: each colon has at most one cue, which starts
  // after the colon before it and at most MAX_CUE_CHARS chars (spaces and ZWNJ aside) before it.
  for (let from = 0, colon = text.indexOf(':'); colon !== -1; from = colon + 1, colon = text.indexOf(':', from)) {
    let last = colon - 1; // the char a cue's verb would end with
    while (last >= from && (codes[last] === 0x20 || codes[last] === 0x09)) last--;
    if (last < from || LAST_LETTER[codes[last]] === 0) continue;
    let lo = colon;
    for (let n = 0; lo > from; lo--) {
      if ((CHAR_FLAGS[codes[lo - 1]] & (SPACE | ZWNJ_FLAG)) === 0 && ++n > MAX_CUE_CHARS) break;
    }
    const start = cueStart(text, codes, lo, colon);
    // The match at `start` ends at this colon (the first after it: no verb has one), its verb at `last`.
    if (start !== -1) out.push({ start, end: last + 1, colon });
  }
  return out;
}

/** Where the leftmost cue starting in [from, colon) and ending at `colon` starts, or -1. */
function cueStart(text: string, codes: Uint16Array, from: number, colon: number): number {
  for (let p = from; p < colon; p++) {
    // A letter or ZWNJ right before (most places, inside words): no cue (`flagsBefore` decides surrogates).
    if (p > 0 && (CHAR_FLAGS[codes[p - 1]] & NOT_BEFORE) !== 0) continue;
    if (((SECOND[codes[p] & SECOND_MASK] >>> (codes[p + 1] & 31)) & 1) === 0) continue; // the gate's quick no
    if (!GATE.allows(text, p) || (flagsBefore(text, p) & NOT_BEFORE) !== 0) continue;
    CUE_AT.lastIndex = p;
    if (CUE_AT.test(text)) return p;
  }
  return -1;
}
