/**
 * Two schema types may get one TypeScript name (same local name in two namespaces, a type and
 * an enumeration, an anonymous type named like a global one). Each type also claims the
 * companion names the emitter derives from it (`AccountMeta`, `AccountFields`, `AnyAccount`,
 * `AccountStatusValues`). The first by id keeps its name, the others get a number, in id
 * order, so that the result does not depend on input order. Names the generated code declares
 * itself (the runtime's exports) and JavaScript's globals are reserved.
 */
import type { ComplexTypeDef, EnumDef, SchemaModel } from '../ir.ts';
import type { PassOptions } from '../passes.ts';

/** Global names of JavaScript that a type must not shadow. */
const GLOBAL_NAMES = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'Promise', 'Record', 'Map', 'Set', 'Error', 'Symbol', 'BigInt'];

export function renameClashingTypes(model: SchemaModel, options: PassOptions): void {
  const items = [...model.types.values(), ...model.enums.values()].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set([...GLOBAL_NAMES, ...options.reservedNames]);
  for (const item of items) {
    const base = item.tsName;
    let name = base;
    for (let n = 2; companionNames(item, name).some((c) => taken.has(c)); n++) name = `${base}${n}`;
    item.tsName = name;
    for (const c of companionNames(item, name)) taken.add(c);
  }
}

/** Every name the emitter will declare for an item, given its TypeScript name. */
export function companionNames(item: ComplexTypeDef | EnumDef, name: string): string[] {
  if ('values' in item) return [name, `${name}Values`];
  const names = [name, `${name}Meta`];
  if (item.tagged) names.push(`${name}Fields`);
  if (item.derived.length > 0 || item.abstract) names.push(`Any${name}`);
  return names;
}

/** Named complex types first, then enumerations, then anonymous ones: global names are kept whenever possible. */
function rank(item: ComplexTypeDef | EnumDef): number {
  if (item.qname === undefined) return 2;
  return 'values' in item ? 1 : 0;
}
