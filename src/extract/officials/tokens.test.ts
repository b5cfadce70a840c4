import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/index.js';
import { segment } from '../../segment/index.js';
import { BOUNDARIES, HONORIFICS, longerMask, ORG_HEADS, ORG_NAMES, type PhraseMap, startsMask, TITLES, tokenKey, wholeMask } from './lexicon.js';
import { Indexes, lex, matchPhrase, sentenceTokens, type Tok } from './tokens.js';

/** The tokens alone: the lists `sentenceTokens` fills are scratch here. */
const tokensOf = (raw: string): Tok[] =>
  segment(normalize(raw).text).sentences.flatMap((s) => sentenceTokens(s, { titles: new Indexes(), names: new Indexes(), pronouns: new Indexes() }, new Indexes()));

/** Spec table: a token → its lexicon key (no ZWNJ; آ/أ/إ → ا; anything else as written). */
const KEYS: { input: string; key: string }[] = [
  { input: 'مدیر', key: 'مدیر' },
  { input: 'آمریکا', key: 'امریکا' },
  { input: 'أمین', key: 'امین' },
  { input: 'إسلامی', key: 'اسلامی' },
  { input: 'می‌شود', key: 'میشود' },
  { input: 'آب‌وآتش', key: 'ابواتش' },
  { input: '،', key: '،' },
];

describe('officials tokens: keys', () => {
  it.each(KEYS)('$input → $key', ({ input, key }) => {
    expect(tokenKey(input)).toBe(key);
  });
});

/** Spec table: a phrase → its tokens (text, key, normalized start, first name?), glued words split. */
const TOKENS: { input: string; tokens: [string, string, number, boolean][] }[] = [
  {
    input: 'مدیردرمان تامین اجتماعی',
    tokens: [['مدیر', 'مدیر', 0, false], ['درمان', 'درمان', 4, false], ['تامین', 'تامین', 10, false], ['اجتماعی', 'اجتماعی', 16, false]],
  },
  { input: 'سیدمسعود آقایی', tokens: [['سید', 'سید', 0, false], ['مسعود', 'مسعود', 3, true], ['آقایی', 'اقایی', 9, false]] },
  { input: 'مدیرکل ۲۵ نفر', tokens: [['مدیرکل', 'مدیرکل', 0, false], ['25', '25', 7, false], ['نفر', 'نفر', 10, false]] },
  { input: 'علی‌اکبر ، گفت', tokens: [['علی‌اکبر', 'علیاکبر', 0, true], ['،', '،', 9, false], ['گفت', 'گفت', 11, false]] },
];

describe('officials tokens: sentence tokens', () => {
  it.each(TOKENS)('$input', ({ input, tokens }) => {
    const toks = tokensOf(input);
    expect(toks.map((t) => [t.text, lex(t).key, t.start, lex(t).firstName])).toEqual(tokens);
    for (const t of toks) {
      expect(t.end).toBe(t.start + t.text.length);
      const w = lex(t);
      expect(w.starts).toBe(t.kind === 'word' ? startsMask(w.key) : 0);
      expect(w.whole).toBe(t.kind === 'word' ? wholeMask(w.key) : 0);
      expect(w.longer).toBe(t.kind === 'word' && !BOUNDARIES.has(w.key) ? longerMask(w.key) : 0);
    }
  });
});

/** The longest entry from token i, found by trying every length (no pruning): what matchPhrase must give. */
function reference<T>(toks: Tok[], i: number, dict: PhraseMap<T>): { value: T; end: number } | null {
  if (i < 0 || i >= toks.length || toks[i].kind !== 'word') return null;
  const single = BOUNDARIES.has(lex(toks[i]).key);
  let key = '';
  let best: { value: T; end: number } | null = null;
  let words = 0;
  for (let j = i; j < toks.length && words < dict.maxWords; j++) {
    const t = toks[j];
    if (t.kind === 'punct' && (t.text === '،' || t.text === ',') && j > i) continue;
    if (t.kind !== 'word') break;
    key += lex(t).key;
    words++;
    if (single && words > 1) break;
    const value = dict.get(key);
    if (value !== undefined) best = { value, end: j + 1 };
  }
  return best;
}

describe('officials tokens: phrase lookup', () => {
  it.each([
    { input: 'مدیر کل تامین اجتماعی', at: 0, dict: 'TITLES', end: 2 },
    { input: 'معاون بهداشت، درمان و آموزش پزشکی', at: 0, dict: 'TITLES', end: 1 },
    { input: 'حجت الاسلام والمسلمین رئیسی', at: 0, dict: 'HONORIFICS', end: 3 },
    { input: 'و زیر نظر', at: 0, dict: 'TITLES', end: null },
  ])('$input at $at in $dict', ({ input, at, dict, end }) => {
    const toks = tokensOf(input);
    const map = { TITLES, HONORIFICS } as Record<string, PhraseMap<unknown>>;
    expect(matchPhrase(toks, at, map[dict])?.end ?? null).toBe(end);
  });

  it('finds at every token of the seed articles what a lookup of every length finds', () => {
    const dir = 'fixtures/articles';
    let found = 0;
    for (const f of readdirSync(dir)) {
      const toks = tokensOf(readFileSync(`${dir}/${f}`, 'utf8'));
      for (const dict of [TITLES, HONORIFICS, ORG_HEADS, ORG_NAMES] as PhraseMap<unknown>[]) {
        for (let i = 0; i < toks.length; i++) {
          const want = reference(toks, i, dict);
          expect(matchPhrase(toks, i, dict)).toEqual(want);
          if (want) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('officials tokens: word readings', () => {
  it('reads a word again once a lexicon changes', () => {
    const before = tokensOf('سازمان زیتونستان');
    expect(matchPhrase(before, 1, ORG_NAMES)).toBeNull();
    ORG_NAMES.add('زیتونستان', 'زیتونستان');
    expect(matchPhrase(tokensOf('سازمان زیتونستان'), 1, ORG_NAMES)?.value).toBe('زیتونستان');
  });
});
