/**
 * Speech cues: a speech verb (data/speech-verbs.json) right before a colon, in normalized text. A cue
 * is a simple verb (`گفت`) or a nominal with a light verb (`تاکید کرد`, `خاطر نشان کرد`, `اظهار داشت`);
 * in `… دانست و گفت:` the cue is `گفت`.
 *
 * Example: `findCues('وی تاکید کرد :برای سرعت')` → `[{ start: 3, end: 12, colon: 13 }]`.
 */
import { loadJson } from '../../data.js';
import { normalize } from '../../normalize/index.js';

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

const CUE = new RegExp(
  `(?<![\\p{L}\\u200c])((?:${alternation(VERBS.nominals.map((n) => n.word))})[\\s\\u200c]*(?:${alternation(
    VERBS.lightVerbs.map((l) => l.verb),
  )})|(?:${alternation(VERBS.simple.map((s) => s.verb))}))[ \\t]*:`,
  'gu',
);

/** Every speech cue of normalized `text`, left to right. */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index;
    const end = start + m[1].length;
    out.push({ start, end, colon: m.index + m[0].length - 1 });
  }
  return out;
}
