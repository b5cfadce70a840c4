import { describe, expect, it } from 'vitest';
import { linkQuotes } from '../../link/quotes.js';
import { extractOfficials, officialsResult } from '../officials.js';
import { articleContext } from '../context.js';

interface Expected {
  name: string | null;
  honorifics?: string[];
  title: string;
  organization: string | null;
}

/** Spec table, one row per pattern of news copy: a sentence → the officials in it, in order. */
const CASES: { pattern: string; input: string; officials: Expected[] }[] = [
  {
    pattern: 'POST NAME (the minister of X heads وزارت X)',
    input: 'وزیر کشور عبدالرضا رحمانی فضلی در این نشست گفت: امنیت برقرار است.',
    officials: [{ name: 'عبدالرضا رحمانی فضلی', title: 'وزیر', organization: 'وزارت کشور' }],
  },
  {
    pattern: 'NAME، POST with a domain word (معاون بیمه‌ای)',
    input: 'مهرداد قریب، معاون بیمه‌ای سازمان تأمین اجتماعی نیز در این جلسه گفت: خدمات غیرحضوری بیشتر می شود.',
    officials: [{ name: 'مهرداد قریب', title: 'معاون بیمه‌ای', organization: 'سازمان تأمین اجتماعی' }],
  },
  {
    pattern: 'HONORIFIC NAME POST, the organization closed by its province',
    input: 'سید محمد مرعشی مدیر کل تامین اجتماعی استان خوزستان در این جلسه گفت: ۶۲ درصد جمعیت بیمه هستند.',
    officials: [{ name: 'محمد مرعشی', honorifics: ['سید'], title: 'مدیر کل', organization: 'تامین اجتماعی استان خوزستان' }],
  },
  {
    pattern: 'two honorifics and a spaced surname (مقدس پور)',
    input: 'دکتر سید اسماعیل مقدس پور مدیر درمان تأمین اجتماعی استان آذربایجان شرقی که در همایش سخن می گفت اظهار داشت: درمانگاهها آماده است.',
    officials: [{ name: 'اسماعیل مقدس پور', honorifics: ['دکتر', 'سید'], title: 'مدیر درمان', organization: 'تأمین اجتماعی استان آذربایجان شرقی' }],
  },
  {
    pattern: 'a surname prefix piece (آقا محمدی) and a chained post (جانشین وزیر)',
    input: 'علی آقا محمدی جانشین وزیر کشور در اولین جلسه کارگروه افزود: همکاری ادامه دارد.',
    officials: [{ name: 'علی آقا محمدی', title: 'جانشین وزیر', organization: 'وزارت کشور' }],
  },
  {
    pattern: 'a title glued to its domain (مدیردرمان)',
    input: 'مدیردرمان تامین اجتماعی آذربایجان شرقی با بیان اینکه بیمارستان فعال است اظهار داشت: بخش قلب منحصر به فرد است.',
    officials: [{ name: null, title: 'مدیردرمان', organization: 'تامین اجتماعی آذربایجان شرقی' }],
  },
  {
    pattern: 'a place complement (استاندار خوزستان → استانداری)',
    input: 'غلامرضا شریعتی استاندار خوزستان امروز گفت: سیل مهار شد.',
    officials: [{ name: 'غلامرضا شریعتی', title: 'استاندار', organization: 'استانداری خوزستان' }],
  },
  {
    pattern: 'the noun of a compound verb ends the post (تاکید کرد)',
    input: 'علی لاریجانی رئیس مجلس شورای اسلامی تاکید کرد: قانون اجرا می شود.',
    officials: [{ name: 'علی لاریجانی', title: 'رئیس', organization: 'مجلس شورای اسلامی' }],
  },
  {
    pattern: 'military ranks and a seyyed glued to the first name (سیدمسعود)',
    input: 'سردار سرتیپ پاسدار سیدمسعود جزایری، سخنگوی ستاد کل نیروهای مسلح گفت: پاسخ قاطع است.',
    officials: [{ name: 'مسعود جزایری', honorifics: ['سردار', 'سرتیپ', 'سید'], title: 'سخنگوی', organization: 'ستاد کل نیروهای مسلح' }],
  },
  {
    pattern: 'a quoted name with no known first name',
    input: 'وزیر خارجه فرانسه با « نبیه بری » رئیس مجلس لبنان دیدار کرد.',
    officials: [
      { name: null, title: 'وزیر', organization: 'وزارت خارجه فرانسه' },
      { name: 'نبیه بری', title: 'رئیس', organization: 'مجلس لبنان' },
    ],
  },
  {
    pattern: 'a name set off by commas before its post',
    input: 'تام فیتون ، رئیس گروه دیده بان قضایی ، گفت : دادگاه تصمیم گرفت .',
    officials: [{ name: 'تام فیتون', title: 'رئیس', organization: 'گروه دیده بان قضایی' }],
  },
  {
    pattern: 'a label colon between post and name (credits)',
    input: 'تهیه کننده : علی کریمی - مدیر تولید : وحید مرادی',
    officials: [{ name: 'وحید مرادی', title: 'مدیر تولید', organization: null }],
  },
  {
    pattern: 'a saint in a hospital name is no person',
    input: 'رئیس بیمارستان امام رضا(ع) مشهد گفت: تختها پر است.',
    officials: [{ name: null, title: 'رئیس', organization: 'بیمارستان امام رضا' }],
  },
  {
    pattern: 'a head of state without a name',
    input: 'به رییس جمهوری اعلام کردیم که بیمه انجام شد.',
    officials: [{ name: null, title: 'رییس جمهوری', organization: null }],
  },
  { pattern: 'an honorific after a determiner is a common noun', input: 'سرنشینان یک مهندس روسی و شش نظامی بودند.', officials: [] },
  { pattern: 'علی رغم (despite) is no name', input: 'این تلاش ها علی رغم رفع تحریم ها ادامه دارد.', officials: [] },
  { pattern: 'مسئول alone is an adjective, no post', input: 'بنابر این سازمانهای مسئول مشخص است.', officials: [] },
  { pattern: 'و زیر is no وزیر', input: 'خودروها از روی پل و زیر گذر عبور کردند.', officials: [] },
];

