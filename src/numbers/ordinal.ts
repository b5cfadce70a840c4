/**
 * numbers/ordinal: ordinals written as words or digits with a suffix.
 *
 * Example: `اول`/`یکم` → 1, `دوم` → 2, `سومین` → 3, `بیست و دوم` → 22, `سی‌ام` → 30, `۲۲ام` → 22;
 * `دوام`, `سیم` and `سه` → null.
 */
import { memoize } from '../normalize/memo.js';
import { ORDINAL_STEMS, ORDINAL_SUFFIXES, ORDINAL_WORDS, WORDS } from './lexicon.js';

const DIGIT_ORDINAL = new RegExp(`^(\\d+)[ \\u200c]?(?:${ORDINAL_SUFFIXES.join('|')})$`);
/** Suffixes that follow a vowel-final stem (`سی‌ام`); the others follow a consonant (`دوم`, `دهمین`). */
const AFTER_VOWEL = new Set(ORDINAL_SUFFIXES.filter((s) => s.startsWith('ا')));

/**
 * The cardinal word of a one-word ordinal made with a suffix (`دوم` → 'دو', `سی‌ام` → 'سی',
 * `سومین` → 'سه'), or null. `اول`/`نخست` are not made with a suffix.
 */
export const ordinalStem: (word: string) => { stem: string; value: number } | null = memoize(stemOf);

function stemOf(word: string): { stem: string; value: number } | null {
  for (const suffix of ORDINAL_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const stem = word.slice(0, -suffix.length).replace(/\u200c$/, '');
    const vowelFinal = /[یا]$/.test(stem);
    if (AFTER_VOWEL.has(suffix) !== vowelFinal) continue;
    const cardinal = ORDINAL_STEMS.get(stem) ?? stem;
    const entry = WORDS.get(cardinal);
    if (entry && entry.kind !== 'and' && entry.kind !== 'half' && entry.kind !== 'zero') return { stem: cardinal, value: entry.value };
  }
  return null;
}

/** Parse an ordinal (see module doc); `parseNumber` parses the cardinal part before the last word. */
export function parseOrdinalWith(text: string, parseNumber: (s: string) => number | null): number | null {
  const t = text.trim();
  const whole = ORDINAL_WORDS.get(t);
  if (whole !== undefined) return whole;
  const digits = DIGIT_ORDINAL.exec(t);
  if (digits) return Number(digits[1]) > 0 && digits[1][0] !== '0' ? Number(digits[1]) : null;
  const words = t.split(' ');
  let last = words.pop() ?? '';
  // 'سی ام': the suffix written apart.
  if (AFTER_VOWEL.has(last) && words.length > 0) last = `${words.pop()}${last}`;
  const head = words.join(' ');
  if (/\d/.test(last)) return null;
  const stem = ordinalStem(last);
  if (!stem) return null;
  if (head === '') return stem.value;
  const value = parseNumber(`${head} ${stem.stem}`);
  return value !== null && Number.isInteger(value) && value > 0 ? value : null;
}
