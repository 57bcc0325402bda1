/**
 * Rebuilds the corpus folder from the manifest: every file of every entry, from GitHub's raw
 * file service or from local git copies, each checked against its sha256 and size. Nothing is
 * written until every file has arrived and matched; then the new folder replaces the old one
 * in one rename.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha256 } from './closure.ts';
import { gitDirOf, readAtCommit } from './git-copies.ts';
import { isManifestFile, type ManifestEntry, type ManifestFile } from './manifest.ts';

export type FileSource = (entry: ManifestEntry, file: ManifestFile) => Promise<Buffer>;

export class CorpusFetchError extends Error {}

export function rawGitHubSource(fetchImpl: typeof fetch = fetch): FileSource {
  return async (entry, file) => {
    const url = `https://raw.githubusercontent.com/${entry.repo}/${entry.commit}/${file.source.split('/').map(encodeURIComponent).join('/')}`;
    const response = await fetchImpl(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
}

export function gitCopiesSource(dir: string): FileSource {
  return async (entry, file) => {
    const bytes = readAtCommit(gitDirOf(dir, entry.repo), entry.commit, file.source);
    if (!bytes) throw new Error(`${file.source} is not in ${entry.repo} at ${entry.commit}`);
    return bytes;
  };
}

/** Every file of every entry, a few at a time; all failures are collected, each naming its entry and file. */
export async function fetchCorpus(entries: ManifestEntry[], source: FileSource, outDir: string, concurrency = 8): Promise<{ files: number; bytes: number }> {
  const jobs = entries.flatMap((entry) => entry.files.map((file) => ({ entry, file })));
  const got = new Map<(typeof jobs)[number], Buffer>();
  const errors: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const where = `${job.entry.id}: ${job.file.source}`;
      try {
        const bytes = await source(job.entry, job.file);
        if (!isManifestFile(job.file, bytes)) {
          errors.push(`${where}: expected ${job.file.size} bytes with sha256 ${job.file.sha256}, got ${bytes.length} bytes with sha256 ${sha256(bytes)}`);
        } else got.set(job, bytes);
      } catch (error) {
        errors.push(`${where}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  if (errors.length > 0) throw new CorpusFetchError(`the corpus was not written; ${errors.length} of ${jobs.length} files failed:\n  ${errors.sort().join('\n  ')}`);

  const target = resolve(outDir);
  mkdirSync(dirname(target), { recursive: true });
  const staging = `${target}.writing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [{ entry, file }, bytes] of got) {
      const path = join(staging, entry.id, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { files: jobs.length, bytes: jobs.reduce((n, j) => n + j.file.size, 0) };
}
