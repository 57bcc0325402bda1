/**
 * npm run drift -- <old> <new> [--format text|json|markdown] [--fail-on may-break] [--allow-private-addresses] [--allow-cross-origin-redirects]
 *
 * Each side is a WSDL (file, folder or URL; the capability facts beside a local one are read
 * too) or an api-surface.json. Exit 0: nothing breaking; 1: breaking changes (or may-break ones
 * with --fail-on may-break); 2: bad input.
 */
import { parseArgs } from 'node:util';
import { NETWORK_FLAGS, networkOptions } from '../../generator/command.ts';
import type { Change } from '../../generator/surface/changes.ts';
import { compareSurfaces } from '../../generator/surface/drift.ts';
import { surfaceOf } from '../../generator/surface/surface-of.ts';
import { markdownReport } from './markdown-report.ts';
import { humanReport } from './report.ts';

const REPORTS: Record<string, (changes: Change[]) => string> = {
  text: (changes) => humanReport(changes, process.stdout.isTTY === true),
  json: (changes) => JSON.stringify(changes, null, 2),
  markdown: markdownReport,
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'breaking' }, ...NETWORK_FLAGS },
  });
  if (positionals.length !== 2 || !Object.hasOwn(REPORTS, values.format!) || !['breaking', 'may-break'].includes(values['fail-on']!)) {
    console.error('usage: drift <old wsdl|api-surface.json> <new wsdl|api-surface.json> [--format text|json|markdown] [--fail-on breaking|may-break] [--allow-private-addresses] [--allow-cross-origin-redirects]');
    return 2;
  }
  const auth = process.env.BOOMI_USERNAME && process.env.BOOMI_PASSWORD ? { auth: { username: process.env.BOOMI_USERNAME, password: process.env.BOOMI_PASSWORD } } : {};
  const [before, after] = await Promise.all(positionals.map((p) => surfaceOf(p, { ...auth, ...networkOptions(values) })));
  const changes = compareSurfaces(before!, after!);
  console.log(REPORTS[values.format!]!(changes));
  const failing = changes.some((c) => c.severity === 'breaking' || (values['fail-on'] === 'may-break' && c.severity === 'may-break'));
  return failing ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`drift: ${(error as Error).message}`);
    process.exit(2);
  },
);
