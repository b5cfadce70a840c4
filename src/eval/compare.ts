/**
 * Comparison keys of SPEC's scoring: names compared without honorifics, spaces and ZWNJ, with Arabic
 * ي/ك unified to Persian ی/ک.
 *
 * Example: `nameKey('علی ولی منش')` === `nameKey('علي وليمنش')` === `'علیولیمنش'`.
 */
export function nameKey(s: string | null | undefined): string {
  if (!s) return '';
  return s
    .replace(/ي/g, 'ی')
    .replace(/ى/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\s\u200c\u200d\u00a0]+/g, '');
}

/** Do the spans [a.start, a.end) and [b.start, b.end) share a character? */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
