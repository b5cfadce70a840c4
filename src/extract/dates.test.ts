/**
 * Spec tables for extract/dates: one generic runner per table, input → expected mentions (text and
 * the fields that matter; any field not listed must be null), with a reference date where the case is
 * relative. Example row: `['تا ۲۲ بهمن امسال افتتاح', [{ text: '۲۲ بهمن امسال', month: 11, day: 22, yearOffset: 0 }]]`.
 */
import { describe, expect, it } from 'vitest';
import type { DateMention, ReferenceDate } from '../types.js';
import { articleContext, type ExtractContext } from './context.js';
import { extractDates } from './dates.js';

function context(raw: string, reference: string | null = null): ExtractContext {
  const referenceDate: ReferenceDate | null = reference ? { jalali: reference, gregorian: '', from: 'option' } : null;
  return articleContext(raw, referenceDate);
}

const FIELDS = ['calendar', 'year', 'month', 'day', 'yearOffset', 'monthOffset', 'weekOffset', 'dayOffset', 'weekday', 'time'] as const;
type Expected = { text: string } & Partial<Pick<DateMention, (typeof FIELDS)[number]>>;
type Row = [input: string, expected: Expected[]];

/** Every mention's text and fields; fields not listed are null, the calendar defaults to jalali. */
function runTable(rows: Row[]): void {
  it.each(rows)('%s', (input, expected) => {
    const dates = extractDates(context(input));
    expect(dates.map((d) => d.text)).toEqual(expected.map((e) => e.text));
    dates.forEach((d, i) => {
      for (const f of FIELDS) expect([f, d[f]]).toEqual([f, expected[i][f] ?? (f === 'calendar' ? 'jalali' : null)]);
      expect(input.slice(d.start, d.end)).toBe(d.text);
    });
  });
}

describe('Jalali day, month and year', () => {
  runTable([
    ['تا ۲۲ بهمن امسال افتتاح خواهد شد', [{ text: '۲۲ بهمن امسال', month: 11, day: 22, yearOffset: 0 }]],
    ['از اسفند ماه سال ۱۴۰۱، خدمات', [{ text: 'اسفند ماه سال ۱۴۰۱', year: 1401, month: 12 }]],
    ['در اسفندماه ۱۴۰۱', [{ text: 'اسفندماه ۱۴۰۱', year: 1401, month: 12 }]],
    ['  • 22 مهر 1400 - 10:07', [{ text: '22 مهر 1400 - 10:07', year: 1400, month: 7, day: 22, time: '10:07' }]],
    ['جلسه ۵ آبان ۱۴۰۲ ساعت ۱۰ برگزار شد', [{ text: '۵ آبان ۱۴۰۲ ساعت ۱۰', year: 1402, month: 8, day: 5, time: '10:00' }]],
    ['بودجه مصوب سال۱۳۹۸ استان', [{ text: 'سال۱۳۹۸', year: 1398 }]],
    ['در سال ۹۸ اجرا شد', [{ text: 'سال ۹۸', year: 1398 }]],
    ['اسفند 94 آغاز شد', [{ text: 'اسفند 94', year: 1394, month: 12 }]],
    ['از اول مهر آغاز می شود', [{ text: 'اول مهر', month: 7, day: 1 }]],
    ['روز بیست و دوم بهمن', [{ text: 'بیست و دوم بهمن', month: 11, day: 22 }]],
    ['در اردیبهشت برگزار شد', [{ text: 'اردیبهشت', month: 2 }]],
    ['در شهریور، مهر و آبان ماه', [{ text: 'شهریور', month: 6 }, { text: 'مهر', month: 7 }, { text: 'آبان ماه', month: 8 }]],
    ['سال‌های ۹۳ و ۹۴', [{ text: 'سال‌های ۹۳ و ۹۴', year: 1393 }]],
  ]);
});

