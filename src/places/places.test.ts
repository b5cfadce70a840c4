import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { FoldTrie, findPlaces, isWeakPlace, lookupCity, lookupCounty, lookupProvince, matchPlace, mayStartPlace, provinceOf } from './index.js';

/** Spec table: a name as news copy writes it → the city and province it names. */
const CITIES: { input: string; city: string | null; province?: string | null }[] = [
  { input: 'یاسوج', city: 'یاسوج', province: 'کهگیلویه و بویراحمد' },
  { input: 'ماهشهر', city: 'بندرماهشهر', province: 'خوزستان' },
  { input: 'بندر ماهشهر', city: 'بندرماهشهر', province: 'خوزستان' },
  { input: 'عجب شیر', city: 'عجب شیر', province: 'آذربایجان شرقی' },
  { input: 'عجبشیر', city: 'عجب شیر', province: 'آذربایجان شرقی' },
  { input: 'عجب‌شیر', city: 'عجب شیر', province: 'آذربایجان شرقی' },
  { input: 'بندرعباس', city: 'بندر عباس', province: 'هرمزگان' },
  { input: 'بستان آباد', city: 'بستان آباد', province: 'آذربایجان شرقی' },
  { input: 'بستان‌آباد', city: 'بستان آباد', province: 'آذربایجان شرقی' },
  { input: 'حسن آباد', city: 'حسن آباد', province: null },
  { input: 'اراک', city: 'اراک', province: 'مرکزی' },
  { input: 'قم', city: 'قم', province: 'قم' },
  { input: 'سردشت', city: 'سردشت', province: null },
  { input: 'گچساران', city: null },
  { input: 'آبادانی', city: null },
];

describe('lookupCity', () => {
  it.each(CITIES)('$input', ({ input, city, province }) => {
    const got = lookupCity(input);
    expect(got?.city ?? null).toBe(city);
    if (province !== undefined) expect(got?.province ?? null).toBe(province);
  });
  it('lists every province of a shared name', () => {
    expect(lookupCity('سردشت')?.provinces.sort()).toEqual(['آذربایجان غربی', 'خوزستان', 'هرمزگان', 'چهارمحال و بختیاری'].sort());
  });
});

describe('lookupProvince and lookupCounty', () => {
  it.each([
    ['آذربایجان شرقی', 'آذربایجان شرقی'],
    ['آذربایجان‌شرقی', 'آذربایجان شرقی'],
    ['كهگيلويه و بويراحمد', 'کهگیلویه و بویراحمد'],
    ['کهکیلویه و بویراحمد', 'کهگیلویه و بویراحمد'],
    ['چهار محال و بختیاری', 'چهارمحال و بختیاری'],
    ['خوزستان', 'خوزستان'],
    ['یاسوج', null],
  ])('province %s → %s', (input, province) => expect(lookupProvince(input)).toBe(province));
  it('finds a county without a city of its name', () => {
    expect(lookupCounty('گچساران')).toEqual({ county: 'گچساران', province: 'کهگیلویه و بویراحمد' });
    expect(lookupCounty('بویراحمد')?.province).toBe('کهگیلویه و بویراحمد');
  });
});

/** Spec table: normalized text, a position → the place name matched there (or null). */
const MATCHES: { text: string; at: string; name: string | null; end?: string; weak?: boolean }[] = [
  { text: 'مدیر درمان تامین اجتماعی کهگیلویه و بویراحمد گفت', at: 'کهگیلویه', name: 'کهگیلویه و بویراحمد', end: 'بویراحمد' },
  { text: 'استان آذربایجان شرقی', at: 'آذربایجان', name: 'آذربایجان شرقی', end: 'شرقی' },
  { text: 'هریس و بستان آباد', at: 'بستان', name: 'بستان آباد', end: 'آباد' },
  { text: 'شهرهای بستان و سوسنگرد', at: 'بستان', name: 'بستان', end: 'بستان' },
  { text: 'بیمارستان امام موسی کاظم(ع) ماهشهر اختصاص', at: 'ماهشهر', name: 'ماهشهر', end: 'ماهشهر' },
  { text: 'عمران و آبادانی شهر', at: 'آبادانی', name: null },
  { text: 'تبریزی گفت', at: 'تبریزی', name: null },
  { text: 'در ماه مهر', at: 'مهر', name: 'مهر', end: 'مهر', weak: true },
  { text: 'مرکز بهداشت آباد', at: 'آباد', name: 'آباد', end: 'آباد', weak: true },
  { text: 'درمانگاه شهر دهدشت', at: 'دهدشت', name: 'دهدشت', end: 'دهدشت', weak: false },
];

