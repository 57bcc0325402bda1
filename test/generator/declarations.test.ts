// A generated module's declarations (`.d.ts` of the package form), printed from the structures
// the module is printed from: each kind of statement the emitters build, with what its
// declaration keeps and drops. The package form as a whole is compiled by a consumer in
// test/package/consumer.test.ts; this pins the printer in the test process.
import { StructureKind, type CodeBlockWriter } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { arrayLiteral, constStatement, printDeclarations, printModule, str, type Statement } from '../../generator/emit/code.ts';
import { declarationOf } from '../../generator/emit/declarations.ts';

const imports: Statement[] = [
  { kind: StructureKind.ImportDeclaration, moduleSpecifier: './a.js', namedImports: ['A'] },
  { kind: StructureKind.ImportDeclaration, moduleSpecifier: './ops.js', namespaceImport: 'ops' },
];

describe('printDeclarations', () => {
  it('keeps named imports as type-only, drops namespace imports, and keeps a blank line after the imports', () => {
    expect(printDeclarations('h', imports, [{ kind: StructureKind.Interface, name: 'Shape', isExported: true, properties: [{ name: 'x', type: 'number' }] }])).toBe(
      "// h\n\nimport type { A } from './a.js';\n\nexport interface Shape {\n  x: number;\n}\n",
    );
    expect(printDeclarations('h', [imports[1]!], [(w: CodeBlockWriter) => w.writeLine('export type Raw = string;')])).toBe('// h\n\nexport type Raw = string;\n');
  });

  it('declares exported constants with their stated type (declaredAs first) and their docs, and leaves out the module’s own', () => {
    const statements = [
      constStatement({ name: 'kept', type: 'number', initializer: '1', docs: 'A number.' }),
      constStatement({ name: 'inferred', declaredAs: 'readonly string[]', type: 'string[]', initializer: "['a'] as const" }),
      constStatement({ name: 'own', initializer: '2', isExported: false }),
    ];
    expect(printDeclarations('h', [], statements)).toBe('// h\n\n/** A number. */\nexport declare const kept: number;\nexport declare const inferred: readonly string[];\n');
  });

  it('refuses an exported constant whose type it cannot state, naming it', () => {
    expect(() => printDeclarations('h', [], [constStatement({ name: 'guess', initializer: '1' })])).toThrow(new Error('exported constant guess has no type for its declaration'));
    expect(() => printDeclarations('h', [], [constStatement({ name: 'guess', initializer: '1', isExported: true })])).toThrow(/guess/);
  });

  it('declares functions without bodies, parameters with defaults optional', () => {
    const plain: Statement = { kind: StructureKind.Function, name: 'plain', isExported: true, docs: ['Plain.'], parameters: [{ name: 'a', type: 'string' }, { name: 'b', type: 'number', initializer: '3' }], returnType: 'void', statements: ['return;'] };
    expect(printDeclarations('h', [], [plain])).toBe('// h\n\n/** Plain. */\nexport declare function plain(a: string, b?: number): void;\n');
    // A default before a required parameter: it can only be passed undefined.
    const between: Statement = { kind: StructureKind.Function, name: 'between', isExported: true, parameters: [{ name: 'a', type: 'string', initializer: "''" }, { name: 'b', type: 'number' }, { name: 'c', type: 'boolean', initializer: 'true' }], returnType: 'void', statements: [] };
    expect(printDeclarations('h', [], [between])).toBe('// h\n\nexport declare function between(a: string | undefined, b: number, c?: boolean): void;\n');
    // Without a stated type there is nothing to widen: the parameter stays as it is.
    const untyped: Statement = { kind: StructureKind.Function, name: 'untyped', isExported: true, parameters: [{ name: 'a', initializer: "''" }, { name: 'b', type: 'number' }], returnType: 'void', statements: [] };
    expect(printDeclarations('h', [], [untyped])).toBe('// h\n\nexport declare function untyped(a, b: number): void;\n');
    const bare: Statement = { kind: StructureKind.Function, name: 'bare', statements: ['return;'] };
    expect(printDeclarations('h', [], [bare])).toBe('// h\n\ndeclare function bare();\n');
  });

  it('declares an overloaded function by its overloads alone: the last stands for the implementation', () => {
    const over: Statement = {
      kind: StructureKind.Function,
      name: 'over',
      isExported: true,
      docs: ['Implementation.'],
      overloads: [
        { parameters: [{ name: 'x', type: 'string', initializer: "'a'" }], returnType: 'string', docs: ['First.'] },
        { parameters: [{ name: 'x', type: 'number' }, { name: 'y', type: 'number', initializer: '1' }], returnType: 'number', docs: ['Last.'] },
      ],
      parameters: [{ name: 'x', type: 'unknown' }],
      returnType: 'unknown',
      statements: ['return x;'],
    };
    expect(printDeclarations('h', [], [over])).toBe(
      '// h\n\n/** First. */\nexport declare function over(x?: string): string;\n/** Last. */\nexport declare function over(x: number, y?: number): number;\n',
    );
    // An overload without docs of its own takes the implementation's.
    const undocumented = { ...over, overloads: [{ parameters: [], returnType: 'void' }] } as Statement;
    expect(printDeclarations('h', [], [undocumented])).toBe('// h\n\n/** Implementation. */\nexport declare function over(): void;\n');
  });

  it('declares a class without bodies or initializers, but for a readonly property whose literal is its type', () => {
    const thing: Statement = {
      kind: StructureKind.Class,
      name: 'Thing',
      isExported: true,
      properties: [
        { name: 'kind', isReadonly: true, initializer: "'thing'" },
        { name: 'count', type: 'number', initializer: '0' },
        { name: 'label', isReadonly: true, type: 'string', initializer: "'x'" },
      ],
      ctors: [{ parameters: [{ name: 'n', type: 'number', initializer: '1' }, { name: 'm', type: 'number' }], statements: ['this.count = n + m;'] }],
      getAccessors: [{ name: 'size', returnType: 'number', statements: ['return 1;'] }],
      methods: [{ name: 'add', parameters: [{ name: 'by', type: 'number', initializer: '1' }], returnType: 'void', statements: ['this.count += by;'] }],
    };
    expect(printDeclarations('h', [], [thing])).toBe(
      "// h\n\nexport declare class Thing {\n  readonly kind = 'thing';\n  count: number;\n  readonly label: string;\n  constructor(n: number | undefined, m: number);\n  get size(): number;\n  add(by?: number): void;\n}\n",
    );
    expect(printDeclarations('h', [], [{ kind: StructureKind.Class, name: 'Empty' }])).toBe('// h\n\ndeclare class Empty {\n}\n');
  });
});

