/** Drift as people read it: grouped by severity, coloured on a terminal; or JSON for machines. */
import type { Change, Severity } from '../../generator/surface/drift.ts';

const TITLES: Record<Severity, string> = { breaking: 'Breaking', 'may-break': 'May break', compatible: 'Compatible' };
const COLOURS: Record<Severity, string> = { breaking: '\u001b[31m', 'may-break': '\u001b[33m', compatible: '\u001b[32m' };

export function humanReport(changes: Change[], colour: boolean): string {
  if (changes.length === 0) return 'No changes to the API surface.';
  const paint = (severity: Severity, text: string) => (colour ? `${COLOURS[severity]}${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const severity of ['breaking', 'may-break', 'compatible'] as const) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint(severity, `${TITLES[severity]} (${group.length})`));
    for (const c of group) lines.push(`  ${c.kind.padEnd(26)} ${c.where}: ${c.detail}`);
    lines.push('');
  }
  const count = (s: Severity) => changes.filter((c) => c.severity === s).length;
  lines.push(`${count('breaking')} breaking, ${count('may-break')} may break, ${count('compatible')} compatible`);
  return lines.join('\n');
}
