/**
 * People of an article's officials analysis: the entities, which post belongs to whom, and the mentions
 * taken. A full name is one person, an honorific + surname joins the person of that surname; a post
 * joins a person written next to it (apposition), one with the same post, or the person the article
 * introduces next (a post that opens an article before the name is given).
 *
 * Example: `مهرداد قریب، معاون درمان … گفت` → one person `مهرداد قریب` with the post `معاون درمان`;
 * `مدیر درمان تامین اجتماعی قم گفت: … به گزارش ایرنا، یونس محمودیان …` → the post is محمودیان's.
 */
import type { Entity, EntityMention, SentenceInfo } from './analyze.js';
import type { NameMatch } from './names.js';
import type { RolePhrase } from './roles.js';
import { lex, type Tok } from './tokens.js';

/** Prepositions (and `حضور`) before a mention that make it no subject: `به مدیر عامل`, `با حضور وزیر`. */
export const GOVERNORS = new Set(['به', 'از', 'با', 'برای', 'بر', 'توسط', 'درباره', 'نزد', 'سوی', 'علیه', 'همراه', 'مانند', 'حضور', 'تا', 'جز', 'بین', 'میان', 'پیش', 'نسبت']);
const CATAPHORA_SENTENCES = 3;
/**
 * Marks between a name and the post after it (`مهرداد قریب، معاون …`, `« خلیفه حفتر » ، فرمانده`), and
 * the relative `که` (`نعمت زاده که رئیس کمیسیون مشترک … نیز هست`).
 */
const APPOSITION = new Set(['،', ',', '(', '«', '»', '"', 'که']);
/** Marks between a post and the name after it, also a label's colon (`مدیر تولید : وحید مرادی`). */
const LABEL = new Set(['،', ',', '(', '«', '»', '"', ':']);

/** Same post: equal titles, and organizations equal or one naming the other (or one left out). */
export function samePost(a: RolePhrase, b: RolePhrase): boolean {
  if (a.titleKey !== b.titleKey) return false;
  if (a.orgKey === b.orgKey) return true;
  if (!a.orgKey || !b.orgKey) return false;
  return a.orgKey.includes(b.orgKey) || b.orgKey.includes(a.orgKey);
}

/** Is the mention at token `tok` free of a governing preposition (a possible subject)? */
export function isSubjectPosition(toks: Tok[], tok: number): boolean {
  const prev = tok > 0 ? toks[tok - 1] : undefined;
  return !(prev && prev.kind === 'word' && GOVERNORS.has(lex(prev).key));
}

/** A role phrase with the index of its sentence, in text order. */
export interface PlacedRole {
  role: RolePhrase;
  si: number;
}

/** The entities of one article and what is linked to them so far. */
export class People {
  readonly entities: Entity[] = [];
  /** Every role phrase of the article, in order. */
  readonly roles: PlacedRole[] = [];
  /** The spans mentioned, each as one number (no string per mention): start × (text length + 1) + end. */
  private readonly taken = new Set<number>();
  private readonly span: number;

  constructor(
    readonly text: string,
    readonly sentences: SentenceInfo[],
  ) {
    this.span = text.length + 1;
    for (let si = 0; si < sentences.length; si++) for (const role of sentences[si].roles) this.roles.push({ role, si });
  }

  newEntity(): Entity {
    const e: Entity = { index: this.entities.length, names: [], roles: [], surnameKey: null, fullKey: null, mentions: [] };
    this.entities.push(e);
    return e;
  }

  /** Links a post to a person (`RolePhrase.owner`, set once: a linked post is not linked again). */
  link(role: RolePhrase, e: Entity): void {
    role.owner = e;
    e.roles.push(role);
  }

  /** A mention of `e`, unless its span is mentioned already. */
  addMention(e: Entity, m: EntityMention): void {
    const key = m.start * this.span + m.end;
    if (this.taken.has(key)) return;
    this.taken.add(key);
    e.mentions.push(m);
  }

  /** The first entity with the same post as `role`. */
  samePostEntity(role: RolePhrase): Entity | undefined {
    for (const e of this.entities) for (const r of e.roles) if (samePost(r, role)) return e;
    return undefined;
  }

  /** May the mention at token `tok` of sentence `si` be a clause's subject: not in a statement, not after its colon, not governed. */
  subjectish(si: number, tok: number): boolean {
    const s = this.sentences[si];
    if (s.inStatement) return false;
    if (s.cue && s.toks[tok].start > s.cue.colon) return false;
    return isSubjectPosition(s.toks, tok);
  }

  /** Does nothing named come before token `tok` in its clause (the sentence, or after a colon)? */
  firstInClause(si: number, tok: number): boolean {
    const s = this.sentences[si];
    let from = 0;
    for (let k = 0; k < tok; k++) if (s.toks[k].text === ':') from = k + 1;
    for (const n of s.names) if (n.hFirst >= from && n.hFirst < tok) return false;
    for (const r of s.roles) if (r.first >= from && r.first < tok) return false;
    return true;
  }

  /**
   * Does the article introduce `e` at mention `m`: as a clause's subject, with an honorific (`… دکتر
   * میرهاشم موسوی`) or at the head of the clause (`به گزارش ایرنا، یونس محمودیان …`), and with a speech
   * cue, an honorific or a later mention?
   */
  introduces(e: Entity, m: EntityMention): boolean {
    if (!this.subjectish(m.sentence, m.tok)) return false;
    const prev = this.sentences[m.sentence].toks[m.tok - 1];
    const honored = honoredName(e);
    if (!honored && prev && prev.kind !== 'punct') return false;
    const cue = this.sentences[m.sentence].cue;
    return honored || (cue !== null && cue.start > m.end) || e.mentions.length > 1;
  }
}

