/**
 * The officials analysis of one article: role phrases and names per sentence, people as entities
 * (one per person: full name, surname-alone and honorific mentions merged), roles attached to people
 * (apposition, same post, the post that opens an article before the name is given), then the subject
 * of every clause in order, which resolves `وی`, attaches a post that speaks to the person just named,
 * and tells who speaks before each speech cue.
 *
 * Example: `مدیر درمان تامین اجتماعی قم گفت: … به گزارش ایرنا، یونس محمودیان … تاکید کرد: … وی گفت: …`
 * → one entity `یونس محمودیان` with a role mention (the opening post), a name mention and a pronoun
 * mention; the three cues have that entity as speaker.
 */
import { contentSentences, type ExtractContext } from '../context.js';
import type { OfficialMentionKind } from '../../types.js';
import { findCues, type Cue } from '../../link/quotes/cues.js';
import { BOUNDARIES, PRONOUNS, SURNAME_SUFFIXES } from './lexicon.js';
import { findNames, type NameMatch } from './names.js';
import { findRoles, type RolePhrase } from './roles.js';
import { sentenceTokens, type Tok } from './tokens.js';

export interface Entity {
  index: number;
  /** Name detections (full or honorific + surname) in order; empty for a post without a name. */
  names: NameMatch[];
  roles: RolePhrase[];
  surnameKey: string | null;
  fullKey: string | null;
  mentions: EntityMention[];
}

export interface EntityMention {
  start: number;
  end: number;
  kind: OfficialMentionKind;
  /** Sentence index and token index of the mention's first token. */
  sentence: number;
  tok: number;
}

export interface SentenceInfo {
  start: number;
  end: number;
  paragraph: number;
  toks: Tok[];
  roles: RolePhrase[];
  names: NameMatch[];
  /** The speech cue whose colon lies in this sentence, or null. */
  cue: Cue | null;
  /** Does the sentence continue the statement of an earlier cue in its paragraph? */
  inStatement: boolean;
}

export interface Analysis {
  sentences: SentenceInfo[];
  entities: Entity[];
  cues: Cue[];
  /** The speaker entity of each cue (by its colon index), or null. */
  speakers: Map<number, Entity | null>;
}

/** Prepositions (and `حضور`) before a mention that make it no subject: `به مدیر عامل`, `با حضور وزیر`. */
const GOVERNORS = new Set(['به', 'از', 'با', 'برای', 'بر', 'توسط', 'درباره', 'نزد', 'سوی', 'علیه', 'همراه', 'مانند', 'حضور', 'تا', 'جز', 'بین', 'میان', 'پیش', 'نسبت']);
const CATAPHORA_SENTENCES = 3;
/**
 * Marks between a name and the post after it (`مهرداد قریب، معاون …`, `« خلیفه حفتر » ، فرمانده`), and
 * the relative `که` (`نعمت زاده که رئیس کمیسیون مشترک … نیز هست`).
 */
const APPOSITION = new Set(['،', ',', '(', '«', '»', '"', 'که']);
/** Marks between a post and the name after it, also a label's colon (`مدیر تولید : وحید مرادی`). */
const LABEL = new Set(['،', ',', '(', '«', '»', '"', ':']);

/** Same post: equal titles, and organizations equal or one naming the other (or one left out). */
function samePost(a: RolePhrase, b: RolePhrase): boolean {
  if (a.titleKey !== b.titleKey) return false;
  if (a.orgKey === b.orgKey) return true;
  if (!a.orgKey || !b.orgKey) return false;
  return a.orgKey.includes(b.orgKey) || b.orgKey.includes(a.orgKey);
}

const newEntity = (entities: Entity[]): Entity => {
  const e: Entity = { index: entities.length, names: [], roles: [], surnameKey: null, fullKey: null, mentions: [] };
  entities.push(e);
  return e;
};

function readSentences(ctx: ExtractContext): SentenceInfo[] {
  const text = ctx.text;
  const cues = findCues(text);
  const sentences: SentenceInfo[] = contentSentences(ctx).map((s) => {
    const toks = sentenceTokens(s);
    const roles = findRoles(text, toks);
    const names = findNames(text, toks, roles);
    const cue = cues.find((c) => c.colon >= s.start && c.colon < s.end) ?? null;
    return { start: s.start, end: s.end, paragraph: s.paragraph, toks, roles, names, cue, inStatement: false };
  });
  let open: number | null = null; // the paragraph of the last cue
  for (const s of sentences) {
    if (open !== s.paragraph) open = null;
    s.inStatement = s.cue === null && open !== null;
    if (s.cue) open = s.paragraph;
  }
  return sentences;
}

