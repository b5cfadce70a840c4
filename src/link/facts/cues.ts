/**
 * The cue lexicon of facility facts, loaded once from `data/facility-facts.json`: which words make a
 * sum a budget or a cost, a percentage a progress figure, a date an opening or a completion, and the
 * units of areas and bed counts.
 *
 * Example: `MONEY_AFTER.matchAt('50 میلیارد تومان اعتبار', 17)?.values[0]` → 'budget';
 * `AREA_UNITS.matchAt('200متر مربع', 3)?.values[0]` → 1 (factor to m²).
 */
import { loadJson } from '../../data.js';
import type { FactKind } from '../../types.js';
import { normalize } from '../../normalize/index.js';
import { FoldTrie, foldKey } from '../../places/index.js';

interface Cue {
  words: string;
  kind: FactKind;
}

interface FactsFile {
  clauseBreaks: { chars: string[] };
  money: { after: Cue[]; before: Cue[]; beforeWindow: number; clause: Cue[]; costWithOpening: { before: string }; projectWords: string[] };
  progress: { clause: string[]; after: string[] };
  dates: { opened: string[]; completion: string[]; notBefore: string[]; vague: { words: string[]; countedFuture: string } };
  area: { units: { words: string; factor: number }[] };
  beds: { units: string[] };
}

const data = loadJson<FactsFile>('facility-facts.json');
const norm = (s: string) => normalize(s).text;

function trie<V>(entries: [string, V][]): FoldTrie<V> {
  const t = new FoldTrie<V>();
  for (const [w, v] of entries) t.add(norm(w), v);
  return t;
}

export const CLAUSE_BREAKS = new Set(data.clauseBreaks.chars);
export const MONEY_AFTER = trie(data.money.after.map((c): [string, FactKind] => [c.words, c.kind]));
export const MONEY_BEFORE = trie(data.money.before.map((c): [string, FactKind] => [c.words, c.kind]));
export const MONEY_BEFORE_WINDOW = data.money.beforeWindow;
export const MONEY_CLAUSE = trie(data.money.clause.map((c): [string, FactKind] => [c.words, c.kind]));
/** Words of a clause about building or equipping: there a sum with no cue is a budget. */
export const PROJECT_WORDS = trie(data.money.projectWords.map((w): [string, true] => [w, true]));
export const COST_WITH_OPENING = foldKey(norm(data.money.costWithOpening.before));
export const PROGRESS_CLAUSE = trie(data.progress.clause.map((w): [string, true] => [w, true]));
export const PROGRESS_AFTER = trie(data.progress.after.map((w): [string, true] => [w, true]));
export const DATE_CUES = trie<FactKind>([
  ...data.dates.opened.map((w): [string, FactKind] => [w, 'opened']),
  ...data.dates.completion.map((w): [string, FactKind] => [w, 'completion']),
]);
export const DATE_NOT_BEFORE = new Set(data.dates.notBefore.map((w) => foldKey(norm(w))));
export const VAGUE_WORDS = new Set(data.dates.vague.words.map((w) => foldKey(norm(w))));
export const COUNTED_FUTURE = foldKey(norm(data.dates.vague.countedFuture));
export const AREA_UNITS = trie(data.area.units.map((u): [string, number] => [u.words, u.factor]));
export const BED_UNITS = trie(data.beds.units.map((w): [string, true] => [w, true]));
/** The area and bed units in one trie: a unit of either kind starts where this matches (one probe, not two). */
export const UNITS = trie<true>([...data.area.units.map((u) => u.words), ...data.beds.units].map((w): [string, true] => [w, true]));
