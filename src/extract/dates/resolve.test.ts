/**
 * Properties of date resolution and the Hijri conversion over many reference dates: a weekday is the
 * latest such day on or before the reference, `دیروز` is the day before, a month range covers the
 * whole month, Hijri ↔ day numbers round-trip.
 * Example: reference 1400-07-22 (a Thursday), `سه شنبه` → 1400-07-20.
 */
import fc from 'fast-check';
import * as jalaali from 'jalaali-js';
import { describe, expect, it } from 'vitest';
import { formatYMD } from '../../calendar.js';
import type { ReferenceDate } from '../../types.js';
import { hijriFromJdn, hijriToJdn } from './hijri.js';
import { emptyParse } from './parse.js';
import { isoWeekday, resolve } from './resolve.js';

const jdnArb = fc.integer({ min: jalaali.j2d(1300, 1, 1), max: jalaali.j2d(1480, 12, 29) });
const refOf = (jdn: number): ReferenceDate => {
  const j = jalaali.d2j(jdn);
  return { jalali: formatYMD({ year: j.jy, month: j.jm, day: j.jd }), gregorian: '', from: 'option' };
};
const jdnOf = (ymd: string) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return jalaali.j2d(y, m, d);
};

describe('resolution properties', () => {
  it('a weekday is the latest such day on or before the reference', () => {
    fc.assert(
      fc.property(jdnArb, fc.integer({ min: 1, max: 7 }), (ref, weekday) => {
        const p = emptyParse(0, 1);
        p.weekday = weekday;
        const r = resolve(p, refOf(ref));
        const day = jdnOf(r!.jalaliStart);
        expect(isoWeekday(day)).toBe(weekday);
        expect(ref - day).toBeGreaterThanOrEqual(0);
        expect(ref - day).toBeLessThan(7);
      }),
    );
  });

  it('a day offset moves by whole days across month and year ends', () => {
    fc.assert(
      fc.property(jdnArb, fc.integer({ min: -3, max: 3 }), (ref, offset) => {
        const p = emptyParse(0, 1);
        p.dayOffset = offset;
        const r = resolve(p, refOf(ref))!;
        expect(jdnOf(r.jalaliStart)).toBe(ref + offset);
        const g = jalaali.d2g(ref + offset);
        expect(r.gregorianStart).toBe(formatYMD({ year: g.gy, month: g.gm, day: g.gd }));
      }),
    );
  });

  it('a month offset gives a whole month, from its first day to its last', () => {
    fc.assert(
      fc.property(jdnArb, fc.integer({ min: -13, max: 13 }), (ref, offset) => {
        const p = emptyParse(0, 1);
        p.monthOffset = offset;
        const r = resolve(p, refOf(ref))!;
        const start = jalaali.d2j(jdnOf(r.jalaliStart));
        const end = jalaali.d2j(jdnOf(r.jalaliEnd));
        expect(start.jd).toBe(1);
        expect(end.jd).toBe(jalaali.jalaaliMonthLength(end.jy, end.jm));
        expect([end.jy, end.jm]).toEqual([start.jy, start.jm]);
        const ref_ = jalaali.d2j(ref);
        expect(start.jy * 12 + start.jm - (ref_.jy * 12 + ref_.jm)).toBe(offset);
      }),
    );
  });

  it('a relative date without a reference is unresolved; an absolute one is resolved', () => {
    const relative = emptyParse(0, 1);
    relative.yearOffset = 0;
    expect(resolve(relative, null)).toBeNull();
    const absolute = emptyParse(0, 1);
    absolute.year = 1401;
    absolute.month = 12;
    expect(resolve(absolute, null)).toEqual({
      jalaliStart: '1401-12-01',
      jalaliEnd: '1401-12-29',
      gregorianStart: '2023-02-20',
      gregorianEnd: '2023-03-20',
    });
  });

  it('an impossible date is unresolved', () => {
    const p = emptyParse(0, 1);
    Object.assign(p, { year: 1401, month: 12, day: 30 }); // 1401 is not a leap year
    expect(resolve(p, null)).toBeNull();
  });
});

describe('Hijri conversion (Umm al-Qura)', () => {
  it('10 Muharram 1445 is 2023-07-28', () => {
    const g = jalaali.d2g(hijriToJdn(1445, 1, 10)!);
    expect([g.gy, g.gm, g.gd]).toEqual([2023, 7, 28]);
  });
  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(jdnArb, (jdn) => {
        const h = hijriFromJdn(jdn);
        expect(hijriToJdn(h.year, h.month, h.day)).toBe(jdn);
      }),
      { numRuns: 200 },
    );
  });
  it('has no 30 Safar in a 29-day month', () => {
    const lengths = [1443, 1444, 1445, 1446].map((y) => hijriToJdn(y, 3, 1)! - hijriToJdn(y, 2, 1)!);
    for (const [i, n] of lengths.entries()) expect(hijriToJdn([1443, 1444, 1445, 1446][i], 2, 30) === null).toBe(n === 29);
  });
});
