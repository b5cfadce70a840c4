/**
 * link/quotes: the statements after speech cues (`گفت:`, `تاکید کرد:`, `… دانست و گفت:`), from after the
 * colon to the end of the paragraph (or to the next cue's sentence in that paragraph), each attributed
 * to the official who is the subject of the cue's clause — by name, surname, post or `وی`.
 *
 * Example: `محمودیان گفت: در همین راستا فاز نخست … در دست اجراست.` → `{ speaker: 'o1', cue: 'گفت',
 * text: 'در همین راستا فاز نخست … در دست اجراست.', … }` where o1 is یونس محمودیان.
 */
import { rawEndOf, rawStartOf, rawText, sentenceAt, type ExtractContext } from '../extract/context.js';
import { officialsResult } from '../extract/officials.js';
import { CHAR_FLAGS, SPACE } from '../segment/chars.js';
import type { Official, Quote } from '../types.js';
import type { Cue } from './quotes/cues.js';

/** Chars skipped at a statement's start, by code (read off the text's code units: no 1-char strings). */
const OPENING = new Set([' ', '\t', '\n', '«', '"', '“'].map((c) => c.charCodeAt(0)));

/** Is the cue, to its colon, in excluded text (page boilerplate)? `isExcluded` without a span object. */
function excludedCue(ctx: ExtractContext, cue: Cue): boolean {
  for (const e of ctx.excluded) if (cue.start < e.end && cue.colon + 1 > e.start) return true;
  return false;
}

/** The official ids of the records (few: a loop, no set). */
function hasId(officials: Official[], id: string): boolean {
  for (const o of officials) if (o.id === id) return true;
  return false;
}

export function linkQuotes(ctx: ExtractContext, officials: Official[]): Quote[] {
  const { analysis, idOf } = officialsResult(ctx);
  const text = ctx.text;
  const quotes: Quote[] = [];
  const all = analysis.cues;
  // The cues outside excluded text, kept as a new list only when some cue is excluded.
  const cues = ctx.excluded.length === 0 ? all : all.filter((c) => !excludedCue(ctx, c));
  // Cues and paragraphs are both in text order: the paragraph of each cue is found from the last one's.
  const paragraphs = ctx.segments.paragraphs;
  let p = 0;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    while (p < paragraphs.length && paragraphs[p].end <= cue.colon) p++;
    const paragraph = p < paragraphs.length && paragraphs[p].start <= cue.colon ? paragraphs[p] : undefined;
    if (!paragraph) continue;
    let start = cue.colon + 1;
    while (start < paragraph.end && OPENING.has(text.charCodeAt(start))) start++;
    let end = paragraph.end;
    const next = i + 1 < cues.length ? cues[i + 1] : undefined;
    if (next && next.colon < paragraph.end) {
      // The statement stops where the next cue's sentence begins.
      const sentence = sentenceAt(ctx, next.start);
      end = Math.min(end, sentence && sentence.start > start ? sentence.start : next.start);
    }
    while (end > start && (CHAR_FLAGS[text.charCodeAt(end - 1)] & SPACE) !== 0) end--;
    if (end <= start) continue;
    const entity = analysis.speakers.get(cue.colon) ?? null;
    const id = entity ? idOf.get(entity) ?? null : null;
    // toMention's fields written into the quote: no mention object to copy from.
    const rawStart = rawStartOf(ctx, start);
    const rawEnd = rawEndOf(ctx, start, end, rawStart);
    quotes.push({
      speaker: id !== null && hasId(officials, id) ? id : null,
      cue: rawText(ctx, cue.start, cue.end),
      text: ctx.raw.slice(rawStart, rawEnd),
      start: rawStart,
      end: rawEnd,
    });
  }
  return quotes;
}
