/**
 * link/quotes: the statements after speech cues (`گفت:`, `تاکید کرد:`, `… دانست و گفت:`), from after the
 * colon to the end of the paragraph (or to the next cue's sentence in that paragraph), each attributed
 * to the official who is the subject of the cue's clause — by name, surname, post or `وی`.
 *
 * Example: `محمودیان گفت: در همین راستا فاز نخست … در دست اجراست.` → `{ speaker: 'o1', cue: 'گفت',
 * text: 'در همین راستا فاز نخست … در دست اجراست.', … }` where o1 is یونس محمودیان.
 */
import { isExcluded, toMention, type ExtractContext } from '../extract/context.js';
import { officialsResult } from '../extract/officials.js';
import type { Official, Quote } from '../types.js';

const OPENING = new Set([' ', '\t', '\n', '«', '"', '“']);

export function linkQuotes(ctx: ExtractContext, officials: Official[]): Quote[] {
  const { analysis, idOf } = officialsResult(ctx);
  const ids = new Set(officials.map((o) => o.id));
  const text = ctx.text;
  const quotes: Quote[] = [];
  const cues = analysis.cues.filter((c) => !isExcluded(ctx, { start: c.start, end: c.colon + 1 }));
  cues.forEach((cue, i) => {
    const paragraph = ctx.segments.paragraphs.find((p) => cue.colon >= p.start && cue.colon < p.end);
    if (!paragraph) return;
    let start = cue.colon + 1;
    while (start < paragraph.end && OPENING.has(text[start])) start++;
    let end = paragraph.end;
    const next = cues[i + 1];
    if (next && next.colon < paragraph.end) {
      // The statement stops where the next cue's sentence begins.
      const sentence = ctx.segments.sentences.find((s) => next.start >= s.start && next.start < s.end);
      end = Math.min(end, sentence && sentence.start > start ? sentence.start : next.start);
    }
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const entity = analysis.speakers.get(cue.colon) ?? null;
    const id = entity ? idOf.get(entity) ?? null : null;
    const statement = toMention(ctx, start, end);
    quotes.push({
      speaker: id !== null && ids.has(id) ? id : null,
      cue: toMention(ctx, cue.start, cue.end).text,
      ...statement,
    });
  });
  return quotes;
}
