import { describe, expect, it } from 'vitest';
import { extractFacilities } from '../extract/facilities/index.js';
import { articleContext as facilityContext } from '../extract/context.js';
import type { DateMention, MoneyMention, PercentageMention } from '../types.js';
import { linkFacts } from './facts.js';
import { AREA_UNITS, BED_UNITS, UNITS } from './facts/cues.js';
import { normalize } from '../normalize/index.js';

/** Hand-built mentions, so that these cases do not depend on the money, percentage and date extractors. */
const at = (input: string, text: string) => {
  const start = input.indexOf(text);
  if (start < 0) throw new Error(`not in the input: ${text}`);
  return { text, start, end: start + text.length };
};
const money = (input: string, text: string, amount: number, currency = 'IRT'): MoneyMention => ({
  ...at(input, text), amount, currency, amountRial: currency === 'IRT' ? amount * 10 : amount, approximate: false, qualifier: null,
});
const percent = (input: string, text: string, value: number): PercentageMention => ({ ...at(input, text), value, approximate: false, qualifier: null });
const date = (input: string, text: string, jalaliStart: string | null = null): DateMention => ({
  ...at(input, text), calendar: 'jalali', year: null, month: null, day: null, yearOffset: null, monthOffset: null, weekOffset: null,
  dayOffset: null, weekday: null, time: null,
  resolved: jalaliStart ? { jalaliStart, jalaliEnd: jalaliStart, gregorianStart: '', gregorianEnd: '' } : null,
});

interface Case {
  form: string;
  input: string;
  money?: [string, number][];
  percentages?: [string, number][];
  dates?: [string, string | null][];
  /** Per facility (in order): its facts as [kind, value, text]. */
  facts: [string, number | string | null, string][][];
}

/** Spec table: an article with its money, percentage and date mentions → the facts of each facility. */
const CASES: Case[] = [
  { form: 'area, progress, completion in one clause (seed 000)',
    input: 'فاز نخست طرح توسعه بیمارستان شهدای گمنام تامین اجتماعی شهر یاسوج به مساحت ۱۰ هزار و ۲۰۰متر مربع با ۵۲ درصد پیشرفت فیزیکی در دست اجراست که امید می رود این طرح (ساختمان) شهریور امسال تکمیل شود.',
    percentages: [['۵۲ درصد', 52]], dates: [['شهریور امسال', '1402-06-01']],
    facts: [[['area', 10200, '۱۰ هزار و ۲۰۰متر مربع'], ['progress', 52, '۵۲ درصد'], ['completion', '1402-06-01', 'شهریور امسال']]] },
  { form: 'budget: اعتبار right after the sum',
    input: 'طرح توسعه بیمارستان شهدای گمنام شهر یاسوج بر اساس قرارداد با ۵۰ میلیارد تومان اعتبار اجرا می شود.',
    money: [['۵۰ میلیارد تومان', 5e10]], facts: [[['budget', 5e10, '۵۰ میلیارد تومان']]] },
  { form: 'opened and cost: با X به بهره برداری رسید',
    input: 'توسعه پلی کلینیک شهر دوگنبدان به مساحت سه هزار و ۸۰۰ متر مربع در سه طبقه پارسال با ۳۰ میلیارد تومان به بهره برداری رسید.',
    money: [['۳۰ میلیارد تومان', 3e10]], dates: [['پارسال', null]],
    facts: [[['area', 3800, 'سه هزار و ۸۰۰ متر مربع'], ['opened', null, 'پارسال'], ['cost', 3e10, '۳۰ میلیارد تومان']]] },
  { form: 'budget: اختصاص before the sum, facility after it',
    input: 'اختصاص ۶۷ میلیارد تومان برای رفع مشکل سیستم سرمایش بیمارستان امام موسی کاظم(ع) ماهشهر / تکمیل بیمارستان تأمین اجتماعی آبادان تا حداکثر یک سال آینده',
    money: [['۶۷ میلیارد تومان', 6.7e10]], dates: [['یک سال آینده', null]],
    facts: [[['budget', 6.7e10, '۶۷ میلیارد تومان']], []] },
  { form: 'progress through پیشرفت; another clause keeps its own',
    input: 'ولی منش پروژه بیمارستان تأمین اجتماعی آبادان با ۷۶ درصد پیشرفت را یکی از پروژههای بزرگ عنوان کرد و گفت: ۶۲ درصد از جمعیت استان تحت پوشش است.',
    percentages: [['۷۶ درصد', 76], ['۶۲ درصد', 62]], facts: [[['progress', 76, '۷۶ درصد']]] },
  { form: 'a percentage without a progress word is no fact',
    input: 'بیمارستان امام رضا(ع) قم با رشد ۵ درصدی مراجعه کنندگان روبرو بود.',
    percentages: [['۵ درصد', 5]], facts: [[]] },
  { form: 'cost: هزینه before the sum', input: 'درمانگاه شهر دهدشت با هزینه ۱۲ میلیارد ریال بازسازی شد.',
    money: [['۱۲ میلیارد ریال', 1.2e10]], facts: [[['cost', 1.2e10, '۱۲ میلیارد ریال']]] },
  { form: 'a sum with no cue outside a project clause is no fact', input: 'بیمارستان امام رضا(ع) قم ۵۰ میلیارد تومان درآمد داشت.',
    money: [['۵۰ میلیارد تومان', 5e10]], facts: [[]] },
  { form: 'a sum with no cue in a project clause is a budget', input: 'طرح بازسازی بیمارستان شوشتر ۲۰ میلیارد تومان است.',
    money: [['۲۰ میلیارد تومان', 2e10]], facts: [[['budget', 2e10, '۲۰ میلیارد تومان']]] },
  { form: 'beds, and a size inside the facility mention',
    input: 'بیمارستان ۱۶۰ تختخوابی شهرستان بویراحمد با ۳۲ تخت ویژه افتتاح می‌شود.',
    facts: [[['beds', 160, '۱۶۰ تختخوابی'], ['beds', 32, '۳۲ تخت']]] },
  { form: 'area in hectares', input: 'بیمارستان شهید بهشتی کاشان در زمینی به مساحت ۲ هکتار ساخته می‌شود.',
    facts: [[['area', 20000, '۲ هکتار']]] },
  { form: 'opened: تا X افتتاح خواهد شد', input: 'بیمارستان امام علی(ع) شهر مرند تا ۲۲ بهمن امسال افتتاح خواهد شد.',
    dates: [['۲۲ بهمن امسال', '1402-11-22']], facts: [[['opened', '1402-11-22', '۲۲ بهمن امسال']]] },
  { form: 'a date after از is a start, not an event',
    input: 'با افتتاح مرکز پلی کلینیک تامین اجتماعی دوگنبدان از اسفند ماه سال ۱۴۰۱، خدمات رسانی آن شبانه روزی شد.',
    dates: [['اسفند ماه سال ۱۴۰۱', '1401-12-01']], facts: [[]] },
  { form: 'a horizon is no date of an event', input: 'فاز دوم بیمارستان شهدای گمنام یاسوج تا ۲ سال آینده بهره برداری شود.',
    dates: [['۲ سال آینده', null]], facts: [[]] },
  { form: 'a name that looks like a date is no date fact', input: 'ارتقای هتلینگ بیمارستان ۲۹ بهمن در ۴ ماه تکمیل شد.',
    dates: [['۲۹ بهمن', null]], facts: [[]] },
  { form: 'a sum in another clause is not the facility\'s',
    input: 'نصب دستگاه سونوگرافی با نزدیک به یک میلیارد تومان اعتبار، و تجهیز آزمایشگاه بیمارستان عالی نسب از اقدامات است.',
    money: [['یک میلیارد تومان', 1e9]], facts: [[]] },
  { form: 'the nearest facility before the fact wins; repeats are one fact',
    input: 'بیمارستان شوشتر تجهیز شد و بیمارستان تأمین اجتماعی آبادان با ۷۶ درصد پیشرفت در حال ساخت است. پیشرفت این بیمارستان ۷۶ درصد است.',
    percentages: [['۷۶ درصد', 76]], facts: [[], [['progress', 76, '۷۶ درصد']]] },
  { form: 'an anaphor carries the fact', input: 'بیمارستان شوشتر در حال تجهیز است. این بیمارستان ۲۰۰ تخت دارد.',
    facts: [[['beds', 200, '۲۰۰ تخت']]] },
];

