/** The fidelity report as a console table and as the README section listing every difference with its evidence. */
import type { Change } from '../../generator/surface/changes.ts';
import type { FidelityReport } from './compare-schemas.ts';
import type { Difference } from './differences.ts';

export const README_BEGIN = '<!-- fidelity:begin -->';
export const README_END = '<!-- fidelity:end -->';

/** A difference with its evidence, when it has some. */
export type Explained = Difference & { evidence: string | undefined };

export function summaryLines(report: FidelityReport, explained: Explained[], breaking: Change[], unaccounted: Change[]): string[] {
  const c = report.counts;
  const percent = (n: number) => `${c.realTypes === 0 ? 0 : Math.round((1000 * n) / c.realTypes) / 10} %`;
  const withEvidence = explained.filter((d) => d.evidence !== undefined).length;
  return [
    `complex types of the 2023 schema (its wrappers apart): ${c.realTypes}; in ours: ${c.present}; agreeing on every field the 2023 schema gives them: ${c.agreeing} (${percent(c.agreeing)}); identical, nothing added since 2023 either: ${c.identical} (${percent(c.identical)})`,
    `complex types in ours: ${c.oursTypes}; objects (types deriving from BaseType): ours ${c.oursObjects}, real 2023 ${c.realObjects}`,
    `operation wrappers compared: ${c.wrappersCompared}; agreeing: ${c.wrappersAgreeing}; agreeing but for the partner namespace: ${c.wrappersAgreeingButNamespace}`,
    `differences: ${explained.length}, with evidence: ${withEvidence}`,
    `drift from the 2023 schema to ours (npm run drift): ${breaking.length} breaking, ${breaking.length - unaccounted.length} of them at a difference listed with its evidence`,
  ];
}

export function differenceTable(explained: Explained[]): string[] {
  const rows = explained.map((d) => [d.kind, d.where, d.ours, d.real, d.evidence ?? '(no evidence)']);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length), 5)));
  const cell = (text: string, i: number) => (text.length > widths[i]! ? `${text.slice(0, widths[i]! - 1)}…` : text.padEnd(widths[i]!));
  return [['kind', 'where', 'ours', 'real 2023', 'evidence'], ...rows].map((r) => r.map(cell).join('  ').trimEnd());
}

/** The README section: the summary, then every difference with its evidence, by kind, in stable order. */
export function readmeSection(summary: string[], explained: Explained[]): string {
  const lines = [README_BEGIN, '', ...summary.map((l) => `- ${l}`), ''];
  const kinds = [...new Set(explained.map((d) => d.kind))];
  for (const kind of kinds) {
    const items = explained.filter((d) => d.kind === kind);
    lines.push(`### ${kind} (${items.length})`, '', '| where | ours | real 2023 | evidence |', '| --- | --- | --- | --- |');
    for (const d of items) lines.push(`| \`${d.where}\` | ${escapeCell(d.ours)} | ${escapeCell(d.real)} | ${escapeCell(d.evidence ?? '(no evidence)')} |`);
    lines.push('');
  }
  lines.push(README_END);
  return lines.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** Replaces (or appends) the marked section of a README text. */
export function withReadmeSection(readme: string, section: string): string {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin < 0 || end < 0) return `${readme.trimEnd()}\n\n${section}\n`;
  return `${readme.slice(0, begin)}${section}${readme.slice(end + README_END.length)}`;
}
