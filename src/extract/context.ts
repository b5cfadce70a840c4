/**
 * The context every extractor reads: the raw and normalized text, the offset map, segments, meta and
 * the reference date; and the one way to turn a normalized span into a mention of the raw text.
 *
 * Example: with raw `۵۰ ميليارد تومان` (Arabic ي), the normalized span [0, 16) of `50 میلیارد تومان`
 * becomes `{ text: '۵۰ ميليارد تومان', start: 0, end: 16 }`.
 */
import { extractMeta, type Excluded, type MetaResult } from '../meta/index.js';
import { normalize, rawSpanEnd, type Normalized } from '../normalize/index.js';
import { segment, type Segmented, type Sentence, type Span } from '../segment/index.js';
import { rememberCodes } from '../segment/chars.js';
import type { ArticleMeta, Mention, ReferenceDate } from '../types.js';

export interface ExtractContext {
  /** The article as decoded: every offset in the output indexes this. */
  raw: string;
  norm: Normalized;
  /** Normalized text (= norm.text): what extractors match against. */
  text: string;
  segments: Segmented;
  meta: ArticleMeta;
  excluded: Excluded[];
  referenceDate: ReferenceDate | null;
  /** The content sentences (see `contentSentences`), found on first ask: every extractor reads them. */
  content?: readonly Sentence[];
}

/**
 * The first stages over an article — normalize, segment, meta — as the context extractors read, with
 * the normalized spans of the meta fields copied from the text. The pipeline and extractor tests
 * build contexts only through this.
 */
export function prepareArticle(raw: string, referenceDate: ReferenceDate | null = null): { ctx: ExtractContext; metaSpans: MetaResult['spans'] } {
  const norm = normalize(raw);
  rememberCodes(norm.text, norm.codes); // the scans of this article read them
  const meta = extractMeta(norm.text);
  const ctx: ExtractContext = {
    raw,
    norm,
    text: norm.text,
    segments: segment(norm.text),
    meta: meta.meta,
    excluded: meta.excluded,
    referenceDate,
    content: undefined,
  };
  return { ctx, metaSpans: meta.spans };
}

/** The context of an article, for extractor tests: `articleContext('وی گفت: ۵۰ درصد').text` → `وی گفت: 50 درصد`. */
export function articleContext(raw: string, referenceDate: ReferenceDate | null = null): ExtractContext {
  return prepareArticle(raw, referenceDate).ctx;
}

/** The raw-text mention of the normalized span [start, end). */
export function toMention(ctx: ExtractContext, start: number, end: number): Mention {
  const s = ctx.norm.rawStart(start);
  const e = rawEndOf(ctx, start, end, s);
  return { text: ctx.raw.slice(s, e), start: s, end: e };
}

/**
 * The raw start and end of the normalized span [start, end), as `toMention` (and `rawSpan`) find them,
 * read from the offset map without a tuple: for callers that write a mention's fields into an object
 * of their own. `rawEndOf` takes the raw start found for `start`.
 */
export const rawStartOf = (ctx: ExtractContext, start: number): number => ctx.norm.rawStart(start);
export const rawEndOf = (ctx: ExtractContext, start: number, end: number, rawStart: number): number => rawSpanEnd(ctx.norm, start, end, rawStart);

/** `toMention(ctx, start, end).text`, without the mention. */
export function rawText(ctx: ExtractContext, start: number, end: number): string {
  const s = ctx.norm.rawStart(start);
  return ctx.raw.slice(s, rawEndOf(ctx, start, end, s));
}

/** No exclusion reason read anyway: one shared list, not a new one per call. */
const NONE: readonly Excluded['reason'][] = Object.freeze([]);

/**
 * Is the normalized span inside page boilerplate? `allow` lists exclusion reasons the caller reads
 * anyway (the dates extractor reads the page's own date line).
 */
export function isExcluded(ctx: ExtractContext, span: Span, allow: readonly Excluded['reason'][] = NONE): boolean {
  for (const e of ctx.excluded) if (span.start < e.end && span.end > e.start && !allow.includes(e.reason)) return true;
  return false;
}

/**
 * Sentences that extractors read: those not in page boilerplate. Without `allow` the list is made
 * once per article and shared by the extractors (read only); an article without boilerplate reads
 * its sentences as they are.
 */
export function contentSentences(ctx: ExtractContext, allow: readonly Excluded['reason'][] = NONE): readonly Sentence[] {
  if (allow === NONE && ctx.content !== undefined) return ctx.content;
  const all = ctx.segments.sentences;
  const out = ctx.excluded.length === 0 ? all : all.filter((s) => !isExcluded(ctx, s, allow));
  if (allow === NONE) ctx.content = out;
  return out;
}

/** The sentence (normalized span) containing normalized offset `pos`, or null. */
export function sentenceAt(ctx: ExtractContext, pos: number): Sentence | null {
  const sentences = ctx.segments.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
