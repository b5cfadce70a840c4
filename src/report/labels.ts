/**
 * report/labels: the Persian words of the report's interface, and the six mention types with their
 * colours (Okabe–Ito, safe for colour-blind readers) and underline styles (a second cue besides colour).
 *
 * Example: `MENTION_TYPES[0]` → `{ type: 'money', label: 'مبلغ', colour: '#E69F00', … }`;
 * `facilityTypeLabel('hospital')` → `بیمارستان` (from data/facility-types.json); an unknown code is shown as written.
 */
import { loadJson } from '../data.js';
import type { FactKind, OfficialMentionKind } from '../types.js';

export type MentionType = 'money' | 'percentage' | 'date' | 'official' | 'facility' | 'quote';

export interface MentionTypeInfo {
  type: MentionType;
  /** Persian name shown in the legend and the tables. */
  label: string;
  /** Okabe–Ito colour. */
  colour: string;
  /** CSS border style of the underline: a cue that does not depend on colour. */
  line: 'solid' | 'double' | 'dashed' | 'dotted';
  /** Nesting rank for equal spans: lower wraps higher (a quote wraps the money inside it). */
  rank: number;
}

/** In legend order. */
export const MENTION_TYPES: readonly MentionTypeInfo[] = [
  { type: 'money', label: 'مبلغ', colour: '#E69F00', line: 'solid', rank: 4 },
  { type: 'percentage', label: 'درصد', colour: '#56B4E9', line: 'double', rank: 5 },
  { type: 'date', label: 'تاریخ', colour: '#009E73', line: 'dashed', rank: 3 },
  { type: 'official', label: 'مقام', colour: '#CC79A7', line: 'dotted', rank: 1 },
  { type: 'facility', label: 'مرکز', colour: '#0072B2', line: 'solid', rank: 2 },
  { type: 'quote', label: 'نقل قول', colour: '#F0E442', line: 'dashed', rank: 0 },
];

export const TYPE_INFO = new Map<MentionType, MentionTypeInfo>(MENTION_TYPES.map((t) => [t.type, t]));

/** Facility type code → its Persian word: the first word of each type in data/facility-types.json. */
function loadFacilityTypes(): Map<string, string> {
  try {
    const data = loadJson<{ types?: { type: string; words: string[] }[] }>('facility-types.json');
    return new Map((data.types ?? []).filter((t) => t.words.length > 0).map((t) => [t.type, t.words[0]]));
  } catch {
    return new Map(); // without the data file the report shows type codes
  }
}
const FACILITY_TYPES = loadFacilityTypes();

/** Persian word for a facility type code (`hospital` → `بیمارستان`); the code itself when unknown. */
export function facilityTypeLabel(type: string): string {
  return FACILITY_TYPES.get(type) ?? type;
}

export const FACT_LABELS: Record<FactKind, string> = {
  budget: 'اعتبار',
  cost: 'هزینه',
  progress: 'پیشرفت',
  area: 'مساحت',
  beds: 'تخت',
  opened: 'افتتاح',
  completion: 'تکمیل',
  status: 'وضعیت',
};

export const OFFICIAL_MENTION_LABELS: Record<OfficialMentionKind, string> = {
  name: 'نام',
  surname: 'نام خانوادگی',
  role: 'سمت',
  pronoun: 'ضمیر',
};

export const UNKNOWN_SPEAKER = 'گوینده نامشخص';
export const UNKNOWN_PROVINCE = 'استان نامشخص';
