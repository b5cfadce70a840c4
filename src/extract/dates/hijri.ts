/**
 * Hijri (lunar) dates by the Umm al-Qura calendar of Node's Intl, to and from Julian day numbers.
 * Intl only formats, so a Hijri date is converted by estimating its day number and checking the
 * neighbours; the formatter runs in UTC, so no local time zone shifts a day.
 *
 * Example: `hijriToJdn(1445, 1, 10)` → the day number of 2023-07-28 (Gregorian);
 * `hijriFromJdn(<that>)` → `{ year: 1445, month: 1, day: 10 }`.
 */
import * as jalaali from 'jalaali-js';
import type { YMD } from '../../calendar.js';

/** The Umm al-Qura formatter, made on first use: it loads ICU's calendar data, which most runs never need. */
let format: Intl.DateTimeFormat | null = null;
const FORMAT = () =>
  (format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }));

/** Julian day number of 1 Muharram 1 AH in the arithmetic calendar (16 July 622, Julian). */
const EPOCH = 1948440;
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

export function hijriFromJdn(jdn: number): YMD {
  const g = jalaali.d2g(jdn);
  const parts = FORMAT().formatToParts(new Date(Date.UTC(g.gy, g.gm - 1, g.gd)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''));
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The day number of a Hijri date, or null when it does not exist (`30 صفر` in a 29-day month). */
export function hijriToJdn(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = EPOCH + Math.floor((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH) + day - 1;
  for (let delta = 0; delta <= 4; delta++) {
    for (const jdn of delta === 0 ? [estimate] : [estimate + delta, estimate - delta]) {
      const h = hijriFromJdn(jdn);
      if (h.year === year && h.month === month && h.day === day) return jdn;
    }
  }
  return null;
}

export function hijriMonthLength(year: number, month: number): number {
  const first = hijriToJdn(year, month, 1);
  const next = month === 12 ? hijriToJdn(year + 1, 1, 1) : hijriToJdn(year, month + 1, 1);
  return first !== null && next !== null ? next - first : 29;
}
