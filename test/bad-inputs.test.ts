/**
 * Real-world input: a folder of awkward files (scripts/lib/bad-corpus.ts) gives exactly one document
 * per article, errors where the user must look, the same extraction for every well-encoded variant of
 * the original, and exit status 1.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBadCorpus } from '../scripts/lib/bad-corpus.js';
import { runExtract } from '../src/cli/extract.js';
import { fold } from '../src/normalize/index.js';
import { ENTITY_KINDS, type KhabarDocument } from '../src/types.js';

const seed = readFileSync('fixtures/articles/000_5d8f827e6dda5d0c.txt', 'utf8');

/** What a user reads off a document, independent of line ends and letter forms: written forms and values. */
function projection(doc: KhabarDocument): unknown {
  const strip = (x: unknown): unknown =>
    JSON.parse(JSON.stringify(x, (key, value) => (key === 'start' || key === 'end' ? undefined : typeof value === 'string' ? fold(value) : value)));
  return { meta: { ...doc.meta, title: null }, ...Object.fromEntries(ENTITY_KINDS.map((k) => [k, strip(doc[k])])) };
}

describe('a corpus of bad inputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'khabar-bad-'));
  const corpus = buildBadCorpus(join(root, 'in'), seed);
  const out = join(root, 'out');
  afterAll(() => rmSync(root, { recursive: true, force: true })); // the corpus holds a 100 MB file

  it('gives one document per article, errors for the broken ones, exit status 1', async () => {
    const status = await runExtract([corpus.dir], { out, format: 'jsonl', table: 'mentions', jobs: '2', quiet: true });
    expect(status).toBe(1);
    const docs = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as KhabarDocument);
    expect(docs).toHaveLength(corpus.articles);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const id of corpus.broken) expect(byId.get(id)?.errors.length, id).toBeGreaterThan(0);
    expect(byId.get('huge-one-line')!.errors[0].code).toBe('too-large');
    expect(byId.get('binary')!.errors[0].code).toBe('binary');
    expect(byId.get('empty')!.errors[0].code).toBe('empty');
    expect(byId.get('truncated')!.errors[0].code).toBe('decode');
    expect(byId.get('truncated')!.text.length).toBeGreaterThan(1000); // kept, not dropped
    expect(byId.get('loop')!.errors[0].code).toBe('loop');
    expect(byId.get('feed-line2')!.errors[0].code).toBe('jsonl');
    expect(byId.get('feed-3')!.errors).toEqual([]);

    const original = byId.get(corpus.original)!;
    expect(original.errors).toEqual([]);
    for (const id of corpus.variants) {
      const doc = byId.get(id)!;
      expect(doc.errors, id).toEqual([]);
      expect(projection(doc), id).toEqual(projection(original));
      for (const k of ENTITY_KINDS)
        for (const m of doc[k] as unknown as { text: string; start: number; end: number }[])
          if ('start' in m) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    }
    const page = byId.get('page')!;
    expect(page.errors).toEqual([]);
    expect(page.text).toContain('مدیر درمان تامین اجتماعی');
    expect(page.text).not.toContain('خانه | اخبار');
    expect(page.text).not.toContain('نظر کاربر');
    expect(page.meta.title).toBe('عنوان خبر');
  });
});
