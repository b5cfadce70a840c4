import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../eval/compare.js';
import { extract } from '../../pipeline/index.js';
import { extractFacilities } from './index.js';
import { articleContext as facilityContext } from '../context.js';

interface Expected {
  type: string;
  name: string | null;
  city: string | null;
  province?: string | null;
  /** Mention texts, in order, when the case is about them. */
  mentions?: string[];
}

/** Spec table: an article (one or more sentences) → its facilities, in order of first mention. */
const CASES: { form: string; input: string; facilities: Expected[] }[] = [
  // Names
  { form: 'title name with blessing, city after', input: 'کادر درمان بیمارستان امام رضا(ع) قم برای درمان بیماران', facilities: [
    { type: 'hospital', name: 'امام رضا(ع)', city: 'قم', province: 'قم', mentions: ['بیمارستان امام رضا(ع) قم'] },
  ] },
  { form: 'operator between name and شهر X', input: 'طرح توسعه بیمارستان شهدای گمنام تامین اجتماعی شهر یاسوج به مساحت ۱۰ هزار متر مربع', facilities: [
    { type: 'hospital', name: 'شهدای گمنام', city: 'یاسوج', province: 'کهگیلویه و بویراحمد' },
  ] },
  { form: 'operator only, city after: unnamed', input: 'تکمیل بیمارستان تأمین اجتماعی آبادان تا یک سال آینده', facilities: [
    { type: 'hospital', name: null, city: 'آبادان', province: 'خوزستان' },
  ] },
  { form: 'news alias of the city', input: 'سیستم سرمایش بیمارستان امام موسی کاظم(ع) ماهشهر اختصاص داد', facilities: [
    { type: 'hospital', name: 'امام موسی کاظم(ع)', city: 'ماهشهر', province: 'خوزستان' },
  ] },
  { form: 'day and month as a name, not a date', input: 'اتمام ارتقاء هتلینگ بیمارستان ۲۹ بهمن در ۴ ماه', facilities: [
    { type: 'hospital', name: '۲۹ بهمن', city: null },
  ] },
  { form: 'plain name stops at a preposition', input: 'تجهیز آزمایشگاه بیمارستان عالی نسب از دیگر اقدامات بوده است', facilities: [
    { type: 'hospital', name: 'عالی نسب', city: null },
  ] },
  { form: 'foreign name, place after در', input: 'عمل جراحی در بیمارستان کلیولاند در ایالت اوهایو انجام شد', facilities: [
    { type: 'hospital', name: 'کلیولاند', city: null },
  ] },
  { form: 'name then city', input: 'بهره‌برداری از اتاق عمل بیمارستان نظام‌مافی شوش آغاز شد .', facilities: [
    { type: 'hospital', name: 'نظام‌مافی', city: 'شوش', province: 'خوزستان' },
  ] },
  { form: 'plain name, city after در', input: 'افتتاح بیمارستان ناجا در بندرعباس از برنامه‌های این هفته است', facilities: [
    { type: 'hospital', name: 'ناجا', city: 'بندر عباس', province: 'هرمزگان' },
  ] },
  { form: 'a county after شهرستان', input: 'خانه بهداشت روستای عبید شهرستان شوش افتتاح شد', facilities: [
    { type: 'health-house', name: 'روستای عبید', city: 'شوش' },
  ] },
  { form: 'modifiers are not the name', input: 'بیمارستان فوق تخصصی قلب شهید رجایی تهران پذیرش بیمار دارد', facilities: [
    { type: 'hospital', name: 'شهید رجایی', city: 'تهران', province: 'تهران' },
  ] },
  { form: 'a name that stands alone before a place', input: 'بیمارستان امام ساری تعطیل است', facilities: [
    { type: 'hospital', name: 'امام', city: 'ساری', province: 'مازندران' },
  ] },
  { form: 'a long holy name with its blessing', input: 'بیمارستان امام علی ابن ابیطالب (ع) زاهدان', facilities: [
    { type: 'hospital', name: 'امام علی ابن ابیطالب (ع)', city: 'زاهدان' },
  ] },
  { form: 'a weak place name is a name', input: 'بیمارستان مهر بستری است', facilities: [{ type: 'hospital', name: 'مهر', city: null }] },
  { form: 'polyclinic spelled glued', input: 'افتتاح پلیکلینیک شهر مرند', facilities: [{ type: 'polyclinic', name: null, city: 'مرند' }] },
  { form: 'health centre, multi-word type, county', input: 'مرکز بهداشت شهرستان بویراحمد اعلام کرد', facilities: [
    { type: 'health-center', name: null, city: 'بویراحمد', province: 'کهگیلویه و بویراحمد' },
  ] },
  // Lists
  { form: 'plural type, list of cities', input: 'احداث درمانگاههای هشترود ، عجب شیر و ملکان به اتمام رسیده', facilities: [
    { type: 'clinic', name: null, city: 'هشترود', province: 'آذربایجان شرقی', mentions: ['درمانگاههای هشترود'] },
    { type: 'clinic', name: null, city: 'عجب شیر', mentions: ['عجب شیر'] },
    { type: 'clinic', name: null, city: 'ملکان', mentions: ['ملکان'] },
  ] },
  { form: 'count, در شهرهای, one clinic per city', input: '۶ درمانگاه در شهرهای آذرشهر ،اهر ،بناب ،جلفا ، سراب ، شبستر در بخش درمان', facilities: [
    { type: 'clinic', name: null, city: 'آذرشهر' }, { type: 'clinic', name: null, city: 'اهر' },
    { type: 'clinic', name: null, city: 'بناب' }, { type: 'clinic', name: null, city: 'جلفا' },
    { type: 'clinic', name: null, city: 'سراب' }, { type: 'clinic', name: null, city: 'شبستر' },
  ] },
  { form: 'count, در شهرستانهای', input: '۳ پلی کلینیک در شهرستانهای مراغه، مرند و میانه', facilities: [
    { type: 'polyclinic', name: null, city: 'مراغه' }, { type: 'polyclinic', name: null, city: 'مرند' },
    { type: 'polyclinic', name: null, city: 'میانه' },
  ] },
  { form: 'count, list of names, stops at the count; a count in one city is no list', input: 'با استفاده از ۲ بیمارستان ۲۹ بهمن و عالی نسب ، سه درمانگاه در تبریز', facilities: [
    { type: 'hospital', name: '۲۹ بهمن', city: null }, { type: 'hospital', name: 'عالی نسب', city: null },
  ] },
  { form: 'a known name before a place of the same word', input: 'بیمارستان خاتم الانبیا (ص) ایرانشهر نیز تجهیز می‌شود.', facilities: [
    { type: 'hospital', name: 'خاتم الانبیا (ص)', city: 'ایرانشهر', province: 'سیستان و بلوچستان' },
  ] },
  { form: 'list with a glued و and a dash', input: 'احداث درمانگاه در شهرهای اسکو – سهند ، صوفیان و هریس وبستان آباد', facilities: [
    { type: 'clinic', name: null, city: 'اسکو' }, { type: 'clinic', name: null, city: 'سهند' },
    { type: 'clinic', name: null, city: 'صوفیان' }, { type: 'clinic', name: null, city: 'هریس' },
    { type: 'clinic', name: null, city: 'بستان آباد' },
  ] },
  { form: 'plural type, list of names', input: 'بیمارستانهای امام خمینی و شهید بهشتی کاشان', facilities: [
    { type: 'hospital', name: 'امام خمینی', city: null }, { type: 'hospital', name: 'شهید بهشتی', city: 'کاشان' },
  ] },
  // Coreference
  { form: 'same type and city: one record', input: 'توسعه پلی کلینیک شهر دوگنبدان به پایان رسید. با افتتاح مرکز پلی کلینیک تامین اجتماعی دوگنبدان خدمات شبانه روزی شد. شبانه روزی شدن پلی کلینیک تامین اجتماعی این شهرستان مطالبه است.', facilities: [
    { type: 'polyclinic', name: null, city: 'دوگنبدان', mentions: ['پلی کلینیک شهر دوگنبدان', 'مرکز پلی کلینیک تامین اجتماعی دوگنبدان', 'پلی کلینیک تامین اجتماعی'] },
  ] },
  { form: 'این بیمارستان: the last hospital', input: 'بیمارستان شوشتر در حال تجهیز است. با بهره‌برداری از ساختمان جدید این بیمارستان ظرفیت افزایش می‌یابد.', facilities: [
    { type: 'hospital', name: null, city: 'شوشتر', mentions: ['بیمارستان شوشتر', 'این بیمارستان'] },
  ] },
  { form: 'این مرکز درمانی: the last facility of any type', input: 'استانداردسازی درمانگاه شهر دهدشت در حال بررسی است و اقدامات این مرکز درمانی انجام می شود.', facilities: [
    { type: 'clinic', name: null, city: 'دهدشت', mentions: ['درمانگاه شهر دهدشت', 'این مرکز درمانی'] },
  ] },
  { form: 'bare type with an operator: the last facility of that operator', input: 'تکمیل بیمارستان تأمین اجتماعی آبادان / بیمارستان امام موسی کاظم(ع) ماهشهر. بر احداث بیمارستان تأمین اجتماعی تأکید کرد.', facilities: [
    { type: 'hospital', name: null, city: 'آبادان', mentions: ['بیمارستان تأمین اجتماعی آبادان', 'بیمارستان تأمین اجتماعی'] },
    { type: 'hospital', name: 'امام موسی کاظم(ع)', city: 'ماهشهر' },
  ] },
  { form: 'named and unnamed in one city: one record', input: 'بیمارستان امام رضا(ع) قم مرکز ریفرال است. بیمارستان تامین اجتماعی قم به بیمه شدگان خدمت می دهد.', facilities: [
    { type: 'hospital', name: 'امام رضا(ع)', city: 'قم' },
  ] },
  { form: 'same name, two types: two records', input: 'توسعه خدمات آزمایشگاه ۲۹ بهمن و ارتقای بیمارستان ۲۹ بهمن', facilities: [
    { type: 'laboratory', name: '۲۹ بهمن', city: null }, { type: 'hospital', name: '۲۹ بهمن', city: null },
  ] },
  // Not facilities
  { form: 'generic plural with one place', input: 'به مراکز درمانی تامین اجتماعی قم مراجعه نکرده اند', facilities: [] },
  { form: 'counts are not facilities', input: '۱۱۴ مرکز داروخانه، ۶۶ درمانگاه خصوصی و دولتی، ۹بیمارستان طرف قرارداد هستند', facilities: [] },
  { form: 'province only', input: 'سازمان دارای ۸ بیمارستان در استان خوزستان است و مراکز درمانی خوزستان', facilities: [] },
  { form: 'bare type with nothing to refer to', input: 'برخی مناطق بیمارستان برای نظام ارجاع ندارند و ایجاد بیمارستان مورد توجه است', facilities: [] },
  { form: 'light verb after the type word', input: 'وی در بیمارستان بستری شد و دو نفر به بیمارستان منتقل شدند و بیمارستان تأکید کرد', facilities: [] },
  { form: 'indefinite and quantified', input: 'در بیمارستانی در آنکارا درگذشت و برخی بیمارستان‌های تهران و چند درمانگاه', facilities: [] },
  { form: 'a predicate is not a name', input: 'بیمارستان تعطیل است و درمانگاه شلوغ بود', facilities: [] },
  { form: 'modifier only', input: 'راه اندازی سیستم پکس در بیمارستانهای ملکی و درمانگاههای ۱۲ گانه', facilities: [] },
  { form: 'a type word inside another facility', input: 'تجهیز آزمایشگاه بیمارستان شهید مدنی', facilities: [{ type: 'hospital', name: 'شهید مدنی', city: null }] },
];

