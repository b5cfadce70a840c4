/**
 * Extraction contexts for the officials and quotes tests: an article normalized, segmented, with its
 * page boilerplate found (as the pipeline does), without running the other extractors.
 *
 * Example: `articleContext('وی گفت: …').text` → the normalized text; `excluded` marks 'انتهای پیام'.
 */
import { extractMeta } from '../../meta/index.js';
import { normalize } from '../../normalize/index.js';
import { segment } from '../../segment/index.js';
import type { ExtractContext } from '../context.js';

export function articleContext(raw: string): ExtractContext {
  const norm = normalize(raw);
  const meta = extractMeta(norm.text);
  return {
    raw,
    norm,
    text: norm.text,
    segments: segment(norm.text),
    meta: meta.meta,
    excluded: meta.excluded,
    referenceDate: null,
  };
}
