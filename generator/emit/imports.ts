/**
 * The imports a module needs, noted while its statements are built: names per source module,
 * type-only names apart from values, printed sorted by module (one declaration for the types and
 * one for the values of each).
 */
import { importDeclaration } from './layout.ts';
import type { LaidOut } from './print-module.ts';

export class Imports {
  private readonly types = new Map<string, Set<string>>();
  private readonly values = new Map<string, Set<string>>();

  /** @param specifier - the import path of a module key (keys sort the declarations). */
  constructor(private readonly specifier: (module: string) => string = (m) => m) {}

  type(module: string, ...names: string[]): void {
    add(this.types, module, names);
  }

  value(module: string, ...names: string[]): void {
    add(this.values, module, names);
  }

  declarations(): LaidOut[] {
    const modules = [...new Set([...this.types.keys(), ...this.values.keys()])].sort();
    return modules.flatMap((module) => {
      const values = [...(this.values.get(module) ?? [])].sort();
      const types = [...(this.types.get(module) ?? [])].filter((t) => !values.includes(t)).sort();
      const out: LaidOut[] = [];
      if (types.length > 0) out.push({ layout: importDeclaration(types, this.specifier(module), true) });
      if (values.length > 0) out.push({ layout: importDeclaration(values, this.specifier(module), false) });
      return out;
    });
  }
}

function add(table: Map<string, Set<string>>, module: string, names: string[]): void {
  const set = table.get(module) ?? new Set<string>();
  for (const n of names) set.add(n);
  table.set(module, set);
}
