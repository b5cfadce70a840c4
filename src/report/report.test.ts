/**
 * report: the whole page over hand-built documents of the seed articles (mentions located with
 * `indexOf` in the real text, so these tests do not depend on the extractors): marks per type equal
 * the document's counts, values shown, tables filled, markup in articles escaped, no script or
 * external asset, the same bytes every time.
 */
import { readFileSync } from 'node:fs';
import { dateMention } from './test-mentions.js';
import { describe, expect, it } from 'vitest';
import { failedDocument } from '../pipeline/index.js';
import type { DateMention, Facility, FacilityFact, KhabarDocument, Mention, Official, OfficialMention } from '../types.js';
import { renderReport } from './index.js';
import { facilityTypeLabel } from './labels.js';
import { countMentions } from './spans.js';

const read = (id: string) => readFileSync(`fixtures/articles/${id}.txt`, 'utf8');

/** The `nth` occurrence of `needle` in `text` as a mention; throws when absent. */
function at(text: string, needle: string, nth = 0): Mention {
  let start = -1;
  for (let n = 0; n <= nth; n++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`occurrence ${nth} of «${needle}» not in text`);
  }
  return { text: needle, start, end: start + needle.length };
}

function base(id: string, text: string): KhabarDocument {
  return { ...failedDocument(id, `fixtures/articles/${id}.txt`, []), text };
}

const range = (jalaliStart: string, jalaliEnd: string, gregorianStart: string, gregorianEnd: string) => ({
  jalaliStart,
  jalaliEnd,
  gregorianStart,
  gregorianEnd,
});

const date = dateMention;

const fact = (m: Mention, kind: FacilityFact['kind'], value: FacilityFact['value'], unit: string | null): FacilityFact => ({ ...m, kind, value, unit });

/** Seed 000 (یاسوج): money, percentages, dates, one official in four forms, three facilities, quotes. */
function seed000(): KhabarDocument {
  const id = '000_5d8f827e6dda5d0c';
  const text = read(id);
  const doc = base(id, text);
  doc.meta = { ...doc.meta, outlet: 'ایرنا', agency: 'ایرنا', dateline: 'یاسوج' };
  doc.referenceDate = { jalali: '1402-05-01', gregorian: '2023-07-23', from: 'option' };
  const m50 = at(text, '۵۰ میلیارد تومان');
  const m30 = at(text, '۳۰ میلیارد تومان');
  doc.money = [
    { ...m50, amount: 5e10, currency: 'IRT', amountRial: 5e11, approximate: false, qualifier: null },
    { ...m30, amount: 3e10, currency: 'IRT', amountRial: 3e11, approximate: false, qualifier: null },
  ];
  const p52 = at(text, '۵۲ درصد');
  doc.percentages = (
    [
      [p52, 52],
      [at(text, '۶۴درصد'), 64],
      [at(text, '۵۰رصد'), 50],
      [at(text, '۵۴درصد'), 54],
    ] as const
  ).map(([m, value]) => ({ ...m, value, approximate: false, qualifier: null }));
  const shahrivar = at(text, 'شهریور امسال');
  const parsal = at(text, 'پارسال');
  doc.dates = [
    date(at(text, 'روز سه شنبه'), { weekday: 2 }),
    date(at(text, 'امسال'), { yearOffset: 0, resolved: range('1402-01-01', '1402-12-29', '2023-03-21', '2024-03-19') }),
    date(shahrivar, { month: 6, yearOffset: 0, resolved: range('1402-06-01', '1402-06-31', '2023-08-23', '2023-09-22') }),
    date(parsal, { yearOffset: -1, resolved: range('1401-01-01', '1401-12-29', '2022-03-21', '2023-03-20') }),
    date(at(text, 'اسفند ماه سال ۱۴۰۱'), { year: 1401, month: 12, resolved: range('1401-12-01', '1401-12-29', '2023-02-20', '2023-03-20') }),
  ];
  const mentions: OfficialMention[] = [
    { ...at(text, 'مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد'), kind: 'role' },
    { ...at(text, 'یونس محمودیان'), kind: 'name' },
    { ...at(text, 'محمودیان', 1), kind: 'surname' },
    { ...at(text, 'وی گفت'), text: 'وی', end: at(text, 'وی گفت').start + 2, kind: 'pronoun' },
  ];
  const official: Official = {
    id: 'o1',
    name: 'یونس محمودیان',
    honorifics: [],
    title: 'مدیر درمان',
    organization: 'تامین اجتماعی کهگیلویه و بویراحمد',
    roles: ['مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد'],
    mentions,
  };
  doc.officials = [official];
  const hospital: Facility = {
    id: 'f1',
    type: 'hospital',
    name: 'شهدای گمنام',
    city: 'یاسوج',
    province: 'کهگیلویه و بویراحمد',
    mentions: [at(text, 'بیمارستان شهدای گمنام تامین اجتماعی شهر یاسوج'), at(text, 'بیمارستان شهدای گمنام شهر یاسوج')],
    facts: [
      fact(at(text, '۱۰ هزار و ۲۰۰متر مربع'), 'area', 10200, 'm2'),
      fact(p52, 'progress', 52, '%'),
      fact(shahrivar, 'completion', '1402-06', null),
      fact(m50, 'budget', 5e10, 'IRT'),
    ],
  };
  const polyclinic: Facility = {
    id: 'f2',
    type: 'polyclinic',
    name: null,
    city: 'دوگنبدان',
    province: 'کهگیلویه و بویراحمد',
    mentions: [at(text, 'پلی کلینیک شهر دوگنبدان')],
    facts: [fact(at(text, 'سه هزار و ۸۰۰ متر مربع'), 'area', 3800, 'm2'), fact(parsal, 'opened', '1401', null), fact(m30, 'budget', 3e10, 'IRT')],
  };
  const clinic: Facility = {
    id: 'f3',
    type: 'clinic',
    name: null,
    city: 'دهدشت',
    province: 'کهگیلویه و بویراحمد',
    mentions: [at(text, 'درمانگاه شهر دهدشت')],
    facts: [],
  };
  doc.facilities = [hospital, polyclinic, clinic];
  const q1 = 'در همین راستا فاز نخست طرح توسعه بیمارستان شهدای گمنام تامین اجتماعی شهر یاسوج به مساحت ۱۰ هزار و ۲۰۰متر مربع با ۵۲ درصد پیشرفت فیزیکی در دست اجراست که امید می رود این طرح (ساختمان) شهریور امسال تکمیل شود.';
  const q2 = 'طرح توسعه بیمارستان شهدای گمنام شهر یاسوج بر اساس قرارداد با ۵۰ میلیارد تومان اعتبار اجرا می شود.';
  doc.quotes = [
    { ...at(text, q1), speaker: 'o1', cue: 'گفت' },
    { ...at(text, q2), speaker: 'o1', cue: 'بیان کرد' },
    { ...at(text, 'تامین هزینه های درمان سازمان'), speaker: null, cue: 'گفت' },
  ];
  return doc;
}

