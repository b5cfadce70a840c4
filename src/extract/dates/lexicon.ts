/**
 * The date lexicon: month, weekday, relative, part, era and season words from `data/calendar.json`,
 * `data/relative-dates.json` and `data/date-traps.json`, as lookup maps (keyed by folded spelling) and
 * as regex alternations where a space may also be written as ZWNJ or nothing.
 *
 * Example: `flexible('سال جاری')` matches `سال جاری`, `سال‌جاری` and `سالجاری`;
 * `RELATIVE_WORDS.get('پارسال')` → `{ unit: 'year', offset: -1 }`.
 */
import { GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS, monthNameForms, weekdayNameForms, WEEKDAYS } from '../../calendar.js';
import { loadJson } from '../../data.js';
import { fold, normalize } from '../../normalize/index.js';
import type { Calendar } from '../../types.js';

export type Unit = 'year' | 'month' | 'week' | 'day';
export type Part = 'end' | 'start' | 'early' | 'mid' | 'late' | 'half1' | 'half2';

interface Entry {
  text: string;
  reason?: string;
}

interface RelativeData {
  words: (Entry & { unit: Unit; offset: number; generic?: boolean })[];
  units: (Entry & { unit: Unit })[];
  directions: (Entry & { offset: number; needsCount?: boolean; eventRelative?: boolean })[];
  demonstratives: (Entry & { units: Unit[] })[];
  vagueDirections: Entry[];
  vague: Entry[];
  parts: (Entry & { part: Part })[];
  blockUnits: Entry[];
  eras: (Entry & { calendar: Calendar })[];
  seasons: (Entry & { months: [number, number] })[];
  seasonHeads: Entry[];
  partsOfDay: Entry[];
  clockWords: Entry[];
  halves: Entry[];
}

interface TrapData {
  nameHeads: Entry[];
  weekdayNotDate: Entry[];
  notYearFollowers: Entry[];
  ambiguousMonths: Entry[];
  genericTodayHeads: Entry[];
  vagueCounts: Entry[];
  yearCues: (Entry & { twoDigit?: boolean })[];
  numericDateCues: Entry[];
  yearKinds: Entry[];
  speechCues: Entry[];
}

const REL = loadJson<RelativeData>('relative-dates.json');
const TRAPS = loadJson<TrapData>('date-traps.json');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source for a phrase whose spaces may be written as space, ZWNJ or nothing. */
export function flexible(phrase: string): string {
  return normalize(phrase)
    .text.trim()
    .split(/[\s\u200c]+/)
    .map(escape)
    .join('[\\s\\u200c]?');
}

/** The phrases of `alternation` in the order its regex tries them: longest first, once each. */
export const alternationOrder = (phrases: string[]): string[] => [...new Set(phrases)].sort((a, b) => b.length - a.length);

/** An alternation of phrases, longest first, each flexible in its spacing. */
export function alternation(phrases: string[]): string {
  return alternationOrder(phrases).map(flexible).join('|');
}

/** The literal words of a phrase's pattern (see `flexible`): `دو شنبه` → `['دو', 'شنبه']`. */
export const phraseWords = (phrase: string) => normalize(phrase).text.trim().split(/[\s\u200c]+/);

/** The literal first word of a phrase's pattern (see `flexible`), for a `StartGate`. */
export const firstWord = (phrase: string) => phraseWords(phrase)[0];

/** Phrase lists of the patterns above, for callers that gate a scan on their first chars. */
export const PHRASES = {
  jalaliMonths: monthNameForms('jalaliMonths'),
  gregorianMonths: monthNameForms('gregorianMonths'),
  hijriMonths: monthNameForms('hijriMonths'),
  weekdays: weekdayNameForms(),
  relativeWords: REL.words.map((w) => w.text),
  units: REL.units.map((u) => u.text),
  vague: REL.vague.map((v) => v.text),
  seasons: REL.seasons.map((v) => v.text),
  blockUnits: REL.blockUnits.map((b) => b.text),
  parts: REL.parts.map((p) => p.text),
  demonstratives: REL.demonstratives.map((d) => d.text),
  seasonHeads: REL.seasonHeads.map((h) => h.text),
  partsOfDay: REL.partsOfDay.map((p) => p.text),
  vagueCounts: TRAPS.vagueCounts.map((c) => c.text),
  numericDateCues: TRAPS.numericDateCues.map((c) => c.text),
  directions: REL.directions.map((d) => d.text),
  vagueDirections: REL.vagueDirections.map((d) => d.text),
  eras: REL.eras.map((e) => e.text),
  halves: REL.halves.map((h) => h.text),
  notYearFollowers: TRAPS.notYearFollowers.map((w) => w.text),
  yearKinds: TRAPS.yearKinds.map((k) => k.text),
};

/** The literal last words of phrases' patterns (see `flexible`), for a gate on what ends before a position. */
export const lastWords = (phrases: string[]) => phrases.map((p) => phraseWords(p).pop()!);

const byFold = <T>(entries: (Entry & T)[]) => new Map(entries.map((e) => [fold(e.text), e] as [string, Entry & T]));

