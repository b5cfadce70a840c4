import { describe, expect, it } from 'vitest';
import { fold } from './index.js';
import { memoize } from './memo.js';

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
