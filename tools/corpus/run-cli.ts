/**
 * npm run corpus -- [--only <id,...>] [--corpus <dir>] [--concurrency N] [--timeout <seconds>]
 *
 * Runs every entry of the development corpus (rebuilt first with `npm run corpus:fetch`)
 * through generate → strict type-check → import → round-trip, prints one row per entry as it
 * finishes, then the table, the summary against the targets of issue #11 and every failure
 * grouped by its cause, and writes the whole report as JSON to .tmp/corpus/report.json.
 * Exit status 0 when every stage ran (failures of the generator are results, not errors).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest, selectEntries } from './manifest.ts';
import { defaultCorpusDir, runsDir } from './paths.ts';
import { formatFailures, formatRow, formatSummary, formatTable, summarize } from './report.ts';
import { runCorpus } from './run-corpus.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, corpus: { type: 'string' }, concurrency: { type: 'string', default: '2' }, timeout: { type: 'string', default: '600' } },
  });
  const entries = selectEntries(readManifest(), values.only);
  mkdirSync(runsDir, { recursive: true });
  const started = Date.now();
  console.log(`${entries.length} entries, ${values.concurrency} at a time; each entry's output is kept in ${relative(process.cwd(), runsDir)}/<id>/`);
  const reports = await runCorpus(entries, {
    corpusDir: values.corpus ?? defaultCorpusDir,
    workDir: runsDir,
    concurrency: Math.max(1, Number(values.concurrency)),
    timeoutMs: Number(values.timeout) * 1000,
    onEntry: (r) => console.log(`  ${formatRow(r).join('  ')}`),
  });
  const summary = summarize(reports);
  console.log(`\n${formatTable(reports)}\n\n${formatSummary(summary)}\n`);
  const failures = formatFailures(reports);
  if (failures) console.log(`${failures}\n`);
  const reportFile = join(runsDir, 'report.json');
  writeFileSync(reportFile, `${JSON.stringify({ startedAt: new Date(started).toISOString(), seconds: (Date.now() - started) / 1000, summary, entries: reports }, null, 2)}\n`);
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s; report: ${relative(process.cwd(), reportFile)}`);
}

main().catch((error: unknown) => {
  console.error(`corpus: ${(error as Error).message}`);
  process.exit(2);
});
