#!/usr/bin/env node
/**
 * The `generate` command. The generator is TypeScript: esbuild bundles generator/ into one ES
 * module on first use, and again whenever one of its files changes (about 20 ms), kept under
 * node_modules/.cache. Running the sources through tsx's loader instead costs about 0.3 s on
 * every run, which is a third of what the whole generation may take (see `npm run bench`).
 * Where the bundle cannot be built or written, tsx runs the sources as they are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'generator/cli.ts');

/** Changes whenever a generator source, or this file, changes. */
function fingerprint() {
  const hash = createHash('sha256');
  const files = [fileURLToPath(import.meta.url)];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(join(root, 'generator'));
  for (const file of files.sort()) {
    const s = statSync(file);
    hash.update(`${relative(root, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundled() {
  const dir = join(root, 'node_modules/.cache/boomi-soap-codegen');
  const bundle = join(dir, `generate-${fingerprint()}.mjs`);
  if (existsSync(bundle)) return bundle;
  const { buildSync } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so that generators started together never read half a bundle.
  const staging = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [entry],
    outfile: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    // The generator finds the project through generator/project-root.ts alone.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'generator/project-root.ts')).href) },
  });
  renameSync(staging, bundle);
  for (const old of readdirSync(dir)) if (old.startsWith('generate-') && join(dir, old) !== bundle && !old.endsWith('.tmp')) rmSync(join(dir, old), { recursive: true, force: true });
  return bundle;
}

let bundle;
try {
  bundle = await bundled();
} catch {
  bundle = undefined;
}
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
