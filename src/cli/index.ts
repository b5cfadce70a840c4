#!/usr/bin/env node
/**
 * The `khabar` command: a thin shell over the library API.
 *
 * Example: `khabar extract news/ -o out --format json,csv` → out/<id>.json and out/*.csv;
 * `echo 'امسال ۵۰ درصد' | khabar extract - -o - --format jsonl` → one JSON line on stdout.
 */
import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { normalize } from '../normalize/index.js';
import { UsageError } from './usage.js';

const program = new Command();
program.name('khabar').description('Structured extraction from Persian news articles').exitOverride();

program
  .command('extract')
  .description('extract entities from articles (files, folders, or - for standard input)')
  .argument('<paths...>', 'article files or folders (.txt, .jsonl), or - for stdin')
  .option('-o, --out <dir>', 'output folder, or - for standard output', 'output')
  .option('-f, --format <formats>', 'json, jsonl or csv (comma-separated for several)', 'json')
  .option('--reference-date <jalali>', 'reference date for relative dates when an article has none (YYYY-MM-DD, Jalali)')
  .addOption(new Option('--table <name>', 'with --format csv and -o -: the table to print').default('mentions'))
  .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
  .option('--max-article-bytes <n>', 'the most one article may hold; a larger one becomes an error document')
  .option('--report [file]', 'also write the HTML report (default <out>/report.html)')
  .option('-q, --quiet', 'no progress or summary on stderr')
  .action(async (paths: string[], opts) => {
    const { runExtract } = await import('./extract.js');
    process.exitCode = await runExtract(paths, opts);
  });

program
  .command('report')
  .description('write the extraction as one self-contained HTML page')
  .argument('<paths...>', 'article files or folders, or - for stdin')
  .option('-o, --out <file>', 'HTML file, or - for standard output', 'report.html')
  .option('--reference-date <jalali>', 'reference date for relative dates when an article has none (YYYY-MM-DD, Jalali)')
  .option('-q, --quiet', 'no summary on stderr')
  .action(async (paths: string[], opts) => {
    const { runReport } = await import('./report.js');
    process.exitCode = await runReport(paths, opts);
  });

program
  .command('normalize')
  .description('print the normalized text of files (or standard input)')
  .argument('[paths...]', 'files, or - for stdin', ['-'])
  .action((paths: string[]) => {
    for (const p of paths) process.stdout.write(normalize(readFileSync(p === '-' ? 0 : p, 'utf8')).text);
  });

program
  .command('eval')
  .description('score predictions against gold annotations (P/R/F1 and value accuracy per type)')
  .requiredOption('--gold <dir>', 'folder of gold .json files')
  .option('--pred <dir>', 'folder of predicted documents (<id>.json or documents.jsonl)')
  .option('--articles <dir>', 'run the pipeline over this folder instead of reading predictions')
  .option('--json', 'print the report as JSON')
  .option('--floors <file>', 'fail (exit 1) when a type F1 falls below the floor in this JSON file')
  .action(async (opts) => {
    const { runEval } = await import('./eval.js'); // commands load what they need, nothing more
    process.exitCode = runEval(opts);
  });

// `khabar extract … -o - | head`: the reader has what it wanted; stop quietly, as Unix tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UsageError) {
    process.stderr.write(`khabar: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