/** Left boundary: not inside a word or a number. */
export const LB = '(?<![\\p{L}\\p{N}\\u200c])';
/** Right boundary: the word ends here. */
export const RB = '(?![\\p{L}\\p{N}\\u200c])';
/** One separating space (a hard-wrapped line break counts). */
export const SP = '\\s{1,2}';
/** Space, ZWNJ or nothing: compounds written every way. */
export const GLUE = '[\\s\\u200c]?';

export const JALALI_MONTH_RE = alternation(monthNameForms('jalaliMonths'));
export const GREGORIAN_MONTH_RE = alternation(monthNameForms('gregorianMonths'));
export const HIJRI_MONTH_RE = alternation(monthNameForms('hijriMonths'));
export const WEEKDAY_RE = alternation(weekdayNameForms());
export { GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS, WEEKDAYS };

export const RELATIVE_WORDS = byFold(REL.words);
export const RELATIVE_WORD_RE = alternation(REL.words.map((w) => w.text));
export const UNITS = byFold(REL.units);
export const UNIT_RE = alternation(REL.units.map((u) => u.text));
export const DIRECTIONS = byFold(REL.directions);
export const DIRECTION_RE = alternation(PHRASES.directions);
export const DEMONSTRATIVE_RE = alternation(PHRASES.demonstratives);
export const VAGUE_DIRECTION_RE = alternation(PHRASES.vagueDirections);
export const VAGUE_RE = alternation(REL.vague.map((v) => v.text));
export const PARTS = byFold(REL.parts);
export const PART_RE = alternation(PHRASES.parts);
export const BLOCK_UNIT_RE = alternation(REL.blockUnits.map((b) => b.text));
export const ERAS = byFold(REL.eras);
export const ERA_RE = alternation(PHRASES.eras);
export const SEASONS = byFold(REL.seasons);
export const SEASON_RE = alternation(REL.seasons.map((s) => s.text));
export const SEASON_HEAD_RE = alternation(PHRASES.seasonHeads);
export const PART_OF_DAY_RE = alternation(PHRASES.partsOfDay);
export const CLOCK_WORD_RE = alternation(REL.clockWords.map((c) => c.text));
export const HALF_RE = alternation(PHRASES.halves);

/** Folded words (and two-word heads) after which a day-month is part of a name: `بیمارستان ۲۹ بهمن`. */
export const NAME_HEADS = new Set(TRAPS.nameHeads.map((h) => fold(h.text)));
/** Folded words before which a weekday names an institution: `امام جمعه`, `نماز جمعه`. */
export const WEEKDAY_NOT_DATE = new Set(TRAPS.weekdayNotDate.map((h) => fold(h.text)));
/** Words after a number that make it a count, not a year: `سال ۹۵ هزار نفر`. */
export const NOT_YEAR_FOLLOWER_RE = alternation(PHRASES.notYearFollowers);
/** Folded month names that alone are ordinary words: they need a day, a year, `ماه` or a relative word. */
export const AMBIGUOUS_MONTHS = new Set(TRAPS.ambiguousMonths.map((m) => fold(m.text)));

/** Folded nouns after which `امروز` is 'today's …' = nowadays: `دنیای امروز`. */
export const GENERIC_TODAY_HEADS = new Set(TRAPS.genericTodayHeads.map((h) => fold(h.text)));
/** What opens quoted or reported speech before a word in the sentence: `:`, `«`, `با بیان اینکه`. */
export const SPEECH_CUE_RE = TRAPS.speechCues
  .map((c) => (/^\p{L}/u.test(c.text) ? `(?:^|[^\\p{L}\\u200c])${flexible(c.text)}(?![\\p{L}\\u200c])` : flexible(c.text)))
  .join('|');
/** Counts that are no number: `چند روز پیش` is vague. */
export const VAGUE_COUNT_RE = alternation(PHRASES.vagueCounts);
/** Folded words (or two-word phrases) before a bare year that make it a year: `المپیک ۲۰۱۶`; some take two digits. */
export const YEAR_CUES = byFold(TRAPS.yearCues);
/** Words before a dotted date with a two-digit year: `مورخ ۸۸.۲.۲۱`. */
export const NUMERIC_DATE_CUE_RE = alternation(PHRASES.numericDateCues);
/** Kinds of year written between `سال` and the number: `سال تحصیلی ۹۵-۹۶`, `سال مالی ۹۵`. */
export const YEAR_KIND_RE = alternation(PHRASES.yearKinds);

/** The month number of a folded month name (`fold`) in a calendar, or null. */
export function monthOfKey(calendar: Calendar, key: string): number | null {
  const table = calendar === 'jalali' ? JALALI_MONTHS : calendar === 'gregorian' ? GREGORIAN_MONTHS : HIJRI_MONTHS;
  return table.get(key) ?? null;
}

/** The words of one unit (`سال` for 'year'). */
export const unitPhrases = (unit: Unit): string[] => REL.units.filter((u) => u.unit === unit).map((u) => u.text);

/** The words of one unit (`سال` for 'year'), as an alternation. */
export function unitWordRe(unit: Unit): string {
  return alternation(unitPhrases(unit));
}

/** Units that `این`/`همین` make relative (`این هفته`, not `این سال`: that one points into the story). */
export const DEMONSTRATIVE_UNITS = new Set<Unit>(REL.demonstratives.flatMap((d) => d.units));
