/**
 * The subject of every clause in order. The first mention of a clause not governed by a preposition is
 * its subject; `وی` is the last subject; a post alone that speaks is the person just named without a
 * post, or the one named official of the article, or a post of its own. The subject of a cue's clause
 * speaks.
 *
 * Example: `یونس محمودیان … گفت: … وی تاکید کرد: …` → both cues have محمودیان as speaker, and `وی` is a
 * pronoun mention of him.
 */
import type { Entity, SentenceInfo } from './analyze.js';
import * as lexicon from './lexicon.js';
import { firstMention, isSubjectPosition, type People, samePost } from './people.js';
import type { RolePhrase } from './roles.js';
import { lex, type Tok } from './tokens.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { BOUNDARIES, PRONOUNS } = lexicon;

/** The colons of a text, in order. */
function colonsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) out.push(i);
  return out;
}

/**
 * The start of the clause of a sentence that may hold a subject, which ends at `end` (its cue's start,
 * else the sentence's end): after any earlier colon of the sentence (`colons` of the text, `k` the index
 * of the first colon at or after the sentence's start).
 */
function clauseStart(s: SentenceInfo, end: number, colons: number[], k: number): number {
  let colon = -1;
  for (; k < colons.length && colons[k] < end; k++) colon = colons[k];
  return colon >= s.start ? colon + 1 : s.start;
}

/** Is the mention [start, end) at token `tok` inside the clause [from, to) and in subject position? */
function inClause(s: SentenceInfo, from: number, to: number, start: number, end: number, tok: number): boolean {
  return start >= from && end <= to && isSubjectPosition(s.toks, tok);
}

/**
 * Is the clause only function words and adverbials (`در ادامه`, `همچنین`), with no subject of its own?
 * The tokens are in text order: none from one starting at `to` on lies inside the clause.
 */
function bareClause(toks: Tok[], from: number, to: number): boolean {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.start >= to) break;
    if (t.start < from || t.end > to || t.kind !== 'word') continue;
    if (!BOUNDARIES.has(lex(t).key)) return false;
  }
  return true;
}

/**
 * A pronoun in subject position of the clause: at its start, or after punctuation or `و`; `opens`: the
 * token indexes where one may start (the others' keys start no anaphor), in order, the items [at, end).
 */
function pronounAt(toks: Tok[], opens: Int32Array, at: number, end: number, from: number, to: number): { start: number; end: number; tok: number } | null {
  for (let o = at; o < end; o++) {
    const i = opens[o];
    if (toks[i].start < from || toks[i].end > to) continue;
    const prev = i > 0 ? toks[i - 1] : undefined;
    const atStart = !prev || prev.start < from || prev.kind === 'punct' || lex(prev).key === 'و';
    if (!atStart) continue;
    for (const p of PRONOUNS) {
      let n = 0;
      while (n < p.length && i + n < toks.length && lex(toks[i + n]).key === p[n]) n++;
      if (n === p.length) return { start: toks[i].start, end: toks[i + p.length - 1].end, tok: i };
    }
  }
  return null;
}

/** Sentence-indexed lists of one article's clauses, kept from article to article (grown when short). */
let clauseFrom = new Int32Array(64);
let clauseTo = new Int32Array(64);
/** The start of the first mention in the clause of each sentence, or -1; its entity in `firstOf`. */
let firstAt = new Int32Array(64);
let firstOf: (Entity | null)[] = [];

/**
 * The clause of every sentence that is read (not in a statement): [clauseFrom, clauseTo), from after an
 * earlier colon of the sentence to its cue's start, else its end; and the first mention of an entity in
 * subject position in each clause (`firstAt`, `firstOf`), the first one listed on a tie (entities in
 * order, their mentions in order), as the sentence loop read them.
 */
