/**
 * The imports a module needs, noted while its statements are built: names per source module,
 * type-only names apart from values, as import declarations sorted by module (one for the types
 * and one for the values of each; a namespace import where a module is imported whole).
 */
import { StructureKind, type ImportDeclarationStructure } from 'ts-morph';

export class Imports {
  private readonly types = new Map<string, Set<string>>();
  private readonly values = new Map<string, Set<string>>();
  private readonly namespaces = new Map<string, string>();

  /** @param specifier - the import path of a module key, relative to the importing module. */
  constructor(private readonly specifier: (module: string) => string) {}

  type(module: string, ...names: string[]): void {
    add(this.types, module, names);
  }

  value(module: string, ...names: string[]): void {
    add(this.values, module, names);
  }

  /** `import * as alias from module`. */
  namespace(module: string, alias: string): void {
    this.namespaces.set(module, alias);
  }

  declarations(): ImportDeclarationStructure[] {
    const modules = [...new Set([...this.types.keys(), ...this.values.keys(), ...this.namespaces.keys()])].sort();
    return modules.flatMap((module) => {
      const moduleSpecifier = this.specifier(module);
      const values = [...(this.values.get(module) ?? [])].sort();
      const types = [...(this.types.get(module) ?? [])].filter((t) => !values.includes(t)).sort();
      const alias = this.namespaces.get(module);
      const out: ImportDeclarationStructure[] = [];
      if (types.length > 0) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier, isTypeOnly: true, namedImports: types });
      if (values.length > 0) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports: values });
      if (alias) out.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier, namespaceImport: alias });
      return out;
    });
  }
}

function add(table: Map<string, Set<string>>, module: string, names: string[]): void {
  const set = table.get(module) ?? new Set<string>();
  for (const n of names) set.add(n);
  table.set(module, set);
}

/** The import path from one generated module to another (both given relative to the SDK's root, without extension). */
export function relativeSpecifier(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  // Past the end of fromParts the part is undefined, equal to none of toParts.
  while (common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  const rest = toParts.slice(common).join('/');
  return `${up === 0 ? './' : '../'.repeat(up)}${rest}.js`;
}
