/**
 * extract/dates: Jalali, Gregorian and Hijri dates written in Persian, absolute and relative, each
 * resolved against the article's reference date. The grammar lives in ./dates/ (anchors and forms in
 * recognize.ts and forms.ts, resolution in resolve.ts); this module walks the sentences — the page's
 * own date line included — and turns parses into mentions of the raw text.
 *
 * Example: with reference 1400-07-22, `تا ۲۲ بهمن امسال افتتاح` → `{ text: '۲۲ بهمن امسال',
 * calendar: 'jalali', month: 11, day: 22, yearOffset: 0, resolved: { jalaliStart: '1400-11-22', … } }`.
 */
import { contentSentences, toMention, type ExtractContext } from './context.js';
import type { DateParse } from './dates/parse.js';
import { recognize } from './dates/recognize.js';
import { resolve } from './dates/resolve.js';
import type { Excluded } from '../meta/index.js';
import type { DateMention, ReferenceDate } from '../types.js';

function toDateMention(ctx: ExtractContext, p: DateParse, ref: ReferenceDate | null): DateMention {
  const m = toMention(ctx, p.start, p.end);
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    calendar: p.calendar,
    year: p.year,
    month: p.month,
    day: p.day,
    yearOffset: p.yearOffset,
    monthOffset: p.monthOffset,
    weekOffset: p.weekOffset,
    dayOffset: p.dayOffset,
    weekday: p.weekday,
    time: p.time,
    resolved: resolve(p, ref),
  };
}

/** The boilerplate dates read anyway: the page's own date line (one list, not one per article). */
const PAGE_DATE: readonly Excluded['reason'][] = ['page-date'];

export function extractDates(ctx: ExtractContext): DateMention[] {
  const out: DateMention[] = [];
  for (const s of contentSentences(ctx, PAGE_DATE)) {
    for (const p of recognize(ctx.text, s)) out.push(toDateMention(ctx, p, ctx.referenceDate));
  }
  // Sentences come in text order and each one's dates too: sorted already but where a sentence's
  // dates reach past the next one's start (the sort, stable, then orders them as before).
  for (let i = 1; i < out.length; i++) if (out[i].start < out[i - 1].start) return out.sort((a, b) => a.start - b.start);
  return out;
}