/** People from names: a full name is one person; an honorific + surname joins the person of that surname. */
function peopleFromNames(sentences: SentenceInfo[], entities: Entity[]): Map<NameMatch, Entity> {
  const entityOfName = new Map<NameMatch, Entity>();
  for (const s of sentences) {
    for (const name of s.names) {
      const hasFirst = name.firstNames.length > 0;
      let entity = entities.find((e) => (hasFirst ? e.fullKey === name.fullKey : e.surnameKey === name.surnameKey));
      if (!entity && hasFirst) entity = entities.find((e) => e.fullKey === null && e.surnameKey === name.surnameKey);
      if (!entity && !hasFirst) entity = entities.find((e) => e.fullKey === name.fullKey);
      entity ??= newEntity(entities);
      if (hasFirst) entity.fullKey = name.fullKey;
      entity.surnameKey ??= name.surnameKey;
      entity.names.push(name);
      entityOfName.set(name, entity);
    }
  }
  return entityOfName;
}

/** Is the mention at token `tok` free of a governing preposition (a possible subject)? */
function isSubjectPosition(toks: Tok[], tok: number): boolean {
  const prev = tok > 0 ? toks[tok - 1] : undefined;
  return !(prev && prev.kind === 'word' && GOVERNORS.has(prev.key));
}

/** The clause of a sentence that may hold a subject: up to its cue, after any earlier colon. */
function clauseOf(text: string, s: SentenceInfo): { start: number; end: number } {
  const end = s.cue ? s.cue.start : s.end;
  // Back to the sentence's start only (`lastIndexOf` would read the text before it too).
  let colon = end - 1;
  while (colon >= s.start && text.charCodeAt(colon) !== 0x3a) colon--;
  return { start: colon >= s.start ? colon + 1 : s.start, end };
}

/** Is the clause only function words and adverbials (`در ادامه`, `همچنین`), with no subject of its own? */
function bareClause(toks: Tok[], from: number, to: number): boolean {
  return toks.every((t) => t.start < from || t.end > to || t.kind !== 'word' || BOUNDARIES.has(t.key));
}

/** A pronoun in subject position of the clause: at its start, or after punctuation or `و`. */
function pronounAt(toks: Tok[], from: number, to: number): { start: number; end: number; tok: number } | null {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].start < from || toks[i].end > to) continue;
    const prev = i > 0 ? toks[i - 1] : undefined;
    const atStart = !prev || prev.start < from || prev.kind === 'punct' || prev.key === 'و';
    if (!atStart) continue;
    for (const p of PRONOUNS) {
      let n = 0;
      while (n < p.length && toks[i + n]?.key === p[n]) n++;
      if (n === p.length) return { start: toks[i].start, end: toks[i + p.length - 1].end, tok: i };
    }
  }
  return null;
}

