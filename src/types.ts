/**
 * The khabar document: what one article becomes. Field meanings follow SPEC.md.
 *
 * Example: `۵۰ میلیارد تومان` at raw offsets 1106–1122 becomes
 * `{ text: '۵۰ میلیارد تومان', start: 1106, end: 1122, amount: 5e10, currency: 'IRT', … }`.
 */

/** A span of the original (raw, undecoded-by-us) article text. `raw.slice(start, end) === text`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface JalaliGregorian {
  jalali: string; // YYYY-MM-DD
  gregorian: string; // YYYY-MM-DD
}

export interface PublishedDate extends JalaliGregorian {
  time: string | null; // HH:MM
}

export interface ReferenceDate extends JalaliGregorian {
  from: 'published' | 'option';
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  agency: string | null;
  dateline: string | null;
  newsCode: string | null;
  url: string | null;
  published: PublishedDate | null;
}

export interface MoneyMention extends Mention {
  amount: number;
  currency: string; // IRT, IRR or ISO 4217
  amountRial: number | null;
  approximate: boolean;
  qualifier: string | null;
}

export interface PercentageMention extends Mention {
  value: number;
  approximate: boolean;
  qualifier: string | null;
}

export type Calendar = 'jalali' | 'gregorian' | 'hijri';

export interface ResolvedRange {
  jalaliStart: string;
  jalaliEnd: string;
  gregorianStart: string;
  gregorianEnd: string;
}

export interface DateMention extends Mention {
  calendar: Calendar;
  year: number | null;
  month: number | null;
  day: number | null;
  yearOffset: number | null;
  monthOffset: number | null;
  weekOffset: number | null;
  dayOffset: number | null;
  weekday: number | null; // ISO: 1 = Monday … 7 = Sunday
  time: string | null;
  resolved: ResolvedRange | null;
}

/** How an official is mentioned: `یونس محمودیان` name, `محمودیان` surname, `مدیر درمان …` role, `وی` pronoun. */
export type OfficialMentionKind = 'name' | 'surname' | 'role' | 'pronoun';

export interface OfficialMention extends Mention {
  kind: OfficialMentionKind;
}

export interface Official {
  id: string;
  name: string | null;
  honorifics: string[];
  title: string | null;
  organization: string | null;
  roles: string[];
  mentions: OfficialMention[];
}

export type FactKind = 'budget' | 'cost' | 'progress' | 'area' | 'beds' | 'opened' | 'completion' | 'status';

export interface FacilityFact extends Mention {
  kind: FactKind;
  value: number | string | null;
  unit: string | null;
}

export interface Facility {
  id: string;
  type: string;
  name: string | null;
  city: string | null;
  province: string | null;
  mentions: Mention[];
  facts: FacilityFact[];
}

export interface Quote extends Mention {
  speaker: string | null; // Official.id
  cue: string;
}

export interface ArticleError {
  code: string; // machine-readable: 'empty', 'binary', 'decode', 'read', 'too-large', …
  message: string;
}

export interface KhabarDocument {
  id: string;
  source: string | null;
  text: string;
  meta: ArticleMeta;
  referenceDate: ReferenceDate | null;
  money: MoneyMention[];
  percentages: PercentageMention[];
  dates: DateMention[];
  officials: Official[];
  facilities: Facility[];
  quotes: Quote[];
  errors: ArticleError[];
}

/** The entity arrays of a document, in output order. */
export const ENTITY_KINDS = ['money', 'percentages', 'dates', 'officials', 'facilities', 'quotes'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
