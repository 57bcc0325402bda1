// Formatting on request: each kind of file the SDK holds through its own parser, with the
// configuration that applies where it is written; files of other kinds as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { formatWithPrettier } from '../../generator/emit/prettier.ts';
import { writeFixture, type FixtureFolder } from '../support/fixtures.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

const unformatted = (): Map<string, string> =>
  new Map([
    ['index.ts', "export const a = {b: 'c'}\n"],
    ['index.d.ts', "export declare const a: {b: 'c'}\n"],
    ['index.js', "export const a = {b: 'c'}\n"],
    ['package.json', '{"type":"module"}'],
    ['notes.txt', "a = {b: 'c'}"],
  ]);

describe('formatWithPrettier', () => {
  it('formats TypeScript, declarations, JavaScript and JSON with the configuration found where they go', async () => {
    const folder = writeFixture({ '.prettierrc': JSON.stringify({ semi: false, singleQuote: false, bracketSpacing: false }) });
    fixtures.push(folder);
    const files = unformatted();
    await formatWithPrettier(files, folder.path(''));
    expect(Object.fromEntries(files)).toEqual({
      'index.ts': 'export const a = {b: "c"}\n',
      'index.d.ts': 'export declare const a: {b: "c"}\n',
      'index.js': 'export const a = {b: "c"}\n',
      'package.json': '{"type": "module"}\n',
      'notes.txt': "a = {b: 'c'}",
    });
  });

  it('uses prettier’s defaults where no configuration applies', async () => {
    const folder = writeFixture({ 'a.txt': '' });
    fixtures.push(folder);
    const files = unformatted();
    await formatWithPrettier(files, folder.path(''));
    expect(files.get('index.ts')).toBe('export const a = { b: "c" };\n');
    expect(files.get('notes.txt')).toBe("a = {b: 'c'}");
  });
});