/** Is one of the person's names written with an honorific? */
function honoredName(e: Entity): boolean {
  for (const n of e.names) if (n.honorifics.length > 0) return true;
  return false;
}

/** The earliest mention of an entity that has one. */
export function firstMention(e: Entity): EntityMention {
  let m = e.mentions[0];
  for (let k = 1; k < e.mentions.length; k++) if (e.mentions[k].start < m.start) m = e.mentions[k];
  return m;
}

/** People from names: a full name is one person; an honorific + surname joins the person of that surname. */
export function peopleFromNames(p: People): void {
  for (const s of p.sentences) {
    for (const name of s.names) {
      const hasFirst = name.firstNames.length > 0;
      const entity = personOf(p.entities, name, hasFirst) ?? p.newEntity();
      if (hasFirst) entity.fullKey = name.fullKey;
      entity.surnameKey ??= name.surnameKey;
      entity.names.push(name);
      name.entity = entity;
    }
  }
}

/**
 * The person a name joins: the first of the same full name (with a first name) or surname (without);
 * else, with a first name, the first known by that surname alone; without, the first of that full name.
 */
function personOf(entities: Entity[], name: NameMatch, hasFirst: boolean): Entity | undefined {
  for (const e of entities) if (hasFirst ? e.fullKey === name.fullKey : e.surnameKey === name.surnameKey) return e;
  if (hasFirst) {
    for (const e of entities) if (e.fullKey === null && e.surnameKey === name.surnameKey) return e;
  } else {
    for (const e of entities) if (e.fullKey === name.fullKey) return e;
  }
  return undefined;
}

/** Are tokens [from, to) all marks of the set? */
function gap(toks: Tok[], from: number, to: number, marks: Set<string>): boolean {
  for (let k = from; k < to; k++) if (!marks.has(toks[k].text)) return false;
  return true;
}

/** Roles in apposition: `NAME، ROLE`, `NAME ROLE`, `ROLE NAME`, `ROLE : NAME`. */
export function linkAppositions(p: People): void {
  for (const s of p.sentences) {
    if (s.roles.length === 0) continue; // no post to link
    for (const name of s.names) {
      const role = postAfter(s, name) ?? postBefore(s, name);
      if (role) p.link(role, name.entity!);
    }
  }
}

/** The first free post right after the name (`NAME، ROLE`, `NAME ROLE`, `NAME که ROLE`). */
function postAfter(s: SentenceInfo, name: NameMatch): RolePhrase | undefined {
  for (const r of s.roles) if (r.owner === null && r.first >= name.last && r.first - name.last <= 2 && gap(s.toks, name.last, r.first, APPOSITION)) return r;
  return undefined;
}

/**
 * The first free post right before the name (`ROLE NAME`, `ROLE : NAME`). `سخنگوی سرلشکر حفتر` is
 * Haftar's spokesperson: a post with no body before a name is that person's post only across a mark
 * (`مدیر تولید : وحید مرادی`).
 */
function postBefore(s: SentenceInfo, name: NameMatch): RolePhrase | undefined {
  for (const r of s.roles) {
    if (r.owner !== null || r.last > name.hFirst || name.hFirst - r.last > 2) continue;
    if (gap(s.toks, r.last, name.hFirst, LABEL) && (r.orgStart !== null || r.last < name.hFirst)) return r;
  }
  return undefined;
}

/** The mentions of the names: full ones, and an honorific with a surname as a surname. */
export function addNameMentions(p: People): void {
  p.sentences.forEach((s, si) => {
    for (const name of s.names) {
      const kind = name.firstNames.length ? 'name' : 'surname';
      p.addMention(name.entity!, { start: name.start, end: name.end, kind, sentence: si, tok: name.hFirst });
    }
  });
}

/** Does a mention start in (from, until)? */
function mentionedBetween(entities: Entity[], from: number, until: number): boolean {
  for (const e of entities) for (const m of e.mentions) if (m.start > from && m.start < until) return true;
  return false;
}

/**
 * Posts alone: the same post as a person's, or the opening post of the person the article introduces
 * next (no one else mentioned between); then, for every post still free, the same post as one linked
 * since.
 */
export function linkPostsAlone(p: People): void {
  for (const { role, si } of p.roles) {
    if (role.owner !== null) continue;
    const same = p.samePostEntity(role);
    if (same) {
      p.link(role, same);
      continue;
    }
    if (!p.subjectish(si, role.first) || !p.firstInClause(si, role.first)) continue;
    // The earliest first mention after the post of a person without a post (the first such entity on a tie).
    let next: Entity | null = null;
    let until = 0; // the start of next's first mention
    for (const e of p.entities) {
      if (e.mentions.length === 0 || e.roles.length > 0) continue;
      const m = firstMention(e);
      if (m.start > role.end && m.sentence - si <= CATAPHORA_SENTENCES && p.introduces(e, m) && (next === null || m.start < until)) {
        next = e;
        until = m.start;
      }
    }
    if (next !== null && !mentionedBetween(p.entities, role.end, until)) p.link(role, next);
  }
  for (const { role } of p.roles) {
    const same = role.owner !== null ? null : p.samePostEntity(role);
    if (same) p.link(role, same);
  }
}

/** Remaining posts: the same post as someone's, else a post of its own; then every post's mention. */
export function linkRemainingPosts(p: People): void {
  for (const { role } of p.roles) {
    if (role.owner !== null) continue;
    p.link(role, p.samePostEntity(role) ?? p.newEntity());
  }
  for (const { role, si } of p.roles) {
    p.addMention(role.owner!, { start: role.start, end: role.end, kind: 'role', sentence: si, tok: role.first });
  }
}
