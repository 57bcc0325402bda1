/**
 * The generate command (cli.ts runs it): arguments → generate → the output folder written, or
 * compared with --check. Apart from cli.ts so that it runs in process too.
 */
import { basename, relative, resolve } from 'node:path';
import { generate } from './generate.ts';
import type { Diagnostic } from './model/ir.ts';
import { compareOutput, writeOutput } from './output-dir.ts';
import { NETWORK_FLAGS, networkOptions, parseCommandLine } from './command.ts';
import { documentProgressLine } from './terminal-progress.ts';

export const USAGE = [
  'usage: boomi-soap-codegen [--wsdl <path|folder|url>] [--out <dir>] [--capabilities <file> | --no-profile]',
  '                          [--package [--package-name <name>] [--package-version <version>]] [--prettier] [--check] [--quiet]',
  '                          [--allow-private-addresses] [--allow-cross-origin-redirects]',
].join('\n');

const OPTIONS = {
  wsdl: { type: 'string' },
  capabilities: { type: 'string' },
  'no-profile': { type: 'boolean' },
  out: { type: 'string' },
  package: { type: 'boolean' },
  'package-name': { type: 'string' },
  'package-version': { type: 'string' },
  prettier: { type: 'boolean' },
  check: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
  ...NETWORK_FLAGS,
} as const;

/** The command's work: the exit code for a run that ends as planned (0, or 1 for a stale --check); input and usage problems are thrown. */
export async function generateCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine({ args: argv, options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const wsdl = values.wsdl ?? 'wsdl';
  const outDir = resolve(values.out ?? 'generated');
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
      ...(values.capabilities ? { capabilities: values.capabilities } : values['no-profile'] ? { capabilities: false as const } : {}),
      ...(values.package ? { package: { name: values['package-name'] ?? packageName(outDir), version: values['package-version'] } } : {}),
      ...(values.prettier ? { prettier: { configAt: outDir } } : {}),
      ...(username && password ? { auth: { username, password } } : {}),
      ...networkOptions(values),
      ...(progress ? { onProgress: progress } : {}),
      ...(documents ? { onDocument: documents.onDocument } : {}),
    });
    for (const d of diagnostics) console.error(formatDiagnostic(d));
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

/** A package name from the output folder's name: lower case, npm's characters only. */
function packageName(outDir: string): string {
  return basename(outDir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'soap-client';
}

/** `file:line:column: severity: message (path)`, leaving out the position and path a diagnostic lacks. */
function formatDiagnostic(d: Diagnostic): string {
  const { file, line, column, path } = d.source;
  const at = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  return `${at}: ${d.severity}: ${d.message}${path ? ` (${path})` : ''}`;
}
