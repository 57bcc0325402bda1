/**
 * npm run reconstruct-wsdl -- <openapi spec.json> <2023 Platform schema: .xsd or its folder> [--out <dir>]
 * Rewrites the WSDL, schema and capability files of wsdl/ (default) from Boomi's public OpenAPI
 * spec and the real 2023 Platform schema, with the facts of Boomi's pages the tool holds.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readSpec } from './openapi.ts';
import { readPlatformSchema } from './platform-schema.ts';
import { writeFilesAtomically } from '../atomic-files.ts';
import { reconstructWsdl, OUTPUT_FILES } from './reconstruct.ts';
import { buildCapabilities } from './capabilities/build-capabilities.ts';
import { filterFieldsByType } from './capabilities/filter-fields.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function main(): void {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help || positionals.length !== 2) {
    console.error('usage: npm run reconstruct-wsdl -- <platformOpenAPISv3.0.3.json> <real 2023 Platform schema (.xsd or its folder)> [--out <dir>]');
    process.exit(values.help ? 0 : 2);
  }
  const specFile = resolve(positionals[0]!);
  const outDir = resolve(values.out ?? join(repoRoot, 'wsdl'));
  const spec = readSpec(specFile);
  const specText = readFileSync(specFile, 'utf8');
  const platform = readPlatformSchema(resolve(positionals[1]!));
  const capabilities = buildCapabilities(spec, specText);
  const files = reconstructWsdl({
    spec,
    specText,
    specFile: positionals[0]!,
    platform,
    platformText: readFileSync(platform.file, 'utf8'),
    filterFields: filterFieldsByType(capabilities),
  });
  files.set(OUTPUT_FILES.capabilities, `${JSON.stringify(capabilities, null, 2)}\n`);
  writeFilesAtomically(outDir, files);
  for (const [name, text] of files) console.log(`wrote ${relative(process.cwd(), join(outDir, name))} (${text.length} bytes)`);
}

try {
  main();
} catch (error) {
  console.error(`reconstruct-wsdl: ${(error as Error).message}`);
  process.exit(1);
}
