// The vitest configuration of `npm run mutation` (stryker.config.mjs names it): the suite's own,
// with the test files ordered for mutation runs. StrykerJS stops a mutant's run at its first
// failing test, so a run that reaches the likeliest killer first costs one test, not the suite.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * Files first that kill most mutants at the cost of one generation: the byte comparison of the
 * generator's output with the committed generated/ is the first test of generate.test.ts.
 */
const FIRST = ['test/generator/generate.test.ts'];

class MutationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const rank = (file: TestSpecification): [number, number] => {
      const path = relative(this.ctx.config.root, file.moduleId);
      const key = `${file.project.name}:${path}`;
      const result = cache.getFileTestResults(key);
      // The file that killed the last mutant likely kills the next one (mutants come file by file).
      if (result?.failed) return [0, 0];
      const first = FIRST.indexOf(path.split('\\').join('/'));
      if (first >= 0) return [1, first];
      // Then the quickest files first: a survivor runs them all anyway, a mutant killed late costs least.
      if (result) return [2, result.duration];
      return [3, cache.getFileStats(key)?.size ?? 0];
    };
    const ranks = new Map(files.map((file) => [file, rank(file)]));
    return [...files].sort((a, b) => {
      const [ga, va] = ranks.get(a)!;
      const [gb, vb] = ranks.get(b)!;
      return ga - gb || va - vb;
    });
  }
}

export default mergeConfig(base, defineConfig({ test: { sequence: { sequencer: MutationSequencer } } }));