describe('officials: patterns of news copy', () => {
  it.each(CASES)('$pattern', ({ input, officials }) => {
    const got = extractOfficials(articleContext(input)).map((o) => ({
      name: o.name,
      ...(officials.some((e) => e.honorifics) ? { honorifics: o.honorifics } : {}),
      title: o.title,
      organization: o.organization,
    }));
    const want = officials.map((e) => ({ ...e, ...(officials.some((x) => x.honorifics) ? { honorifics: e.honorifics ?? [] } : {}) }));
    expect(got).toEqual(want);
  });
});

/** Coreference: one record per person, with every kind of mention, ids in order of first mention. */
describe('officials: coreference', () => {
  it('links the post that opens an article to the person named next, then وی and the surname', () => {
    const text = [
      'یاسوج - ایرنا - مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد گفت: مشارکت خیران لازم است.',
      'به گزارش خبرنگار ایرنا، یونس محمودیان روز سه شنبه در بازدید از ایرنا تاکید کرد: زیرساخت ها توسعه می یابد.',
      'وی گفت: هزینه ها زیاد است.',
      'محمودیان افزود: طرح در دست اجراست.',
      'مدیر درمان اداره کل تامین اجتماعی کهگیلویه و بویراحمد تصریح کرد: ۱۳۰ هزار نفر بیمه هستند.',
    ].join('\n\n');
    const officials = extractOfficials(articleContext(text));
    expect(officials).toHaveLength(1);
    const [o] = officials;
    expect(o).toMatchObject({ id: 'o1', name: 'یونس محمودیان', title: 'مدیر درمان', organization: 'تامین اجتماعی کهگیلویه و بویراحمد' });
    expect(o.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['role', 'مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد'],
      ['name', 'یونس محمودیان'],
      ['pronoun', 'وی'],
      ['surname', 'محمودیان'],
      ['role', 'مدیر درمان اداره کل تامین اجتماعی کهگیلویه و بویراحمد'],
    ]);
    for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('writes a surname the article spells both ways in its joined form', () => {
    const text = 'علی آقا محمدی جانشین وزیر کشور گفت: طرح اجرا شد.\nآقامحمدی ادامه داد: محلات پوشش دارند.';
    const [o] = extractOfficials(articleContext(text));
    expect(o.name).toBe('علی آقامحمدی');
    expect(o.mentions.map((m) => m.kind)).toEqual(['name', 'role', 'surname']);
  });

  it('gives a post that speaks after a person named without a post to that person', () => {
    const text = 'به گزارش ایسنا ، بیژن بنکدار در خصوص جزییات این نمایشگاه اظهار کرد : نمایشگاه برگزار می شود .\nدبیر اجرایی هشتمین نمایشگاه هوایی ایران افزود : شرکتها حاضرند .';
    const [o] = extractOfficials(articleContext(text));
    expect(o).toMatchObject({ name: 'بیژن بنکدار', title: 'دبیر اجرایی', organization: 'هشتمین نمایشگاه هوایی ایران' });
  });

  it('keeps two people with their own posts apart and numbers them in order', () => {
    const text = 'دکتر امیرعباس منوچهری، معاون درمان سازمان تأمین اجتماعی گفت: راهبرد خرید است.\nدکتر داود علیمحمدی مدیر درمان تامین اجتماعی قم گفت: ۷۸۰ هزار نفر بیمه اند.\nمنوچهری افزود: مشکلات حل می شود.';
    const officials = extractOfficials(articleContext(text));
    expect(officials.map((o) => [o.id, o.name, o.honorifics])).toEqual([
      ['o1', 'امیرعباس منوچهری', ['دکتر']],
      ['o2', 'داود علیمحمدی', ['دکتر']],
    ]);
    expect(officials[0].mentions.map((m) => m.kind)).toEqual(['name', 'role', 'surname']);
  });

  it('does not give a post governed by a preposition to the subject', () => {
    const text = 'سید محمد مرعشی مدیر کل تامین اجتماعی استان خوزستان گفت: شعب فعال است.\nمرعشی در ادامه ارائه گزارش به مدیر عامل سازمان افزود : خدمات گسترش یافت.';
    const officials = extractOfficials(articleContext(text));
    expect(officials.map((o) => o.name)).toEqual(['محمد مرعشی', null]);
    expect(officials[1].roles).toEqual(['مدیر عامل سازمان']);
  });
});

/** The analysis is kept for the last article only: asking about another article in between recomputes it. */
describe('officials: one analysis per article', () => {
  it('gives the same records and speakers when articles are asked about in turn', () => {
    const a = 'بیژن زنگنه وزیر نفت گفت: تولید افزایش می یابد.\nوی افزود: صادرات بیشتر می شود.';
    const b = 'دکتر داود علیمحمدی مدیر درمان تامین اجتماعی قم گفت: ۷۸۰ هزار نفر بیمه اند.';
    const ctxA = articleContext(a);
    const officialsA = extractOfficials(ctxA);
    expect(officialsResult(ctxA).officials).toBe(officialsA); // the same article: kept
    const officialsB = extractOfficials(articleContext(b));
    expect(officialsB.map((o) => o.name)).toEqual(['داود علیمحمدی']);
    const quotes = linkQuotes(ctxA, officialsA); // article B was the last: A's analysis is made again
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([
      ['o1', 'گفت'],
      ['o1', 'افزود'],
    ]);
    expect(officialsResult(ctxA).officials).not.toBe(officialsA);
    expect(officialsResult(ctxA).officials).toEqual(officialsA);
  });
});