describe('numeric dates', () => {
  runTable([
    ['تاریخ ۱۴۰۲/۰۳/۱۵ ثبت شد', [{ text: '۱۴۰۲/۰۳/۱۵', year: 1402, month: 3, day: 15 }]],
    ['در 1402-03-15', [{ text: '1402-03-15', year: 1402, month: 3, day: 15 }]],
    ['روز دوشنبه مورخ 13/2/95 و', [{ text: 'روز دوشنبه مورخ 13/2/95', year: 1395, month: 2, day: 13, weekday: 1 }]],
    ['بخشنامه مورخ 88.2.21 معاونت', [{ text: '88.2.21', year: 1388, month: 2, day: 21 }]],
    ['on 2023-11-15 تصویب شد', [{ text: '2023-11-15', calendar: 'gregorian', year: 2023, month: 11, day: 15 }]],
    ['نسبت 2/3 و نسخه 10.2.1', []],
  ]);
});

describe('weekdays in every spacing', () => {
  runTable([
    ['یونس محمودیان روز سه شنبه در بازدید', [{ text: 'روز سه شنبه', weekday: 2 }]],
    ['روز سه‌شنبه', [{ text: 'روز سه‌شنبه', weekday: 2 }]],
    ['سهشنبه گذشته', [{ text: 'سهشنبه گذشته', weekday: 2 }]],
    ['• امروز : جمعه - ۲ آذر - ۱۴۰۳', [{ text: 'جمعه - ۲ آذر - ۱۴۰۳', year: 1403, month: 9, day: 2, weekday: 5 }]],
    ['امروز یکشنبه ۱۹ مهر', [{ text: 'امروز یکشنبه ۱۹ مهر', month: 7, day: 19, weekday: 7, dayOffset: 0 }]],
    ['شنبه هفته آینده', [{ text: 'شنبه هفته آینده', weekday: 6, weekOffset: 1 }]],
    ['پنجشنبه شب بازی کردند', [{ text: 'پنجشنبه شب', weekday: 4 }]],
    ['امام جمعه موقت و نماز جمعه و نماز عبادی سیاسی جمعه', []],
    ['در روزهای سه شنبه هر هفته', []],
  ]);
});

describe('relative dates', () => {
  runTable([
    ['از مهمترین برنامه های امسال حوزه درمان', [{ text: 'امسال', yearOffset: 0 }]],
    ['پارسال با ۳۰ میلیارد تومان', [{ text: 'پارسال', yearOffset: -1 }]],
    ['نسبت به مدت مشابه سال گذشته', [{ text: 'سال گذشته', yearOffset: -1 }]],
    ['آمارهای سالجاری حاکی از آن است', [{ text: 'سالجاری', yearOffset: 0 }]],
    ['در سال قبل و سال آینده و سال بعد', [{ text: 'سال قبل', yearOffset: -1 }, { text: 'سال آینده', yearOffset: 1 }, { text: 'سال بعد', yearOffset: 1 }]],
    ['تا ۲ سال آینده بهره برداری شود', [{ text: '۲ سال آینده', yearOffset: 2 }]],
    ['تا حداکثر یک سال آینده', [{ text: 'یک سال آینده', yearOffset: 1 }]],
    ['۱۷ سال پیش', [{ text: '۱۷ سال پیش', yearOffset: -17 }]],
    ['در ماه گذشته و ماه آینده و ماه جاری', [{ text: 'ماه گذشته', monthOffset: -1 }, { text: 'ماه آینده', monthOffset: 1 }, { text: 'ماه جاری', monthOffset: 0 }]],
    ['هفته گذشته و این هفته', [{ text: 'هفته گذشته', weekOffset: -1 }, { text: 'این هفته', weekOffset: 0 }]],
    ['امروز و دیروز و فردا و پریروز', [{ text: 'امروز', dayOffset: 0 }, { text: 'دیروز', dayOffset: -1 }, { text: 'فردا', dayOffset: 1 }, { text: 'پریروز', dayOffset: -2 }]],
    ['دو روز پیش', [{ text: 'دو روز پیش', dayOffset: -2 }]],
    ['شهریور امسال تکمیل شود', [{ text: 'شهریور امسال', month: 6, yearOffset: 0 }]],
    ['تا پایان امسال برنامه ریزی', [{ text: 'پایان امسال', month: 12, yearOffset: 0 }]],
    ['در شش ماهه نخست امسال', [{ text: 'شش ماهه نخست امسال', yearOffset: 0 }]],
    ['نیمه دوم امسال', [{ text: 'نیمه دوم امسال', yearOffset: 0 }]],
    ['اواخر اسفند و اوایل فروردین', [{ text: 'اواخر اسفند', month: 12 }, { text: 'اوایل فروردین', month: 1 }]],
    ['دی ماه سال گذشته', [{ text: 'دی ماه سال گذشته', month: 10, yearOffset: -1 }]],
    ['در سال جاری میلادی', [{ text: 'سال جاری میلادی', calendar: 'gregorian', yearOffset: 0 }]],
    ['یک سال و نیم پیش', [{ text: 'یک سال و نیم پیش' }]],
    ['دو سال قبل از انقلاب', [{ text: 'دو سال قبل' }]],
  ]);
});

