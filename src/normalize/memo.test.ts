import { describe, expect, it } from 'vitest';
import { fold } from './index.js';
import fc from 'fast-check';
import { directMemo, memoize } from './memo.js';

describe('memoize', () => {
  it('computes once per distinct string, null results included', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => {
      calls.push(s);
      return s.startsWith('م') ? s.length : null;
    });
    expect([f('مدیر'), f('مدیر'), f('وزیر'), f('وزیر')]).toEqual([4, 4, null, null]);
    expect(calls).toEqual(['مدیر', 'وزیر']);
  });

  it('starts over when full, and still answers right', () => {
    let calls = 0;
    const f = memoize((s: string) => {
      calls++;
      return s + '!';
    }, 2);
    expect([f('یک'), f('دو'), f('سه'), f('یک')]).toEqual(['یک!', 'دو!', 'سه!', 'یک!']);
    expect(calls).toBe(4); // 'سه' cleared the full cache, so 'یک' was computed again
  });

  it('fold is memoized and pure', () => {
    expect(fold('مدير كل')).toBe('مدیرکل');
    expect(fold('مدير كل')).toBe('مدیرکل');
    expect(fold('مدیر‌کل')).toBe('مدیرکل');
  });
});

describe('directMemo', () => {
  it('computes once per word while it keeps its slot, null results included', () => {
    const calls: string[] = [];
    const f = directMemo((s: string) => {
      calls.push(s);
      return s.startsWith('م') ? s.length : null;
    });
    expect([f('مدیر'), f('مدیر'), f('وزیر'), f('وزیر'), f('مدیر')]).toEqual([4, 4, null, null, 4]);
    expect(calls).toEqual(['مدیر', 'وزیر']);
  });

  it('answers as the function does, slots shared or not', () => {
    const tiny = directMemo((s: string) => `${s}:${s.length}`, 2); // four slots: words take turns
    fc.assert(
      fc.property(fc.array(fc.constantFrom('مدیر', 'کل', 'وزیر', 'درمان', 'تامین', 'اجتماعی', 'قم', ''), { maxLength: 40 }), (words) => {
        for (const w of words) expect(tiny(w)).toBe(`${w}:${w.length}`);
      }),
    );
  });
});