/** Seed 002 (ماهشهر): title, outlet and publication date; the same budget written three times. */
function seed002(): KhabarDocument {
  const id = '002_6182df1d50a40aa7';
  const text = read(id);
  const doc = base(id, text);
  doc.meta = {
    ...doc.meta,
    title: 'اختصاص ۶۷ میلیارد تومان برای رفع مشکل سیستم سرمایش بیمارستان امام موسی کاظم(ع) ماهشهر',
    outlet: 'رویداد خبر',
    newsCode: '26984',
    url: 'https://rooydadkhabar.ir/?p=26984',
    published: { jalali: '1400-07-22', gregorian: '2021-10-14', time: '10:07' },
  };
  doc.referenceDate = { jalali: '1400-07-22', gregorian: '2021-10-14', from: 'published' };
  const amounts = [0, 1, 2].map((n) => at(text, '۶۷ میلیارد تومان', n));
  doc.money = amounts.map((m) => ({ ...m, amount: 67e9, currency: 'IRT', amountRial: 67e10, approximate: false, qualifier: null }));
  doc.officials = [
    {
      id: 'o1',
      name: 'میرهاشم موسوی',
      honorifics: ['دکتر'],
      title: 'سرپرست',
      organization: 'سازمان تأمین اجتماعی',
      roles: ['سرپرست سازمان تأمین اجتماعی'],
      mentions: [{ ...at(text, 'سرپرست سازمان تأمین اجتماعی', 1), kind: 'role' }, { ...at(text, 'میرهاشم موسوی'), kind: 'name' }],
    },
  ];
  doc.facilities = [
    {
      id: 'f1',
      type: 'hospital',
      name: 'امام موسی کاظم(ع)',
      city: 'ماهشهر',
      province: 'خوزستان',
      mentions: [0, 1, 2].map((n) => at(text, 'بیمارستان امام موسی کاظم(ع) ماهشهر', n)),
      facts: amounts.map((m) => fact(m, 'budget', 67e9, 'IRT')),
    },
  ];
  doc.quotes = [{ ...at(text, 'کمبود آمبولانس در خوزستان و سایر استانها'), speaker: 'o1', cue: 'گفت' }];
  return doc;
}

