/**
 * The committed benchmark: `npm run bench [-- --mib 40 --fuzz 100000]`.
 * Builds a corpus of the seeds repeated to ≥ 40 MiB (a JSONL archive), then prints in one run:
 * the pipeline's MiB/s on one worker; the ceiling (read + TextDecoder + one table pass + one regex scan
 * over the same bytes) and the ratio of the two; the speed-up with 2 workers; peak RSS; and a fuzz run
 * of arbitrary Unicode through every extractor (no throw, offsets round-trip).
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runPool } from '../src/cli/pool.js';
import { iterateArticles } from '../src/input/index.js';
import { CHAR_TABLE } from '../src/normalize/table.js';
import { extract } from '../src/pipeline/index.js';
import type { KhabarDocument, Mention } from '../src/types.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MIB = 1024 * 1024;
const targetMiB = arg('mib', 40);
const fuzzRuns = arg('fuzz', 100_000);

function buildCorpus(path: string): number {
  const seeds = readdirSync('fixtures/articles').sort().map((f) => readFileSync(join('fixtures/articles', f), 'utf8'));
  const fd = openSync(path, 'w');
  let bytes = 0;
  for (let i = 0; bytes < targetMiB * MIB; i++) {
    const line = JSON.stringify({ id: `a${i}`, text: seeds[i % seeds.length] }) + '\n';
    bytes += writeSync(fd, line);
  }
  closeSync(fd);
  return bytes;
}

async function pipelineSeconds(path: string, jobs: number): Promise<{ seconds: number; docs: number; mentions: number }> {
  const started = performance.now();
  let docs = 0;
  let mentions = 0;
  for await (const doc of runPool(iterateArticles([path]), { jobs })) {
    docs++;
    mentions += doc.money.length + doc.percentages.length + doc.dates.length + doc.officials.length + doc.facilities.length + doc.quotes.length;
    JSON.stringify(doc); // output serialization is part of the job
  }
  return { seconds: (performance.now() - started) / 1000, docs, mentions };
}

/** What no pipeline over this text can beat in JS: read, decode, one table pass, one regex scan. */
function ceilingSeconds(path: string): number {
  const started = performance.now();
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(4 * MIB);
  const decoder = new TextDecoder();
  const regex = /\d+/g;
  let sum = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    const text = decoder.decode(chunk.subarray(0, n), { stream: true });
    for (let i = 0; i < text.length; i++) sum += CHAR_TABLE[text.charCodeAt(i)];
    sum += text.match(regex)?.length ?? 0;
  }
  closeSync(fd);
  if (sum === 42) console.log(''); // keep the work observable
  return (performance.now() - started) / 1000;
}

function fuzz(runs: number): { runs: number; failures: number } {
  let failures = 0;
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      try {
        const doc = extract(text);
        const all: Mention[] = [...doc.money, ...doc.percentages, ...doc.dates, ...doc.quotes];
        for (const o of doc.officials) all.push(...o.mentions);
        for (const f of doc.facilities) all.push(...f.mentions, ...f.facts);
        if (all.some((m) => text.slice(m.start, m.end) !== m.text)) failures++;
      } catch {
        failures++;
      }
      return true;
    }),
    { numRuns: runs },
  );
  return { runs, failures };
}

mkdirSync('output/bench', { recursive: true });
const corpus = 'output/bench/corpus.jsonl';
const bytes = buildCorpus(corpus);
const mib = bytes / MIB;
console.log(`corpus: ${corpus}, ${mib.toFixed(1)} MiB`);
ceilingSeconds(corpus); // warm the page cache
const ceiling = ceilingSeconds(corpus);
const one = await pipelineSeconds(corpus, 1);
const two = await pipelineSeconds(corpus, 2);
const rssMiB = process.resourceUsage().maxRSS / 1024;
const fuzzed = fuzzRuns > 0 ? fuzz(fuzzRuns) : null;
const rate = (s: number) => mib / s;
console.log(`articles: ${one.docs}, mentions: ${one.mentions}`);
console.log(`pipeline, 1 worker:   ${rate(one.seconds).toFixed(1)} MiB/s (${one.seconds.toFixed(2)} s)`);
console.log(`ceiling:              ${rate(ceiling).toFixed(1)} MiB/s (read + TextDecoder + table pass + regex scan)`);
console.log(`ratio to ceiling:     ${(ceiling / one.seconds).toFixed(2)}`);
console.log(`pipeline, 2 workers:  ${rate(two.seconds).toFixed(1)} MiB/s, speed-up ${(one.seconds / two.seconds).toFixed(2)}x`);
console.log(`peak RSS:             ${rssMiB.toFixed(0)} MiB (input ${mib.toFixed(0)} MiB)`);
if (fuzzed) console.log(`fuzz:                 ${fuzzed.runs} arbitrary Unicode strings, ${fuzzed.failures} failures (throw or offset mismatch)`);
