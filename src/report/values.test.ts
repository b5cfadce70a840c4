/**
 * values: what a mention shows when hovered, and how amounts and dates are written. Spec tables:
 * mention → shown value; number → written form.
 */
import { dateMention } from './test-mentions.js';
import { describe, expect, it } from 'vitest';
import type { DateMention, MoneyMention, PercentageMention } from '../types.js';
import { escapeAttr, escapeHtml, safeHref } from './escape.js';
import { dateValue, groupDigits, humanToman, jalaliLabel, moneyValue, percentValue, persianDigits, rangeLabel, toToman } from './values.js';

const money = (text: string, amount: number, currency: string, extra: Partial<MoneyMention> = {}): MoneyMention => ({
  text,
  start: 0,
  end: text.length,
  amount,
  currency,
  amountRial: currency === 'IRT' ? amount * 10 : currency === 'IRR' ? amount : null,
  approximate: false,
  qualifier: null,
  ...extra,
});

describe('moneyValue', () => {
  const table: [MoneyMention, string][] = [
    [money('۵۰ میلیارد تومان', 5e10, 'IRT'), '50,000,000,000 IRT = 500,000,000,000 IRR'],
    [money('۶۷ میلیارد تومان', 67e9, 'IRT'), '67,000,000,000 IRT = 670,000,000,000 IRR'],
    [money('۲۰۰ میلیون ریال', 2e8, 'IRR'), '200,000,000 IRR = 20,000,000 IRT'],
    [money('۳ همت', 3e12, 'IRT'), '3,000,000,000,000 IRT = 30,000,000,000,000 IRR'],
    [money('۱۵ میلیون دلار', 15e6, 'USD'), '15,000,000 USD'],
    [money('دو میلیون و ۶۸۰ هزار تومان', 2_680_000, 'IRT'), '2,680,000 IRT = 26,800,000 IRR'],
    [money('۲.۵ میلیارد تومان', 2.5e9, 'IRT'), '2,500,000,000 IRT = 25,000,000,000 IRR'],
    [money('۱۰۰ میلیارد تومان', 1e11, 'IRT', { approximate: true, qualifier: 'حدود' }), '≈ (حدود) 100,000,000,000 IRT = 1,000,000,000,000 IRR'],
  ];
  for (const [m, expected] of table) it(m.text, () => expect(moneyValue(m)).toBe(expected));
});

describe('percentValue', () => {
  const p = (value: number, approximate = false, qualifier: string | null = null): PercentageMention => ({
    text: '',
    start: 0,
    end: 0,
    value,
    approximate,
    qualifier,
  });
  const table: [PercentageMention, string][] = [
    [p(52), '52%'],
    [p(7.5), '7.5%'],
    [p(30, true, 'بیش از'), '≈ (بیش از) 30%'],
  ];
  for (const [m, expected] of table) it(expected, () => expect(percentValue(m)).toBe(expected));
});

const date = (text: string, fields: Partial<DateMention>): DateMention =>
  dateMention({ text, start: 0, end: text.length }, fields);

describe('dateValue', () => {
  const table: [DateMention, string][] = [
    [
      date('اسفند ماه سال ۱۴۰۱', {
        year: 1401,
        month: 12,
        resolved: { jalaliStart: '1401-12-01', jalaliEnd: '1401-12-29', gregorianStart: '2023-02-20', gregorianEnd: '2023-03-20' },
      }),
      'Jalali 1401-12-01 … 1401-12-29\nGregorian 2023-02-20 … 2023-03-20\nyear 1401, month 12',
    ],
    [
      date('۲۲ مهر ۱۴۰۰', {
        year: 1400,
        month: 7,
        day: 22,
        time: '10:07',
        resolved: { jalaliStart: '1400-07-22', jalaliEnd: '1400-07-22', gregorianStart: '2021-10-14', gregorianEnd: '2021-10-14' },
      }),
      'Jalali 1400-07-22\nGregorian 2021-10-14\nyear 1400, month 7, day 22, time 10:07',
    ],
    [date('پارسال', { yearOffset: -1 }), 'unresolved\nyearOffset -1'],
    [date('ماه آینده', { monthOffset: 1 }), 'unresolved\nmonthOffset +1'],
    [date('۱۵ نوامبر ۲۰۲۳', { calendar: 'gregorian', year: 2023, month: 11, day: 15 }), 'unresolved\ngregorian, year 2023, month 11, day 15'],
  ];
  for (const [d, expected] of table) it(d.text, () => expect(dateValue(d)).toBe(expected));
});

