/**
 * npm run reconstruct-wsdl -- <openapi spec.json> [--out <dir>]
 * Rewrites the WSDL and schema files of wsdl/ (default) from Boomi's public OpenAPI spec.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readSpec } from './openapi.ts';
import { reconstructWsdl, OUTPUT_FILES } from './reconstruct.ts';
import { buildCapabilities } from './capabilities/build-capabilities.ts';
import { filterFieldsByType } from './capabilities/filter-fields.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function main(): void {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help || positionals.length !== 1) {
    console.error('usage: npm run reconstruct-wsdl -- <platformOpenAPISv3.0.3.json> [--out <dir>]');
    process.exit(values.help ? 0 : 2);
  }
  const specFile = resolve(positionals[0]!);
  const outDir = resolve(values.out ?? join(repoRoot, 'wsdl'));
  const spec = readSpec(specFile);
  const specText = readFileSync(specFile, 'utf8');
  const capabilities = buildCapabilities(spec, specText);
  const files = reconstructWsdl({ spec, specText, specFile: positionals[0]!, filterFields: filterFieldsByType(capabilities) });
  files.set(OUTPUT_FILES.capabilities, `${JSON.stringify(capabilities, null, 2)}\n`);
  writeAll(outDir, files);
  for (const [name, text] of files) console.log(`wrote ${join(outDir, name)} (${text.length} bytes)`);
}

/** Writes every file to a temporary folder first, then moves them in: a failure leaves outDir as it was. */
function writeAll(outDir: string, files: Map<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(outDir, '.reconstruct-'));
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
    for (const name of files.keys()) renameSync(join(staging, name), join(outDir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`reconstruct-wsdl: ${(error as Error).message}`);
  process.exit(1);
}