describe('declarationOf', () => {
  it('gives writers and other statements as they are', () => {
    const writer = (w: CodeBlockWriter) => w.write('x');
    expect(declarationOf(writer)).toBe(writer);
    const alias: Statement = { kind: StructureKind.TypeAlias, name: 'T', type: 'string' };
    expect(declarationOf(alias)).toBe(alias);
  });

  it('states the declare keyword and the const kind of a constant', () => {
    expect(declarationOf(constStatement({ name: 'n', type: 'number', initializer: '1' }))).toEqual({
      kind: StructureKind.VariableStatement,
      isExported: true,
      hasDeclareKeyword: true,
      declarationKind: 'const',
      declarations: [{ name: 'n', type: 'number' }],
    });
  });
});

describe('printModule and the literal helpers', () => {
  it('prints constants with their initializers and writers as they write', () => {
    const statements: Statement[] = [
      constStatement({ name: 'list', type: 'string[]', initializer: arrayLiteral([str('a'), str('b')], { multiline: true }) }),
      constStatement({ name: 'none', type: 'string[]', initializer: arrayLiteral([], { multiline: true }), isExported: false }),
      (w: CodeBlockWriter) => w.writeLine('export type Raw = string;'),
    ];
    expect(printModule('h', [], statements)).toBe("// h\n\nexport const list: string[] = [\n  'a',\n  'b',\n];\nconst none: string[] = [];\nexport type Raw = string;\n");
  });

  it('quotes any text so that it survives: quotes, backslashes, line breaks and the line separators', () => {
    expect(str("it's a\\b\n\r\u2028\u2029")).toBe("'it\\'s a\\\\b\\n\\r\\u2028\\u2029'");
  });
});
