/**
 * npm run fidelity -- [--real <dir>] [--spec <openapi.json>] [--write-readme] [--format json]
 *
 * Compares wsdl/ with the real 2023 Platform WSDL (default: ../shared/boomi/real-platform-2023
 * beside the repository, or BOOMI_REAL_2023_DIR), looking up the evidence for additions in
 * Boomi's OpenAPI spec (default beside it, or BOOMI_OPENAPI_SPEC). Exit 1 when a difference has
 * no evidence, a breaking drift is at no listed difference, written-down evidence is out of
 * date, or wsdl/README.md does not list the differences as they are (--write-readme rewrites its
 * section).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSpec } from '../reconstruct/openapi.ts';
import { checkFidelity } from './fidelity.ts';
import { differenceTable, withReadmeSection } from './report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { real: { type: 'string' }, spec: { type: 'string' }, 'write-readme': { type: 'boolean' }, format: { type: 'string' } } });
  const realDir = resolve(values.real ?? process.env.BOOMI_REAL_2023_DIR ?? join(repoRoot, '../shared/boomi/real-platform-2023'));
  const realWsdl = join(realDir, 'BoomiApiVersion1.wsdl');
  if (!existsSync(realWsdl)) {
    console.error(`fidelity: the real 2023 Platform WSDL is not at ${realWsdl}; pass --real <dir>`);
    return 2;
  }
  const specFile = resolve(values.spec ?? process.env.BOOMI_OPENAPI_SPEC ?? join(repoRoot, '../shared/boomi/platformOpenAPISv3.0.3.json'));
  const spec = existsSync(specFile) ? readSpec(specFile) : undefined;
  if (!spec) console.error(`fidelity: Boomi's OpenAPI spec is not at ${specFile} (pass --spec): additions since 2023 have no evidence without it`);
  const check = await checkFidelity(join(repoRoot, 'wsdl'), realWsdl, spec);
  if (values.format === 'json') console.log(JSON.stringify({ counts: check.report.counts, differences: check.explained, breaking: check.breaking }, null, 2));
  else console.log([...differenceTable(check.explained), '', ...check.summary].join('\n'));
  const readmePath = join(repoRoot, 'wsdl/README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const expected = withReadmeSection(readme, check.section);
  if (values['write-readme']) {
    writeFileSync(readmePath, expected);
    console.error('fidelity: wrote the differences section of wsdl/README.md');
  }
  const problems = [
    ...check.explained.filter((d) => d.evidence === undefined).map((d) => `no evidence for ${d.kind} at ${d.where} (ours ${d.ours}, real ${d.real})`),
    ...check.unaccounted.map((c) => `drift from the 2023 schema: ${c.kind} at ${c.where}, where no difference is listed with evidence`),
    ...check.unused.map((e) => `evidence written down for ${e.kind} at ${e.where}, which is no longer a difference (tools/fidelity/evidence.ts)`),
    ...(!values['write-readme'] && expected !== readme ? ['wsdl/README.md does not list the current differences; run npm run fidelity -- --write-readme'] : []),
  ];
  for (const problem of problems) console.error(`fidelity: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fidelity: ${(error as Error).message}`);
    process.exit(2);
  },
);
