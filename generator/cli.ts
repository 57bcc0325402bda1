/**
 * generate [--wsdl <path|folder|url>] [--capabilities <file>] [--out <dir>] [--check] [--quiet]
 *          [--allow-private-addresses] [--allow-cross-origin-redirects]
 *
 * Defaults: the committed wsdl/ and generated/. With --check nothing is written: the output is
 * generated in memory and compared with --out; stale, missing or extra files are listed and
 * the exit code is 1. Credentials for a URL come from BOOMI_USERNAME / BOOMI_PASSWORD, never
 * from the command line (they would end up in shell history and CI logs).
 *
 * Exit codes: 0 done; 1 stale (--check); 2 bad input, named with file:line:column, bad
 * arguments, or an output folder that cannot be written; 3 an internal error (a bug), with
 * its stack.
 */
import { join, relative, resolve } from 'node:path';
import { generate } from './generate.ts';
import { compareOutput, OutputError, writeOutput } from './output-dir.ts';
import { NETWORK_FLAGS, networkOptions, parseCommandLine, runCommand } from './command.ts';
import { projectRoot } from './project-root.ts';
import { documentProgressLine } from './terminal-progress.ts';

const USAGE = 'usage: generate [--wsdl <path|folder|url>] [--capabilities <file>] [--out <dir>] [--check] [--quiet] [--allow-private-addresses] [--allow-cross-origin-redirects]';

const OPTIONS = {
  wsdl: { type: 'string' },
  capabilities: { type: 'string' },
  out: { type: 'string' },
  check: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
  ...NETWORK_FLAGS,
} as const;

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandLine({ args: argv, options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const wsdl = values.wsdl ?? join(projectRoot, 'wsdl');
  const outDir = resolve(values.out ?? join(projectRoot, 'generated'));
  const started = Date.now();
  // Per document on a terminal only; the steps unless --quiet.
  const documents = values.quiet ? undefined : documentProgressLine(process.stderr, 'read');
  const progress = values.quiet
    ? undefined
    : (message: string) => {
        documents?.end();
        console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
      };
  const username = process.env.BOOMI_USERNAME;
  const password = process.env.BOOMI_PASSWORD;
  try {
    const { files, diagnostics } = await generate({
      wsdl,
      ...(values.capabilities ? { capabilities: values.capabilities } : {}),
      ...(username && password ? { auth: { username, password } } : {}),
      ...networkOptions(values),
      ...(progress ? { onProgress: progress } : {}),
      ...(documents ? { onDocument: documents.onDocument } : {}),
    });
    for (const d of diagnostics) console.error(`${d.source.file}:${d.source.line ?? 0}:${d.source.column ?? 0}: ${d.severity}: ${d.message}${d.source.path ? ` (${d.source.path})` : ''}`);
    if (values.check) {
      const stale = compareOutput(outDir, files);
      const lines = [...stale.changed.map((p) => `changed: ${p}`), ...stale.missing.map((p) => `missing: ${p}`), ...stale.extra.map((p) => `extra:   ${p}`)];
      if (lines.length > 0) {
        console.error(`${relative(process.cwd(), outDir) || '.'} is stale (${lines.length} files); run the generator to update it:\n  ${lines.join('\n  ')}`);
        return 1;
      }
      progress?.(`${files.size} files up to date`);
      return 0;
    }
    await writeOutput(outDir, files);
    progress?.(`wrote ${files.size} files to ${relative(process.cwd(), outDir) || '.'}`);
    return 0;
  } finally {
    documents?.end();
  }
}

runCommand('generate', USAGE, () => main(process.argv.slice(2)), [OutputError]);
