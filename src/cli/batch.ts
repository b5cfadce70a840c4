/**
 * One batch of articles through the pipeline, as a worker runs it (and the one-job path): documents,
 * or their JSON lines (UTF-8 bytes) with what a run summary counts.
 *
 * Example: `runBatch([{ id: 'a', text: 'امسال ۵۰ درصد', … }], {}, 'json')` →
 * `[{ id: 'a', line: <UTF-8 of '{"id":"a",…}\n'>, counts: { percentages: 1, … }, errors: 0 }]`.
 */
import { transcode } from 'node:buffer';
import type { BufferPool } from '../buffers.js';
import { processArticle } from '../input/process.js';
import { linesArticles, type ArticleInput, type RawLines } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';
import { ENTITY_KINDS, type EntityKind, type KhabarDocument } from '../types.js';
import type { Mode, SerializedDoc } from './pool.js';

const encoder = new TextEncoder();

/**
 * UTF-8 of a JSON line. JSON of Persian text is two-byte: V8's own UTF-8 writer (`TextEncoder`,
 * `Buffer.from`) takes some 4.5 ns a char there, ICU's transcoder from UTF-16 a fifth of that. JSON from
 * `JSON.stringify` holds no lone surrogate (it escapes them), the one input the transcoder refuses;
 * the encoder stays as the fallback all the same. The bytes own their buffer, so they can be transferred.
 */
function utf8(line: string): Uint8Array {
  try {
    const bytes = transcode(Buffer.from(line, 'utf16le'), 'utf16le', 'utf8');
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  } catch {
    // a lone surrogate: the encoder writes U+FFFD for it
  }
  return encoder.encode(line);
}

/**
 * The document as one JSON line in UTF-8. Encoded where it is made, so that the string dies young (a
 * worker holding a batch's strings would move them to its old generation) and the main thread only
 * writes bytes (a batch's lines are then packed in one buffer, `packLines`).
 */
export function serialize(doc: KhabarDocument): SerializedDoc {
  const counts = {} as Record<EntityKind, number>;
  for (const k of ENTITY_KINDS) counts[k] = doc[k].length;
  return { id: doc.id, line: utf8(JSON.stringify(doc) + '\n'), counts, errors: doc.errors.length };
}

/**
 * The JSON lines of a batch copied into one buffer from `pool` (one of its own when they do not fit); each
 * document's `line` becomes a view of it. The main thread writes the buffer and hands it back, so that a
 * long run does not leave it a trail of dead line buffers for its garbage collector (they counted in its RSS).
 */
export function packLines(docs: SerializedDoc[], pool: BufferPool): Uint8Array {
  let total = 0;
  for (const d of docs) total += d.line.length;
  if (total === 0) return new Uint8Array(0); // a batch of blank lines: no buffer taken
  const buffer = total <= pool.size ? pool.take() : Buffer.allocUnsafeSlow(total).buffer;
  const bytes = new Uint8Array(buffer, 0, total);
  let at = 0;
  for (const d of docs) {
    bytes.set(d.line, at);
    d.line = bytes.subarray(at, at + d.line.length);
    at += d.line.length;
  }
  return bytes;
}

/**
 * The documents (or JSON lines) of `inputs`, in order; `RawLines` are decoded and parsed here, a document
 * per article line. Each input is let go once it has run (`inputs[i]` becomes null), so that its text does
 * not outlive it.
 */
export function runBatch(inputs: (ArticleInput | RawLines | null)[], shared: ExtractOptions, mode: Mode): (KhabarDocument | SerializedDoc)[] {
  const out: (KhabarDocument | SerializedDoc)[] = [];
  const run = (input: ArticleInput) => {
    const doc = processArticle(input, shared);
    out.push(mode === 'json' ? serialize(doc) : doc);
  };
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    inputs[i] = null;
    if ('kind' in input) for (const article of linesArticles(input)) run(article);
    else run(input);
  }
  return out;
}
