/** Drift as people read it on a terminal: grouped by severity, coloured on a TTY. */
import { SEVERITIES, type Change, type Severity } from '../../generator/surface/changes.ts';

export const NO_CHANGES = 'No changes to the API surface.';
export const TITLES: Record<Severity, string> = { breaking: 'Breaking', 'may-break': 'May break', compatible: 'Compatible' };
const COLOURS: Record<Severity, string> = { breaking: '\u001b[31m', 'may-break': '\u001b[33m', compatible: '\u001b[32m' };

export function humanReport(changes: Change[], colour: boolean): string {
  if (changes.length === 0) return NO_CHANGES;
  const paint = (severity: Severity, text: string) => (colour ? `${COLOURS[severity]}${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push(paint(severity, `${TITLES[severity]} (${group.length})`));
    for (const c of group) lines.push(`  ${c.kind.padEnd(26)} ${c.where}: ${c.detail}`);
    lines.push('');
  }
  lines.push(countLine(changes));
  return lines.join('\n');
}

/** `2 breaking, 0 may break, 5 compatible` */
export function countLine(changes: Change[]): string {
  return SEVERITIES.map((s) => `${changes.filter((c) => c.severity === s).length} ${TITLES[s].toLowerCase()}`).join(', ');
}
