// output-dir.ts where the file system behaves otherwise than this one: a staged output that
// cannot be renamed into place (the previous output must come back untouched), and folders
// listed in an order other than by name. node:fs is the real one with these two calls wrapped.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareOutput, OutputError, writeOutput } from '../../generator/output-dir.ts';
import { repoTemp } from '../support/paths.ts';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync), readdirSync: vi.fn(actual.readdirSync) };
});

let temp: string;
beforeEach(() => {
  temp = repoTemp('output-dir-faults');
});
afterEach(() => {
  vi.mocked(fs.renameSync).mockRestore();
  vi.mocked(fs.readdirSync).mockRestore();
  fs.rmSync(temp, { recursive: true, force: true });
});

/** renameSync failing for the staged folder (`.<name>-new-…`) alone; moving the previous output (`…-old`) aside and back works. Calls are counted from here. */
function failStagedRename(message: string, code: string) {
  const rename = vi.mocked(fs.renameSync);
  const original = rename.getMockImplementation()!;
  rename.mockClear();
  rename.mockImplementation((from, to) => {
    if (String(from).includes('-new-') && !String(from).endsWith('-old')) throw Object.assign(new Error(message), { code });
    original(from, to);
  });
  return rename;
}

describe('writeOutput', () => {
  it('puts the previous output back when the new one cannot take its place, and says why', async () => {
    const out = join(temp, 'sdk');
    await writeOutput(out, new Map([['a.ts', 'first\n'], ['m/b.ts', 'kept\n']]));
    const rename = failStagedRename('EBUSY: resource busy or locked', 'EBUSY');
    const error = await writeOutput(out, new Map([['a.ts', 'second\n']])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect(((error as Error).cause as Error).message).toBe('EBUSY: resource busy or locked');
    // The output was moved aside, then back: as it was, and nothing staged left beside it.
    expect(rename.mock.calls.map(([, to]) => String(to) === out)).toEqual([false, true, true]);
    expect(fs.readdirSync(temp)).toEqual(['sdk']);
    expect(fs.readFileSync(join(out, 'a.ts'), 'utf8')).toBe('first\n');
    expect(fs.readFileSync(join(out, 'm/b.ts'), 'utf8')).toBe('kept\n');
  });

  it('reports the failed rename itself when there was no previous output to put back', async () => {
    const out = join(temp, 'first');
    failStagedRename('EXDEV: cross-device link not permitted', 'EXDEV');
    const error = await writeOutput(out, new Map([['a.ts', '']])).catch((e: unknown) => e);
    expect(((error as Error).cause as Error).message).toBe('EXDEV: cross-device link not permitted');
    expect(fs.readdirSync(temp)).toEqual([]);
  });
});

describe('compareOutput', () => {
  it('lists the extra files in path order however the file system lists a folder', () => {
    const out = join(temp, 'sdk');
    fs.mkdirSync(join(out, 'b'), { recursive: true });
    for (const path of ['a.ts', 'b/x.ts', 'b/y.ts', 'c.ts']) fs.writeFileSync(join(out, path), '');
    const readdir = vi.mocked(fs.readdirSync);
    const original = readdir.getMockImplementation()!;
    readdir.mockImplementation(((path: fs.PathLike, options: never) => (original(path, options) as unknown[]).reverse()) as typeof fs.readdirSync);
    expect(compareOutput(out, new Map()).extra).toEqual(['a.ts', 'b/x.ts', 'b/y.ts', 'c.ts']);
  });
});
