/**
 * The officials lexicons, loaded once from `data/`: posts, organization heads and names, honorifics,
 * first names, the name grammar (surname pieces, boundary words) and anaphors; all keyed by `wordKey`
 * (normalized, no spaces or ZWNJ, آ → ا), so `مدیر کل`, `مدیرکل` and `مدیر‌کل` are one entry.
 *
 * Example: `TITLES.get(wordKey('مدیر کل'))` → `{ title: 'مدیرکل', … }`; `isFirstNameKey('میرهاشم')` → true
 * (`میر` + the first name `هاشم`); `HONORIFICS.get(wordKey('حجت الاسلام'))` → `'حجت‌الاسلام'`.
 */
import { loadJson, loadLines } from '../../data.js';
import { normalize } from '../../normalize/index.js';

/** The lexicon key of a normalized or raw string: no spaces, ZWNJ or list commas; آ/أ → ا. */
export function wordKey(s: string): string {
  return normalize(s).text.replace(/[\s\u200c،,]+/g, '').replace(/[آأإ]/g, 'ا');
}

/**
 * The key of one token of normalized text (cheaper than `wordKey`: the text is normalized already).
 * Most tokens have no ZWNJ and no آ/أ/إ: they are their own key, found by one scan without a regex.
 */
export function tokenKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x200c || c === 0x622 || c === 0x623 || c === 0x625) return s.replace(/\u200c/g, '').replace(/[آأإ]/g, 'ا');
  }
  return s;
}

export interface TitleEntry {
  title: string;
  domain: boolean;
  organizationPrefix: string | null;
  complement: 'org' | 'place';
  /** False when the word alone is no post (`مسئول` needs a domain or an organization). */
  bare: boolean;
}

interface PostsFile {
  titles: { title: string; forms: string[]; domain?: boolean; organizationPrefix?: string; complement?: 'place'; bare?: boolean }[];
  modifiers: { word: string }[];
  gluedDomains: { word: string }[];
}

interface OrganizationsFile {
  heads: { word: string; generic?: boolean }[];
  names: { name: string }[];
  namedAfter: { word: string }[];
}

interface HonorificsFile {
  honorifics: { honorific: string; forms: string[]; glued?: boolean }[];
}

interface GrammarFile {
  surnamePrefixes: { piece: string }[];
  surnameSuffixes: { piece: string }[];
  boundaries: { words: string[] }[];
  lightVerbs: string[];
}

/** Every phrase map, by id; and a count of their changes, which memos of `startsMask` compare. */
const PHRASE_MAPS: PhraseMap<unknown>[] = [];
let phraseEdits = 0;
export const phraseMapsVersion = (): number => phraseEdits;
/** Phrase maps with an id below this have a bit in `startsMask`. */
export const MASKED_MAPS = 31;

/**
 * A map from keys of one or more words to entries, with the most words a key spans. A phrase is read
 * token by token through the keys' char trie (`step`): no key is built by joining the tokens' keys.
 */
