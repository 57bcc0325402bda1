/**
 * Writing generated/ and checking it. A run writes everything into a fresh sibling folder and
 * only then swaps it in, so a failed run leaves the previous output exactly as it was.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

export async function writeOutput(outDir: string, files: Map<string, string>): Promise<void> {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(outDir)}-new-`));
  try {
    for (const dir of new Set([...files.keys()].map((path) => dirname(join(staging, path))))) mkdirSync(dir, { recursive: true });
    // Written concurrently: one file after another spends most of its time waiting on the disk.
    await Promise.all([...files].map(([path, text]) => writeFile(join(staging, path), text)));
    const previous = existsSync(outDir) ? `${staging}-old` : undefined;
    if (previous) renameSync(outDir, previous);
    renameSync(staging, outDir);
    if (previous) await rm(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
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