describe('extractFacilities', () => {
  it.each(CASES)('$form', ({ input, facilities }) => {
    const ctx = facilityContext(input);
    const got = extractFacilities(ctx);
    const shape = got.map((f) => ({ type: f.type, name: f.name, city: f.city }));
    expect(shape).toEqual(facilities.map((f) => ({ type: f.type, name: f.name, city: f.city })));
    facilities.forEach((f, i) => {
      if (f.province !== undefined) expect(got[i].province, `province of ${f.city}`).toBe(f.province);
      if (f.mentions) expect(got[i].mentions.map((m) => m.text)).toEqual(f.mentions);
    });
    got.forEach((f, i) => {
      expect(f.id).toBe(`f${i + 1}`);
      for (const m of f.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
    });
  });
});

/** The seeds' facilities and facts, against their gold (facts need the money, percentage and date extractors). */
describe('seed regression', () => {
  const gold = (id: string) => JSON.parse(readFileSync(`fixtures/gold/${id}.json`, 'utf8'));
  const ids = readdirSync('fixtures/articles').map((f) => f.replace(/\.txt$/, ''));
  it.each(ids)('%s', (id) => {
    const g = gold(id);
    const doc = extract(readFileSync(`fixtures/articles/${id}.txt`, 'utf8'), { id });
    const key = (f: { type: string; name: string | null; city: string | null }) => `${f.type}|${f.name ? nameKey(f.name) : '@' + nameKey(f.city)}`;
    const optional = new Set(g.facilities.filter((f: { optional?: boolean }) => f.optional).map(key));
    const required = g.facilities.filter((f: { optional?: boolean }) => !f.optional);
    const predicted = doc.facilities.filter((f) => !optional.has(key(f)));
    expect(predicted.map(key).sort()).toEqual(required.map(key).sort());
    for (const f of required) {
      const p = predicted.find((x) => key(x) === key(f))!;
      const facts = (x: { kind: string; value?: unknown; text: string }) => `${x.kind}|${x.kind === 'opened' || x.kind === 'completion' ? x.text : x.value}`;
      expect(p.facts.map(facts).sort(), key(f)).toEqual((f.facts ?? []).map(facts).sort());
    }
  });
});