export class PhraseMap<T> {
  /** A small number naming this map: its bit in `startsMask`. */
  readonly id: number = PHRASE_MAPS.push(this as PhraseMap<unknown>) - 1;
  readonly map = new Map<string, T>();
  /** Every leading part of every key: a lookup that is no such part can stop (no longer key matches). */
  readonly prefixes = new Set<string>();
  /** The leading parts shorter than their key: a token key that is none ends any phrase it starts. */
  readonly longer = new Set<string>();
  maxWords = 1;
  /** The char trie of the keys: node 0 is the empty key, the others the leading parts; by node × 2^16 + char code. */
  private readonly edges = new Map<number, number>();
  /** By node: the entry of its key, if it is a key. */
  private readonly entries: (T | undefined)[] = [undefined];
  /**
   * The trie as a dense table, read by `step` (two typed-array reads a char, where a map lookup of a
   * number key cost several times more): by char code, its column (0: a char of no key, whose column
   * is all −1); by node × `width` + column, the next node or −1. Made from `edges` when first walked
   * after a key was added (the maps are small: a few hundred nodes of a few dozen chars).
   */
  private column: Uint16Array | null = null;
  private table = new Int32Array(0);
  private width = 1;
  add(written: string, value: T): void {
    const key = wordKey(written);
    if (!key || this.map.has(key)) return;
    phraseEdits++;
    this.map.set(key, value);
    for (let i = 1; i <= key.length; i++) this.prefixes.add(key.slice(0, i));
    for (let i = 1; i < key.length; i++) this.longer.add(key.slice(0, i));
    this.maxWords = Math.max(this.maxWords, written.trim().split(/[\s\u200c]+/).length + 1);
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = node * 0x10000 + key.charCodeAt(i);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.entries.push(undefined) - 1;
        this.edges.set(edge, next);
      }
      node = next;
    }
    this.entries[node] = value;
    this.column = null; // the table is made again with the new key
  }
  get(key: string): T | undefined {
    return this.map.get(key);
  }
  /**
   * The node of the leading part `key(node) + tokenKey`, or −1 when it is none: the key built so far
   * is a leading part of a key (`prefixes`) exactly when its node is not −1. (An empty token key leaves
   * a part as it is, and is none from the empty key.)
   */
  step(node: number, tokenKey: string): number {
    if (tokenKey.length === 0) return node === 0 ? -1 : node;
    const column = this.column ?? this.makeTable();
    const table = this.table;
    const width = this.width;
    for (let i = 0; i < tokenKey.length && node !== -1; i++) node = table[node * width + column[tokenKey.charCodeAt(i)]];
    return node;
  }
  /** The entry of the key of `node` (a node from `step`), if that key is one. */
  entryAt(node: number): T | undefined {
    return this.entries[node];
  }

  /** Makes the dense table of `edges` (see `column`); returns the columns. */
  private makeTable(): Uint16Array {
    const column = new Uint16Array(0x10000);
    let width = 1;
    for (const edge of this.edges.keys()) {
      const c = edge % 0x10000;
      if (column[c] === 0) column[c] = width++;
    }
    const table = new Int32Array(this.entries.length * width).fill(-1);
    for (const [edge, next] of this.edges) table[Math.floor(edge / 0x10000) * width + column[edge % 0x10000]] = next;
    this.table = table;
    this.width = width;
    this.column = column;
    return column;
  }
}

/**
 * A bit per phrase map (by id) whose entries may start with this one token key: a phrase lookup at a
 * token without its map's bit finds nothing, so it is answered without building a key.
 */
export function startsMask(key: string): number {
  let mask = 0;
  for (const m of PHRASE_MAPS) if (m.id < MASKED_MAPS && m.prefixes.has(key)) mask |= 1 << m.id;
  return mask;
}

/** A bit per phrase map (as in `startsMask`) with an entry of this one token key. */
export function wholeMask(key: string): number {
  let mask = 0;
  for (const m of PHRASE_MAPS) if (m.id < MASKED_MAPS && m.map.has(key)) mask |= 1 << m.id;
  return mask;
}

/** A bit per phrase map (as in `startsMask`) with an entry longer than this key that starts with it. */
export function longerMask(key: string): number {
  let mask = 0;
  for (const m of PHRASE_MAPS) if (m.id < MASKED_MAPS && m.longer.has(key)) mask |= 1 << m.id;
  return mask;
}

const posts = loadJson<PostsFile>('posts.json');
const orgs = loadJson<OrganizationsFile>('organizations.json');
const honorifics = loadJson<HonorificsFile>('honorifics.json');
const grammar = loadJson<GrammarFile>('name-grammar.json');
const pronounsFile = loadJson<{ pronouns: { text: string }[] }>('pronouns.json');

/**
 * Posts by the keys of their written forms; a form ending in و or ا also with the ezafe ی (`سخنگوی`),
 * not one ending in ه (`فرماندهی` is a noun, command).
 */
export const TITLES = new PhraseMap<TitleEntry>();
for (const t of posts.titles) {
  const entry: TitleEntry = {
    title: t.title,
    domain: t.domain ?? false,
    organizationPrefix: t.organizationPrefix ?? null,
    complement: t.complement ?? 'org',
    bare: t.bare ?? true,
  };
  for (const form of [t.title, ...t.forms]) {
    TITLES.add(form, entry);
    if (/[وا]$/.test(form)) TITLES.add(form + 'ی', entry);
  }
}
export const TITLE_MODIFIERS = new Set(posts.modifiers.map((m) => wordKey(m.word)));
export const GLUED_DOMAINS = new Set(posts.gluedDomains.map((d) => wordKey(d.word)));

