/**
 * Progress per document on a terminal: one line, rewritten in place as each document arrives,
 * and cleared at the end. Nothing when the stream is not a terminal (a pipe, a CI log), where
 * a line per document would be noise.
 */
import type { DocumentProgress } from './load/load-wsdl.ts';

export interface DocumentProgressLine {
  onDocument: (progress: DocumentProgress) => void;
  /** Clears the line, if one was written. */
  end: () => void;
}

export function documentProgressLine(stream: NodeJS.WriteStream, verb: string): DocumentProgressLine {
  if (!stream.isTTY) return { onDocument: () => {}, end: () => {} };
  let written = false;
  return {
    onDocument: ({ location, read, total }) => {
      const line = `${verb} ${read}/${total}: ${location}`;
      const width = Math.max(20, (stream.columns || 80) - 1); // a terminal of unknown size reports 0
      stream.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      written = true;
    },
    end: () => {
      if (written) stream.write('\r\x1b[K');
      written = false;
    },
  };
}
