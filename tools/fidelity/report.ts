/** The fidelity report as a console table and as the README section listing every difference with its reason. */
import type { FidelityReport } from './compare-schemas.ts';
import type { Difference } from './differences.ts';
import { reasonFor } from './reasons.ts';

export const README_BEGIN = '<!-- fidelity:begin -->';
export const README_END = '<!-- fidelity:end -->';

export function summaryLines(report: FidelityReport): string[] {
  const c = report.counts;
  const percent = c.sharedTypes === 0 ? 0 : Math.round((1000 * c.sharedTypesAgreeing) / c.sharedTypes) / 10;
  return [
    `complex types: ours ${c.oursTypes}, real 2023 ${c.realTypes}, shared ${c.sharedTypes}; shared types agreeing on every field (order aside): ${c.sharedTypesAgreeing} (${percent} %)`,
    `objects (types deriving from BaseType): ours ${c.oursObjects}, real 2023 ${c.realObjects}`,
    `operation wrappers compared: ${c.wrappersCompared}, agreeing: ${c.wrappersAgreeing}`,
    `differences: ${report.differences.length}, without a documented reason: ${report.differences.filter((d) => !reasonFor(d)).length}`,
  ];
}

export function differenceTable(differences: Difference[]): string[] {
  const rows = differences.map((d) => [d.kind, d.where, d.ours, d.real]);
  const widths = [0, 1, 2, 3].map((i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length), 5)));
  const cell = (text: string, i: number) => (text.length > widths[i]! ? `${text.slice(0, widths[i]! - 1)}…` : text.padEnd(widths[i]!));
  return [['kind', 'where', 'ours', 'real 2023'], ...rows].map((r) => r.map(cell).join('  ').trimEnd());
}

/** The README section: every difference, grouped by reason, in stable order. */
export function readmeSection(report: FidelityReport): string {
  const groups = new Map<string, Difference[]>();
  for (const d of report.differences) {
    const reason = reasonFor(d) ?? '(no reason documented)';
    groups.set(reason, [...(groups.get(reason) ?? []), d]);
  }
  const lines = [README_BEGIN, '', ...summaryLines(report).map((l) => `- ${l}`), ''];
  for (const [reason, items] of groups) {
    lines.push(`### ${items[0]!.kind} (${items.length})`, '', reason, '', '| where | ours | real 2023 |', '| --- | --- | --- |');
    for (const d of items) lines.push(`| \`${d.where}\` | ${escapeCell(d.ours)} | ${escapeCell(d.real)} |`);
    lines.push('');
  }
  lines.push(README_END);
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** Replaces (or appends) the marked section of a README text. */
export function withReadmeSection(readme: string, section: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < 0) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, begin)}${section}${readme.slice(end + README_END.length)}`;
}
