// The committed SDK loads in a fresh Node process, whichever module comes first: its modules import
// each other in cycles, and none may read another's value before that one has loaded.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { runNode } from '../support/run.ts';

const tsx = join(repoRoot, 'node_modules/tsx/dist/loader.mjs');

describe('the committed SDK in a fresh Node process', () => {
  it.each(['index.ts', 'models/shared.ts'])('loads with %s first', (entry) => {
    const url = new URL(`generated/${entry}`, `file://${repoRoot}/`).href;
    const result = runNode(['--import', tsx, '--input-type=module', '-e', `const m = await import(${JSON.stringify(url)}); console.log(Object.keys(m).length);`]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Number(result.stdout.trim())).toBeGreaterThan(0);
  });
});
