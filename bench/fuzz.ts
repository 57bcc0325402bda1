/**
 * npm run fuzz [-- --runs N]: the codec's fast-check properties at length (default 10 000 cases
 * each; the test suite runs a few hundred), with the counts and any counterexample printed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { hostileResponseProperty, refusedCharacterProperty, roundTripProperty } from '../test/support/codec-properties.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' } } });
const numRuns = Number(values.runs);
let failed = false;
for (const [name, property] of [
  ['encode → decode identity over arbitrary objects and operation messages', roundTripProperty()],
  ['a character XML cannot carry: refused with XmlEncodeError', refusedCharacterProperty()],
  ['valid responses mutated: a value of the expected shape or a typed error', hostileResponseProperty()],
] as const) {
  const started = performance.now();
  const details = fc.check(property as fc.IProperty<[unknown]>, { numRuns });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${name}: ${details.numRuns} cases, ${details.numSkips} skipped, ${details.failed ? 'FAILED' : 'no counterexample'} (${seconds} s)`);
  if (details.failed) {
    failed = true;
    console.log(`  counterexample: ${fc.stringify(details.counterexample)}\n  ${String(details.errorInstance)}`);
  }
}
process.exit(failed ? 1 : 0);
