/**
 * extract/facilities: health facilities written with a type word and a name or a city, one record per
 * distinct facility of the article, in order of first mention, with city and province from the
 * gazetteer (src/places). The grammar is in grammar.ts, the merging in corefer.ts, the words in
 * data/facility-types.json and data/facility-words.json.
 *
 * Example: `… بیمارستان امام موسی کاظم(ع) ماهشهر / تکمیل بیمارستان تأمین اجتماعی آبادان …` →
 * [{ id: 'f1', type: 'hospital', name: 'امام موسی کاظم(ع)', city: 'ماهشهر', province: 'خوزستان', … },
 *  { id: 'f2', type: 'hospital', name: null, city: 'آبادان', province: 'خوزستان', … }].
 */
import { contentSentences, rawEndOf, rawStartOf, rawText, type ExtractContext } from '../context.js';
import { findPlaces, lookupCity } from '../../places/index.js';
import type { Facility, Mention } from '../../types.js';
import type { Span } from '../../segment/index.js';
import { corefer, type Draft } from './corefer.js';
import { nextToken, parsePhrase, type Phrase } from './grammar.js';
import { TYPES } from './lexicon.js';
import { Reader } from './reader.js';
import { TYPE, typeBits } from './words.js';

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * Does `raw` read as its display name already: no diacritic or tatweel, no Arabic ي/ك, and no whitespace
 * but single spaces between words? Most names do, and then the four replaces and the trim are skipped.
 */
function isDisplayed(raw: string): boolean {
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || raw.charCodeAt(i + 1) === 0x20) return false;
    } else if (c <= 0x20 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || c === 0x64a || c === 0x643 || (c >= 0x80 && isOtherSpace(c))) {
      return false;
    }
  }
  return true;
}

/** A whitespace char of `\s` (and of trim) above ASCII. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A name as written in the raw text, with one space per run and Persian ی/ک. */
function displayName(raw: string): string {
  if (isDisplayed(raw)) return raw;
  return raw.replace(DIACRITICS, '').replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/\s+/g, ' ').trim();
}

/** Does a mention among mentions[from..] (those with its raw start) end at raw offset `end`? */
function repeats(mentions: Mention[], from: number, end: number): boolean {
  for (let i = from; i < mentions.length; i++) if (mentions[i].end === end) return true;
  return false;
}

const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const byFirstSpan = (a: Draft, b: Draft) => a.spans[0].start - b.spans[0].start;

/** Is `xs` in the order of `cmp` already? Then a (stable) sort would leave it as it is. */
function isSorted<T>(xs: T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < xs.length; i++) if (cmp(xs[i - 1], xs[i]) > 0) return false;
  return true;
}

/** Sort spans by start then end, in place; mentions mostly come in text order, so mostly no sort at all. */
function sortSpans(spans: Span[]): void {
  if (!isSorted(spans, bySpan)) spans.sort(bySpan);
}

/** Provinces the article names, and the dateline city's: what settles a city name shared by provinces. */
function provinceHints(ctx: ExtractContext): Set<string> {
  const hints = new Set<string>();
  for (const m of findPlaces(ctx.text, { kinds: ['province'] })) if (!m.weak) hints.add(m.places[0].province);
  const dateline = ctx.meta.dateline ? lookupCity(ctx.meta.dateline) : null;
  if (dateline?.province) hints.add(dateline.province);
  return hints;
}

/**
 * The facility type word (with its plural) starting at `pos` of normalized text, or null: for scripts
 * that ask whether a span is headed by a health facility type (`بیمارستانهای …` → hospital, plural).
 */
export function facilityTypeAt(text: string, pos: number): { type: string; plural: boolean; end: number } | null {
  const m = TYPES.matchAt(text, pos);
  const word = m?.values.find((v) => v.type !== '*');
  return m && word ? { type: word.type, plural: word.plural, end: m.end } : null;
}

/** Every facility phrase of the article's content sentences, in text order. */
export function findPhrases(ctx: ExtractContext): Phrase[] {
  const phrases: Phrase[] = [];
  const text = ctx.text;
  // One reader for the article, set to each sentence with a type word.
  let reader: Reader | null = null;
  for (const s of contentSentences(ctx)) {
    let read = false;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      // Only a word with the TYPE bit may start a type word (words.ts): most tokens stop here.
      if (t.kind !== 'word' || (typeBits(t.word) & TYPE) === 0) continue;
      const typeEnd = TYPES.longestAt(text, t.start);
      if (typeEnd < 0) continue;
      if (reader === null) reader = new Reader(text, s);
      else if (!read) reader.read(s);
      read = true;
      const phrase = parsePhrase(reader, i, TYPES.found[0], t.start, typeEnd);
      if (phrase) {
        phrases.push(phrase);
        i = nextToken() - 1;
      }
    }
  }
  return phrases;
}

export function extractFacilities(ctx: ExtractContext): Facility[] {
  let hints: Set<string> | null = null;
  const drafts = corefer(ctx.text, findPhrases(ctx), () => (hints ??= provinceHints(ctx)));
  // Each draft's spans in text order; the drafts in order of their first mention (every draft has one).
  for (const d of drafts) sortSpans(d.spans);
  if (!isSorted(drafts, byFirstSpan)) drafts.sort(byFirstSpan);
  return drafts.map((d, k): Facility => {
    const mentions: Mention[] = [];
    // Raw starts follow normalized ones (toRaw never decreases): a mention repeats one of the run of
    // mentions with its start, if any.
    let run = 0;
    for (const span of d.spans) {
      // The raw span as toMention finds it; the mention is made only when it is no repeat.
      const start = rawStartOf(ctx, span.start);
      const end = rawEndOf(ctx, span.start, span.end, start);
      if (run < mentions.length && mentions[run].start !== start) run = mentions.length;
      if (!repeats(mentions, run, end)) mentions.push({ text: ctx.raw.slice(start, end), start, end });
    }
    const name = d.name;
    return {
      id: `f${k + 1}`,
      type: d.type,
      name: name ? displayName(rawText(ctx, name.start, name.end)) : null,
      city: d.city,
      province: d.province,
      mentions,
      facts: [],
    };
  });
}