/** An article whose text carries markup. */
function hostile(): KhabarDocument {
  const text = 'تهران - متن خبر <script>window.__pwned=1</script> و <b>bold</b> با ۵۰ میلیارد تومان و <img src=x onerror="alert(1)">.';
  const doc = base('hostile<"&>', text);
  doc.meta = { ...doc.meta, title: '<i>عنوان</i>', outlet: '"رسانه"', url: 'javascript:alert(1)' };
  doc.money = [{ ...at(text, '۵۰ میلیارد تومان'), amount: 5e10, currency: 'IRT', amountRial: 5e11, approximate: false, qualifier: null }];
  return doc;
}

function docs(): KhabarDocument[] {
  return [seed000(), seed002(), hostile(), failedDocument('broken', 'fixtures/broken.bin', [{ code: 'binary', message: 'not text' }])];
}

/** The HTML of article section `i`. */
function section(html: string, i: number): string {
  const start = html.indexOf(`<section class="article" id="a${i}"`);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

const heads = (html: string, type: string) => (html.match(new RegExp(`<mark [^>]*data-type="${type}"(?![^>]*data-cont)[^>]*>`, 'g')) ?? []).length;

describe('renderReport', () => {
  const all = docs();
  const html = renderReport(all);

  it('is one right-to-left Persian page with nothing loaded from outside', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fa" dir="rtl">')).toBe(true);
    expect(html).toMatch(/font-family: Vazirmatn, [^;]*Tahoma, "Noto Sans Arabic"[^;]*sans-serif;/);
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).not.toMatch(/<(script|link|iframe|img|object|embed|audio|video)\b|\s(src|srcset)="|@import|url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src &#39;none&#39;`);
  });

  it('highlights each mention of each document once, with the count per type', () => {
    all.forEach((doc, i) => {
      const counts = countMentions(doc);
      const part = section(html, i);
      for (const [type, n] of Object.entries(counts)) expect(heads(part, type), `${doc.id} ${type}`).toBe(n);
    });
    expect(countMentions(all[0])).toEqual({ money: 2, percentage: 4, date: 5, official: 4, facility: 4, quote: 3 });
  });

  it('shows values on the marks', () => {
    const part = section(html, 0);
    expect(part).toMatch(/data-type="money" [^>]*data-value="50,000,000,000 IRT = 500,000,000,000 IRR"[^>]*>۵۰ میلیارد تومان</);
    expect(part).toContain('data-value="Jalali 1401-12-01 … 1401-12-29&#10;Gregorian 2023-02-20 … 2023-03-20&#10;year 1401, month 12"');
    expect(part).toContain('data-value="یونس محمودیان — مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد&#10;ضمیر: وی"');
    expect(part).toMatch(/data-type="facility" [^>]*data-value="بیمارستان شهدای گمنام، یاسوج&#10;استان کهگیلویه و بویراحمد&#10;مساحت: /);
  });

  it('nests the mentions of a quote inside it', () => {
    const part = section(html, 0);
    const quote = part.slice(part.indexOf('id="a0-quote-1"'));
    const close = quote.indexOf('اجرا می شود.</mark>');
    expect(close).toBeGreaterThan(0);
    const inside = quote.slice(0, close);
    expect(inside).toContain('data-type="facility"');
    expect(inside).toContain('data-type="money"');
  });

  it('writes the meta of an article: title, outlet, dateline, Jalali and Gregorian dates', () => {
    const a0 = section(html, 0);
    expect(a0).toContain('<h2><span class="ltr">000_5d8f827e6dda5d0c</span></h2>');
    expect(a0).toContain('<dt>محل خبر</dt><dd>یاسوج</dd>');
    expect(a0).toContain('<dt>تاریخ مبنا</dt><dd>۱ مرداد ۱۴۰۲');
    const a1 = section(html, 1);
    expect(a1).toContain('<h2>اختصاص ۶۷ میلیارد تومان برای رفع مشکل سیستم سرمایش بیمارستان امام موسی کاظم(ع) ماهشهر</h2>');
    expect(a1).toContain('<dt>رسانه</dt><dd>رویداد خبر</dd>');
    expect(a1).toContain('۲۲ مهر ۱۴۰۰ — ساعت ۱۰:۰۷');
    expect(a1).toContain('<span class="ltr">1400-07-22</span> · <span class="ltr">2021-10-14</span>');
    expect(a1).toContain('<a href="https://rooydadkhabar.ir/?p=26984" rel="noopener noreferrer">');
  });

  it('tables officials with quote counts, facilities with facts, quotes by speaker', () => {
    const a0 = section(html, 0);
    expect(a0).toMatch(/<td><a href="#a0-official-0-0">یونس محمودیان<\/a><\/td><td>مدیر درمان<\/td><td>تامین اجتماعی کهگیلویه و بویراحمد<\/td><td>[^<]*<\/td><td class="num">۴<\/td><td class="num">۲<\/td>/);
    expect(a0).toContain('<li>اعتبار: ۵۰ میلیارد تومان</li>');
    expect(a0).toContain('<li>مساحت: ۱۰٬۲۰۰ متر مربع <span class="muted">(۱۰ هزار و ۲۰۰متر مربع)</span></li>');
    expect(a0).toContain('<li>پیشرفت: ۵۲٪ <span class="muted">(۵۲ درصد)</span></li>');
    expect(a0).toContain('<li>تکمیل: شهریور ۱۴۰۲ <span class="muted">(شهریور امسال)</span></li>');
    expect(a0).toContain('<li>افتتاح: سال ۱۴۰۱ <span class="muted">(پارسال)</span></li>');
    expect(a0).toMatch(/<h4>یونس محمودیان <span class="muted">— مدیر درمان [^<]*<\/span> <span class="muted">\(۲\)<\/span><\/h4>/);
    expect(a0).toContain('<h4>گوینده نامشخص <span class="muted">(۱)</span></h4>');
    const a1 = section(html, 1);
    expect(a1).toContain('<td><a href="#a1-official-0-0">دکتر میرهاشم موسوی</a></td>');
  });

  it('sums money by province and by facility, each amount once per facility', () => {
    const summary = html.slice(0, html.indexOf('<section class="article"'));
    expect(summary).toMatch(/<title>کهگیلویه و بویراحمد: ۸۰ میلیارد تومان<\/title>/);
    expect(summary).toMatch(/<title>خوزستان: ۶۷ میلیارد تومان<\/title>/);
    expect(summary).toMatch(/<title>بیمارستان امام موسی کاظم\(ع\)، ماهشهر: ۶۷ میلیارد تومان<\/title>/);
    expect(summary).toContain(`<title>${facilityTypeLabel('polyclinic')} دوگنبدان: ۳۰ میلیارد تومان</title>`);
    // the larger total comes first
    expect(summary.indexOf('کهگیلویه و بویراحمد: ۸۰')).toBeLessThan(summary.indexOf('خوزستان: ۶۷'));
  });

  it('puts the dated facts on a timeline, earliest first', () => {
    const summary = html.slice(0, html.indexOf('<section class="article"'));
    const rows = summary.match(/<tr class="timeline-(fact|date)"><td>[^<]*/g)!.map((r) => r.replace(/<tr class="timeline-|"><td>/g, ' ').trim());
    expect(rows).toEqual(['fact سال ۱۴۰۱', 'date اسفند ۱۴۰۱', 'date سال ۱۴۰۲', 'fact شهریور ۱۴۰۲']);
    expect(summary).toContain('<td>تکمیل — بیمارستان شهدای گمنام، یاسوج</td><td><a href="#a0-date-2">شهریور امسال</a></td>');
  });

  it('counts the corpus: articles, mentions per type, errors', () => {
    expect(html).toContain('<b data-stat="articles">۴</b>');
    expect(html).toContain('<b data-stat="money">۶</b>');
    expect(html).toContain('<b data-stat="errors">۱</b>');
    expect(html).toContain('<td><code>binary</code></td><td>not text</td>');
  });

  it('shows markup in an article as text', () => {
    const part = section(html, 2);
    expect(part).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt; و &lt;b&gt;bold&lt;/b&gt;');
    expect(part).toContain('<h2>&lt;i&gt;عنوان&lt;/i&gt;</h2>');
    expect(part).toContain('data-id="hostile&lt;&quot;&amp;&gt;"');
    expect(part).toContain('<dd>&quot;رسانه&quot;</dd>');
    expect(part).not.toContain('href="javascript');
    expect(part).not.toMatch(/<(?!\/?(mark|section|h2|dl|dt|dd|span|ul|li|div|a|b|p)\b)/);
    expect(part).not.toMatch(/<b>bold/);
  });

  it('gives the same bytes for the same documents', () => {
    expect(renderReport(docs())).toBe(html);
  });

  it('renders an empty corpus', () => {
    const empty = renderReport([]);
    expect(empty).toContain('<b data-stat="articles">۰</b>');
    expect(empty).toContain('داده‌ای نیست');
  });
});
