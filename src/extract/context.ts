/**
 * The context every extractor reads: the raw and normalized text, the offset map, segments, meta and
 * the reference date; and the one way to turn a normalized span into a mention of the raw text.
 *
 * Example: with raw `۵۰ ميليارد تومان` (Arabic ي), the normalized span [0, 16) of `50 میلیارد تومان`
 * becomes `{ text: '۵۰ ميليارد تومان', start: 0, end: 16 }`.
 */
import type { Excluded } from '../meta/index.js';
import { rawSpan, type Normalized } from '../normalize/index.js';
import type { Segmented, Sentence, Span } from '../segment/index.js';
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
}

/** The raw-text mention of the normalized span [start, end). */
export function toMention(ctx: ExtractContext, start: number, end: number): Mention {
  const [s, e] = rawSpan(ctx.norm, start, end);
  return { text: ctx.raw.slice(s, e), start: s, end: e };
}

/**
 * Is the normalized span inside page boilerplate? `allow` lists exclusion reasons the caller reads
 * anyway (the dates extractor reads the page's own date line).
 */
export function isExcluded(ctx: ExtractContext, span: Span, allow: Excluded['reason'][] = []): boolean {
  return ctx.excluded.some((e) => span.start < e.end && span.end > e.start && !allow.includes(e.reason));
}

/** Sentences that extractors read: those not in page boilerplate. */
export function contentSentences(ctx: ExtractContext, allow: Excluded['reason'][] = []): Sentence[] {
  return ctx.segments.sentences.filter((s) => !isExcluded(ctx, s, allow));
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
