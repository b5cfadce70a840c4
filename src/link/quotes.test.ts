import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../eval/compare.js';
import type { GoldDocument } from '../eval/gold.js';
import { extractOfficials } from '../extract/officials.js';
import { articleContext } from '../extract/context.js';
import { findCues } from './quotes/cues.js';
import { linkQuotes } from './quotes.js';

const quotesOf = (text: string) => {
  const ctx = articleContext(text);
  const officials = extractOfficials(ctx);
  const name = new Map(officials.map((o) => [o.id, o.name ?? o.roles[0]]));
  return linkQuotes(ctx, officials).map((q) => ({ speaker: q.speaker ? name.get(q.speaker) : null, cue: q.cue, text: q.text }));
};

/** Spec table of speech cues: a clause → the cue as written. */
const CUES: { form: string; input: string; cue: string | null }[] = [
  { form: 'simple verb', input: 'وی گفت: قیمتها ثابت است.', cue: 'گفت' },
  { form: 'space before the colon', input: 'وی افزود : بیمه ها پرداخت شد.', cue: 'افزود' },
  { form: 'اظهار داشت', input: 'وی اظهار داشت: طرح تمام شد.', cue: 'اظهار داشت' },
  { form: 'اظهار کرد', input: 'وی اظهار کرد: طرح تمام شد.', cue: 'اظهار کرد' },
  { form: 'تأکید کرد with hamza, no space after the colon', input: 'وی تأکید کرد:برای سرعت بخشی نیاز داریم.', cue: 'تأکید کرد' },
  { form: 'بیان کرد', input: 'محمودیان بیان کرد: مرکز افتتاح شد.', cue: 'بیان کرد' },
  { form: 'بیان داشت', input: 'جلالی بیان داشت: بازار آرام است.', cue: 'بیان داشت' },
  { form: 'عنوان کرد', input: 'محمودیان عنوان کرد: اجرای طرح در حال بررسی است.', cue: 'عنوان کرد' },
  { form: 'تصریح کرد', input: 'وی تصریح کرد: طرح ادامه دارد.', cue: 'تصریح کرد' },
  { form: 'خاطرنشان کرد', input: 'وی خاطرنشان کرد: بودجه مصوب شد.', cue: 'خاطرنشان کرد' },
  { form: 'خاطر نشان کرد, spaced', input: 'وی خاطر نشان کرد: بیش از ۹۰ نفر مبتلا شدند.', cue: 'خاطر نشان کرد' },
  { form: 'ابراز داشت', input: 'وی ابراز داشت: پلی کلینیک توسعه یافت.', cue: 'ابراز داشت' },
  { form: 'ادامه داد', input: 'وی ادامه داد: محلات پوشش دارند.', cue: 'ادامه داد' },
  { form: 'یادآور شد', input: 'نیکزاد یادآور شد: جستجو پایان یافت.', cue: 'یادآور شد' },
  { form: 'اعلام کرد', input: 'وی در پایان اعلام کرد: هویت افراد معلوم شد.', cue: 'اعلام کرد' },
  { form: 'توضیح داد', input: 'وی توضیح داد: کار ادامه دارد.', cue: 'توضیح داد' },
  { form: 'compound: … دانست و گفت', input: 'قریب این کار را ارزشمند دانست و گفت: خدمات بهتر می شود.', cue: 'گفت' },
  { form: 'compound: … تأکید کرد و گفت', input: 'وی بر لزوم خدمت تأکید کرد و گفت: مراکز فعال شوند.', cue: 'گفت' },
  { form: 'perfect: گفته بود', input: 'وی گفته بود: بازار آرام می شود.', cue: 'گفته بود' },
  { form: 'a colon without a speech verb is no cue', input: 'کد خبر : ۲۶۹۸۴', cue: null },
  { form: 'a verb inside a word is no cue', input: 'او میگفت: نه.', cue: null },
];

describe('quotes: speech cues', () => {
  it.each(CUES)('$form', ({ input, cue }) => {
    const ctx = articleContext(input);
    const found = findCues(ctx.text).map((c) => ctx.raw.slice(ctx.norm.toRaw[c.start], ctx.norm.toRaw[c.end]));
    expect(found).toEqual(cue === null ? [] : [cue]);
  });
});