describe('written forms', () => {
  const table: [string, string, string][] = [
    ['groupDigits', groupDigits(50_000_000_000), '50,000,000,000'],
    ['groupDigits small', groupDigits(999), '999'],
    ['groupDigits fraction', groupDigits(1234.5), '1,234.5'],
    ['groupDigits negative', groupDigits(-1200), '-1,200'],
    ['persianDigits', persianDigits('1,250.5'), '۱٬۲۵۰٫۵'],
    ['humanToman billions', humanToman(67e9), '۶۷ میلیارد تومان'],
    ['humanToman thousands of billions', humanToman(1.25e12), '۱٫۲۵ هزار میلیارد تومان'],
    ['humanToman millions', humanToman(2_680_000), '۲٫۶۸ میلیون تومان'],
    ['humanToman small', humanToman(500), '۵۰۰ تومان'],
    ['jalaliLabel', jalaliLabel('1400-07-22'), '۲۲ مهر ۱۴۰۰'],
    ['jalaliLabel not a date', jalaliLabel('بعدا'), 'بعدا'],
    ['rangeLabel day', rangeLabel({ jalaliStart: '1402-11-22', jalaliEnd: '1402-11-22', gregorianStart: '', gregorianEnd: '' }), '۲۲ بهمن ۱۴۰۲'],
    ['rangeLabel month', rangeLabel({ jalaliStart: '1401-12-01', jalaliEnd: '1401-12-29', gregorianStart: '', gregorianEnd: '' }), 'اسفند ۱۴۰۱'],
    ['rangeLabel leap Esfand', rangeLabel({ jalaliStart: '1403-12-01', jalaliEnd: '1403-12-30', gregorianStart: '', gregorianEnd: '' }), 'اسفند ۱۴۰۳'],
    ['rangeLabel year', rangeLabel({ jalaliStart: '1401-01-01', jalaliEnd: '1401-12-29', gregorianStart: '', gregorianEnd: '' }), 'سال ۱۴۰۱'],
    ['rangeLabel week', rangeLabel({ jalaliStart: '1402-05-07', jalaliEnd: '1402-05-13', gregorianStart: '', gregorianEnd: '' }), '۷ مرداد ۱۴۰۲ تا ۱۳ مرداد ۱۴۰۲'],
    ['escapeHtml', escapeHtml(`<b a="1">'x' & y</b>`), '&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt;'],
    ['escapeHtml control characters', escapeHtml('a\u0000b\u0007c\nd'), 'a\uFFFDb\uFFFDc\nd'],
    ['escapeAttr newline', escapeAttr('خط ۱\nخط ۲'), 'خط ۱&#10;خط ۲'],
    ['safeHref http', String(safeHref('https://rooydadkhabar.ir/?p=26984&a=1')), 'https://rooydadkhabar.ir/?p=26984&amp;a=1'],
    ['safeHref javascript', String(safeHref('javascript:alert(1)')), 'null'],
    ['safeHref quote', String(safeHref('https://x.ir/"onmouseover="alert(1)')), 'null'],
  ];
  for (const [name, got, expected] of table) it(name, () => expect(got).toBe(expected));

  it('toToman converts rial and keeps foreign currencies out', () => {
    expect(toToman(670e9, 'IRR')).toBe(67e9);
    expect(toToman(67e9, 'IRT')).toBe(67e9);
    expect(toToman(100, 'USD')).toBeNull();
  });
});
