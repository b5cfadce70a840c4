/**
 * Calendar tables and conversions shared by meta and the dates extractor. Arithmetic is on
 * (year, month, day) triples through jalaali-js, never through local-time `Date` objects.
 *
 * Example: `jalaliToGregorian(1400, 7, 22)` → `{ year: 2021, month: 10, day: 14 }`;
 * `JALALI_MONTHS.get('مهر')` → 7.
 */
import * as jalaali from 'jalaali-js';
import { loadJson } from './data.js';
import { fold } from './normalize/index.js';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

interface MonthEntry {
  month: number;
  names: string[];
}

interface CalendarData {
  jalaliMonths: MonthEntry[];
  gregorianMonths: MonthEntry[];
  hijriMonths: MonthEntry[];
  weekdays: { iso: number; names: string[] }[];
}

const DATA = loadJson<CalendarData>('calendar.json');

function monthIndex(entries: MonthEntry[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const e of entries) for (const name of e.names) index.set(fold(name), e.month);
  return index;
}

/** Month name (folded: no spaces or ZWNJ) → month number. */
export const JALALI_MONTHS = monthIndex(DATA.jalaliMonths);
export const GREGORIAN_MONTHS = monthIndex(DATA.gregorianMonths);
export const HIJRI_MONTHS = monthIndex(DATA.hijriMonths);
/** Weekday name (folded) → ISO weekday (1 = Monday … 7 = Sunday). */
export const WEEKDAYS = new Map<string, number>(DATA.weekdays.flatMap((w) => w.names.map((n) => [fold(n), w.iso])));

/** Every written form of the month names, longest first, for building regex alternations. */
export function monthNameForms(entries: 'jalaliMonths' | 'gregorianMonths' | 'hijriMonths'): string[] {
  return DATA[entries].flatMap((e) => e.names).sort((a, b) => b.length - a.length);
}
export function weekdayNameForms(): string[] {
  return DATA.weekdays.flatMap((w) => w.names).sort((a, b) => b.length - a.length);
}

export function isValidJalali(d: YMD): boolean {
  return d.year >= 1 && d.year <= 3000 && jalaali.isValidJalaaliDate(d.year, d.month, d.day);
}

export function jalaliToGregorian(d: YMD): YMD {
  const g = jalaali.toGregorian(d.year, d.month, d.day);
  return { year: g.gy, month: g.gm, day: g.gd };
}

export function gregorianToJalali(d: YMD): YMD {
  const j = jalaali.toJalaali(d.year, d.month, d.day);
  return { year: j.jy, month: j.jm, day: j.jd };
}

export function jalaliMonthLength(year: number, month: number): number {
  return jalaali.jalaaliMonthLength(year, month);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `{1400, 7, 22}` → `1400-07-22`. */
export function formatYMD(d: YMD): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** `1400-07-22` (or `1400/7/22`) → `{1400, 7, 22}`, or null. */
export function parseYMD(s: string): YMD | null {
  const m = /^(\d{3,4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days since 1970-01-01 of a Gregorian date (proleptic, no time zone). */
export function gregorianDayNumber(d: YMD): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Jalali date. */
export function jalaliWeekday(d: YMD): number {
  const day = gregorianDayNumber(jalaliToGregorian(d)); // 1970-01-01 was a Thursday (ISO 4)
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** A Jalali `YYYY-MM-DD` option as a reference date (`1403-09-02` → with Gregorian 2024-11-22), or throws. */
export function parseReferenceDate(value: string): { jalali: string; gregorian: string; from: 'option' } {
  const d = parseYMD(value);
  if (!d || !isValidJalali(d)) throw new RangeError(`not a Jalali date (YYYY-MM-DD): ${value}`);
  return { jalali: formatYMD(d), gregorian: formatYMD(jalaliToGregorian(d)), from: 'option' };
}
