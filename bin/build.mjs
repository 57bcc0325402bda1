#!/usr/bin/env node
/**
 * Builds the generator's command into dist/cli.js: generator/ bundled by esbuild into one ES
 * module (its npm dependencies stay imports), so that the installed command runs as plain
 * JavaScript, with no TypeScript loader and nothing written into its own folder. Run by
 * `prepare` (on install from this repository, and before `npm pack`) and by `npm run generate`.
 */
import { build } from 'esbuild';
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist/cli.js');
mkdirSync(dirname(outfile), { recursive: true });
// Written aside and renamed, so that a generator started meanwhile never reads half a file.
const staging = `${outfile}.${process.pid}.tmp`;
await build({
  entryPoints: [join(root, 'generator/cli.ts')],
  outfile: staging,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  banner: { js: ['#!/usr/bin/env node', "import { createRequire as __createRequire } from 'node:module';", 'const require = __createRequire(import.meta.url);'].join('\n') },
  plugins: [requireCommonJs(['ts-morph'])],
});
renameSync(staging, outfile);

/**
 * These CommonJS packages are loaded with `require` rather than `import`: Node's ES module loader
 * first scans a CommonJS module's whole source for its export names, and ts-morph's is 1 MB
 * (with the TypeScript compiler behind it): its bare load took 0.24 s more CPU that way.
 */
function requireCommonJs(packages) {
  const filter = new RegExp(`^(${packages.join('|')})$`);
  return {
    name: 'require-commonjs',
    setup(build) {
      build.onResolve({ filter }, (args) => (args.namespace === 'require-commonjs' ? { path: args.path, external: true } : { path: args.path, namespace: 'require-commonjs' }));
      build.onLoad({ filter: /.*/, namespace: 'require-commonjs' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}
