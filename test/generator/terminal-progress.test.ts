// The command's per-document progress line (terminal-progress.ts) on a stream that says it is a
// terminal, and on one that does not.
import { describe, expect, it } from 'vitest';
import { documentProgressLine } from '../../generator/terminal-progress.ts';

function stream(isTTY: boolean, columns?: number): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  return { written, stream: { isTTY, columns, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream };
}

describe('the progress line', () => {
  it('rewrites one line per document, cut to the terminal’s width, and clears it at the end only if it wrote one', () => {
    const out = stream(true, 31);
    const line = documentProgressLine(out.stream, 'reading');
    line.end();
    expect(out.written).toEqual([]);
    line.onDocument({ location: 'a.wsdl', read: 1, total: 3 });
    // Width 30 (one column less than the terminal): 30 characters fit, 31 are cut to 29 and an ellipsis.
    line.onDocument({ location: 'abcdefghijklmnopq', read: 2, total: 3 });
    line.onDocument({ location: 'abcdefghijklmnopqr', read: 3, total: 3 });
    line.end();
    line.end();
    expect(out.written).toEqual(['\r\x1b[Kreading 1/3: a.wsdl', '\r\x1b[Kreading 2/3: abcdefghijklmnopq', '\r\x1b[Kreading 3/3: abcdefghijklmnop…', '\r\x1b[K']);
  });

  it('takes 80 columns for a terminal of unknown size, and no fewer than 20 for a narrow one', () => {
    const unknown = stream(true, 0);
    documentProgressLine(unknown.stream, 'fetching').onDocument({ location: 'x'.repeat(100), read: 1, total: 1 });
    expect(unknown.written[0]).toBe(`\r\x1b[Kfetching 1/1: ${'x'.repeat(78 - 'fetching 1/1: '.length)}…`);
    const narrow = stream(true, 10);
    documentProgressLine(narrow.stream, 'fetching').onDocument({ location: 'abcdefghij', read: 1, total: 1 });
    expect(narrow.written[0]).toBe('\r\x1b[Kfetching 1/1: abcde…');
  });

  it('writes nothing where the stream is not a terminal', () => {
    const out = stream(false, 80);
    const line = documentProgressLine(out.stream, 'reading');
    line.onDocument({ location: 'a.wsdl', read: 1, total: 1 });
    line.end();
    expect(out.written).toEqual([]);
  });
});
