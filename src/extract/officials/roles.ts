/**
 * Role phrases: TITLE [MODIFIER] [TITLE…] [DOMAIN…] [ORGANIZATION [PLACE]], split into the post and the
 * body it heads. The phrase ends at a boundary word (در، با، گفت …), a number or punctuation, a person
 * (honorific or first name), the noun of a compound verb (`تاکید` in `تاکید کرد`), or after its place.
 *
 * Example: `مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد گفت` → title `مدیر درمان`, organization
 * `تامین اجتماعی کهگیلویه و بویراحمد`; `جانشین وزیر کشور گفت` → title `جانشین وزیر`, organization
 * `کشور` with the prefix `وزارت` (→ `وزارت کشور`).
 */
import type { Entity } from './analyze.js';
import * as lexicon from './lexicon.js';
import type { TitleEntry } from './lexicon.js';
import { lex, matchPhrase, phraseEnd, placeAtToken, type Indexes, type Tok } from './tokens.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { HONORIFICS, NAMED_AFTER, ORG_HEADS, ORG_NAMES, PLACE_HEADS, TITLE_MODIFIERS, TITLES } = lexicon;

export interface RolePhrase {
  /** Normalized span of the whole phrase. */
  start: number;
  end: number;
  /** Token indices [first, last) within its sentence's tokens. */
  first: number;
  last: number;
  titleStart: number;
  titleEnd: number;
  orgStart: number | null;
  orgEnd: number | null;
  /** The last post of the title chain: its organization prefix applies (`جانشین وزیر` → وزیر). */
  entry: TitleEntry;
  /** Comparison keys: the title, and the organization without generic heads and place words. */
  titleKey: string;
  orgKey: string;
  /** The person the post is linked to (`People.link`), null until then. */
  owner: Entity | null;
}

const MAX_DOMAIN = 4;
const MAX_ORG = 10;

/** Does a person's name start at token j (an honorific, or a first name not inside an org's name)? */
export function personStartsAt(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'word') return false;
  if (phraseEnd(toks, j, HONORIFICS) !== -1) return true;
  if (!lex(t).firstName) return false;
  const prev = j > 0 ? toks[j - 1] : undefined;
  return !(prev && NAMED_AFTER.has(lex(prev).key));
}

/** A word that may stand inside a role phrase: not a function word, verb, number or punctuation. */
export function isContentWord(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || !lex(t).plain) return false;
  const next = toks[j + 1];
  // The noun of a compound verb: `تاکید` in `تاکید کرد`, `حمایت` in `حمایت می‌کنند`.
  if (next && next.kind === 'word' && lex(next).verb) return false;
  return true;
}

/** The token index just past a place name starting at token j (weak names only after a place head). */
function placeEnd(text: string, toks: Tok[], j: number, afterHead: boolean): number | null {
  const t = toks[j];
  if (!t || t.kind !== 'word') return null;
  const m = placeAtToken(text, toks, j);
  if (!m || (m.weak && !afterHead)) return null;
  let k = j;
  while (k < toks.length && toks[k].start < m.end) k++;
  return toks[k - 1].end === m.end ? k : null;
}

/** Is token j a place head (`استان`)? (None past the tokens.) */
const isPlaceHead = (toks: Tok[], j: number): boolean => j >= 0 && j < toks.length && PLACE_HEADS.has(lex(toks[j]).key);

/** Is token j the start of an organization (a head word, a known body, a place)? */
function orgStartsAt(text: string, toks: Tok[], j: number): boolean {
  return (
    phraseEnd(toks, j, ORG_HEADS) !== -1 ||
    phraseEnd(toks, j, ORG_NAMES) !== -1 ||
    isPlaceHead(toks, j) ||
    placeEnd(text, toks, j, false) !== null
  );
}

