// Mutation testing with StrykerJS: `npm run mutation` (bin/mutation.mjs), not part of `npm test`.
// See README, "Mutation testing".

/**
 * The two areas, run one at a time (bin/mutation.mjs says why), each with its own reports.
 *
 * The runtime is mutated in generated/runtime/, not templates/runtime/: the tests import the
 * runtime from generated/ (the SDK they exercise), and generated/runtime/ is a byte copy of
 * templates/runtime/ that `npm run generate -- --check` (part of `npm test`) holds equal, so a
 * survivor at generated/runtime/<file>:<line> is one at templates/runtime/<file>:<line>.
 * Mutating templates/runtime/ would change no code the tests run.
 */
const AREAS = {
  runtime: ['generated/runtime/**/*.ts'],
  generator: ['generator/**/*.ts'],
};
const area = process.env.MUTATION_AREA ?? 'runtime';
if (!(area in AREAS)) throw new Error(`MUTATION_AREA=${area}: expected one of ${Object.keys(AREAS).join(', ')}`);
const reports = `reports/mutation/${area}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The suite's configuration with the test files in the order that kills mutants soonest.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: AREAS[area],
  // `// @ts-nocheck` goes atop the mutated files only: by default Stryker writes it into every .ts
  // file of the sandbox, generated/ included, which then differs from the generator's output.
  disableTypeChecks: AREAS[area][0],
  // Not copied into the sandbox: output of earlier runs and the tests' scratch folders.
  ignorePatterns: ['dist', '.tmp', '.corpus', 'reports'],
  // Static mutants (module top level) need the whole suite reloaded per mutant: minutes each on
  // two cores. They are reported as ignored, not hidden; `--ignoreStatic false` tests them.
  ignoreStatic: true,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: `${reports}/mutation.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  // One worker unless `--concurrency N`: each worker runs vitest with one fork of its own.
  concurrency: 1,
  // The tests start servers, child processes and the TypeScript compiler: a mutant that slows
  // one down is not an infinite loop until well past its normal time.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig.json's extends/references for the sandbox through TypeScript's JS
  // API, which TypeScript 7 (the native compiler this project uses) no longer has. Ours has
  // neither, so it needs no rewriting: naming no file turns the step off.
  tsconfigFile: '',
};
