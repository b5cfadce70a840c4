/**
 * A bare extraction context for facility and fact tests: normalized and segmented, no page boilerplate.
 *
 * Example: `facilityContext('درمانگاه شهر دهدشت').text` → 'درمانگاه شهر دهدشت'.
 */
import { normalize } from '../../normalize/index.js';
import { segment } from '../../segment/index.js';
import type { ExtractContext } from '../context.js';

export function facilityContext(raw: string): ExtractContext {
  const norm = normalize(raw);
  return {
    raw,
    norm,
    text: norm.text,
    segments: segment(norm.text),
    meta: { title: null, outlet: null, agency: null, dateline: null, newsCode: null, url: null, published: null },
    excluded: [],
    referenceDate: null,
  };
}