/** Parse the organization from token j; returns the index past it (j when there is none). */
function parseOrganization(text: string, toks: Tok[], j: number, placeOnly: boolean): number {
  let k = j;
  let words = 0;
  while (k < toks.length && words < MAX_ORG) {
    const t = toks[k];
    if (PLACE_HEADS.has(lex(t).key) && t.kind === 'word') {
      const after = placeEnd(text, toks, k + 1, true);
      return after ?? k + 1;
    }
    const place = placeEnd(text, toks, k, false);
    if (place !== null) return place;
    if (placeOnly) return k;
    const known = phraseEnd(toks, k, ORG_NAMES);
    if (known !== -1) {
      // A body known by name (`تامین اجتماعی`) is complete: only its place may follow.
      k = known;
      const head = isPlaceHead(toks, k) ? k + 1 : k;
      return placeEnd(text, toks, head, head > k) ?? (head > k ? head : k);
    }
    const head = phraseEnd(toks, k, ORG_HEADS);
    if (head !== -1) {
      words += head - k;
      k = head;
      continue;
    }
    if (lex(t).key === 'و') {
      const next = k + 1;
      if (k > j && isContentWord(toks, next) && phraseEnd(toks, next, TITLES) === -1 && !personStartsAt(toks, next)) {
        k = next;
        continue;
      }
      break;
    }
    if (!isContentWord(toks, k) || phraseEnd(toks, k, TITLES) !== -1 || personStartsAt(toks, k)) break;
    k++;
    words++;
  }
  return k;
}

/** The role phrase whose title starts at token i, or null. */
export function roleAt(text: string, toks: Tok[], i: number): RolePhrase | null {
  const head = matchPhrase(toks, i, TITLES);
  if (!head) return null;
  let entry = head.value;
  let j = head.end;
  for (;;) {
    while (j < toks.length && toks[j].kind === 'word' && TITLE_MODIFIERS.has(lex(toks[j]).key)) j++;
    const chained = matchPhrase(toks, j, TITLES);
    if (!chained) break;
    entry = chained.value;
    j = chained.end;
  }
  if (entry.domain) {
    let d = 0;
    while (d < MAX_DOMAIN && j < toks.length) {
      if (orgStartsAt(text, toks, j) || phraseEnd(toks, j, TITLES) !== -1 || personStartsAt(toks, j)) break;
      if (lex(toks[j]).key === 'و' && d > 0 && isContentWord(toks, j + 1) && !orgStartsAt(text, toks, j + 1)) {
        j++;
        continue;
      }
      if (!isContentWord(toks, j)) break;
      j++;
      d++;
    }
  }
  const titleEndTok = j;
  const orgEndTok = parseOrganization(text, toks, j, entry.complement === 'place');
  const hasOrg = orgEndTok > j;
  if (!hasOrg && titleEndTok === head.end && !head.value.bare) return null;
  return {
    start: toks[i].start,
    end: toks[(hasOrg ? orgEndTok : titleEndTok) - 1].end,
    first: i,
    last: hasOrg ? orgEndTok : titleEndTok,
    titleStart: toks[i].start,
    titleEnd: toks[titleEndTok - 1].end,
    orgStart: hasOrg ? toks[j].start : null,
    orgEnd: hasOrg ? toks[orgEndTok - 1].end : null,
    entry,
    titleKey: keysOf(toks, i, titleEndTok),
    orgKey: orgCoreKey(toks, j, orgEndTok),
    owner: null,
  };
}

/** The keys of tokens [from, to) joined. */
function keysOf(toks: Tok[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += lex(toks[k]).key;
  return key;
}

/**
 * The key of the organization, tokens [from, to), without generic heads (`سازمان`, `اداره کل`), place
 * words and `و`. (A head is looked up within the organization's tokens: none reads past `to`.)
 */
function orgCoreKey(toks: Tok[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; ) {
    const head = matchPhrase(toks, k, ORG_HEADS, to);
    if (head && head.value) {
      k = head.end;
      continue;
    }
    const t = toks[k];
    if (t.kind === 'word') {
      const word = lex(t).key;
      if (!PLACE_HEADS.has(word) && word !== 'و') key += word;
    }
    k++;
  }
  return key;
}

/**
 * Every role phrase of a sentence's tokens, left to right, not overlapping; `opens`: the indexes where
 * a post may start (`Openings.titles`), in order — no role starts elsewhere, as roleAt's first lookup
 * is `matchPhrase(toks, i, TITLES)`, null at a token without the gate.
 */
export function findRoles(text: string, toks: Tok[], opens: Indexes): RolePhrase[] {
  const out: RolePhrase[] = [];
  let from = 0; // past the last role found
  for (let k = 0; k < opens.count; k++) {
    const i = opens.items[k];
    if (i < from) continue;
    const role = roleAt(text, toks, i);
    if (!role) continue;
    out.push(role);
    from = role.last;
  }
  return out;
}
