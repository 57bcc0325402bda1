/**
 * Writes a set of files into a folder all at once: first into a temporary folder beside them,
 * then moved in. A failure while writing leaves the folder as it was; other files in it stay.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFilesAtomically(outDir: string, files: Map<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  const staging = mkdtempSync(join(outDir, '.writing-'));
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
    for (const name of files.keys()) renameSync(join(staging, name), join(outDir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
