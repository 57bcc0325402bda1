#!/usr/bin/env node
/**
 * `npm run mutation [-- runtime|generator] [stryker options]`: StrykerJS over the runtime, then
 * over the generator, each area with its own reports and incremental file (stryker.config.mjs).
 * The areas run apart because two tests compare generated/ with the generator's output
 * byte for byte, which the mutated copy of the runtime under generated/ never is: in the
 * runtime's run they are not related to the mutated files and do not run; in the generator's
 * run generated/ is untouched and they pass.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const AREAS = ['runtime', 'generator'];

const [first, ...rest] = process.argv.slice(2);
const areas = AREAS.includes(first) ? [first] : AREAS;
const options = AREAS.includes(first) ? rest : process.argv.slice(2);

const stryker = join(dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json')), 'bin/stryker.js');
for (const area of areas) {
  console.log(`mutation: ${area}`);
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...options], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_AREA: area },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
