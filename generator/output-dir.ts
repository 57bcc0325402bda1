/**
 * Writing generated/ and checking it. A run writes everything into a fresh sibling folder and
 * only then swaps it in, so a failed run leaves the previous output exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { concurrencyLimit } from './concurrency-limit.ts';

/** The output folder could not be written: permissions, a full disk, a file where a folder must be. */
export class OutputError extends Error {
  constructor(outDir: string, cause: unknown) {
    super(`cannot write ${relative(process.cwd(), outDir) || outDir}: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.name = 'OutputError';
  }
}

/** Files written at once: enough to keep the disk busy, far below any limit on open files. */
const WRITE_CONCURRENCY = 16;

export async function writeOutput(outDir: string, files: Map<string, string>): Promise<void> {
  let staging: string | undefined;
  try {
    const parent = dirname(outDir);
    mkdirSync(parent, { recursive: true });
    staging = mkdtempSync(join(parent, `.${basename(outDir)}-new-`));
    for (const dir of new Set([...files.keys()].map((path) => dirname(join(staging!, path))))) mkdirSync(dir, { recursive: true });
    await writeAll(staging, files);
    await swapIn(staging, outDir);
  } catch (error) {
    if (staging) rmSync(staging, { recursive: true, force: true });
    throw error instanceof OutputError ? error : new OutputError(outDir, error);
  }
}

/** Every file, a few at a time; after a failure the rest are not started, and the ones under way are waited for. */
async function writeAll(staging: string, files: Map<string, string>): Promise<void> {
  const limit = concurrencyLimit(WRITE_CONCURRENCY);
  let failure: { error: unknown } | undefined;
  await Promise.all(
    [...files].map(([path, text]) =>
      limit(async () => {
        if (failure) return;
        try {
          await writeFile(join(staging, path), text);
        } catch (error) {
          failure ??= { error };
        }
      }),
    ),
  );
  if (failure) throw failure.error;
}

/** The staged folder takes the output's place; if it cannot, the previous output is put back. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = existsSync(outDir) ? `${staging}-old` : undefined;
  if (previous) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (previous) renameSync(previous, outDir);
    throw error;
  }
  if (previous) await rm(previous, { recursive: true, force: true });
}

export interface StaleReport {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** Compares the expected files with outDir, without writing anything. */
export function compareOutput(outDir: string, files: Map<string, string>): StaleReport {
  const report: StaleReport = { changed: [], missing: [], extra: [] };
  for (const [path, text] of files) {
    const target = join(outDir, path);
    if (!existsSync(target)) report.missing.push(path);
    else if (readFileSync(target, 'utf8') !== text) report.changed.push(path);
  }
  for (const path of listFiles(outDir)) if (!files.has(path)) report.extra.push(path);
  return report;
}

function listFiles(dir: string, root = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, root) : [relative(root, full).split('\\').join('/')];
  }).sort();
}
