import { describe, expect, it } from 'vitest';
import { articleContext as testContext } from './context.js';
import { extractPercentages } from './percentages.js';

interface Expected {
  text: string;
  value: number;
  qualifier?: string;
}

/** Spec table: a sentence → every percentage in it, in order. */
const CASES: { form: string; input: string; found: Expected[] }[] = [
  { form: 'digits and درصد', input: 'با ۵۲ درصد پیشرفت فیزیکی', found: [{ text: '۵۲ درصد', value: 52 }] },
  { form: 'glued درصد', input: 'این ۶۴درصد از جمعیت', found: [{ text: '۶۴درصد', value: 64 }] },
  { form: 'glued درصدی (ی not in the span)', input: 'به میانگین ۵۴درصدی کشور', found: [{ text: '۵۴درصد', value: 54 }] },
  { form: 'درصدی apart', input: 'با رشد 5 درصدی نسبت به', found: [{ text: '5 درصد', value: 5 }] },
  { form: 'typo رصد glued to digits', input: 'در زمان حاضر ۵۰رصد از جمعیت', found: [{ text: '۵۰رصد', value: 50 }] },
  { form: 'رصد alone is monitoring', input: 'رصد ۵ ماهواره', found: [] },
  { form: 'spelled', input: 'سی درصد کارکنان', found: [{ text: 'سی درصد', value: 30 }] },
  { form: 'صد درصد', input: 'صد درصد عاشورایی', found: [{ text: 'صد درصد', value: 100 }] },
  { form: 'صددرصد glued', input: 'شرکت های صددرصد خصوصی', found: [{ text: 'صددرصد', value: 100 }] },
  { form: 'در صد apart', input: 'صد در صد تمرکز', found: [{ text: 'صد در صد', value: 100 }] },
  { form: 'spelled with و', input: 'بیست و پنج درصد', found: [{ text: 'بیست و پنج درصد', value: 25 }] },
  { form: 'نیم درصد', input: 'نیم درصد کاهش', found: [{ text: 'نیم درصد', value: 0.5 }] },
  { form: 'decimal point', input: '۱۲.۵ درصد', found: [{ text: '۱۲.۵ درصد', value: 12.5 }] },
  { form: 'Arabic decimal', input: '۱۲٫۵ درصد', found: [{ text: '۱۲٫۵ درصد', value: 12.5 }] },
  { form: 'slash decimal', input: '۴۵/۵ درصد', found: [{ text: '۴۵/۵ درصد', value: 45.5 }] },
  { form: 'Arabic percent sign', input: 'رشد ۵۰٪ داشت', found: [{ text: '۵۰٪', value: 50 }] },
  { form: 'percent sign apart', input: 'بیش از 50 % بحرینیان', found: [{ text: '50 %', value: 50, qualifier: 'بیش از' }] },
  { form: 'qualifier حدود', input: 'حدود ۷۵ درصد آنها', found: [{ text: '۷۵ درصد', value: 75, qualifier: 'حدود' }] },
  { form: 'from-to range with به', input: 'از 17.4 به 29.5 درصد افزایش یابد', found: [
    { text: '17.4', value: 17.4 },
    { text: '29.5 درصد', value: 29.5 },
  ] },
  { form: 'dash range', input: '۱۰-۱۲ درصد', found: [{ text: '۱۰', value: 10 }, { text: '۱۲ درصد', value: 12 }] },
  { form: 'list', input: '۱۰، ۲۰ و ۳۰ درصد', found: [{ text: '۱۰', value: 10 }, { text: '۲۰', value: 20 }, { text: '۳۰ درصد', value: 30 }] },
  { form: '4D is not a percentage', input: 'سونوگرافی ۴بعدی و ۲۰ درصد', found: [{ text: '۲۰ درصد', value: 20 }] },
  { form: 'در صدد is not در صد', input: 'دولت ۵ در صدد است', found: [] },
  { form: 'ordinal is not a percentage', input: 'دوم درصد', found: [] },
];

describe('extractPercentages', () => {
  it.each(CASES)('$form: $input', ({ input, found }) => {
    const got = extractPercentages(testContext(input));
    expect(got.map((p) => ({ text: p.text, value: p.value }))).toEqual(found.map((p) => ({ text: p.text, value: p.value })));
    got.forEach((p, k) => {
      expect(input.slice(p.start, p.end)).toBe(p.text);
      expect(p.qualifier).toBe(found[k].qualifier ?? null);
      expect(p.approximate).toBe(found[k].qualifier !== undefined);
    });
  });
});