describe('matchPlace', () => {
  it.each(MATCHES)('$text @ $at', ({ text, at, name, end, weak }) => {
    const t = normalize(text).text;
    const pos = t.indexOf(normalize(at).text);
    const m = matchPlace(t, pos);
    expect(m?.name ?? null).toBe(name);
    if (m && end) {
      const e = normalize(end).text;
      expect(m.end).toBe(t.indexOf(e, pos) + e.length);
    }
    if (m && weak !== undefined) expect(m.weak).toBe(weak);
  });
  it('matches only at a word start unless told otherwise', () => {
    const t = 'هریس وبستان آباد';
    expect(matchPlace(t, 6)).toBeNull();
    expect(matchPlace(t, 6, { wordStart: false })?.name).toBe('بستان آباد');
  });
  it('keeps only the kinds asked for', () => {
    const t = 'استان قم';
    expect(matchPlace(t, 6, { kinds: ['province'] })?.places.map((p) => p.kind)).toEqual(['province']);
    expect(matchPlace('یاسوج', 0, { kinds: ['province'] })).toBeNull();
  });
});

describe('findPlaces', () => {
  it('finds every place of a sentence, multi-word names whole', () => {
    const t = normalize('درمانگاه در شهرهای اسکو – سهند ، صوفیان و هریس وبستان آباد در آذربایجان‌شرقی').text;
    expect(findPlaces(t).map((m) => m.name)).toEqual(['اسکو', 'سهند', 'صوفیان', 'هریس', 'آباد', 'آذربایجان شرقی']);
  });
});

describe('weak names and provinces', () => {
  it('marks common words and first names', () => {
    expect(isWeakPlace('مهر')).toBe(true);
    expect(isWeakPlace('آزادی')).toBe(true);
    expect(isWeakPlace('تبریز')).toBe(false);
  });
  it('settles a shared city name by the provinces the article names', () => {
    const places = matchPlace('سردشت', 0)!.places;
    expect(provinceOf(places)).toBeNull();
    expect(provinceOf(places, ['خوزستان'])).toBe('خوزستان');
    expect(provinceOf(places, ['تهران'])).toBeNull();
  });
});

describe('mayStartPlace', () => {
  it.each([
    ['کهگیلویه', true],
    ['عجبشیر', true],
    ['بندر', true], // `بندر عباس`
    ['مدیرکل', false],
    ['گفت', false],
  ])('%s → %s', (word, may) => expect(mayStartPlace(word)).toBe(may));
  it('is false only where matchPlace finds nothing at the word', () => {
    const t = normalize('مدیرکل استان کهگیلویه و بویراحمد در بندر عباس و عجبشیر گفت').text;
    for (const [s, e] of [...t.matchAll(/[^ ]+/g)].map((m) => [m.index, m.index + m[0].length])) {
      if (matchPlace(t, s)) expect(mayStartPlace(t.slice(s, e))).toBe(true);
    }
  });
});

describe('FoldTrie.mayStartWord', () => {
  const trie = new FoldTrie<number>();
  for (const key of ['عجب شیر', 'بیمارستان', 'بیمارستانهای', 'مرکز بهداشت']) trie.add(key, 1);
  it.each([
    ['عجب', true], // `عجب شیر`, `عجبشیر` may follow
    ['عجبشیر', true],
    ['بیمار', true], // `بیمار ستان`: one space may stand inside a key
    ['بیمارستانها', true],
    ['مرکز', true],
    ['مرکزی', false],
    ['شیر', false],
    ['تبریز', false],
  ])('%s → %s', (word, may) => expect(trie.mayStartWord(word)).toBe(may));
  it('is false only where matchAt finds nothing at the word', () => {
    const t = normalize('بیمار ستان مرکزی عجبشیر و مرکز بهداشت شیر بیمارستانهای تبریز').text;
    for (const [s, e] of [...t.matchAll(/[^ ]+/g)].map((m) => [m.index, m.index + m[0].length])) {
      if (trie.matchAt(t, s)) expect(trie.mayStartWord(t.slice(s, e))).toBe(true);
    }
  });
});
