/**
 * The files a WSDL needs: the entry and every document reached through its references,
 * resolved as relative paths inside the same repository. A reference to another host, or one
 * that leaves the repository or names a missing file, is an error: a corpus entry must be
 * complete on its own.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { describeEntry, scanDocument, ScanError, type DocumentScan, type Exercises } from './scan.ts';

export interface ClosureFile {
  /** Path in the repository. */
  source: string;
  bytes: Buffer;
  scan: DocumentScan;
}

export class ClosureError extends Error {}

export function closureOf(entry: string, read: (path: string) => Buffer | undefined): { files: ClosureFile[]; exercises: Exercises } {
  const files = new Map<string, ClosureFile>();
  const queue: [path: string, from?: string][] = [[posix.normalize(entry)]];
  while (queue.length > 0) {
    const [path, from] = queue.shift()!;
    if (files.has(path)) continue;
    const bytes = read(path);
    if (!bytes) throw new ClosureError(`${path}: no such file in the repository${from ? ` (referenced from ${from})` : ''}`);
    let scan: DocumentScan;
    try {
      scan = scanDocument(bytes.toString('utf8'));
    } catch (error) {
      throw new ClosureError(`${path}: ${error instanceof ScanError ? error.message : String(error)}`);
    }
    files.set(path, { source: path, bytes, scan });
    for (const ref of scan.references) {
      const where = `${path}:${ref.line} (${ref.kind} ${ref.location})`;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref.location)) throw new ClosureError(`${where}: refers outside the repository`);
      const target = posix.normalize(posix.join(posix.dirname(path), decodeURIComponent(ref.location.replace(/[?#].*$/, ''))));
      if (target.startsWith('../') || target === '..') throw new ClosureError(`${where}: leaves the repository`);
      queue.push([target, where]);
    }
  }
  const list = [...files.values()];
  return { files: list, exercises: describeEntry(list.map((f) => f.scan)) };
}

/** Where each file goes in the entry's folder: its path below the folder all the files share, so relative references still hold. */
export function localPaths(sources: string[]): Map<string, string> {
  const dirs = sources.map((s) => posix.dirname(s).split('/').filter((p) => p !== '.'));
  let common = dirs[0] ?? [];
  for (const d of dirs) {
    let i = 0;
    while (i < common.length && i < d.length && common[i] === d[i]) i++;
    common = common.slice(0, i);
  }
  const prefix = common.length > 0 ? `${common.join('/')}/` : '';
  return new Map(sources.map((s) => [s, s.slice(prefix.length)]));
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
