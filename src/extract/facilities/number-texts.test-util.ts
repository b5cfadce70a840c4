/**
 * Random text that makes the number scan work hard, for the tests that compare a scan around one place
 * with the scan of the whole sentence: number words, codes, suffixes, glued forms, marks, with random gaps.
 *
 * Example: `for (const { raw, pick } of numberTexts(300)) …` → raw like `سه هزار‌ها 12  تخت ، ۲۰`; `pick(n)`
 * goes on with the same seeded sequence.
 */
import type { NumberMatch } from '../../numbers/index.js';

const VOCAB = ['سه', 'هزار', 'و', '۲۰', '12', '1,000', '2.5', '4/5', '10-12', 'میلیون', 'میلیارد', 'صد', 'بیست', 'دوم', 'ام',
  'امین', 'کد', 'خبر', ':', '-', '،', '(', ')', 'A320', 'COVID', '19', 'بیمارستان', 'مرکز', 'درمانگاه', 'چند', 'نیم', 'یک',
  'شنبه', 'سال', '😀', 'متر', 'مربع', 'تخت', '۵۰۰', '\u200cها', 'هزارو', 'دوهزار', 'سیصد', 'تومان', 'درصد', '021', 'سی', 'چهارم', 'یکی', 'از', 'تلفن',
  '88776655', '.', 'x', 'ده', 'شش‌صد', 'بیست‌و‌پنج'];
const GAPS = [' ', ' ', ' ', '', '  ', '\u200c'];

/** `rounds` texts of 3 to 22 words from a fixed seed (the same texts on every run). */
export function* numberTexts(rounds: number): Generator<{ raw: string; pick: (n: number) => number }> {
  let seed = 7;
  const pick = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let round = 0; round < rounds; round++) {
    let raw = '';
    for (let k = 3 + pick(20); k > 0; k--) raw += VOCAB[pick(VOCAB.length)] + GAPS[pick(GAPS.length)];
    yield { raw, pick };
  }
}

/** A number match as a short string to compare (`-` for none). */
export const showNumber = (n: NumberMatch | undefined): string => (n ? `${n.start}-${n.end}=${n.value}` : '-');
