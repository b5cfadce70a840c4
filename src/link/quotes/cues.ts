/**
 * Speech cues: a speech verb (data/speech-verbs.json) right before a colon, in normalized text. A cue
 * is a simple verb (`گفت`) or a nominal with a light verb (`تاکید کرد`, `خاطر نشان کرد`, `اظهار داشت`);
 * in `… دانست و گفت:` the cue is `گفت`. The pattern is tried only where a verb can start (a start gate).
 *
 * Example: `findCues('وی تاکید کرد :برای سرعت')` → `[{ start: 3, end: 12, colon: 13 }]`.
 */
import { loadJson } from '../../data.js';
import { normalize } from '../../normalize/index.js';
import { flagsBefore, LETTER, ZWNJ_FLAG } from '../../segment/chars.js';
import { StartGate } from '../../segment/gate.js';

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

/** The cue pattern from its first char on; the left boundary (no letter or ZWNJ before) is checked in code. */
const CUE_AT = new RegExp(
  `((?:${alternation(VERBS.nominals.map((n) => n.word))})[\\s\\u200c]*(?:${alternation(
    VERBS.lightVerbs.map((l) => l.verb),
  )})|(?:${alternation(VERBS.simple.map((s) => s.verb))}))[ \\t]*:`,
  'uy',
);

/** Where a cue can start: the first chars of the nominals and simple verbs (CUE_AT cannot match elsewhere). */
const GATE = new StartGate().words(
  [...VERBS.nominals.map((n) => n.word), ...VERBS.simple.map((s) => s.verb)].map(
    (w) => normalize(w).text.split(/[\s\u200c]+/)[0],
  ),
);
const NOT_BEFORE = LETTER | ZWNJ_FLAG;

/** Every speech cue of normalized `text`, left to right. */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  for (let p = 0; p < text.length; p++) {
    if (GATE.first[text.charCodeAt(p)] === 0 || !GATE.allows(text, p) || (flagsBefore(text, p) & NOT_BEFORE) !== 0) continue;
    CUE_AT.lastIndex = p;
    const m = CUE_AT.exec(text);
    if (m === null) continue;
    out.push({ start: p, end: p + m[1].length, colon: p + m[0].length - 1 });
    p += m[0].length - 1;
  }
  return out;
}