export function analyze(ctx: ExtractContext): Analysis {
  const text = ctx.text;
  const sentences = readSentences(ctx);
  const cues: Cue[] = [];
  for (const s of sentences) if (s.cue) cues.push(s.cue);
  const entities: Entity[] = [];
  const entityOfName = peopleFromNames(sentences, entities);
  const roleEntity = new Map<RolePhrase, Entity>();
  const link = (role: RolePhrase, e: Entity) => {
    roleEntity.set(role, e);
    e.roles.push(role);
  };

  // Roles in apposition: `NAME، ROLE`, `NAME ROLE`, `ROLE NAME`, `ROLE : NAME`.
  for (const s of sentences) {
    const gap = (from: number, to: number, marks: Set<string>) => {
      for (let k = from; k < to; k++) if (!marks.has(s.toks[k].text)) return false;
      return true;
    };
    for (const name of s.names) {
      const free = (r: RolePhrase) => !roleEntity.has(r);
      const after = s.roles.find((r) => free(r) && r.first >= name.last && r.first - name.last <= 2 && gap(name.last, r.first, APPOSITION));
      // `سخنگوی سرلشکر حفتر` is Haftar's spokesperson: a post with no body before a name is that
      // person's post only across a mark (`مدیر تولید : وحید مرادی`).
      const before = s.roles.find(
        (r) => free(r) && r.last <= name.hFirst && name.hFirst - r.last <= 2 && gap(r.last, name.hFirst, LABEL) && (r.orgStart !== null || r.last < name.hFirst),
      );
      const role = after ?? before;
      if (role) link(role, entityOfName.get(name)!);
    }
  }

  // Mentions of names and surnames.
  // A span as one number (no string per mention): start and end below the text's length + 1.
  const taken = new Set<number>();
  const span = text.length + 1;
  const addMention = (e: Entity, m: EntityMention) => {
    const key = m.start * span + m.end;
    if (taken.has(key)) return;
    taken.add(key);
    e.mentions.push(m);
  };
  sentences.forEach((s, si) => {
    for (const name of s.names) {
      const kind = name.firstNames.length ? 'name' : 'surname';
      addMention(entityOfName.get(name)!, { start: name.start, end: name.end, kind, sentence: si, tok: name.hFirst });
    }
  });
  addSurnameMentions(text, sentences, entities, addMention);

  // A mention may be a clause's subject: not in a statement, not after its colon, not governed.
  const subjectish = (si: number, tok: number) => {
    const s = sentences[si];
    if (s.inStatement) return false;
    if (s.cue && s.toks[tok].start > s.cue.colon) return false;
    return isSubjectPosition(s.toks, tok);
  };
  /** Does nothing named come before token `tok` in its clause (the sentence, or after a colon)? */
  const firstInClause = (si: number, tok: number) => {
    const s = sentences[si];
    let from = 0;
    for (let k = 0; k < tok; k++) if (s.toks[k].text === ':') from = k + 1;
    return !s.names.some((n) => n.hFirst >= from && n.hFirst < tok) && !s.roles.some((r) => r.first >= from && r.first < tok);
  };
  const orderedRoles: { role: RolePhrase; si: number }[] = [];
  sentences.forEach((s, si) => s.roles.forEach((role) => orderedRoles.push({ role, si })));
  const samePostEntity = (role: RolePhrase) => entities.find((e) => e.roles.some((r) => samePost(r, role)));

  // Posts alone: the same post as a person's, or the opening post of the person the article introduces
  // next — as a clause's subject, with an honorific (`… دکتر میرهاشم موسوی`) or at the head of the
  // clause (`به گزارش ایرنا، یونس محمودیان …`), and with a speech cue, an honorific or a later mention.
  const introduces = (e: Entity, m: EntityMention) => {
    if (!subjectish(m.sentence, m.tok)) return false;
    const prev = sentences[m.sentence].toks[m.tok - 1];
    const honored = e.names.some((n) => n.honorifics.length > 0);
    if (!honored && prev && prev.kind !== 'punct') return false;
    const cue = sentences[m.sentence].cue;
    return honored || (cue !== null && cue.start > m.end) || e.mentions.length > 1;
  };
  const firstMention = (e: Entity) => e.mentions.reduce((m, x) => (x.start < m.start ? x : m), e.mentions[0]);
  for (const { role, si } of orderedRoles) {
    if (roleEntity.has(role)) continue;
    const same = samePostEntity(role);
    if (same) {
      link(role, same);
      continue;
    }
    if (!subjectish(si, role.first) || !firstInClause(si, role.first)) continue;
    const next = entities
      .filter((e) => e.mentions.length > 0 && e.roles.length === 0)
      .map((e) => ({ e, m: firstMention(e) }))
      .filter(({ e, m }) => m.start > role.end && m.sentence - si <= CATAPHORA_SENTENCES && introduces(e, m))
      .sort((a, b) => a.m.start - b.m.start)[0];
    const between = next && entities.some((e) => e.mentions.some((m) => m.start > role.end && m.start < next.m.start));
    if (next && !between) link(role, next.e);
  }
  for (const { role } of orderedRoles) {
    const same = roleEntity.has(role) ? null : samePostEntity(role);
    if (same) link(role, same);
  }

  // Subjects in order. The first mention of a clause not governed by a preposition is its subject;
  // `وی` is the last subject; a post alone that speaks is the person just named without a post, or
  // the one named official of the article, or a post of its own.
  const namedOfficials = entities.filter((e) => e.names.length > 0 && e.roles.length > 0);
  const byName = new Map<number, { m: EntityMention; e: Entity }[]>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const list = byName.get(m.sentence);
      if (list) list.push({ m, e });
      else byName.set(m.sentence, [{ m, e }]);
    }
  }
  const speakers = new Map<number, Entity | null>();
  let last: Entity | null = null;
  sentences.forEach((s, si) => {
    if (s.inStatement) return;
    const clause = clauseOf(text, s);
    const inClause = (start: number, end: number, tok: number) => start >= clause.start && end <= clause.end && isSubjectPosition(s.toks, tok);
    // The first person or post of the clause (a person before a post at the same start).
    let first: { start: number; e: Entity | null; role: RolePhrase | null } | undefined;
    for (const { m, e } of byName.get(si) ?? []) {
      if (inClause(m.start, m.end, m.tok) && (!first || m.start < first.start)) first = { start: m.start, e, role: null };
    }
    for (const r of s.roles) {
      if (inClause(r.start, r.end, r.first) && (!first || r.start < first.start)) first = { start: r.start, e: roleEntity.get(r) ?? null, role: r };
    }
    const pronoun = pronounAt(s.toks, clause.start, clause.end);
    let subject: Entity | null | undefined;
    if (pronoun && (!first || pronoun.start < first.start)) {
      subject = last;
      if (last) addMention(last, { start: pronoun.start, end: pronoun.end, kind: 'pronoun', sentence: si, tok: pronoun.tok });
    } else if (first) {
      subject = first.e;
      if (!subject && first.role) {
        const role = first.role;
        const justNamed = last && last.names.length > 0 && last.roles.length === 0 && introduces(last, firstMention(last)) ? last : null;
        const only = s.cue && namedOfficials.length === 1 ? namedOfficials[0] : null;
        subject = samePostEntity(role) ?? justNamed ?? only ?? entities.find((e) => e.names.length === 0 && e.roles.some((r) => samePost(r, role))) ?? newEntity(entities);
        link(role, subject);
      }
    }
    if (subject) last = subject;
    // A cue with no subject (`در ادامه افزود:`) continues the last speaker; one whose clause names
    // something else (`وزارت نفت اعلام کرد:`) has a speaker we do not know.
    if (s.cue) speakers.set(s.cue.colon, subject !== undefined ? subject : bareClause(s.toks, clause.start, clause.end) ? last : null);
  });

  // Remaining posts: the same post as someone's, else a post of its own.
  for (const { role } of orderedRoles) {
    if (roleEntity.has(role)) continue;
    link(role, samePostEntity(role) ?? newEntity(entities));
  }
  for (const { role, si } of orderedRoles) {
    addMention(roleEntity.get(role)!, { start: role.start, end: role.end, kind: 'role', sentence: si, tok: role.first });
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { sentences, entities, cues, speakers };
}

