/**
 * The output record of one person: the name as written (surname in its joined spelling where the
 * article writes both), honorifics, the first post split into title and organization, every post
 * written for them, and every mention with its kind, in raw offsets.
 *
 * Example: an entity written `علی آقا محمدی جانشین وزیر کشور` and later `آقامحمدی` → `{ name: 'علی
 * آقامحمدی', title: 'جانشین وزیر', organization: 'وزارت کشور', roles: ['جانشین وزیر کشور'], … }`.
 */
import { rawEndOf, rawStartOf, type ExtractContext } from '../context.js';
import * as chars from '../../segment/chars.js';
import type { Official, OfficialMention } from '../../types.js';
import type { Entity } from './analyze.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a char loop.
const { CHAR_FLAGS, SPACE } = chars;

/**
 * Does s[from, to) need `clean`: Arabic ي/ى/ك, a diacritic or kashida, a space other than one ' '
 * between words? (Read in the article's raw text itself: a char of a slice is read through it.)
 */
function needsClean(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x64a || c === 0x649 || c === 0x643 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) return true;
    if ((CHAR_FLAGS[c] & SPACE) !== 0 && (c !== 0x20 || i === from || i === to - 1 || s.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

/** Is `c` a char of the pattern `\s` (a JS white space or line terminator, as `trim` strips)? */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The code units of a cleaned string (kept from call to call; grown for a longer one). */
let cleaned = new Uint16Array(256);

/**
 * Raw text as a field value: Persian ی/ک, no diacritics or kashida, one space for any run of spaces or
 * line breaks, none at the ends. One pass over the chars (it was four regex replaces and a trim); asked
 * only where `needsClean`.
 */
function clean(s: string): string {
  if (cleaned.length < s.length) cleaned = new Uint16Array(s.length * 2);
  let n = 0;
  let space = false; // a run of spaces since the last char kept
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) continue; // removed before spaces are joined
    if (isJsSpace(c)) {
      space = true;
      continue;
    }
    if (c === 0x64a || c === 0x649) c = 0x6cc;
    else if (c === 0x643) c = 0x6a9;
    if (space && n > 0) cleaned[n++] = 0x20;
    space = false;
    cleaned[n++] = c;
  }
  return String.fromCharCode.apply(null, cleaned.subarray(0, n) as unknown as number[]);
}

/** The raw text of the normalized span [start, end) (`rawText`), cleaned of its spacing where it needs it. */
function cleanRawText(ctx: ExtractContext, start: number, end: number): string {
  const s = rawStartOf(ctx, start);
  const e = rawEndOf(ctx, start, end, s);
  return needsClean(ctx.raw, s, e) ? clean(ctx.raw.slice(s, e)) : ctx.raw.slice(s, e);
}

/** The mention of the normalized span [start, end) (`toMention`'s text and raw span) of this kind. */
function mentionOf(ctx: ExtractContext, start: number, end: number, kind: OfficialMention['kind']): OfficialMention {
  const s = rawStartOf(ctx, start);
  const e = rawEndOf(ctx, start, end, s);
  return { text: ctx.raw.slice(s, e), start: s, end: e, kind };
}

function nameOf(ctx: ExtractContext, e: Entity): string | null {
  if (e.names.length === 0) return null;
  // Every written form of the surname (the names', then the surname mentions'); the first joined one
  // (`آقامحمدی`, `ولیمنش`) wins where there is one, else the first. Read in order until one is joined.
  let first: string | null = null;
  let surname: string | null = null;
  for (let k = 0; k < e.names.length && surname === null; k++) {
    const form = cleanRawText(ctx, e.names[k].surnameStart, e.names[k].end);
    first ??= form;
    if (!SPACED.test(form)) surname = form;
  }
  for (let k = 0; k < e.mentions.length && surname === null; k++) {
    const m = e.mentions[k];
    if (m.kind !== 'surname') continue;
    const form = cleanRawText(ctx, m.start, m.end);
    if (!SPACED.test(form)) surname = form;
  }
  surname ??= first!;
  const full = e.names.find((n) => n.firstNames.length > 0);
  return full ? `${cleanRawText(ctx, full.start, full.surnameStart)} ${surname}` : surname;
}

/** A space or ZWNJ: a surname written in pieces. */
const SPACED = /[\s\u200c]/;

/** The first post split into title and organization (with the organization's prefix: `وزارت کشور`). */
function postOf(ctx: ExtractContext, r: Entity['roles'][number]): { title: string; organization: string | null } {
  const title = cleanRawText(ctx, r.titleStart, r.titleEnd);
  let organization = r.orgStart === null || r.orgEnd === null ? null : cleanRawText(ctx, r.orgStart, r.orgEnd);
  const prefix = r.entry.organizationPrefix;
  if (organization && prefix && !organization.startsWith(prefix)) organization = `${prefix} ${organization}`;
  return { title, organization };
}

/** A post's text without spaces (`\s`) and ZWNJ, as its spellings compare. */
function unspaced(s: string): string {
  if (cleaned.length < s.length) cleaned = new Uint16Array(s.length * 2);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x200c && !isJsSpace(c)) cleaned[n++] = c;
  }
  return n === s.length ? s : String.fromCharCode.apply(null, cleaned.subarray(0, n) as unknown as number[]);
}

/** Are the posts in order of start? */
function inOrder(roles: Entity['roles']): boolean {
  for (let k = 1; k < roles.length; k++) if (roles[k].start < roles[k - 1].start) return false;
  return true;
}

export function officialOf(ctx: ExtractContext, e: Entity, id: string): Official {
  // Mostly in text order already: then the (stable) sort of a copy would give the same list.
  const roles = inOrder(e.roles) ? e.roles : [...e.roles].sort((a, b) => a.start - b.start);
  // A post written again (spaced or joined otherwise) is listed once. Most people have one post: the
  // spelling-free keys are made only when a second post is not written as a listed one.
  const roleList: string[] = [];
  let keys: string[] | null = null;
  for (const r of roles) {
    const role = cleanRawText(ctx, r.start, r.end);
    if (roleList.includes(role)) continue; // the same text: the same key
    if (roleList.length > 0) {
      keys ??= roleList.map(unspaced);
      const key = unspaced(role);
      if (keys.includes(key)) continue;
      keys.push(key);
    }
    roleList.push(role);
  }
  // Only the first post is split (the others are listed whole).
  const post = roles.length > 0 ? postOf(ctx, roles[0]) : null;
  const honorifics: string[] = [];
  for (const n of e.names) for (const h of n.honorifics) if (!honorifics.includes(h)) honorifics.push(h);
  const mentions: OfficialMention[] = [];
  for (const m of e.mentions) mentions.push(mentionOf(ctx, m.start, m.end, m.kind));
  return {
    id,
    name: nameOf(ctx, e),
    honorifics,
    title: post?.title ?? null,
    organization: post?.organization ?? null,
    roles: roleList,
    mentions,
  };
}
