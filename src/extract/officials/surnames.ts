/**
 * Surname-alone mentions of known people: after the names are read, every word sequence of the article
 * that spells a person's surname key is a mention of that person, unless it is part of a longer name.
 *
 * Example: with `ولی منش` known from `محمد ولی منش`, a later `ولیمنش گفت` or `ولی‌منش` is a surname
 * mention of that person.
 */
import type { Entity, EntityMention, SentenceInfo } from './analyze.js';
import * as lexicon from './lexicon.js';
import * as leadsOf from './leads.js';
import { GOVERNORS } from './people.js';
import { lex, type Tok } from './tokens.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { BOUNDARIES, SURNAME_SUFFIXES } = lexicon;
const { LEAD_SLOTS, leadFirstByte, mayStartWithZwnj, NO_LEAD, ONE_CHAR, pairOf, ZWNJ_SECOND } = leadsOf;

/**
 * Surname-alone mentions of known people: the surname's words (spaced, glued or ZWNJ: `ولی منش` =
 * `ولیمنش`), not inside another mention, not followed by a surname piece (`… پور`), and not after a
 * content word that would make it a modifier.
 */
export function addSurnameMentions(
  leads: Int32Array,
  sentences: SentenceInfo[],
  entities: Entity[],
  add: (e: Entity, m: EntityMention) => void,
): void {
  // The first person of each surname key: the keys, and their people by the same index.
  const keys: string[] = [];
  const people: Entity[] = [];
  for (const e of entities) {
    const key = e.surnameKey;
    if (!key || key.length < 3 || keys.includes(key)) continue;
    keys.push(key);
    people.push(e);
    setLeads(key, 1);
  }
  if (keys.length === 0) return;
  for (let si = 0; si < sentences.length; si++) surnamesIn(leads, sentences[si], si, keys, people, add);
  for (const key of keys) setLeads(key, 0);
}

/**
 * By lead (leads.ts): 1 where a surname key of the article being read may start, 0 again after it. A
 * word of two chars or more starts one only if its key's first two are a key's (a key has three at least;
 * pairs of other scripts may share an index: they are only let through to the full test); a word whose
 * second char is a ZWNJ, or a word of one char, only if its first is a key's first.
 */
const LEADS = new Uint8Array(LEAD_SLOTS);

/** Sets the leads a word starting surname key `key` may have to `on`. */
function setLeads(key: string, on: number): void {
  const first = key.charCodeAt(0);
  LEADS[pairOf(first, key.charCodeAt(1))] = on;
  LEADS[ZWNJ_SECOND + first] = on;
  LEADS[ONE_CHAR + first] = on;
}

/** The index in `keys` of the key `spelled` found last. */
let spelledKey = 0;

/**
 * The last token of the surname key spelled by the words from token i (three at most, their keys
 * joined), or -1, its index in `spelledKey`: the fewest words that spell one, as the keys are unique.
 * Each key is compared in place (no key is built of the tokens').
 */
function spelled(toks: Tok[], i: number, keys: string[]): number {
  let best = -1;
  for (let k = 0; k < keys.length; k++) {
    const j = spellsFrom(toks, i, keys[k], best === -1 ? i + 2 : best - 1); // only fewer words would do now
    if (j !== -1) {
      best = j;
      spelledKey = k;
    }
  }
  return best;
}

/** The token (at most `last`) where the words from token i have spelled `key`, or -1. */
function spellsFrom(toks: Tok[], i: number, key: string, last: number): number {
  const lim = Math.min(toks.length - 1, last);
  let at = 0; // the chars of `key` spelled so far
  for (let j = i; j <= lim; j++) {
    const t = toks[j];
    if (t.kind !== 'word') return -1;
    const word = lex(t).key;
    if (!key.startsWith(word, at)) return -1;
    at += word.length;
    if (at === key.length) return j;
  }
  return -1;
}

/** Do tokens [a, b) of the sentence overlap a name (from its first honorific) or a post? */
function covered(s: SentenceInfo, a: number, b: number): boolean {
  for (const n of s.names) if (n.hFirst < b && a < n.last) return true;
  for (const r of s.roles) if (r.first < b && a < r.last) return true;
  return false;
}

/** The surname-alone mentions of one sentence (see `addSurnameMentions`). */
function surnamesIn(
  leads: Int32Array,
  s: SentenceInfo,
  si: number,
  keys: string[],
  people: Entity[],
  add: (e: Entity, m: EntityMention) => void,
): void {
  const toks = s.toks;
  const from = s.leadsAt;
  const pass = LEADS; // read once a sentence, not once a token
  for (let i = 0; i < toks.length; i++) {
    // The word's first chars as its key's (`leadOf`), from the article's flat list: a word starting
    // otherwise starts no surname, and its token is not read. (No ZWNJ is in a key: a ZWNJ second char
    // is not tested, the full test decides.)
    const lead = leads[from + i];
    if (pass[lead] === 0) continue;
    if (lead >= ONE_CHAR) {
      // A word of one char (`و`, tens a page) starts a key (three chars at least) only with the next
      // word, whose key's first char is its second (a word that may start with a ZWNJ is let through).
      if (i + 1 === toks.length) continue;
      const next = leads[from + i + 1];
      if (next === NO_LEAD) continue;
      if (!mayStartWithZwnj(next) && pass[pairOf(lead, leadFirstByte(next))] === 0) continue;
    }
    const j = spelled(toks, i, keys);
    if (j === -1) continue;
    const next = toks[j + 1];
    const prev = i > 0 ? toks[i - 1] : undefined;
    if (covered(s, i, j + 1)) continue;
    if (next && next.kind === 'word' && SURNAME_SUFFIXES.has(lex(next).key)) continue;
    if (prev && prev.kind === 'word' && !BOUNDARIES.has(lex(prev).key) && !GOVERNORS.has(lex(prev).key)) continue;
    add(people[spelledKey], { start: toks[i].start, end: toks[j].end, kind: 'surname', sentence: si, tok: i });
    i = j;
  }
}
