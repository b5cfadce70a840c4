/**
 * markup: spans → well-formed nested `<mark>` markup. Spec table: text and spans (found by their text)
 * → the markup written in brackets: `[money:…]` a mention, `[money+:…]` its continuation after a
 * crossing. Then a property: for any spans, the markup is balanced, its text is the original, and
 * every placed span has one head whose fragments cover exactly its slice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MentionType } from './labels.js';
import { markText } from './markup.js';
import type { Span } from './spans.js';

/** `[type:` for a head, `[type+:` for a continuation, `]` for a close; text unescaped. */
function brackets(html: string): string {
  return html
    .replace(/<mark [^>]*data-type="([a-z]+)"[^>]*?( data-cont="")?>/g, (_, type: string, cont?: string) => `[${type}${cont ? '+' : ''}:`)
    .replace(/<\/mark>/g, ']')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

type SpanSpec = [MentionType, string, number?] | [MentionType, number, number];

function spansOf(text: string, specs: SpanSpec[]): Span[] {
  return specs.map((spec, i) => {
    const [type, a, b] = spec;
    if (typeof a === 'number') return { type, start: a, end: b!, key: `${type}-${i}`, value: `v${i}` };
    let start = -1;
    for (let n = 0; n <= (b ?? 0); n++) start = text.indexOf(a, start + 1);
    if (start < 0) throw new Error(`not in text: ${a}`);
    return { type, start, end: start + a.length, key: `${type}-${i}`, value: `v${i}` };
  });
}

const TEXT_QUOTE = 'وی بیان کرد: طرح توسعه بیمارستان شهدای گمنام شهر یاسوج بر اساس قرارداد با ۵۰ میلیارد تومان اعتبار اجرا می شود.';

const CASES: { name: string; text: string; spans: SpanSpec[]; expected: string; unplaced?: number }[] = [
  { name: 'no spans', text: 'یاسوج - ایرنا -', spans: [], expected: 'یاسوج - ایرنا -' },
  {
    name: 'one money mention',
    text: 'با ۵۰ میلیارد تومان اعتبار',
    spans: [['money', '۵۰ میلیارد تومان']],
    expected: 'با [money:۵۰ میلیارد تومان] اعتبار',
  },
  {
    name: 'a quote containing a facility and money, and an official before it',
    text: TEXT_QUOTE,
    spans: [
      ['money', '۵۰ میلیارد تومان'],
      ['quote', 'طرح توسعه بیمارستان شهدای گمنام شهر یاسوج بر اساس قرارداد با ۵۰ میلیارد تومان اعتبار اجرا می شود.'],
      ['facility', 'بیمارستان شهدای گمنام شهر یاسوج'],
      ['official', 'وی'],
    ],
    expected:
      '[official:وی] بیان کرد: [quote:طرح توسعه [facility:بیمارستان شهدای گمنام شهر یاسوج] بر اساس قرارداد با [money:۵۰ میلیارد تومان] اعتبار اجرا می شود.]',
  },
  {
    name: 'equal spans nest by type rank (official outside facility)',
    text: 'رئیس بیمارستان امام گفت',
    spans: [
      ['facility', 'رئیس بیمارستان امام'],
      ['official', 'رئیس بیمارستان امام'],
    ],
    expected: '[official:[facility:رئیس بیمارستان امام]] گفت',
  },
  {
    name: 'a quote and a mention sharing the start: the longer one outside',
    text: 'گفت: ۵۲ درصد پیشرفت دارد.',
    spans: [
      ['percentage', '۵۲ درصد'],
      ['quote', '۵۲ درصد پیشرفت دارد.'],
    ],
    expected: 'گفت: [quote:[percentage:۵۲ درصد] پیشرفت دارد.]',
  },
  {
    name: 'crossing spans: the inner one closes and continues',
    text: 'مدیر درمان تامین اجتماعی استان',
    spans: [
      ['official', 'مدیر درمان تامین اجتماعی'],
      ['facility', 'تامین اجتماعی استان'],
    ],
    expected: '[official:مدیر درمان [facility:تامین اجتماعی]][facility+: استان]',
  },
  {
    name: 'adjacent spans stay siblings',
    text: 'شهریور امسال۵۲ درصد',
    spans: [
      ['date', 'شهریور امسال'],
      ['percentage', '۵۲ درصد'],
    ],
    expected: '[date:شهریور امسال][percentage:۵۲ درصد]',
  },
  {
    name: 'the same text twice: each occurrence its own span',
    text: 'محمودیان گفت … محمودیان افزود',
    spans: [
      ['official', 'محمودیان', 0],
      ['official', 'محمودیان', 1],
    ],
    expected: '[official:محمودیان] گفت … [official:محمودیان] افزود',
  },
  {
    name: 'markup in the article is escaped, also inside a span',
    text: 'متن <script>window.__pwned=1</script> و <b>bold</b> & «خبر»',
    spans: [['quote', '<b>bold</b>']],
    expected: 'متن <script>window.__pwned=1</script> و [quote:<b>bold</b>] & «خبر»',
  },
  {
    name: 'spans out of range or empty are not placed',
    text: 'امسال',
    spans: [
      ['date', 0, 5],
      ['money', 3, 9],
      ['percentage', 2, 2],
      ['date', -1, 2],
    ],
    expected: '[date:امسال]',
    unplaced: 3,
  },
];

describe('markText', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { html, unplaced } = markText(c.text, spansOf(c.text, c.spans), 'a0');
      expect(brackets(html)).toBe(c.expected);
      expect(unplaced.length).toBe(c.unplaced ?? 0);
    });
  }

  it('escapes the markup of the article: no tag but <mark> in the output', () => {
    const text = 'متن <script>alert(1)</script> <img src=x onerror=alert(1)> "\'';
    const { html } = markText(text, spansOf(text, [['quote', '<img src=x onerror=alert(1)>']]), 'a0');
    expect(html).not.toMatch(/<(?!\/?mark\b)/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives heads an anchor and tabindex, continuations neither', () => {
    const text = 'مدیر درمان تامین اجتماعی استان';
    const { html } = markText(text, spansOf(text, [['official', 'مدیر درمان تامین اجتماعی'], ['facility', 'تامین اجتماعی استان']]), 'a3');
    expect(html.match(/id="a3-official-0" tabindex="0"/g)).toHaveLength(1);
    expect(html.match(/id="a3-facility-1" tabindex="0"/g)).toHaveLength(1);
    expect(html.match(/data-cont=""/g)).toHaveLength(1);
    expect(html).not.toMatch(/data-cont=""[^>]*tabindex/);
  });
});

