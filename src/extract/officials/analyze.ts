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
import { findNames, type NameMatch } from './names.js';
import { addNameMentions, linkAppositions, linkPostsAlone, linkRemainingPosts, People, peopleFromNames } from './people.js';
import { findRoles, type RolePhrase } from './roles.js';
import { readSubjects } from './subjects.js';
import { addSurnameMentions } from './surnames.js';
import { Indexes, type Openings, sentenceTokens, type Tok } from './tokens.js';
import { sortStableBy, startOf } from '../../sort.js';

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
  /** Where the leads of the sentence's tokens begin in the article's list (`Word.lead`, in order). */
  leadsAt: number;
  /**
   * The token indexes where an anaphor may start (`Openings.pronouns`), in order: the items
   * [pronounsAt, pronounsEnd) of the article's list, which `readSubjects` is given.
   */
  pronounsAt: number;
  pronounsEnd: number;
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

/** No post or name in the sentence: one shared list (the lists are read only). */
const NONE: never[] = [];

/**
 * The openings of the sentence being read (lists reused from sentence to sentence); the anaphors' of
 * the article's sentences, read by `readSubjects` during the analysis (reused from article to article).
 */
const openings: Openings = { titles: new Indexes(), names: new Indexes(), pronouns: new Indexes() };
/** The leads of the article's tokens (`Word.lead`), sentence after sentence (kept from article to article). */
const leads = new Indexes();

function readSentences(ctx: ExtractContext): SentenceInfo[] {
  const text = ctx.text;
  const cues = findCues(text);
  const content = contentSentences(ctx);
  const sentences: SentenceInfo[] = [];
  let c = 0; // cues and sentences are both in text order: the first cue not before this sentence
  leads.count = 0;
  openings.pronouns.count = 0;
  for (const s of content) {
    const leadsAt = leads.count;
    const pronounsAt = openings.pronouns.count;
    const toks = sentenceTokens(s, openings, leads);
    const roles = openings.titles.count === 0 ? NONE : findRoles(text, toks, openings.titles);
    // No name starts where no first name or honorific may (`Openings.names`), nor before a post.
    const names = openings.names.count === 0 && roles.length === 0 ? NONE : findNames(text, toks, roles, openings.names);
    const pronounsEnd = openings.pronouns.count;
    while (c < cues.length && cues[c].colon < s.start) c++;
    const cue = c < cues.length && cues[c].colon < s.end ? cues[c] : null;
    sentences.push({ start: s.start, end: s.end, paragraph: s.paragraph, toks, roles, names, leadsAt, pronounsAt, pronounsEnd, cue, inStatement: false });
  }
  let open: number | null = null; // the paragraph of the last cue
  for (const s of sentences) {
    if (open !== s.paragraph) open = null;
    s.inStatement = s.cue === null && open !== null;
    if (s.cue) open = s.paragraph;
  }
  return sentences;
}

export function analyze(ctx: ExtractContext): Analysis {
  const sentences = readSentences(ctx);
  const cues: Cue[] = [];
  for (const s of sentences) if (s.cue) cues.push(s.cue);
  // Each step in a function of its own (one huge function took the optimizing compiler long).
  const p = new People(ctx.text, sentences);
  peopleFromNames(p);
  linkAppositions(p);
  addNameMentions(p);
  addSurnameMentions(leads.items, sentences, p.entities, (e, m) => p.addMention(e, m));
  linkPostsAlone(p);
  const speakers = readSubjects(p, openings.pronouns.items);
  linkRemainingPosts(p);
  for (const e of p.entities) sortStableBy(e.mentions, startOf); // added in text order, roles and surnames after
  return { sentences, entities: p.entities, cues, speakers };
}
