/** The table, the summary against the issue's targets, and every failure grouped by its message. */
import type { EntryReport, Stage } from './run-corpus.ts';
import { hasSoapBindingTags } from './scan.ts';

const COLUMNS: [Stage, string][] = [
  ['generate', 'generate'],
  ['typecheck', 'strict tsc'],
  ['import', 'import'],
  ['server', 'node-soap server'],
  ['roundTrip', 'round-trip'],
];

export function formatRow(r: EntryReport): string[] {
  const shown = (s: Stage) => (r.stages[s].status === 'n/a' ? 'not available' : r.stages[s].status);
  return [r.id, `${(r.size / 1e3).toFixed(0)} kB`, ...COLUMNS.map(([s]) => shown(s)), `${(r.ms / 1000).toFixed(1)} s`];
}

export function formatTable(reports: EntryReport[]): string {
  const header = ['entry', 'size', ...COLUMNS.map(([, h]) => h), 'time'];
  const rows = reports.map(formatRow);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((c, i) => (i === 1 || i === row.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')).join('\n');
}

const percent = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)} %`);

export interface Summary {
  entries: number;
  /** Entries that must produce an SDK (all but those that must be refused). */
  sdkEntries: number;
  generated: number;
  compiled: number;
  imported: number;
  /** Generated, compiled and imported. */
  allThree: number;
  withSoapBinding: number;
  serverChecked: number;
  roundTripped: number;
  roundTripNotAvailable: number;
  expectedRefusals: number;
  refusedAsExpected: number;
}

export function summarize(reports: EntryReport[]): Summary {
  const sdk = reports.filter((r) => !r.expectedRefusal);
  const soap = sdk.filter((r) => hasSoapBindingTags(r.tags));
  const passed = (list: EntryReport[], s: Stage) => list.filter((r) => r.stages[s].status === 'pass').length;
  return {
    entries: reports.length,
    sdkEntries: sdk.length,
    generated: passed(sdk, 'generate'),
    compiled: passed(sdk, 'typecheck'),
    imported: passed(sdk, 'import'),
    allThree: sdk.filter((r) => (['generate', 'typecheck', 'import'] as const).every((s) => r.stages[s].status === 'pass')).length,
    withSoapBinding: soap.length,
    serverChecked: passed(soap, 'server'),
    roundTripped: passed(soap, 'roundTrip'),
    roundTripNotAvailable: soap.filter((r) => r.stages.roundTrip.status === 'n/a').length,
    expectedRefusals: reports.length - sdk.length,
    refusedAsExpected: passed(reports.filter((r) => r.expectedRefusal), 'generate'),
  };
}

export function formatSummary(s: Summary): string {
  return [
    `${s.entries} entries; ${s.sdkEntries} must give an SDK, ${s.expectedRefusals} must be refused`,
    `generate:                  ${s.generated}/${s.sdkEntries} (${percent(s.generated, s.sdkEntries)})`,
    `type-check (strict):       ${s.compiled}/${s.sdkEntries} (${percent(s.compiled, s.sdkEntries)})`,
    `import:                    ${s.imported}/${s.sdkEntries} (${percent(s.imported, s.sdkEntries)})`,
    `generate+compile+import:   ${s.allThree}/${s.sdkEntries} (${percent(s.allThree, s.sdkEntries)}; target ≥ 95 %)`,
    `node-soap server check:    ${s.serverChecked}/${s.withSoapBinding} entries with a SOAP binding (${percent(s.serverChecked, s.withSoapBinding)})`,
    `round-trip (generated):    ${s.roundTripped}/${s.withSoapBinding} (${percent(s.roundTripped, s.withSoapBinding)}; target ≥ 90 %)${s.roundTripNotAvailable > 0 ? `; not available for ${s.roundTripNotAvailable}: no SDK was generated` : ''}`,
    `refused as expected:       ${s.refusedAsExpected}/${s.expectedRefusals}`,
  ].join('\n');
}

/** Every failure, grouped by stage and by its message with the entry's own paths taken out, so that one cause is one group. */
export function formatFailures(reports: EntryReport[]): string {
  const out: string[] = [];
  for (const [stage, title] of COLUMNS) {
    const groups = new Map<string, string[]>();
    for (const r of reports) {
      const result = r.stages[stage];
      if (result.status !== 'fail') continue;
      const key = causeOf(result.message ?? '');
      groups.set(key, [...(groups.get(key) ?? []), `${r.id}: ${(result.message ?? '').split('\n')[0]}`]);
    }
    if (groups.size === 0) continue;
    out.push(`${title} failures:`);
    for (const [cause, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`  [${lines.length}] ${cause}`);
      for (const line of lines) out.push(`      ${line}`);
    }
  }
  return out.join('\n');
}

/** The message without what differs from entry to entry: file positions, quoted names and numbers. */
export function causeOf(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/^generate: /, '')
    .replace(/^expected a refusal naming (.*?); got generate: \S+?(?::\d+:\d+)?: /, 'expected a refusal naming $1; got: ')
    .replace(/^\S+?\.(?:wsdl|xsd|xml)(?::\d+:\d+)?: /, '')
    .replace(/(["'`]).*?\1/g, '$1…$1')
    .replace(/\b(operation|message|part|port|binding|portType|element|import) (?:element )?[\w:.{}\/-]+/g, '$1 …')
    .replace(/\{[^}]*\}\w+/g, '{…}…')
    .replace(/\b\d+\b/g, 'N');
}
