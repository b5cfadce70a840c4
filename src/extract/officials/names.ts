/**
 * Person names: HONORIFIC* FIRST-NAME* SURNAME. First names come from the gazetteer; the surname is the
 * word after them (there is no surname list), joined with its written pieces (`مقدس پور`, `آقا محمدی`);
 * a second surname word is taken when it ends like one and a boundary follows (`فقیه خراسانی ،`).
 * Without a first name, an honorific is needed (`دکتر منوچهری`).
 *
 * Example: `دکتر سید اسماعیل مقدس پور که` → honorifics `دکتر`, `سید`; first name `اسماعیل`; surname
 * `مقدس پور`. `مهرداد قریب،` → `مهرداد` + `قریب`. `یونس محمودیان روز سه شنبه` → `یونس` + `محمودیان`.
 */
import type { Entity } from './analyze.js';
import * as lexicon from './lexicon.js';
import { isContentWord } from './roles.js';
import { lex, matchPhrase, memoOf, phraseEnd, NAME_TOKEN, NOT_NAME_TOKEN, placeAtToken, type Indexes, type Tok } from './tokens.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { HONORIFICS, isFirstNameKey, NAMED_AFTER, ORG_HEADS, ORG_NAMES, SURNAME_PREFIXES, SURNAME_SUFFIXES, TITLES } = lexicon;

export interface Unit {
  /** Token indices [first, last). */
  first: number;
  last: number;
  key: string;
}

export interface NameMatch {
  /** Normalized span of the name, without honorifics. */
  start: number;
  end: number;
  /** Token indices of the name [first, last), and of its first honorific. */
  first: number;
  last: number;
  hFirst: number;
  /** Normalized start including honorifics. */
  hStart: number;
  honorifics: string[];
  /** The first-name units (may be empty) and the surname units (one or two). */
  firstNames: Unit[];
  surname: Unit[];
  /** Normalized span of the surname (the name's end is its end). */
  surnameStart: number;
  surnameKey: string;
  fullKey: string;
  /** The person of the name (`peopleFromNames`), null until then. */
  entity: Entity | null;
}

const MAX_UNITS = 5;
const DETERMINERS = new Set(['یک', 'این', 'آن', 'هر', 'چند', 'دو', 'سه', 'همین', 'همان']);

/**
 * May token j stand in a name: a content word that is no post, honorific, organization or place?
 * Asked of one token many times: answered once per sentence's tokens.
 */
function isNameToken(text: string, toks: Tok[], j: number): boolean {
  if (j < 0 || j >= toks.length) return false; // isContentWord's answer there
  const known = memoOf(toks).nameToken;
  const kept = known[j];
  if (kept !== 0) return kept === NAME_TOKEN;
  const answer = nameTokenUncached(text, toks, j);
  known[j] = answer ? NAME_TOKEN : NOT_NAME_TOKEN;
  return answer;
}

function nameTokenUncached(text: string, toks: Tok[], j: number): boolean {
  if (!isContentWord(toks, j)) return false;
  if (SURNAME_SUFFIXES.has(lex(toks[j]).key)) return false;
  if (phraseEnd(toks, j, TITLES) !== -1 || phraseEnd(toks, j, HONORIFICS) !== -1) return false;
  if (phraseEnd(toks, j, ORG_HEADS) !== -1 || phraseEnd(toks, j, ORG_NAMES) !== -1) return false;
  if (lex(toks[j]).firstName) return true; // a first name stands in a name, place or not
  const place = placeAtToken(text, toks, j);
  return !place || place.weak;
}

/** The name units from token j: a word with its surname pieces. */
export function nameUnits(text: string, toks: Tok[], j: number, max = MAX_UNITS): Unit[] {
  const units: Unit[] = [];
  let k = j;
  while (units.length < max && k < toks.length && isNameToken(text, toks, k)) {
    const first = k++;
    if (SURNAME_PREFIXES.has(lex(toks[first]).key) && k < toks.length && isNameToken(text, toks, k)) k++;
    while (k < toks.length && toks[k].kind === 'word' && SURNAME_SUFFIXES.has(lex(toks[k]).key)) k++;
    let key = lex(toks[first]).key;
    for (let u = first + 1; u < k; u++) key += lex(toks[u]).key;
    units.push({ first, last: k, key });
  }
  return units;
}

/** The units' keys joined (`fullKey`, `surnameKey`). */
function keysOf(units: Unit[]): string {
  let key = '';
  for (const u of units) key += u.key;
  return key;
}

/** A first name: one word, or a word with its piece when the whole is a name (`عزت الله`, `کمال الدین`). */
const isFirstUnit = (u: Unit) => isFirstNameKey(u.key);

/** Is token i a first name (no token past the ends is)? */
const isFirstNameAt = (toks: Tok[], i: number): boolean => i >= 0 && i < toks.length && lex(toks[i]).firstName;

