/**
 * Loads the project's data files (word lists, gazetteers) from `data/`, wherever the code runs from
 * (`src/` under vitest, `dist/src/` when built).
 *
 * Example: `loadJson<{ prefixes: … }>('affixes.json')`, `loadLines('honorifics.txt')` → ['دکتر', …].
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'affixes.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('khabar: cannot find its data/ folder');
    dir = parent;
  }
}

export const DATA_DIR = findDataDir();

export function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
}

/** Non-empty lines of a text data file; `#` starts a comment. */
export function loadLines(name: string): string[] {
  return readFileSync(join(DATA_DIR, name), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}
