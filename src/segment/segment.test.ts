import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.js';
import { paragraphs, segment, tokenize } from './index.js';

const sentencesOf = (raw: string) => {
  const text = normalize(raw).text;
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it.each([
    {
      name: 'splits at . ! ؟ ?',
      input: 'وی گفت: طرح اجرا شد. آیا تمام شد؟ بله! پایان.',
      output: ['وی گفت: طرح اجرا شد.', 'آیا تمام شد؟', 'بله!', 'پایان.'],
    },
    {
      name: 'not inside a decimal',
      input: 'نرخ تورم ۲.۵ درصد بود. سپس کاهش یافت.',
      output: ['نرخ تورم 2.5 درصد بود.', 'سپس کاهش یافت.'],
    },
    {
      name: 'not after an initial',
      input: 'دکتر م. رضایی گفت: خوب است. پایان.',
      output: ['دکتر م. رضایی گفت: خوب است.', 'پایان.'],
    },
    {
      name: 'at the last of a run of terminals; after a one-letter word only when the token before touches the letter',
      input: 'واقعا تمام شد?! بله... آری. الف.ب. رفت',
      output: ['واقعا تمام شد?!', 'بله...', 'آری.', 'الف.', 'ب.', 'رفت'],
    },
    {
      name: 'not after an initial at the paragraph start',
      input: 'ب. آمد',
      output: ['ب. آمد'],
    },
    {
      name: 'at a terminal that opens a paragraph',
      input: '. x',
      output: ['.', 'x'],
    },
    {
      name: 'at a line end',
      input: 'خبر اول\n\nخبر دوم.',
      output: ['خبر اول', 'خبر دوم.'],
    },
    {
      name: 'a line ending with a comma continues',
      input: 'راه اندازی سیستم پکس ،\nادامه فرآیند حذف دفترچه.',
      output: ['راه اندازی سیستم پکس ،\nادامه فرآیند حذف دفترچه.'],
    },
  ])('$name', ({ input, output }) => {
    expect(sentencesOf(input)).toEqual(output);
  });
});

describe('paragraphs', () => {
  it('rejoins the hard-wrapped lines of seed 004, blank lines inside sentences included', () => {
    const raw = readFileSync('fixtures/articles/004_e4095f7b89af9141.txt', 'utf8');
    const text = normalize(raw).text;
    const paras = paragraphs(text).map((p) => text.slice(p.start, p.end));
    // The headline stands alone; the lead's sentence broken by a blank line is one paragraph.
    expect(paras[0]).toBe('پوشش بیمه سلامت افراد کم برخوردار برای اجرای عدالت در سلامت');
    expect(paras[1].startsWith('جانشین وزیر کشور گفت:')).toBe(true);
    expect(paras[1].endsWith('خدمات سلامت اجرایی شده است.')).toBe(true);
    const quoteStart = paras.findIndex((p) => p.startsWith('رییس طرح توسعه'));
    expect(paras[quoteStart]).toContain('به رییس جمهوری\n\nاعلام کردیم');
    const sentences = segment(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain('محلهای که مشخص شد 75 درصد آنها در قلب شهر تهران، تحت پوشش بیمه قرار نداشتند.');
  });

  it('keeps the paragraphs of an unwrapped article apart, even one without a final period', () => {
    const raw = readFileSync('fixtures/articles/000_5d8f827e6dda5d0c.txt', 'utf8');
    const text = normalize(raw).text;
    const paras = paragraphs(text).map((p) => text.slice(p.start, p.end));
    expect(paras).toHaveLength(14);
    expect(paras[11].endsWith('نزدیک است')).toBe(true);
    expect(paras[12].startsWith('وی تاکید کرد:')).toBe(true);
  });
});

describe('tokens', () => {
  it('gives words (with ZWNJ), numbers and punctuation with offsets', () => {
    const text = 'می\u200cشود 2.5 میلیارد، 250,000 تومان.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['می\u200cشود', 'word'],
      ['2.5', 'number'],
      ['میلیارد', 'word'],
      ['،', 'punct'],
      ['250,000', 'number'],
      ['تومان', 'word'],
      ['.', 'punct'],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('word records', () => {
  it('gives every token of one text the same record, and tokens of other texts others', () => {
    const text = 'وزیر بهداشت گفت: وزیر، 25 و 25 نفر.';
    const tokens = tokenize(text);
    const byText = new Map<string, Set<object>>();
    for (const t of tokens) {
      expect(t.word.text).toBe(t.text);
      byText.set(t.text, (byText.get(t.text) ?? new Set()).add(t.word));
    }
    for (const records of byText.values()) expect(records.size).toBe(1);
    expect(new Set(tokens.map((t) => t.word)).size).toBe(byText.size);
  });

  it('keeps a record across texts, and tells apart long words that share their first units', () => {
    const long = 'بیمارستان‌های‌تخصصی‌و‌فوق‌تخصصی';
    const first = tokenize(`${long} ${long}ها وزیر`);
    const second = tokenize(`وزیر ${long}`);
    expect(first[0].word).not.toBe(first[1].word);
    expect(second[1].word).toBe(first[0].word);
    expect(second[0].word).toBe(first[2].word);
  });
});