describe('linkFacts', () => {
  it.each(CASES)('$form', (c) => {
    const ctx = facilityContext(c.input);
    const sources = {
      money: (c.money ?? []).map(([t, v]) => money(c.input, t, v, t.includes('ریال') ? 'IRR' : 'IRT')),
      percentages: (c.percentages ?? []).map(([t, v]) => percent(c.input, t, v)),
      dates: (c.dates ?? []).map(([t, v]) => date(c.input, t, v)),
    };
    const facilities = linkFacts(ctx, extractFacilities(ctx), sources);
    expect(facilities.map((f) => f.facts.map((x) => [x.kind, x.value, x.text]))).toEqual(c.facts);
    for (const f of facilities) for (const x of f.facts) expect(c.input.slice(x.start, x.end)).toBe(x.text);
  });
  it('gives units: the currency, % , m2, beds; null for dates', () => {
    const input = 'بیمارستان امام علی(ع) شهر مرند به مساحت ۵۰۰ متر مربع با ۲۰ تخت و ۴۰ درصد پیشرفت و ۵ میلیارد ریال اعتبار تا اسفند امسال تکمیل می‌شود.';
    const ctx = facilityContext(input);
    const [f] = linkFacts(ctx, extractFacilities(ctx), {
      money: [money(input, '۵ میلیارد ریال', 5e9, 'IRR')], percentages: [percent(input, '۴۰ درصد', 40)], dates: [date(input, 'اسفند امسال')],
    });
    expect(f.facts.map((x) => [x.kind, x.unit])).toEqual([['area', 'm2'], ['beds', 'beds'], ['progress', '%'], ['budget', 'IRR'], ['completion', null]]);
  });
});

describe('UNITS', () => {
  it('matches where an area or a bed unit does', () => {
    const text = normalize('۲۰۰متر مربع، ۵۵۰ تخت و ۱۶۰ تختخوابی؛ ۳ هکتار متری تختی ۲ کیلومتر مربع مترمربع تخته تخت بیمارستانی').text;
    for (let p = 0; p <= text.length; p++) {
      const either = AREA_UNITS.matchAt(text, p) !== null || BED_UNITS.matchAt(text, p) !== null;
      expect(UNITS.matchAt(text, p) !== null).toBe(either);
    }
  });
});
