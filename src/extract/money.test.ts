import { describe, expect, it } from 'vitest';
import { extractMoney } from './money.js';
import { articleContext as testContext } from './context.js';

interface Expected {
  text: string;
  amount: number;
  currency: string;
  approximate?: boolean;
  qualifier?: string | null;
}

/** Spec table: a sentence → every money mention in it, in order. */
const CASES: { form: string; input: string; money: Expected[] }[] = [
  { form: 'digits, magnitude, toman', input: 'با ۵۰ میلیارد تومان اعتبار اجرا می شود', money: [{ text: '۵۰ میلیارد تومان', amount: 5e10, currency: 'IRT' }] },
  { form: 'glued magnitude (persian-tools gives 0)', input: 'درمان مستقیم، ۴۱۳میلیارد تومان و درمان غیرمستقیم،۸۸۲میلیارد تومان', money: [
    { text: '۴۱۳میلیارد تومان', amount: 413e9, currency: 'IRT' },
    { text: '۸۸۲میلیارد تومان', amount: 882e9, currency: 'IRT' },
  ] },
  { form: 'qualifier not in the span', input: 'با نزدیک به یک میلیارد تومان اعتبار', money: [
    { text: 'یک میلیارد تومان', amount: 1e9, currency: 'IRT', approximate: true, qualifier: 'نزدیک به' },
  ] },
  { form: 'qualifier حدود', input: 'حدود ۲۰۰ هزار تومان', money: [{ text: '۲۰۰ هزار تومان', amount: 2e5, currency: 'IRT', approximate: true, qualifier: 'حدود' }] },
  { form: 'qualifier بالغ بر', input: 'اعتباری بالغ بر ۴۰۰ میلیارد ریال', money: [{ text: '۴۰۰ میلیارد ریال', amount: 4e11, currency: 'IRR', qualifier: 'بالغ بر' }] },
  { form: 'qualifier تا (up to)', input: 'تا ۲۴۰ میلیون تومان حمایت کند', money: [{ text: '۲۴۰ میلیون تومان', amount: 2.4e8, currency: 'IRT', qualifier: 'تا' }] },
  { form: 'هزار میلیارد (persian-tools gives 1,000,001,000)', input: '۱۶ هزار میلیارد تومان', money: [{ text: '۱۶ هزار میلیارد تومان', amount: 1.6e13, currency: 'IRT' }] },
  { form: 'bare هزار میلیارد', input: 'هزار میلیارد تومان', money: [{ text: 'هزار میلیارد تومان', amount: 1e12, currency: 'IRT' }] },
  { form: 'decimal point (persian-tools gives 2e9)', input: '۲.۵ میلیارد دلار', money: [{ text: '۲.۵ میلیارد دلار', amount: 2.5e9, currency: 'USD' }] },
  { form: 'Arabic decimal (persian-tools gives 1e9)', input: '۲٫۵ میلیارد دلار', money: [{ text: '۲٫۵ میلیارد دلار', amount: 2.5e9, currency: 'USD' }] },
  { form: 'slash decimal', input: '۴/۵ میلیارد یورو', money: [{ text: '۴/۵ میلیارد یورو', amount: 4.5e9, currency: 'EUR' }] },
  { form: 'و نیم (persian-tools gives 2e6)', input: 'دو و نیم میلیون تومان', money: [{ text: 'دو و نیم میلیون تومان', amount: 2.5e6, currency: 'IRT' }] },
  { form: 'words and digits mixed', input: 'دو میلیون و ۶۸۰ هزار ریال', money: [{ text: 'دو میلیون و ۶۸۰ هزار ریال', amount: 2680000, currency: 'IRR' }] },
  { form: 'thousands separators', input: 'قیمت ۲۵۰٬۰۰۰ تومان و 1,250,000 ریال', money: [
    { text: '۲۵۰٬۰۰۰ تومان', amount: 250000, currency: 'IRT' },
    { text: '1,250,000 ریال', amount: 1250000, currency: 'IRR' },
  ] },
  { form: 'adjective ریالی/تومانی (ی not in the span)', input: 'وام ۱۶۰ میلیون تومانی و طرح ۱۲ میلیارد ریالی', money: [
    { text: '۱۶۰ میلیون تومان', amount: 1.6e8, currency: 'IRT' },
    { text: '۱۲ میلیارد ریال', amount: 1.2e10, currency: 'IRR' },
  ] },
  { form: 'همت', input: 'بودجه ۲۰ همت افزایش یافت', money: [{ text: '۲۰ همت', amount: 2e13, currency: 'IRT' }] },
  { form: 'a range shares currency and magnitude', input: 'بین ۱۰ تا ۱۲ میلیارد تومان', money: [
    { text: '۱۰', amount: 1e10, currency: 'IRT' },
    { text: '۱۲ میلیارد تومان', amount: 1.2e10, currency: 'IRT' },
  ] },
  { form: 'a list shares currency and magnitude', input: 'به ترتیب ۲۸۰، ۲۷۴ و ۲۹۰ میلیارد تومان', money: [
    { text: '۲۸۰', amount: 2.8e11, currency: 'IRT' },
    { text: '۲۷۴', amount: 2.74e11, currency: 'IRT' },
    { text: '۲۹۰ میلیارد تومان', amount: 2.9e11, currency: 'IRT' },
  ] },
  { form: 'a range with its own magnitudes', input: 'از ۵ میلیون ریال تا ۴۰ میلیون ریال', money: [
    { text: '۵ میلیون ریال', amount: 5e6, currency: 'IRR' },
    { text: '۴۰ میلیون ریال', amount: 4e7, currency: 'IRR' },
  ] },
  { form: 'a year before a comma is not a list member', input: 'در سال ۹۸، ۲۰ میلیارد تومان', money: [{ text: '۲۰ میلیارد تومان', amount: 2e10, currency: 'IRT' }] },
  { form: 'glued currency after a magnitude', input: 'حدود 5 هزارتومان', money: [{ text: '5 هزارتومان', amount: 5000, currency: 'IRT', qualifier: 'حدود' }] },
  { form: 'glued currency after digits', input: 'بلیت 500تومان', money: [{ text: '500تومان', amount: 500, currency: 'IRT' }] },
  { form: 'dollars and cents are one amount', input: 'با چهار دلار و ۲۲ سنت افزایش', money: [{ text: 'چهار دلار و ۲۲ سنت', amount: 4.22, currency: 'USD' }] },
  { form: 'سنت alone is a tradition', input: 'این گردهمایی یک سنت است', money: [] },
  { form: 'ین ending a word (این، همین) is no yen', input: 'همین ۵۰۰ ین و این ۲۰ میلیون ین ژاپن', money: [
    { text: '۵۰۰ ین', amount: 500, currency: 'JPY' },
    { text: '۲۰ میلیون ین ژاپن', amount: 2e7, currency: 'JPY' },
  ] },
  { form: 'foreign currency with country', input: '۱۰ میلیارد لیره ترکیه و ۳۰۰ ریال عربستان', money: [
    { text: '۱۰ میلیارد لیره ترکیه', amount: 1e10, currency: 'TRY' },
    { text: '۳۰۰ ریال عربستان', amount: 300, currency: 'SAR' },
  ] },
  { form: 'a rate quote: the priced unit is not an amount', input: 'یکصد روپیه پاکستان 30 هزار و 625 ریال', money: [{ text: '30 هزار و 625 ریال', amount: 30625, currency: 'IRR' }] },
  { form: 'a conversion is two amounts', input: '۱۰ میلیارد لیره معادل ۳.۴ میلیارد دلار', money: [
    { text: '۱۰ میلیارد لیره', amount: 1e10, currency: 'TRY' },
    { text: '۳.۴ میلیارد دلار', amount: 3.4e9, currency: 'USD' },
  ] },
  { form: 'no currency word: not money', input: 'وام ۱۶۰ میلیونی و ۲۰۰متر و سونوگرافی ۴بعدی', money: [] },
  { form: 'vague count is not an amount', input: 'چند هزار میلیارد دلار تولید ناخالص', money: [] },
  { form: 'ordinal is not an amount', input: 'دومین تومان', money: [] },
  { form: 'plan code without currency', input: 'طرح ۳۰۷۰ تصویب شد', money: [] },
];

describe('extractMoney', () => {
  it.each(CASES)('$form: $input', ({ input, money }) => {
    const ctx = testContext(input);
    const got = extractMoney(ctx);
    expect(got.map((m) => ({ text: m.text, amount: m.amount, currency: m.currency }))).toEqual(
      money.map((m) => ({ text: m.text, amount: m.amount, currency: m.currency })),
    );
    got.forEach((m, k) => {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      const e = money[k];
      const qualified = e.qualifier !== undefined && e.qualifier !== null;
      expect(m.approximate).toBe(e.approximate ?? qualified);
      expect(m.qualifier).toBe(e.qualifier ?? null);
      expect(m.amountRial).toBe(m.currency === 'IRT' ? m.amount * 10 : m.currency === 'IRR' ? m.amount : null);
    });
  });

  it('mentions are sorted by start', () => {
    const got = extractMoney(testContext('بین ۱۰ تا ۱۲ میلیارد تومان و ۵ دلار و حدود ۳ یورو'));
    expect(got.map((m) => m.start)).toEqual([...got.map((m) => m.start)].sort((a, b) => a - b));
  });
});
