// The imports of a generated module: paths between modules at any depth, and the declarations
// that name each imported thing once.
import { StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { Imports, relativeSpecifier } from '../../generator/emit/imports.ts';

describe('relativeSpecifier', () => {
  it.each([
    ['index', 'objects/account', './objects/account.js'],
    ['objects/account', 'runtime/core/soap-client', '../runtime/core/soap-client.js'],
    ['objects/account', 'objects/process', './process.js'],
    ['models/a/b', 'models/a/c', './c.js'],
    ['models/a/b', 'models/x/c', '../x/c.js'],
    ['a/b/c', 'index', '../../index.js'],
    ['a/b', 'a/b/c', './b/c.js'],
    // A module beside the importing one's folder, named as that folder.
    ['a/b/x', 'a/b', '../b.js'],
    ['a/b/c/d', 'a/b', '../../b.js'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeSpecifier(from, to)).toBe(expected);
  });
});

describe('Imports', () => {
  it('declares types and values apart, sorted by module and by name, a name imported as a value not again as a type', () => {
    const imports = new Imports((module) => `./${module}.js`);
    imports.type('b', 'Z', 'A', 'B');
    imports.value('b', 'y', 'A');
    imports.type('a', 'T');
    imports.namespace('c', 'ops');
    imports.value('c', 'run');
    imports.type('b', 'Z');
    expect(imports.declarations()).toEqual([
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './a.js', isTypeOnly: true, namedImports: ['T'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './b.js', isTypeOnly: true, namedImports: ['B', 'Z'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './b.js', namedImports: ['A', 'y'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './c.js', namedImports: ['run'] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './c.js', namespaceImport: 'ops' },
    ]);
    expect(new Imports(String).declarations()).toEqual([]);
  });
});