describe('quotes: statement and speaker', () => {
  it('takes the statement from after the colon to the end of its paragraph', () => {
    const q = quotesOf('مهرداد قریب، معاون بیمه‌ای سازمان تأمین اجتماعی گفت: «خدمات غیرحضوری بیشتر می شود. شعب خلوت می شوند.»\nپاراگراف بعد.');
    expect(q).toEqual([{ speaker: 'مهرداد قریب', cue: 'گفت', text: 'خدمات غیرحضوری بیشتر می شود. شعب خلوت می شوند.»' }]);
  });

  it('ends a statement where the next cue of its paragraph begins', () => {
    const q = quotesOf('علی ولیمنش، مدیر درمان تأمین اجتماعی استان خوزستان گفت: هشت بیمارستان داریم. وی افزود: شوشتر در حال تجهیز است.');
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['علی ولیمنش', 'هشت بیمارستان داریم.'],
      ['علی ولیمنش', 'شوشتر در حال تجهیز است.'],
    ]);
  });

  it('attributes through the post, the surname and وی, and keeps speakers apart', () => {
    const text = [
      'دکتر امیرعباس منوچهری، معاون درمان سازمان تأمین اجتماعی نیز در این جلسه گفت: راهبرد اصلی خرید راهبردی است.',
      'سید محمد مرعشی مدیر کل تامین اجتماعی استان خوزستان گفت: ۶۲ درصد جمعیت بیمه اند.',
      'معاون درمان سازمان تامین اجتماعی در ادامه افزود: حضور در استانها لازم است.',
      'مرعشی در ادامه ارائه گزارش به مدیر عامل سازمان افزود : میز خدمت برپا شد.',
      'وی تاکید کرد: خدمات ادامه دارد.',
    ].join('\n');
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['امیرعباس منوچهری', 'محمد مرعشی', 'امیرعباس منوچهری', 'محمد مرعشی', 'محمد مرعشی']);
  });

  it('continues the last speaker through a cue with no subject, not through one that names a body', () => {
    const text = 'بیژن زنگنه وزیر نفت گفت: تولید افزایش می یابد.\nدر ادامه افزود: صادرات بیشتر می شود.\nوزارت انرژی قطر اعلام کرد: نشست برگزار می شود.';
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(['بیژن زنگنه', 'بیژن زنگنه', null]);
  });
});

/** Regression: the seeds' quote gold (speaker and start), and their officials' names and roles. */
describe('quotes and officials: seed articles', () => {
  const ids = readdirSync('fixtures/gold').map((f) => f.replace(/\.json$/, ''));
  it.each(ids)('%s', (id) => {
    const gold = JSON.parse(readFileSync(`fixtures/gold/${id}.json`, 'utf8')) as GoldDocument;
    const ctx = articleContext(readFileSync(`fixtures/articles/${id}.txt`, 'utf8'));
    const officials = extractOfficials(ctx);
    const named = officials.filter((o) => o.name);
    expect(named.map((o) => nameKey(o.name)).sort()).toEqual((gold.officials ?? []).map((o) => nameKey(o.name)).sort());
    for (const g of gold.officials ?? []) {
      const o = named.find((x) => nameKey(x.name) === nameKey(g.name))!;
      const roles = [...o.roles, `${o.title} ${o.organization}`].map(nameKey);
      expect(g.roles.map(nameKey).some((r) => roles.includes(r))).toBe(true);
    }
    const name = new Map(officials.map((o) => [o.id, o.name]));
    const quotes = linkQuotes(ctx, officials);
    expect(quotes).toHaveLength((gold.quotes ?? []).length);
    for (const g of gold.quotes ?? []) {
      const q = quotes.find((x) => x.start === g.start || x.text.trimStart().startsWith(g.startsWith));
      expect(q, g.startsWith).toBeDefined();
      expect(nameKey(name.get(q!.speaker ?? '') ?? null)).toBe(nameKey(g.speaker));
    }
  });
});
