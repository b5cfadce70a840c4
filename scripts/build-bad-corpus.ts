/**
 * Writes the bad-input corpus (see scripts/lib/bad-corpus.ts) for a person to try the CLI on:
 *   npx tsx scripts/build-bad-corpus.ts [dir]   (default output/bad-inputs)
 *   npx tsx src/cli/index.ts extract output/bad-inputs -o output/bad-out   → exit status 1, one document each
 */
import { readFileSync } from 'node:fs';
import { buildBadCorpus } from './lib/bad-corpus.js';

const dir = process.argv[2] ?? 'output/bad-inputs';
const corpus = buildBadCorpus(dir, readFileSync('fixtures/articles/000_5d8f827e6dda5d0c.txt', 'utf8'));
console.log(`wrote ${dir}: ${corpus.articles} articles expected, broken: ${corpus.broken.join(', ')}`);
