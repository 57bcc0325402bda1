// Before any test: the generator's command built from the sources under test, as `prepare` builds it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './support/paths.ts';

export default function setup(): void {
  execFileSync(process.execPath, [join(repoRoot, 'bin/build.mjs')], { stdio: 'inherit' });
}
