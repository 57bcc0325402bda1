/**
 * tools/corpus/manifest.json: the development corpus of real WSDLs, as references into public
 * repositories (the files themselves are third-party and never committed). `npm run
 * corpus:fetch` rebuilds the corpus from it; `npm run corpus:add` adds an entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './closure.ts';
import type { Exercises } from './scan.ts';

export const manifestPath = join(dirname(fileURLToPath(import.meta.url)), 'manifest.json');

export interface ManifestFile {
  /** Path in the repository at the entry's commit. */
  source: string;
  /** Path in the entry's folder. */
  path: string;
  sha256: string;
  size: number;
}

/** Whether bytes are the manifest's file: its size and sha256. */
export function isManifestFile(file: ManifestFile, bytes: Buffer): boolean {
  return bytes.length === file.size && sha256(bytes) === file.sha256;
}

export interface ManifestEntry {
  id: string;
  /** `owner/name` on GitHub. */
  repo: string;
  commit: string;
  /** SPDX identifier of the repository's licence, or `unknown`. */
  license: string;
  /** The WSDL to generate from: a path in the entry's folder. */
  entry: string;
  /** The entry and everything it references. */
  files: ManifestFile[];
  /** Bytes of all the files together. */
  size: number;
  exercises: Exercises;
  /** Why the entry is in the corpus when its tags do not say it. */
  note?: string;
  /** What the generator must do instead of generating: refuse the input with a message naming this. */
  expect?: { refusal: string };
}

export interface Manifest {
  entries: ManifestEntry[];
}

export class ManifestError extends Error {}

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const SAFE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\0\\]+$/;

export function readManifest(path = manifestPath): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ManifestError(`${path}: ${(error as Error).message}`);
  }
  const entries = (data as Manifest | undefined)?.entries;
  if (!Array.isArray(entries)) throw new ManifestError(`${path}: no "entries" array`);
  const seen = new Set<string>();
  entries.forEach((e: ManifestEntry, i) => {
    const where = `${path}: entry ${i}${typeof e?.id === 'string' ? ` (${e.id})` : ''}`;
    const fail = (what: string) => {
      throw new ManifestError(`${where}: ${what}`);
    };
    if (typeof e?.id !== 'string' || !ID.test(e.id)) fail('"id" must be lower-case letters, digits, ".", "_" or "-"');
    if (seen.has(e.id)) fail('the id is used twice');
    seen.add(e.id);
    if (typeof e.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(e.repo)) fail('"repo" must be owner/name');
    if (typeof e.commit !== 'string' || !/^[0-9a-f]{40}$/.test(e.commit)) fail('"commit" must be 40 hex digits');
    if (!Array.isArray(e.files) || e.files.length === 0) fail('"files" must list at least the entry');
    for (const f of e.files) {
      if (typeof f?.source !== 'string' || !SAFE_PATH.test(f.source)) fail(`file ${JSON.stringify(f?.source)}: "source" must be a relative path inside the repository`);
      if (typeof f.path !== 'string' || !SAFE_PATH.test(f.path)) fail(`file ${f.source}: "path" must be a relative path inside the entry's folder`);
      if (typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) fail(`file ${f.source}: "sha256" must be 64 hex digits`);
      if (!Number.isInteger(f.size) || f.size < 0) fail(`file ${f.source}: "size" must be a byte count`);
    }
    if (!e.files.some((f) => f.path === e.entry)) fail(`"entry" ${JSON.stringify(e.entry)} is not one of its files`);
  });
  return { entries };
}

export function writeManifest(manifest: Manifest, path = manifestPath): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function selectEntries(manifest: Manifest, only: string | undefined): ManifestEntry[] {
  if (!only) return manifest.entries;
  const ids = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !manifest.entries.some((e) => e.id === id));
  if (unknown.length > 0) throw new ManifestError(`--only: no entry ${unknown.join(', ')} in the manifest`);
  return manifest.entries.filter((e) => ids.includes(e.id));
}

/** The entries with the most bytes, largest first (the benchmark's inputs). */
export function largestEntries(manifest: Manifest, count: number): ManifestEntry[] {
  return [...manifest.entries].sort((a, b) => b.size - a.size || a.id.localeCompare(b.id)).slice(0, count);
}
