/**
 * The gold annotation format (fixtures/gold/*.json): what a hand-made annotation of an article holds.
 *
 * Example: `{ "money": [{ "text": "۵۰ میلیارد تومان", "start": 1106, "end": 1122, "amount": 5e10,
 * "currency": "IRT" }], "officials": [{ "name": "یونس محمودیان", "roles": [...] }], … }`.
 */
export interface GoldSpan {
  text: string;
  start: number;
  end: number;
  optional?: boolean;
  [field: string]: unknown;
}

export interface GoldOfficial {
  name: string;
  honorifics?: string[];
  aliases?: string[];
  roles: string[];
  title?: string;
  organization?: string;
  optional?: boolean;
}

export interface GoldFact {
  kind: string;
  text: string;
  start: number;
  end: number;
  value: number | string | null;
  unit: string | null;
}

export interface GoldFacility {
  type: string;
  name: string | null;
  city: string | null;
  facts?: GoldFact[];
  optional?: boolean;
}

export interface GoldQuote {
  speaker: string;
  startsWith: string;
  start: number;
}

export interface GoldDocument {
  id: string;
  meta?: Record<string, unknown>;
  money?: GoldSpan[];
  percentages?: GoldSpan[];
  dates?: GoldSpan[];
  officials?: GoldOfficial[];
  optionalOfficials?: string[];
  facilities?: GoldFacility[];
  quotes?: GoldQuote[];
}
