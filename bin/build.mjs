#!/usr/bin/env node
/**
 * Builds the generator's command into dist/cli.js: generator/ bundled by esbuild into one ES
 * module (its npm dependencies stay imports), so that the installed command runs as plain
 * JavaScript, with no TypeScript loader and nothing written into its own folder. Run by
 * `prepare` (on install from this repository, and before `npm pack`) and by `npm run generate`.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/cli.js');
mkdirSync(dirname(outfile), { recursive: true });
// Written aside and renamed, so that a generator started meanwhile never reads half a file.
const staging = `${outfile}.${process.pid}.tmp`;
buildSync({
  entryPoints: [join(root, 'generator/cli.ts')],
  outfile: staging,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  banner: { js: '#!/usr/bin/env node' },
});
renameSync(staging, outfile);