describe('Gregorian and Hijri dates written in Persian', () => {
  runTable([
    ['۱۵ نوامبر ۲۰۲۳', [{ text: '۱۵ نوامبر ۲۰۲۳', calendar: 'gregorian', year: 2023, month: 11, day: 15 }]],
    ['در ماه مارس', [{ text: 'ماه مارس', calendar: 'gregorian', month: 3 }]],
    ['ژوئن سال 2015', [{ text: 'ژوئن سال 2015', calendar: 'gregorian', year: 2015, month: 6 }]],
    ['۱۵ می ۲۰۲۳', [{ text: '۱۵ می ۲۰۲۳', calendar: 'gregorian', year: 2023, month: 5, day: 15 }]],
    ['در سال 2016 میلادی', [{ text: 'سال 2016 میلادی', calendar: 'gregorian', year: 2016 }]],
    ['المپیک 2016 ریو', [{ text: '2016', calendar: 'gregorian', year: 2016 }]],
    ['۱۰ محرم', [{ text: '۱۰ محرم', calendar: 'hijri', month: 1, day: 10 }]],
    ['ماه مبارک رمضان 1437 هجری قمری', [{ text: 'ماه مبارک رمضان 1437 هجری قمری', calendar: 'hijri', year: 1437, month: 9 }]],
    ['سال 260 هجری قمری', [{ text: 'سال 260 هجری قمری', calendar: 'hijri', year: 260 }]],
  ]);
});

describe('not dates', () => {
  runTable([
    ['توسعه خدمات آزمایشگاه ۲۹ بهمن و تجهیز آزمایشگاه', []],
    ['اتمام ارتقاء هتلینگ بیمارستان ۲۹ بهمن در ۴', []],
    ['۲ بیمارستان ۲۹ بهمن و عالی نسب', []],
    ['میدان ۱۵ خرداد و خیابان ۱۷ شهریور', []],
    ['این پروژه به مدت حدود دو سال متوقف بود', []],
    ['به گزارش خبرگزاری مهر، وزیر گفت', []],
    ['گزارش امروز : معاون درمان', []],
    ['۱۳۰۰ نفر پرسنل و طرح ۳۰۷۰', []],
    ['در سال ۹۵ هزار نفر', []],
    ['وی گفت: امروز دنیا به سمت فناوری می رود', []],
    ['شلیک ۲۴ تیر هوایی', []],
    ['بزرگسالان و خردسالان', []],
    ['برای ۱۵ می توانند', []],
  ]);
});

