/**
 * generate [--wsdl <path|folder|url>] [--capabilities <file>] [--out <dir>] [--check]
 *          [--allow-private-addresses] [--allow-cross-origin-redirects]
 *
 * Defaults: the committed wsdl/ and generated/. With --check nothing is written: the output is
 * generated in memory and compared with --out; stale, missing or extra files are listed and
 * the exit code is 1. Credentials for a URL come from BOOMI_USERNAME / BOOMI_PASSWORD, never
 * from the command line (they would end up in shell history and CI logs).
 */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';
import { compareOutput, writeOutput } from './output-dir.ts';
import { LoadError } from './load/load-error.ts';
import { NETWORK_FLAGS, networkOptions } from './command.ts';
import { projectRoot } from './project-root.ts';

const USAGE = 'usage: generate [--wsdl <path|folder|url>] [--capabilities <file>] [--out <dir>] [--check] [--allow-private-addresses] [--allow-cross-origin-redirects]';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { wsdl: { type: 'string' }, capabilities: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean' }, ...NETWORK_FLAGS },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const wsdl = values.wsdl ?? join(projectRoot, 'wsdl');
  const outDir = resolve(values.out ?? join(projectRoot, 'generated'));
  const started = Date.now();
  const progress = values.quiet ? undefined : (message: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
  const username = process.env.BOOMI_USERNAME;
  const password = process.env.BOOMI_PASSWORD;
  const { files, diagnostics } = await generate({
    wsdl,
    ...(values.capabilities ? { capabilities: values.capabilities } : {}),
    ...(username && password ? { auth: { username, password } } : {}),
    ...networkOptions(values),
    ...(progress ? { onProgress: progress } : {}),
  });
  for (const d of diagnostics) console.error(`${d.source.file}:${d.source.line ?? 0}:${d.source.column ?? 0}: ${d.severity}: ${d.message} (${d.source.path})`);
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
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LoadError ? `generate: ${error.message}` : error);
    process.exit(2);
  },
);
