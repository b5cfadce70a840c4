/**
 * link/quotes: the statements after speech cues (`گفت:`, `تاکید کرد:`, `… دانست و گفت:`), from after the
 * colon to the end of the paragraph (or to the next cue's sentence in that paragraph), each attributed
 * to the official who is the subject of the cue's clause — by name, surname, post or `وی`.
 *
 * Example: `محمودیان گفت: در همین راستا فاز نخست … در دست اجراست.` → `{ speaker: 'o1', cue: 'گفت',
 * text: 'در همین راستا فاز نخست … در دست اجراست.', … }` where o1 is یونس محمودیان.
 */
import { isExcluded, sentenceAt, toMention, type ExtractContext } from '../extract/context.js';
import { officialsResult } from '../extract/officials.js';
import { CHAR_FLAGS, SPACE } from '../segment/chars.js';
import type { Official, Quote } from '../types.js';

const OPENING = new Set([' ', '\t', '\n', '«', '"', '“']);

export function linkQuotes(ctx: ExtractContext, officials: Official[]): Quote[] {
  const { analysis, idOf } = officialsResult(ctx);
  const ids = new Set(officials.map((o) => o.id));
  const text = ctx.text;
  const quotes: Quote[] = [];
  const cues = analysis.cues.filter((c) => !isExcluded(ctx, { start: c.start, end: c.colon + 1 }));
  // Cues and paragraphs are both in text order: the paragraph of each cue is found from the last one's.
  const paragraphs = ctx.segments.paragraphs;
  let p = 0;
  cues.forEach((cue, i) => {
    while (p < paragraphs.length && paragraphs[p].end <= cue.colon) p++;
    const paragraph = p < paragraphs.length && paragraphs[p].start <= cue.colon ? paragraphs[p] : undefined;
    if (!paragraph) return;
    let start = cue.colon + 1;
    while (start < paragraph.end && OPENING.has(text[start])) start++;
    let end = paragraph.end;
    const next = cues[i + 1];
    if (next && next.colon < paragraph.end) {
      // The statement stops where the next cue's sentence begins.
      const sentence = sentenceAt(ctx, next.start);
      end = Math.min(end, sentence && sentence.start > start ? sentence.start : next.start);
    }
    while (end > start && (CHAR_FLAGS[text.charCodeAt(end - 1)] & SPACE) !== 0) end--;
    if (end <= start) return;
    const entity = analysis.speakers.get(cue.colon) ?? null;
    const id = entity ? idOf.get(entity) ?? null : null;
    const statement = toMention(ctx, start, end); // its fields written out: spreading it is slow
    quotes.push({
      speaker: id !== null && ids.has(id) ? id : null,
      cue: toMention(ctx, cue.start, cue.end).text,
      text: statement.text,
      start: statement.start,
      end: statement.end,
    });
  });
  return quotes;
}