describe('offsets index the original text', () => {
  it('maps normalized spans back through Arabic letters, ZWNJ and Persian digits', () => {
    const raw = 'در اسفند ماه سال ۱۴۰۱ و سال‌جاري';
    const dates = extractDates(context(raw));
    expect(dates.map((d) => raw.slice(d.start, d.end))).toEqual(['اسفند ماه سال ۱۴۰۱', 'سال‌جاري']);
    expect(dates[1].yearOffset).toBe(0);
  });
  it('sorts by start and gives every field', () => {
    const dates = extractDates(context('پارسال و امسال و سال گذشته'));
    expect(dates.map((d) => d.start)).toEqual([...dates.map((d) => d.start)].sort((a, b) => a - b));
    for (const d of dates) expect(Object.keys(d).sort()).toEqual([...FIELDS, 'text', 'start', 'end', 'resolved'].sort());
  });
});

describe('resolution against the reference date', () => {
  const rows: [input: string, reference: string | null, resolved: [string, string] | null][] = [
    ['امسال', '1400-07-22', ['1400-01-01', '1400-12-29']],
    ['سال گذشته', '1400-07-22', ['1399-01-01', '1399-12-30']],
    ['یک سال آینده', '1400-07-22', ['1401-01-01', '1401-12-29']],
    ['شهریور امسال', '1400-07-22', ['1400-06-01', '1400-06-31']],
    ['۲۲ بهمن امسال', '1400-07-22', ['1400-11-22', '1400-11-22']],
    ['پایان امسال', '1400-07-22', ['1400-12-01', '1400-12-29']],
    ['شش ماهه نخست امسال', '1400-07-22', ['1400-01-01', '1400-06-31']],
    ['نیمه دوم امسال', '1400-07-22', ['1400-07-01', '1400-12-29']],
    ['اواخر اسفند', '1400-07-22', ['1400-12-21', '1400-12-29']],
    ['روز سه شنبه', '1400-07-22', ['1400-07-20', '1400-07-20']],
    ['پنجشنبه', '1400-07-22', ['1400-07-22', '1400-07-22']],
    ['پنجشنبه گذشته', '1400-07-22', ['1400-07-15', '1400-07-15']],
    ['شنبه آینده', '1400-07-22', ['1400-07-24', '1400-07-24']],
    ['هفته گذشته', '1400-07-22', ['1400-07-10', '1400-07-16']],
    ['شنبه هفته آینده', '1400-07-22', ['1400-07-24', '1400-07-24']],
    ['ماه گذشته', '1400-01-10', ['1399-12-01', '1399-12-30']],
    ['دیروز', '1400-01-01', ['1399-12-30', '1399-12-30']],
    ['اسفند ماه گذشته', '1400-07-22', ['1399-12-01', '1399-12-30']],
    ['اسفند ماه سال ۱۴۰۱', null, ['1401-12-01', '1401-12-29']],
    ['امسال', null, null],
    ['۱۵ نوامبر ۲۰۲۳', null, ['1402-08-24', '1402-08-24']],
    ['سال جاری میلادی', '1400-07-22', ['1399-10-12', '1400-10-10']],
    ['۱۰ محرم ۱۴۴۵', null, ['1402-05-06', '1402-05-06']],
    ['سال‌های ۹۳ تا ۹۵', null, ['1393-01-01', '1395-12-30']],
    ['دوسال اخیر', '1400-07-22', null],
  ];
  it.each(rows)('%s (reference %s)', (input, reference, resolved) => {
    const [d] = extractDates(context(input, reference));
    expect(d.text).toBe(input);
    expect(d.resolved && [d.resolved.jalaliStart, d.resolved.jalaliEnd]).toEqual(resolved);
  });
  it('gives the Gregorian equivalent of the Jalali range', () => {
    const [d] = extractDates(context('۲۲ مهر ۱۴۰۰'));
    expect(d.resolved).toEqual({ jalaliStart: '1400-07-22', jalaliEnd: '1400-07-22', gregorianStart: '2021-10-14', gregorianEnd: '2021-10-14' });
  });
});
