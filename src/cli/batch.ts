/**
 * One batch of articles through the pipeline, as a worker runs it (and the one-job path): documents,
 * or their JSON with what a run summary counts.
 *
 * Example: `runBatch([{ id: 'a', text: 'امسال ۵۰ درصد', … }], {}, 'json')` →
 * `[{ id: 'a', json: '{"id":"a",…}', counts: { percentages: 1, … }, errors: 0 }]`.
 */
import { processArticle } from '../input/process.js';
import type { ArticleInput } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';
import { ENTITY_KINDS, type EntityKind, type KhabarDocument } from '../types.js';
import type { Mode, SerializedDoc } from './pool.js';

export function serialize(doc: KhabarDocument): SerializedDoc {
  const counts = {} as Record<EntityKind, number>;
  for (const k of ENTITY_KINDS) counts[k] = doc[k].length;
  return { id: doc.id, json: JSON.stringify(doc), counts, errors: doc.errors.length };
}

export function runBatch(inputs: ArticleInput[], shared: ExtractOptions, mode: Mode): (KhabarDocument | SerializedDoc)[] {
  return inputs.map((input) => {
    const doc = processArticle(input, shared);
    return mode === 'json' ? serialize(doc) : doc;
  });
}
