// Generated modules never read another module's value while the module graph loads: every use
// of an imported value is inside a function (a thunk, a method, an accessor). So cycles between
// schema families cost nothing, whatever order Node, a bundler or CommonJS output loads them in.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { haveRealPlatform, realPlatformWsdl, repoRoot } from '../support/paths.ts';

/** `module:line: name` for every read of an imported value outside a function body. */
function loadTimeReads(files: Map<string, string>): string[] {
  const reads: string[] = [];
  for (const [path, text] of files) {
    if (!path.endsWith('.ts') || path.startsWith('runtime/')) continue;
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const imported = new Set<string>();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) if (!e.isTypeOnly) imported.add(e.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) imported.add(bindings.name.text);
      if (statement.importClause?.name) imported.add(statement.importClause.name.text);
    }
    const visit = (node: ts.Node, insideFunction: boolean): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      const inFunction = insideFunction || ts.isFunctionLike(node);
      if (ts.isIdentifier(node) && imported.has(node.text) && !inFunction && !isTypePosition(node) && !isPropertyName(node)) {
        reads.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
      }
      ts.forEachChild(node, (child) => visit(child, inFunction));
    };
    visit(source, false);
  }
  return reads;
}

/** A property's name (`{ operations: … }`, `x.operations`) is not a reference to the import of that name. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ((ts.isPropertyAssignment(parent) || ts.isPropertyAccessExpression(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node);
}

function isTypePosition(node: ts.Node): boolean {
  // A class's base is evaluated when the class is defined.
  for (let n: ts.Node | undefined = node.parent; n && !ts.isStatement(n); n = n.parent) {
    if (ts.isHeritageClause(n)) return n.token !== ts.SyntaxKind.ExtendsKeyword || !ts.isClassLike(n.parent);
  }
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return true;
    if (ts.isStatement(n) || ts.isExpression(n)) return false;
  }
  return false;
}

function readTree(dir: string, root = dir): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) for (const [p, t] of readTree(full, root)) files.set(p, t);
    else files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('generated modules read no other module’s value while loading', () => {
  it('in the committed SDK', () => {
    const files = readTree(join(repoRoot, 'generated'));
    expect(files.size).toBeGreaterThan(250);
    expect(loadTimeReads(files)).toEqual([]);
  });

  it('in the SDK of the real 2023 Platform WSDL, whose schema families import each other in cycles', async () => {
    if (!haveRealPlatform()) return;
    const { files } = await generate({ wsdl: realPlatformWsdl, capabilities: join(repoRoot, 'wsdl/partner-api.capabilities.json') });
    expect(loadTimeReads(files)).toEqual([]);
  });

  it('and the check sees a read at load time', () => {
    const reads = loadTimeReads(
      new Map([
        ['models/a.ts', "import { BValues } from './b.js';\nimport type { B } from './b.js';\nexport const AMeta = { fields: [['b', '', 'b', () => BValues, '']] };\nexport const copy = [...BValues];\nexport type T = B;\n"],
        ['client.ts', "import { Base } from './base.js';\nexport class C extends Base {}\n"],
      ]),
    );
    expect(reads).toEqual(['models/a.ts:4: BValues', 'client.ts:2: Base']);
  });
});