/** Parse the markup back: text, and for each key its head count and the text its fragments cover. */
function parse(html: string): { text: string; heads: Map<string, number>; covered: Map<string, string>; balanced: boolean } {
  const heads = new Map<string, number>();
  const covered = new Map<string, string>();
  const stack: string[] = [];
  let text = '';
  let balanced = true;
  for (const token of html.match(/<mark [^>]*>|<\/mark>|[^<]+/g) ?? []) {
    if (token.startsWith('<mark ')) {
      const key = /data-key="([^"]*)"/.exec(token)![1];
      if (!token.includes('data-cont')) heads.set(key, (heads.get(key) ?? 0) + 1);
      stack.push(key);
    } else if (token === '</mark>') {
      if (stack.pop() === undefined) balanced = false;
    } else {
      const plain = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      text += plain;
      for (const key of stack) covered.set(key, (covered.get(key) ?? '') + plain);
    }
  }
  return { text, heads, covered, balanced: balanced && stack.length === 0 };
}

describe('markText on any spans', () => {
  const TYPES: MentionType[] = ['money', 'percentage', 'date', 'official', 'facility', 'quote'];
  it('is balanced, keeps the text, and covers each span exactly once', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('ا', 'ب', ' ', '۵', '<', '&', '"', '\n', 'ی'), minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.nat(40), fc.nat(40)), { maxLength: 12 }),
        (text, raw) => {
          const spans: Span[] = raw
            .map(([type, a, b], i) => ({ type, start: Math.min(a, b), end: Math.max(a, b), key: `k${i}`, value: '' }))
            .filter((s) => s.end <= text.length && s.start < s.end);
          const out = parse(markText(text, spans, 'a0').html);
          expect(out.balanced).toBe(true);
          expect(out.text).toBe(text);
          for (const s of spans) {
            expect(out.heads.get(s.key)).toBe(1);
            expect(out.covered.get(s.key)).toBe(text.slice(s.start, s.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
