/**
 * npm run fidelity -- [--real <dir>] [--write-readme] [--format json]
 *
 * Compares wsdl/ with the real 2023 Platform WSDL (default: ../shared/boomi/real-platform-2023
 * beside the repository, or BOOMI_REAL_2023_DIR). Exit 1 when a difference has no documented
 * reason or wsdl/README.md does not list the differences as they are (--write-readme rewrites
 * its section).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareWithReal } from './compare-schemas.ts';
import { reasonFor } from './reasons.ts';
import { differenceTable, readmeSection, summaryLines, withReadmeSection } from './report.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { real: { type: 'string' }, 'write-readme': { type: 'boolean' }, format: { type: 'string' } } });
  const realDir = resolve(values.real ?? process.env.BOOMI_REAL_2023_DIR ?? join(repoRoot, '../shared/boomi/real-platform-2023'));
  const realWsdl = join(realDir, 'BoomiApiVersion1.wsdl');
  if (!existsSync(realWsdl)) {
    console.error(`fidelity: the real 2023 Platform WSDL is not at ${realWsdl}; pass --real <dir>`);
    return 2;
  }
  const report = await compareWithReal(join(repoRoot, 'wsdl'), realWsdl);
  if (values.format === 'json') console.log(JSON.stringify(report, null, 2));
  else console.log([...differenceTable(report.differences), '', ...summaryLines(report)].join('\n'));
  const readmePath = join(repoRoot, 'wsdl/README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const expected = withReadmeSection(readme, readmeSection(report));
  if (values['write-readme']) {
    writeFileSync(readmePath, expected);
    console.error('fidelity: wrote the differences section of wsdl/README.md');
  }
  const unexplained = report.differences.filter((d) => !reasonFor(d));
  for (const d of unexplained) console.error(`fidelity: no documented reason for ${d.kind} at ${d.where} (ours ${d.ours}, real ${d.real})`);
  const stale = !values['write-readme'] && expected !== readme;
  if (stale) console.error('fidelity: wsdl/README.md does not list the current differences; run npm run fidelity -- --write-readme');
  return unexplained.length > 0 || stale ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fidelity: ${(error as Error).message}`);
    process.exit(2);
  },
);
