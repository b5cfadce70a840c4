/**
 * summary: corpus totals. Money by province and facility comes from the budget and cost facts of
 * facilities, in toman, each distinct amount once per facility (an article repeating its headline
 * figure does not multiply it); dated facts come earliest first.
 */
import { describe, expect, it } from 'vitest';
import { failedDocument } from '../pipeline/index.js';
import type { Facility, FacilityFact, KhabarDocument, ResolvedRange } from '../types.js';
import { facilityTypeLabel } from './labels.js';
import { corpusCounts, datedFacts, moneyTotals, rangeFromValue } from './summary.js';

const fact = (kind: FacilityFact['kind'], value: FacilityFact['value'], unit: string | null, start = 0): FacilityFact => ({
  kind,
  value,
  unit,
  text: '',
  start,
  end: start + 1,
});

const facility = (type: string, name: string | null, city: string | null, province: string | null, facts: FacilityFact[]): Facility => ({
  id: 'f',
  type,
  name,
  city,
  province,
  mentions: [],
  facts,
});

function doc(id: string, facilities: Facility[]): KhabarDocument {
  return { ...failedDocument(id, null, []), text: 'x'.repeat(50), facilities };
}

describe('moneyTotals', () => {
  const docs = [
    doc('a', [
      facility('hospital', 'امام موسی کاظم(ع)', 'ماهشهر', 'خوزستان', [fact('budget', 67e9, 'IRT'), fact('budget', 67e9, 'IRT'), fact('progress', 52, '%')]),
      facility('polyclinic', null, 'دوگنبدان', 'کهگیلویه و بویراحمد', [fact('cost', 300e9, 'IRR'), fact('budget', 5e6, 'USD')]),
    ]),
    doc('b', [
      facility('hospital', 'امام موسی کاظم(ع)', 'ماهشهر', 'خوزستان', [fact('budget', 67e9, 'IRT'), fact('cost', 10e9, 'IRT')]),
      facility('clinic', null, null, null, [fact('budget', 2e9, 'IRT')]),
    ]),
  ];
  const totals = moneyTotals(docs);

  it('sums toman by province, each amount once per facility, foreign currencies left out', () => {
    expect(totals.byProvince).toEqual([
      { label: 'خوزستان', toman: 77e9 },
      { label: 'کهگیلویه و بویراحمد', toman: 30e9 },
      { label: 'استان نامشخص', toman: 2e9 },
    ]);
  });

  it('sums by facility, the same facility across articles together', () => {
    expect(totals.byFacility).toEqual([
      { label: `${facilityTypeLabel('hospital')} امام موسی کاظم(ع)، ماهشهر`, toman: 77e9 },
      { label: `${facilityTypeLabel('polyclinic')} دوگنبدان`, toman: 30e9 },
      { label: facilityTypeLabel('clinic'), toman: 2e9 },
    ]);
  });
});

describe('rangeFromValue', () => {
  const table: [FacilityFact['value'], ResolvedRange | null][] = [
    ['1401-12-05', { jalaliStart: '1401-12-05', jalaliEnd: '1401-12-05', gregorianStart: '2023-02-24', gregorianEnd: '2023-02-24' }],
    ['1402-06', { jalaliStart: '1402-06-01', jalaliEnd: '1402-06-31', gregorianStart: '2023-08-23', gregorianEnd: '2023-09-22' }],
    ['1403', { jalaliStart: '1403-01-01', jalaliEnd: '1403-12-30', gregorianStart: '2024-03-20', gregorianEnd: '2025-03-20' }],
    ['1401-13', null],
    ['1401-12-30', null],
    ['به زودی', null],
    [52, null],
    [null, null],
  ];
  for (const [value, expected] of table) it(String(value), () => expect(rangeFromValue(value)).toEqual(expected));
});

describe('datedFacts', () => {
  const r = (a: string, b: string, c: string, d: string) => ({ jalaliStart: a, jalaliEnd: b, gregorianStart: c, gregorianEnd: d });
  const d = doc('a', [facility('hospital', 'شهدای گمنام', 'یاسوج', null, [fact('completion', '1402-06', null, 10), fact('opened', 'نامعلوم', null, 40)])]);
  const base = { calendar: 'jalali' as const, year: null, month: null, day: null, yearOffset: null, monthOffset: null, weekOffset: null, dayOffset: null, weekday: null, time: null };
  d.dates = [
    { ...base, text: 'شهریور امسال', start: 10, end: 22, month: 6, yearOffset: 0, resolved: r('1402-06-01', '1402-06-31', '2023-08-23', '2023-09-22') },
    { ...base, text: 'اسفند ۱۴۰۱', start: 30, end: 40, year: 1401, month: 12, resolved: r('1401-12-01', '1401-12-29', '2023-02-20', '2023-03-20') },
    { ...base, text: 'روز سه شنبه', start: 0, end: 5, weekday: 2 },
  ];

  it('lists facility facts on their date mention and the other resolved dates, earliest first', () => {
    const facts = datedFacts([d], (doc, i) => `a${doc}-date-${i}`);
    expect(facts.map((f) => [f.kind, f.range.jalaliStart, f.text, f.anchor])).toEqual([
      ['date', '1401-12-01', 'اسفند ۱۴۰۱', 'a0-date-1'],
      ['fact', '1402-06-01', '', 'a0-date-0'],
    ]);
    expect(facts[1].what).toBe(`تکمیل — ${facilityTypeLabel('hospital')} شهدای گمنام، یاسوج`);
  });

  it('counts the corpus', () => {
    const broken = failedDocument('x', null, [{ code: 'binary', message: 'not text' }, { code: 'decode', message: '?' }]);
    const c = corpusCounts([d, broken]);
    expect(c).toEqual({ articles: 2, withErrors: 1, errors: 2, mentions: { money: 0, percentage: 0, date: 3, official: 0, facility: 0, quote: 0 } });
  });
});