/** A surname word's typical endings (`خراسانی`, `عبداللهیان`), for a second surname word. */
const SURNAME_ENDING = /(?:ی|یان|پور|زاده|نژاد)$/;

/** Is token j the end of a name's context: nothing, punctuation, a boundary word, a post? */
function closesName(text: string, toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'word') return true;
  return !isNameToken(text, toks, j) || phraseEnd(toks, j, TITLES) !== -1;
}

/** The person name starting at token i (honorifics first), or null. */
export function nameAt(text: string, toks: Tok[], i: number): NameMatch | null {
  if (!isFirstNameAt(toks, i) && phraseEnd(toks, i, HONORIFICS) === -1) return null; // no first name, no honorific
  const honorifics: string[] = [];
  let j = i;
  for (let h = matchPhrase(toks, j, HONORIFICS); h; h = matchPhrase(toks, j, HONORIFICS)) {
    if (!honorifics.includes(h.value.honorific)) honorifics.push(h.value.honorific);
    j = h.end;
  }
  if (honorifics.length === 0 && !isFirstNameAt(toks, i)) return null;
  // `یک مهندس روسی`: after a determiner the honorific is a common noun.
  if (honorifics.length > 0 && i > 0 && DETERMINERS.has(lex(toks[i - 1]).key)) return null;
  const units = nameUnits(text, toks, j);
  if (units.length === 0) return null;
  let nFirst = 0;
  while (nFirst < units.length && nFirst < 3 && isFirstUnit(units[nFirst])) nFirst++;
  let firstNames: Unit[];
  let surname: Unit[];
  // `صادق پور`, `حسن زاده`: a first name with a surname piece is a surname.
  const pieceSurname = units[0].last - units[0].first > 1 && SURNAME_SUFFIXES.has(lex(toks[units[0].last - 1]).key);
  if (nFirst === 0) {
    if (honorifics.length === 0 && !pieceSurname) return null;
    // `سردار سید تیمور حسینی ،`: two words closed by a boundary are a first name and a surname.
    const two = units.length === 2 && closesName(text, toks, units[1].last);
    surname = [units[two ? 1 : 0]];
    firstNames = two ? [units[0]] : [];
  } else if (nFirst === units.length) {
    if (nFirst === 1 && honorifics.length === 0) return null;
    firstNames = units.slice(0, nFirst - 1);
    surname = [units[nFirst - 1]];
  } else {
    firstNames = units.slice(0, nFirst);
    surname = [units[nFirst]];
    const second = units[nFirst + 1];
    if (second && SURNAME_ENDING.test(second.key) && closesName(text, toks, second.last)) surname.push(second);
  }
  // After an honorific a lone first name (`دکتر حسن`) stands as the name: the article may add the surname.
  const first = firstNames[0]?.first ?? surname[0].first;
  const last = surname[surname.length - 1].last;
  const surnameKey = keysOf(surname);
  return {
    start: toks[first].start,
    end: toks[last - 1].end,
    first,
    last,
    hFirst: i,
    hStart: toks[i].start,
    honorifics,
    firstNames,
    surname,
    surnameStart: toks[surname[0].first].start,
    surnameKey,
    fullKey: keysOf(firstNames) + surnameKey,
    entity: null,
  };
}

const LEFT_EDGES = new Set(['با', 'و']);
const COMMAS = new Set(['،', ',']);
const QUOTES_OPEN = new Set(['«', '"']);
const QUOTES_CLOSE = new Set(['»', '"']);

/**
 * A name without first name or honorific before a post: quoted (`« نبیه بری » رئیس مجلس`), or set off
 * by a comma (`تام فیتون ، رئیس این گروه`) from a clear left edge (sentence start, punctuation, `با`,
 * `و`), or one surname written with its piece at the head of a clause (`در ادامه ، محمدی راد مدیرکل …`).
 * One word only when quoted.
 */
export function nameBeforeRole(text: string, toks: Tok[], roleFirst: number): NameMatch | null {
  let end = roleFirst;
  let comma = false;
  if (end > 0 && COMMAS.has(toks[end - 1].text)) {
    comma = true;
    end--;
  }
  const quoted = end > 0 && QUOTES_CLOSE.has(toks[end - 1].text);
  if (quoted) end--;
  let start = end;
  while (start > 0 && end - start < 3 && isNameToken(text, toks, start - 1) && !lex(toks[start - 1]).firstName) start--;
  if (start === end) return null;
  const before = start > 0 ? toks[start - 1] : undefined;
  if (quoted ? !(before && QUOTES_OPEN.has(before.text)) : !(!before || before.kind === 'punct' || LEFT_EDGES.has(lex(before).key))) return null;
  const units = nameUnits(text, toks, start, 3);
  while (units.length > 0 && units[units.length - 1].last > end) units.pop(); // units are in order: those past `end` last
  if (units.length === 0 || units[units.length - 1].last !== end) return null;
  const pieced = units.length === 1 && units[0].last - units[0].first >= 2 && SURNAME_SUFFIXES.has(lex(toks[units[0].last - 1]).key);
  if (!comma && !quoted && !(pieced && (!before || before.kind === 'punct'))) return null;
  if (units.length === 1 && !quoted && !pieced) return null;
  const surname = [units[units.length - 1]];
  const firstNames = units.slice(0, -1);
  const surnameKey = surname[0].key;
  return {
    start: toks[start].start,
    end: toks[end - 1].end,
    first: start,
    last: end,
    hFirst: start,
    hStart: toks[start].start,
    honorifics: [],
    firstNames,
    surname,
    surnameStart: toks[surname[0].first].start,
    surnameKey,
    fullKey: keysOf(firstNames) + surnameKey,
    entity: null,
  };
}