/**
 * Surname-alone mentions of known people: the surname's words (spaced, glued or ZWNJ: `ولی منش` =
 * `ولیمنش`), not inside another mention, not followed by a surname piece (`… پور`), and not after a
 * content word that would make it a modifier.
 */
function addSurnameMentions(
  text: string,
  sentences: SentenceInfo[],
  entities: Entity[],
  add: (e: Entity, m: EntityMention) => void,
): void {
  // The first person of each surname key, and every leading part of the keys (a longer key is tried
  // only while it may still become one).
  const bySurname = new Map<string, Entity>();
  const prefixes = new Set<string>();
  for (const e of entities) {
    const key = e.surnameKey;
    if (!key || key.length < 3 || bySurname.has(key)) continue;
    bySurname.set(key, e);
    for (let n = 0; n <= key.length; n++) prefixes.add(key.slice(0, n));
    FIRST_CHARS[key.charCodeAt(0)] = 1;
  }
  if (bySurname.size === 0) return;
  for (let si = 0; si < sentences.length; si++) surnamesIn(text, sentences[si], si, bySurname, prefixes, add);
  for (const key of bySurname.keys()) FIRST_CHARS[key.charCodeAt(0)] = 0;
}

/**
 * By char code: 1 for the first char of a surname key of the article being read (a word starting
 * otherwise starts no surname: a quick no without reading its key), 0 again after it.
 */
const FIRST_CHARS = new Uint8Array(0x10000);

/** The surname-alone mentions of one sentence (see `addSurnameMentions`). */
function surnamesIn(
  text: string,
  s: SentenceInfo,
  si: number,
  bySurname: Map<string, Entity>,
  prefixes: Set<string>,
  add: (e: Entity, m: EntityMention) => void,
): void {
  const toks = s.toks;
  const covered = (a: number, b: number) =>
    s.names.some((n) => n.hFirst < b && a < n.last) || s.roles.some((r) => r.first < b && a < r.last);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    // The key's first char, read from the text (the key's own chars lie elsewhere in memory): a word
    // starts with a letter, which is its key's but for آ/أ/إ → ا.
    const c = text.charCodeAt(t.start);
    if (FIRST_CHARS[c === 0x622 || c === 0x623 || c === 0x625 ? 0x627 : c] === 0) continue;
    let key = '';
    for (let j = i; j < Math.min(toks.length, i + 3); j++) {
      if (toks[j].kind !== 'word') break;
      key += toks[j].key;
      if (!prefixes.has(key)) break;
      const e = bySurname.get(key);
      if (!e) continue;
      const next = toks[j + 1];
      const prev = i > 0 ? toks[i - 1] : undefined;
      if (covered(i, j + 1)) break;
      if (next && next.kind === 'word' && SURNAME_SUFFIXES.has(next.key)) break;
      if (prev && prev.kind === 'word' && !BOUNDARIES.has(prev.key) && !GOVERNORS.has(prev.key)) break;
      add(e, { start: toks[i].start, end: toks[j].end, kind: 'surname', sentence: si, tok: i });
      i = j;
      break;
    }
  }
}
