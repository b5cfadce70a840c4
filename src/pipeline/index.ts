/**
 * The pipeline: the stages an article goes through, in order, in one function.
 *
 * Example: `extract('یاسوج - ایرنا - مدیر درمان … ۵۰ میلیارد تومان …')` → a KhabarDocument with
 * meta.dateline 'یاسوج', money [{ amount: 5e10, currency: 'IRT', … }], … (offsets into the input).
 */
import { parseReferenceDate } from '../calendar.js';
import { prepareArticle } from '../extract/context.js';
import { extractDates } from '../extract/dates.js';
import { extractFacilities } from '../extract/facilities.js';
import { extractMoney } from '../extract/money.js';
import { extractOfficials } from '../extract/officials.js';
import { extractPercentages } from '../extract/percentages.js';
import { linkFacts } from '../link/facts.js';
import { linkQuotes } from '../link/quotes.js';
import { publishedFromString } from '../meta/index.js';
import { rawSpan } from '../normalize/index.js';
import type { ArticleError, KhabarDocument, ReferenceDate } from '../types.js';

export interface ExtractOptions {
  /** Article id (default `article`). */
  id?: string;
  /** Where the text came from (a path), written to `source`. */
  source?: string | null;
  /** Reference date for relative dates when the article has no publication date: Jalali `1403-09-02`. */
  referenceDate?: string | null;
  /** Publication date known from outside the text (a JSONL field): Jalali or ISO Gregorian. */
  published?: string | null;
  /** Headline known from outside the text (a page's og:title). */
  title?: string | null;
  /** URL known from outside the text. */
  url?: string | null;
  /** Problems found before extraction (decoding), carried into `errors`. */
  errors?: ArticleError[];
}

export { parseReferenceDate } from '../calendar.js';

/** Run every stage over one article's text. Pure: the same input gives the same document. */
export function extract(text: string, options: ExtractOptions = {}): KhabarDocument {
  const errors: ArticleError[] = [...(options.errors ?? [])];
  if (text.trim().length === 0 && errors.length === 0) errors.push({ code: 'empty', message: 'the article has no text' });
  const { ctx, metaSpans } = prepareArticle(text);
  const meta = ctx.meta;
  const slice = (s: { start: number; end: number } | null) => {
    if (!s) return null;
    const [a, b] = rawSpan(ctx.norm, s.start, s.end);
    return text.slice(a, b);
  };
  meta.title = slice(metaSpans.title) ?? options.title ?? null;
  meta.url = options.url ?? slice(metaSpans.url);
  if (options.published) meta.published = publishedFromString(options.published) ?? meta.published;

  const referenceDate: ReferenceDate | null = meta.published
    ? { jalali: meta.published.jalali, gregorian: meta.published.gregorian, from: 'published' }
    : options.referenceDate
      ? parseReferenceDate(options.referenceDate)
      : null;
  ctx.referenceDate = referenceDate;

  const money = extractMoney(ctx);
  const percentages = extractPercentages(ctx);
  const dates = extractDates(ctx);
  const officials = extractOfficials(ctx);
  const facilities = linkFacts(ctx, extractFacilities(ctx), { money, percentages, dates });
  const quotes = linkQuotes(ctx, officials);

  return {
    id: options.id ?? 'article',
    source: options.source ?? null,
    text,
    meta,
    referenceDate,
    money,
    percentages,
    dates,
    officials,
    facilities,
    quotes,
    errors,
  };
}

/** The document of an article that could not be read: empty entities, the reasons in `errors`. */
export function failedDocument(id: string, source: string | null, errors: ArticleError[]): KhabarDocument {
  return {
    id,
    source,
    text: '',
    meta: { title: null, outlet: null, agency: null, dateline: null, newsCode: null, url: null, published: null },
    referenceDate: null,
    money: [],
    percentages: [],
    dates: [],
    officials: [],
    facilities: [],
    quotes: [],
    errors,
  };
}
