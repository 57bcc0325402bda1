/**
 * Which types may stand in for a declared one (`xsi:type`) among the values a call sends or
 * receives: starting from some types, every type derived from a type that a field declares, and
 * so on through their fields. A base reached as a base is not opened up: an Account's base
 * BaseType does not bring every other object along. The runtime resolves `xsi:type` names among
 * this list only, so a module reaches only the metadata its calls can meet.
 */
import type { SchemaModel, TypeRef } from '../model/ir.ts';

/**
 * Type ids: the starting types themselves, and every derived type the values of the starting
 * types and of the declared ones may hold. The subtypes of a `closed` type are not opened up: an
 * object module closes its object's bases (the slot its object fills in the wrappers).
 */
export function substituteTypes(model: SchemaModel, roots: readonly string[], declared: readonly TypeRef[] = [], closed: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>(roots);
  const seen = new Set<string>();
  const queue: { id: string; declared: boolean }[] = [...roots.map((id) => ({ id, declared: false })), ...declared.flatMap((t) => (t.kind === 'complex' ? [{ id: t.id, declared: true }] : []))];
  while (queue.length > 0) {
    const { id, declared: isDeclared } = queue.pop()!;
    const key = `${isDeclared ? 'd' : 'v'}${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const type = model.types.get(id);
    if (!type) continue;
    if (isDeclared && !closed.has(id)) {
      for (const d of type.derived) {
        out.add(d);
        queue.push({ id: d, declared: false });
      }
      if (!type.abstract) out.add(id);
    }
    // A value's own fields, and those it inherits (the base's fields, not the base's subtypes).
    for (let t: typeof type | undefined = type; t; t = t.base === undefined ? undefined : model.types.get(t.base)) {
      for (const f of t.fields) if (f.type.kind === 'complex') queue.push({ id: f.type.id, declared: true });
    }
  }
  return [...out].filter((id) => model.types.get(id)?.tagged).sort();
}

/** A type's bases, transitively. */
export function basesOf(model: SchemaModel, id: string): string[] {
  const out: string[] = [];
  for (let t = model.types.get(id)?.base; t !== undefined; t = model.types.get(t)?.base) out.push(t);
  return out;
}