function readClauses(p: People, colons: number[]): void {
  const { sentences, entities } = p;
  const n = sentences.length;
  if (clauseFrom.length < n) {
    clauseFrom = new Int32Array(n * 2);
    clauseTo = new Int32Array(n * 2);
    firstAt = new Int32Array(n * 2);
  }
  let k = 0; // the first colon at or after the sentence's start (sentences are in text order)
  for (let si = 0; si < n; si++) {
    const s = sentences[si];
    while (k < colons.length && colons[k] < s.start) k++;
    firstAt[si] = -1;
    firstOf[si] = null;
    if (s.inStatement) continue;
    const to = s.cue ? s.cue.start : s.end;
    clauseTo[si] = to;
    clauseFrom[si] = clauseStart(s, to, colons, k);
  }
  for (const e of entities) {
    for (const m of e.mentions) {
      const si = m.sentence;
      const s = sentences[si];
      if (s.inStatement || (firstAt[si] !== -1 && m.start >= firstAt[si])) continue;
      if (inClause(s, clauseFrom[si], clauseTo[si], m.start, m.end, m.tok)) {
        firstAt[si] = m.start;
        firstOf[si] = e;
      }
    }
  }
}

/** The named officials of the article (a person with a name and a post). */
const namedOfficialsOf = (entities: Entity[]): Entity[] => entities.filter((e) => e.names.length > 0 && e.roles.length > 0);

/**
 * Read the subjects in order; the speaker entity of each cue (by its colon index), or null. `pronouns`:
 * the article's anaphor openings (`SentenceInfo.pronounsAt`).
 */
export function readSubjects(p: People, pronouns: Int32Array): Map<number, Entity | null> {
  const { text, sentences, entities } = p;
  // Asked only when a post alone speaks; the entities as they are before the loop adds any.
  let namedOfficials: Entity[] | null = null;
  if (sentences.some((s) => s.cue !== null && s.roles.length > 0)) namedOfficials = namedOfficialsOf(entities);
  readClauses(p, colonsOf(text));
  const speakers = new Map<number, Entity | null>();
  let last: Entity | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s.inStatement) continue;
    const to = clauseTo[si];
    const from = clauseFrom[si];
    // The first person or post of the clause (a person before a post at the same start).
    let found = firstAt[si] !== -1;
    let firstStart = firstAt[si];
    let firstEntity: Entity | null = firstOf[si];
    firstOf[si] = null; // not kept past the article
    let firstRole: RolePhrase | null = null;
    for (const r of s.roles) {
      if (inClause(s, from, to, r.start, r.end, r.first) && (!found || r.start < firstStart)) {
        found = true;
        firstStart = r.start;
        firstEntity = r.owner;
        firstRole = r;
      }
    }
    const pronoun = s.pronounsAt === s.pronounsEnd ? null : pronounAt(s.toks, pronouns, s.pronounsAt, s.pronounsEnd, from, to);
    let subject: Entity | null | undefined;
    if (pronoun && (!found || pronoun.start < firstStart)) {
      subject = last;
      if (last) p.addMention(last, { start: pronoun.start, end: pronoun.end, kind: 'pronoun', sentence: si, tok: pronoun.tok });
    } else if (found) {
      subject = firstEntity;
      if (!subject && firstRole) {
        const role = firstRole;
        const justNamed: Entity | null = last && last.names.length > 0 && last.roles.length === 0 && p.introduces(last, firstMention(last)) ? last : null;
        const only = s.cue && namedOfficials !== null && namedOfficials.length === 1 ? namedOfficials[0] : null;
        subject =
          p.samePostEntity(role) ?? justNamed ?? only ?? entities.find((e) => e.names.length === 0 && e.roles.some((r) => samePost(r, role))) ?? p.newEntity();
        p.link(role, subject);
      }
    }
    if (subject) last = subject;
    // A cue with no subject (`در ادامه افزود:`) continues the last speaker; one whose clause names
    // something else (`وزارت نفت اعلام کرد:`) has a speaker we do not know.
    if (s.cue) speakers.set(s.cue.colon, subject !== undefined ? subject : bareClause(s.toks, from, to) ? last : null);
  }
  return speakers;
}
