/**
 * report/values: how numbers, amounts and dates are written in the report, and the value a mention
 * shows when hovered or focused.
 *
 * Example: `moneyValue({ amount: 5e10, currency: 'IRT', amountRial: 5e11, … })` →
 * `50,000,000,000 IRT = 500,000,000,000 IRR`; `humanToman(67e9)` → `۶۷ میلیارد تومان`;
 * `rangeLabel({ jalaliStart: '1401-12-01', jalaliEnd: '1401-12-29', … })` → `اسفند ۱۴۰۱`.
 */
import { jalaliMonthLength, parseYMD } from '../calendar.js';
import { loadJson } from '../data.js';
import type { DateMention, MoneyMention, PercentageMention, ResolvedRange } from '../types.js';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** ASCII digits, `,` and `.` in Persian form: `1,250.5` → `۱٬۲۵۰٫۵`. */
export function persianDigits(s: string): string {
  return s.replace(/[0-9.,]/g, (c) => (c === ',' ? '٬' : c === '.' ? '٫' : PERSIAN_DIGITS[Number(c)]));
}

/** `50000000000` → `50,000,000,000`; fractions keep up to 4 places. Locale-independent. */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const negative = n < 0;
  const [int, frac] = Math.abs(n).toFixed(4).replace(/\.?0+$/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (negative ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

function approx(m: { approximate: boolean; qualifier: string | null }): string {
  if (!m.approximate) return '';
  return m.qualifier ? `≈ (${m.qualifier}) ` : '≈ ';
}

/** The value of a money mention, in its currency and in rial/toman for Iranian currencies. */
export function moneyValue(m: MoneyMention): string {
  const head = `${approx(m)}${groupDigits(m.amount)} ${m.currency}`;
  if (m.currency === 'IRT') return `${head} = ${groupDigits(m.amountRial ?? m.amount * 10)} IRR`;
  if (m.currency === 'IRR') return `${head} = ${groupDigits(m.amount / 10)} IRT`;
  return head;
}

export function percentValue(p: PercentageMention): string {
  return `${approx(p)}${groupDigits(p.value)}%`;
}

/** The value of a date mention: its resolved Jalali and Gregorian range, else the fields written. */
export function dateValue(d: DateMention): string {
  const lines: string[] = [];
  if (d.resolved) {
    const r = d.resolved;
    const span = (a: string, b: string) => (a === b ? a : `${a} … ${b}`);
    lines.push(`Jalali ${span(r.jalaliStart, r.jalaliEnd)}`, `Gregorian ${span(r.gregorianStart, r.gregorianEnd)}`);
  } else {
    lines.push('unresolved');
  }
  const fields: string[] = [];
  if (d.calendar !== 'jalali') fields.push(d.calendar);
  for (const key of ['year', 'month', 'day', 'yearOffset', 'monthOffset', 'weekOffset', 'dayOffset', 'weekday', 'time'] as const) {
    const v = d[key];
    if (v !== null && v !== undefined) fields.push(`${key} ${typeof v === 'number' && key.endsWith('Offset') && v > 0 ? '+' : ''}${v}`);
  }
  if (fields.length > 0) lines.push(fields.join(', '));
  return lines.join('\n');
}

const SCALES: [number, string][] = [
  [1e12, 'هزار میلیارد'],
  [1e9, 'میلیارد'],
  [1e6, 'میلیون'],
  [1e3, 'هزار'],
];

/** A toman amount as a reader says it: `67e9` → `۶۷ میلیارد تومان`, `1.25e12` → `۱٫۲۵ هزار میلیارد تومان`. */
export function humanToman(toman: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(toman) >= scale) {
      const n = Math.round((toman / scale) * 100) / 100;
      return `${persianDigits(groupDigits(n))} ${word} تومان`;
    }
  }
  return `${persianDigits(groupDigits(Math.round(toman)))} تومان`;
}

/** Toman value of an Iranian-currency amount; null for foreign currencies. */
export function toToman(amount: number, currency: string | null): number | null {
  if (currency === 'IRT') return amount;
  if (currency === 'IRR') return amount / 10;
  return null;
}

interface CalendarData {
  jalaliMonths: { month: number; names: string[] }[];
}
/** Month number → its usual Persian name (the first form in data/calendar.json). */
const JALALI_MONTH_NAMES = new Map(loadJson<CalendarData>('calendar.json').jalaliMonths.map((m) => [m.month, m.names[0]]));

/** `7` → `مهر`. */
export function jalaliMonthName(month: number): string {
  return JALALI_MONTH_NAMES.get(month) ?? String(month);
}

/** `1400-07-22` → `۲۲ مهر ۱۴۰۰`; a string that is not a date is returned as written. */
export function jalaliLabel(ymd: string): string {
  const d = parseYMD(ymd);
  if (!d) return ymd;
  return `${persianDigits(String(d.day))} ${JALALI_MONTH_NAMES.get(d.month) ?? d.month} ${persianDigits(String(d.year))}`;
}

/** A resolved range as a reader says it: a day, a whole month, a whole year, or `from تا to`. */
export function rangeLabel(r: ResolvedRange): string {
  const a = parseYMD(r.jalaliStart);
  const b = parseYMD(r.jalaliEnd);
  if (!a || !b) return `${r.jalaliStart} – ${r.jalaliEnd}`;
  if (r.jalaliStart === r.jalaliEnd) return jalaliLabel(r.jalaliStart);
  const year = persianDigits(String(a.year));
  if (a.year === b.year && a.day === 1 && b.month === a.month && b.day === jalaliMonthLength(b.year, b.month)) {
    return `${JALALI_MONTH_NAMES.get(a.month) ?? a.month} ${year}`;
  }
  if (a.year === b.year && a.month === 1 && a.day === 1 && b.month === 12 && b.day === jalaliMonthLength(b.year, 12)) {
    return `سال ${year}`;
  }
  return `${jalaliLabel(r.jalaliStart)} تا ${jalaliLabel(r.jalaliEnd)}`;
}
