/** The `khabar` command end to end: outputs, stdout modes, exit status, byte-identical re-runs. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function khabar(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('khabar extract', () => {
  it('writes JSON per article and every CSV table, byte-identical on re-run', () => {
    const a = tmp();
    const b = tmp();
    expect(khabar(['extract', 'fixtures/articles', '-o', a, '-f', 'json,jsonl,csv', '-j', '2']).status).toBe(0);
    expect(khabar(['extract', 'fixtures/articles', '-o', b, '-f', 'json,jsonl,csv', '-j', '1', '-q']).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(readdirSync(b).sort());
    expect(files).toEqual(
      expect.arrayContaining(['000_5d8f827e6dda5d0c.json', 'documents.jsonl', 'articles.csv', 'mentions.csv', 'money.csv', 'projects.csv', 'errors.csv']),
    );
    for (const f of files) expect(readFileSync(join(a, f)), f).toEqual(readFileSync(join(b, f)));
    // JSON lines alone take another road (the workers serialize): the same bytes.
    const c = tmp();
    expect(khabar(['extract', 'fixtures/articles', '-o', c, '-f', 'jsonl', '-j', '2', '-q']).status).toBe(0);
    expect(readFileSync(join(c, 'documents.jsonl'))).toEqual(readFileSync(join(a, 'documents.jsonl')));
    const csv = readFileSync(join(a, 'articles.csv'), 'utf8');
    expect(csv.startsWith('\ufeffid,source,title,')).toBe(true);
    expect(csv.trim().split('\n')).toHaveLength(6);
    const doc = JSON.parse(readFileSync(join(a, '002_6182df1d50a40aa7.json'), 'utf8'));
    for (const key of ['id', 'source', 'meta', 'referenceDate', 'money', 'percentages', 'dates', 'officials', 'facilities', 'quotes', 'errors'])
      expect(doc, key).toHaveProperty(key);
  });

  it('reads standard input with - and writes a CSV table to standard output', () => {
    const r = khabar(['extract', '-', '-o', '-', '-f', 'csv', '--table', 'articles', '-q'], 'امسال ۵۰ درصد بیشتر شد.');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\ufeffid,source,')).toBe(true);
    expect(r.stdout).toContain('stdin,-');
  });

  it('exits 1 when a document has errors, and still writes the others', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ok.txt'), 'خبر');
    const out = tmp();
    const r = khabar(['extract', dir, '-o', out, '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/2 articles, .*errors 1/);
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('stops quietly when the reader of -o - closes the pipe early (`khabar … -o - | head`)', async () => {
    const dir = tmp();
    const line = JSON.stringify({ id: 'a', text: readFileSync('fixtures/articles/000_5d8f827e6dda5d0c.txt', 'utf8') });
    writeFileSync(join(dir, 'many.jsonl'), Array.from({ length: 400 }, () => line).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'extract', join(dir, 'many.jsonl'), '-f', 'jsonl', '-o', '-', '-j', '1', '-q']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(status).toBe(0);
  }, 30_000);

  it('gives a repeated id a suffix in input order, whichever worker parsed the line', () => {
    const dir = tmp();
    const line = (id: string, text: string) => JSON.stringify({ id, text }) + '\n';
    writeFileSync(join(dir, 'a.jsonl'), Array.from({ length: 40 }, (_, k) => line(`n${k % 3}`, `امسال ${k} درصد`)).join('') + 'not json\n');
    writeFileSync(join(dir, 'n0.txt'), 'امسال');
    const ids = (jobs: string, format: string) => {
      const r = khabar(['extract', dir, '-o', '-', '-f', format, '-j', jobs, '-q']);
      expect(r.status).toBe(1); // the broken line
      return format === 'jsonl' ? r.stdout.trim().split('\n').map((l) => JSON.parse(l).id) : JSON.parse(r.stdout).map((d: { id: string }) => d.id);
    };
    const expected = [...Array.from({ length: 40 }, (_, k) => `n${k % 3}` + (k >= 3 ? `-${Math.floor(k / 3) + 1}` : '')), 'a-line41', 'n0-15'];
    expect(ids('2', 'jsonl')).toEqual(expected);
    expect(ids('1', 'jsonl')).toEqual(expected);
    expect(ids('2', 'json')).toEqual(expected);
  });

  it('exits 2 on a usage error', () => {
    expect(khabar(['extract', 'fixtures/articles', '-f', 'xml', '-o', tmp()]).status).toBe(2);
    expect(khabar(['extract', 'fixtures/articles', '--reference-date', '1403-13-40', '-o', tmp()]).status).toBe(2);
    expect(khabar(['nonsense']).status).toBe(2);
  });
});

describe('khabar report', () => {
  it('writes the HTML page with extract --report and with the report command', () => {
    const out = tmp();
    expect(khabar(['extract', 'fixtures/articles', '-o', out, '-f', 'jsonl', '--report', '-q']).status).toBe(0);
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toMatch(/<html[^>]*dir="rtl"/);
    expect(page).toContain('۶۷ میلیارد تومان');
    const file = join(tmp(), 'r.html');
    expect(khabar(['report', 'fixtures/articles', '-o', file, '-q']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(page);
  });
});

describe('khabar normalize and eval', () => {
  it('prints normalized text', () => {
    expect(khabar(['normalize', '-'], 'مدير كل ۱۴۰۱').stdout).toBe('مدیر کل 1401');
  });

  it('scores the fixtures', () => {
    const r = khabar(['eval', '--gold', 'fixtures/gold', '--articles', 'fixtures/articles']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^documents: 5/);
    expect(r.stdout).toMatch(/money\s+11/);
  });
});