/** Does a name end at most two tokens before token `first`? */
function nameRightBefore(names: NameMatch[], first: number): boolean {
  for (const n of names) if (n.last <= first && first - n.last <= 2) return true;
  return false;
}

/** Does a post end at token `k`? */
function postEndsAt(posts: { last: number }[], k: number): boolean {
  for (const r of posts) if (r.last === k) return true;
  return false;
}

/**
 * Is `گزارش` one of the six tokens before token `first` in its clause (after the last punctuation other
 * than an opening quote): a name inside the credit `به گزارش …`?
 */
function inCredit(toks: Tok[], first: number): boolean {
  let clauseStart = 0;
  for (let k = first - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind === 'punct' && t.text !== '«' && t.text !== '"') {
      clauseStart = k + 1;
      break;
    }
  }
  for (let k = Math.max(clauseStart, first - 6); k < first; k++) if (lex(toks[k]).key === 'گزارش') return true;
  return false;
}

/** Does one of the ranges overlap tokens [first, last)? */
function overlaps(ranges: { first: number; last: number }[], first: number, last: number): boolean {
  for (const r of ranges) if (r.first < last && first < r.last) return true;
  return false;
}

const byStart = (a: NameMatch, b: NameMatch): number => a.start - b.start;

/** Are the names in order of start (most lists: then the stable sort would leave them as they are)? */
function inOrder(names: NameMatch[]): boolean {
  for (let k = 1; k < names.length; k++) if (names[k].start < names[k - 1].start) return false;
  return true;
}

/** Is token k inside one of the ranges? */
function inRanges(ranges: { first: number; last: number }[], k: number): boolean {
  for (const r of ranges) if (k >= r.first && k < r.last) return true;
  return false;
}

/**
 * Every name of a sentence's tokens outside the `taken` token ranges (role phrases), left to right;
 * `opens`: the indexes where a name may start (`Openings.names`: a first name, or where an honorific
 * may start), in order — nameAt finds none elsewhere.
 */
export function findNames(text: string, toks: Tok[], taken: { first: number; last: number }[], opens: Indexes): NameMatch[] {
  const out: NameMatch[] = [];
  let from = 0; // past the last name found
  for (let o = 0; o < opens.count; o++) {
    const i = opens.items[o];
    if (i < from) continue;
    if (!lex(toks[i]).firstName && phraseEnd(toks, i, HONORIFICS) === -1) continue; // no name starts here
    if (inRanges(taken, i)) continue;
    // `امام موسی کاظم`, `بیمارستان فاطمه الزهرا`: a name after these words names a saint or a place.
    const prev = i > 0 ? toks[i - 1] : undefined;
    if (prev && prev.kind === 'word' && (NAMED_AFTER.has(lex(prev).key) || phraseEnd(toks, i - 1, ORG_HEADS) === i)) continue;
    if (i > 1 && NAMED_AFTER.has(lex(toks[i - 2]).key) && prev !== undefined && lex(prev).firstName) continue; // حضرت محمد رسول الله
    const name = nameAt(text, toks, i);
    if (!name) continue;
    if (overlaps(taken, name.hFirst, name.last)) continue;
    out.push(name);
    from = name.last;
  }
  for (const role of taken) {
    if (nameRightBefore(out, role.first)) continue;
    const name = nameBeforeRole(text, toks, role.first);
    if (!name) continue;
    // Not an item of a list of posts (`معاون پیش دبستانی و دانش آموزی ، مشاور …`), nor inside the
    // credit `به گزارش سرویس تلویزیون و رادیو ایسنا ، مدیر …`.
    if (postEndsAt(taken, name.first - 1) || postEndsAt(taken, name.first)) continue;
    if (inCredit(toks, name.first)) continue;
    if (!overlaps(taken, name.first, name.last) && !overlaps(out, name.first, name.last)) out.push(name);
  }
  return inOrder(out) ? out : out.sort(byStart);
}
