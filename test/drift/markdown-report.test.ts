// The markdown report's escaping: what schemas may hold must not break a table row or become markup.
import { describe, expect, it } from 'vitest';
import { code, markdownReport, text } from '../../tools/drift/markdown-report.ts';

describe('markdown drift report', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<b>bold</b> & co', '&lt;b&gt;bold&lt;/b&gt; &amp; co'],
    ['*not* _emphasis_ [link](x) ~~gone~~ `code`', '\\*not\\* \\_emphasis\\_ \\[link\\](x) \\~\\~gone\\~\\~ \\`code\\`'],
    ['C:\\path', 'C:\\\\path'],
    ['two\nlines', 'two lines'],
  ])('escapes %j in text cells', (value, escaped) => expect(text(value)).toBe(escaped));

  it.each([
    ['Account/status', '`Account/status`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['a|b<c>', '`a\\|b<c>`'],
  ])('fences %j as code', (value, fenced) => expect(code(value)).toBe(fenced));

  it('says so when nothing changed', () => {
    expect(markdownReport([])).toBe('## API drift\n\nNo changes to the API surface.');
  });
});
