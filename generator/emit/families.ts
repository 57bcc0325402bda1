/**
 * Which module each type goes to, so that editors stay fast with hundreds of types: one
 * module per object family. A family's root is a type that stands on its own — it has a
 * global element or takes part in an inheritance hierarchy; anonymous types go with their
 * owner; other named types and enumerations go with the one family that uses them, or to
 * `shared` when several do. The operation wrappers, in whichever namespace they are, are one
 * module, `operations`.
 */
import type { ComplexTypeDef, SchemaModel, TypeRef } from '../model/ir.ts';
import { portViews } from '../model/ports.ts';
import { kebabCase } from '../model/naming.ts';

export const SHARED_MODULE = 'shared';
export const OPERATIONS_MODULE = 'operations';

/** Type and enumeration ids → their module, `models/<family>`. */
export function assignModules(model: SchemaModel): Map<string, string> {
  const families = assignFamilies(model);
  return new Map([...families].map(([id, family]) => [id, `models/${family}`]));
}

function assignFamilies(model: SchemaModel): Map<string, string> {
  const modules = new Map<string, string>();
  const elementTypeIds = new Set([...model.elements.values()].flatMap((e) => (e.type.kind === 'complex' ? [e.type.id] : [])));
  const referenced = new Set([...model.types.values()].flatMap((t) => t.fields.flatMap((f) => (f.type.kind === 'complex' && f.type.id !== t.id ? [f.type.id] : []))));
  const isRoot = (t: ComplexTypeDef) => t.qname !== undefined && (t.tagged || elementTypeIds.has(t.id) || isOperationType(t) || !referenced.has(t.id));
  const operationTypeIds = new Set(
    portViews(model).flatMap((port) => port.operations.flatMap((op) => [...op.input.body, ...(op.output?.body ?? [])].flatMap((p) => (p.type.kind === 'complex' ? [p.type.id] : [])))),
  );
  const isOperationType = (t: ComplexTypeDef) => t.qname !== undefined && operationTypeIds.has(t.id);

  const moduleNames = new Set([SHARED_MODULE, OPERATIONS_MODULE, 'index', 'runtime']);
  for (const type of sortedTypes(model)) {
    if (isOperationType(type)) modules.set(type.id, OPERATIONS_MODULE);
    else if (isRoot(type)) modules.set(type.id, uniqueModuleName(kebabCase(type.tsName), moduleNames));
  }
  // Users of every non-root type and enumeration, by the family of the user. A work list, not
  // recursion: a long chain of nested types must not exhaust the stack.
  const users = new Map<string, Set<string>>();
  const noteUse = (from: TypeRef, family: string) => {
    const pending = [from];
    for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
      const id = ref.kind === 'complex' || ref.kind === 'enum' ? ref.id : undefined;
      if (id === undefined || modules.has(id)) continue;
      const set = users.get(id) ?? new Set<string>();
      if (set.has(family)) continue;
      set.add(family);
      users.set(id, set);
      const nested = model.types.get(id);
      if (nested) for (const f of nested.fields) pending.push(f.type);
    }
  };
  for (const type of sortedTypes(model)) {
    const family = modules.get(type.id);
    if (family !== undefined) for (const f of type.fields) noteUse(f.type, family);
  }
  for (const e of model.elements.values()) noteUse(e.type, SHARED_MODULE);
  for (const id of [...model.types.keys(), ...model.enums.keys()].sort()) {
    if (modules.has(id)) continue;
    const families = [...(users.get(id) ?? [])];
    modules.set(id, families.length === 1 ? families[0]! : SHARED_MODULE);
  }
  return modules;
}

/** File names must differ even on case-insensitive file systems. */
function uniqueModuleName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function sortedTypes(model: SchemaModel): ComplexTypeDef[] {
  return [...model.types.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
