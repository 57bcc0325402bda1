// output-dir.ts in process: the output swapped in whole, the previous one replaced without a
// trace, the errors it gives, and the comparison `--check` makes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareOutput, OutputError, writeOutput } from '../../generator/output-dir.ts';
import { repoTemp } from '../support/paths.ts';

let temp: string;
beforeEach(() => {
  temp = repoTemp('output-dir');
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

describe('writeOutput', () => {
  it('replaces the previous output whole and leaves nothing else beside it', async () => {
    const out = join(temp, 'sdk');
    await writeOutput(out, new Map([['a.ts', 'first\n'], ['old/b.ts', 'old\n']]));
    await writeOutput(out, new Map([['a.ts', 'second\n'], ['new/c.ts', 'new\n']]));
    expect(readdirSync(temp)).toEqual(['sdk']);
    expect(readdirSync(out).sort()).toEqual(['a.ts', 'new']);
    expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('second\n');
  });

  it('fails with OutputError naming the folder as given relative to the working folder, with the cause', async () => {
    writeFileSync(join(temp, 'a-file'), '');
    const out = join(temp, 'a-file', 'sdk');
    const error = await writeOutput(out, new Map([['a.ts', '']])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).name).toBe('OutputError');
    expect((error as Error).message).toBe(`cannot write ${relative(process.cwd(), out)}: ${((error as Error).cause as Error).message}`);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(readdirSync(temp)).toEqual(['a-file']);
  });
});

describe('compareOutput', () => {
  it('lists the changed and missing files in the order given, the extra ones in path order', () => {
    const out = join(temp, 'sdk');
    mkdirSync(join(out, 'm'), { recursive: true });
    for (const [path, text] of [['same.ts', 's'], ['m/z.ts', 'old'], ['m/a.ts', 'old'], ['zz-extra.ts', ''], ['e3.ts', ''], ['e1.ts', ''], ['m/extra.ts', ''], ['e2.ts', '']]) writeFileSync(join(out, path!), text!);
    const expected = new Map([['same.ts', 's'], ['m/z.ts', 'new'], ['m/a.ts', 'new'], ['m/gone.ts', ''], ['b-gone.ts', '']]);
    expect(compareOutput(out, expected)).toEqual({ changed: ['m/z.ts', 'm/a.ts'], missing: ['m/gone.ts', 'b-gone.ts'], extra: ['e1.ts', 'e2.ts', 'e3.ts', 'm/extra.ts', 'zz-extra.ts'] });
    expect(compareOutput(join(temp, 'absent'), new Map([['a.ts', '']]))).toEqual({ changed: [], missing: ['a.ts'], extra: [] });
  });
});