/** Organization head words (`سازمان`, `اداره کل`); `true` for generic ones dropped in role comparison. */
export const ORG_HEADS = new PhraseMap<boolean>();
for (const h of orgs.heads) ORG_HEADS.add(h.word, h.generic ?? false);
/** Organizations named without a head word (`تامین اجتماعی`, `هلال احمر`). */
export const ORG_NAMES = new PhraseMap<string>();
for (const n of orgs.names) ORG_NAMES.add(n.name, n.name);
/** Words after which a first name belongs to an organization's name (`بیمارستان امام رضا`). */
export const NAMED_AFTER = new Set(orgs.namedAfter.map((w) => wordKey(w.word)));
/** Words that head a place complement (`استان خوزستان`). */
export const PLACE_HEADS = new Set(['استان', 'شهرستان', 'شهر', 'بخش', 'منطقه', 'کشور'].map(wordKey));

export interface HonorificEntry {
  honorific: string;
  glued: boolean;
}
export const HONORIFICS = new PhraseMap<HonorificEntry>();
for (const h of honorifics.honorifics) {
  for (const form of [h.honorific, ...h.forms]) HONORIFICS.add(form, { honorific: h.honorific, glued: h.glued ?? false });
}
/** Honorifics that may be written glued to the first name (`سیدمسعود`). */
export const GLUED_HONORIFICS = [...HONORIFICS.map.entries()].filter(([, h]) => h.glued).map(([k]) => k);

export const FIRST_NAMES = new Set(loadLines('first-names.txt').map(tokenKey));
export const SURNAME_PREFIXES = new Set(grammar.surnamePrefixes.map((p) => wordKey(p.piece)));
export const SURNAME_SUFFIXES = new Set(grammar.surnameSuffixes.map((p) => wordKey(p.piece)));
export const BOUNDARIES = new Set(grammar.boundaries.flatMap((b) => b.words.map(wordKey)));
export const LIGHT_VERBS = new Set(grammar.lightVerbs.map(wordKey));

/** Anaphors as token-key sequences, longest first (`این مقام مسئول` before `این مقام`). */
export const PRONOUNS: string[][] = pronounsFile.pronouns
  .map((p) => normalize(p.text).text.split(/\s+/).map(tokenKey))
  .sort((a, b) => b.length - a.length);

/** Is this token key a first name, or `میر`/`سید` glued to one, or two first names glued (`امیرعباس`)? */
const firstNameMemo = new Map<string, boolean>();

export function isFirstNameKey(key: string): boolean {
  let known = firstNameMemo.get(key);
  if (known === undefined) {
    if (firstNameMemo.size > 100_000) firstNameMemo.clear(); // words repeat: a bounded memo
    known = firstNameKeyUncached(key);
    firstNameMemo.set(key, known);
  }
  return known;
}

function firstNameKeyUncached(key: string): boolean {
  if (FIRST_NAMES.has(key)) return true;
  for (const prefix of ['میر', 'سید']) if (key.startsWith(prefix) && FIRST_NAMES.has(key.slice(prefix.length))) return true;
  for (let i = 3; i <= key.length - 3; i++) {
    if (FIRST_NAMES.has(key.slice(0, i)) && FIRST_NAMES.has(key.slice(i))) return true;
  }
  return false;
}

/** Does the key look like a verb form (`می‌کند`, `نمی‌شود`, `نبوده` — ZWNJ removed in keys)? */
export function isVerbLike(key: string): boolean {
  if (LIGHT_VERBS.has(key) || key === 'نیست') return true;
  if (key.startsWith('ن') && LIGHT_VERBS.has(key.slice(1))) return true; // نبوده، نکرد، نشد
  return /^(?:ن?می)(?:کن|شو|کرد|شد|دار|دهد|گوی|افزای|توان|باش|خواه)/.test(key);
}
