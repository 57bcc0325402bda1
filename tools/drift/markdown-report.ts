/**
 * Drift as GitHub markdown, for $GITHUB_STEP_SUMMARY and pull request comments: counts, then
 * one table of changed places per severity (the compatible ones folded away). Text from the
 * schemas (patterns, enumeration values) is escaped so it cannot break a table or turn into
 * markup.
 */
import { SEVERITIES, type Change } from '../../generator/surface/changes.ts';
import { countLine, NO_CHANGES, TITLES } from './report.ts';

export function markdownReport(changes: Change[]): string {
  const lines = ['## API drift', ''];
  if (changes.length === 0) return [...lines, NO_CHANGES].join('\n');
  lines.push(`${countLine(changes)}.`);
  for (const severity of SEVERITIES) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    const table = ['| Change | Where | Detail |', '| --- | --- | --- |', ...group.map((c) => `| ${text(c.kind)} | ${code(c.where)} | ${text(c.detail)} |`)];
    lines.push('', `### ${TITLES[severity]} (${group.length})`, '');
    if (severity === 'compatible') lines.push('<details><summary>Show them</summary>', '', ...table, '', '</details>');
    else lines.push(...table);
  }
  return lines.join('\n');
}

/** Plain text in a table cell: markup characters escaped, `<` and `&` as entities, pipes kept from splitting the row. */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_[\]~#!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|');
}

/** A code span in a table cell: fenced by more backticks than it holds; pipes still escaped, as GitHub splits rows before it reads code spans. */
export function code(value: string): string {
  const line = oneLine(value);
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = /^[` ]|[` ]$/.test(line) ? ` ${line} ` : line;
  return `${fence}${padded.replace(/\|/g, '\\|')}${fence}`;
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}
