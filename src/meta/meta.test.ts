import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/index.js';
import { normalize } from '../normalize/index.js';
import { extractMeta, publishedFromString } from './index.js';

const seed = (id: string) => readFileSync(`fixtures/articles/${id}.txt`, 'utf8');

describe('meta of the seeds', () => {
  it('seed 000: dateline and agency from "یاسوج - ایرنا -"', () => {
    const { meta } = extract(seed('000_5d8f827e6dda5d0c'));
    expect(meta.dateline).toBe('یاسوج');
    expect(meta.agency).toBe('ایرنا');
    expect(meta.outlet).toBe('ایرنا');
    expect(meta.title).toBeNull();
    expect(meta.published).toBeNull();
  });

  it('seed 002: news code, publication date and time, outlet, title, URL; not the page\'s today line', () => {
    const doc = extract(seed('002_6182df1d50a40aa7'));
    expect(doc.meta.newsCode).toBe('26984');
    expect(doc.meta.published).toEqual({ jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' });
    expect(doc.meta.outlet).toBe('رویداد خبر');
    expect(doc.meta.url).toBe('https://rooydadkhabar.ir/?p=26984');
    expect(doc.meta.title).toBe(
      'اختصاص ۶۷ میلیارد تومان برای رفع مشکل سیستم سرمایش بیمارستان امام موسی کاظم(ع) ماهشهر / تکمیل بیمارستان تأمین اجتماعی آبادان تا حداکثر یک سال آینده / تکمیل ناوگان آمبولانس مراکز درمانی خوزستان',
    );
    expect(doc.referenceDate).toEqual({ jalali: '1400-07-22', gregorian: '2021-10-14', from: 'published' });
  });

  it('seed 001: the site label opening the text is the outlet; a public-relations office is not', () => {
    expect(extract(seed('001_fbf08729949b8f6d')).meta.outlet).toBe('گزارش امروز');
  });

  it('seed 004: "به گزارش سایت خبری پرسون" names the outlet; the first line is the headline', () => {
    const { meta } = extract(seed('004_e4095f7b89af9141'));
    expect(meta.outlet).toBe('پرسون');
    expect(meta.title).toBe('پوشش بیمه سلامت افراد کم برخوردار برای اجرای عدالت در سلامت');
  });
});

describe('dateline', () => {
  it('reads en dashes too: "یاسوج – ایرنا –"', () => {
    const { meta } = extractMeta(normalize('یاسوج – ایرنا – مدیر درمان گفت\nمتن خبر اینجاست و ادامه دارد.').text);
    expect([meta.dateline, meta.agency]).toEqual(['یاسوج', 'ایرنا']);
  });
});

describe('boilerplate', () => {
  it('keeps the comment section, short link and end marker out of extraction', () => {
    const text = normalize(seed('002_6182df1d50a40aa7')).text;
    const { excluded } = extractMeta(text);
    const reasons = excluded.map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['page-date', 'code-line', 'footer']));
    const footer = excluded.find((e) => e.reason === 'footer')!;
    expect(text.slice(footer.start)).toMatch(/^لینک کوتاه/);
    const ended = extractMeta(normalize(seed('001_fbf08729949b8f6d')).text).excluded;
    expect(ended.some((e) => e.reason === 'end-marker')).toBe(true);
  });
});

describe('publication date forms', () => {
  it.each([
    ['  • 22 مهر 1400 - 10:07', { jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' }],
    ['تاریخ انتشار: ۵ اسفند ۱۴۰۱ ساعت ۹:۳۰', { jalali: '1401-12-05', gregorian: '2023-02-24', time: '09:30' }],
    ['1402/03/15', { jalali: '1402-03-15', gregorian: '2023-06-05', time: null }],
    ['شنبه، ۱ فروردین ۱۴۰۳', { jalali: '1403-01-01', gregorian: '2024-03-20', time: null }],
    // A date line may end with the word ساعت or a separator (with no time after them).
    ['22 مهر 1400 ساعت', { jalali: '1400-07-22', gregorian: '2021-10-14', time: null }],
    ['1400/07/22 -  ', { jalali: '1400-07-22', gregorian: '2021-10-14', time: null }],
  ])('%s', (line, expected) => {
    const text = normalize(`${line}\nمتن خبر اینجاست و ادامه دارد.`).text;
    expect(extractMeta(text).meta.published).toEqual(expected);
  });

  it('reads Jalali and ISO Gregorian strings from JSONL fields', () => {
    expect(publishedFromString('1400-07-22 10:07')).toEqual({ jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' });
    expect(publishedFromString('2021-10-14T10:07:00Z')).toEqual({ jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' });
    expect(publishedFromString('not a date')).toBeNull();
  });
});
