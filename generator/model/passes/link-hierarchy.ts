/**
 * Records, for every type, the types that derive from it (transitively, sorted), and marks
 * the types of any hierarchy as tagged: their values carry the XSD type name so the runtime
 * can write and read `xsi:type`, and TypeScript can narrow a union by it.
 */
import type { SchemaModel } from '../ir.ts';

export function linkHierarchy(model: SchemaModel): void {
  for (const type of model.types.values()) {
    for (let base = type.base; base !== undefined; base = model.types.get(base)!.base) {
      model.types.get(base)!.derived.push(type.id);
    }
  }
  for (const type of model.types.values()) {
    type.derived.sort();
    type.tagged = type.base !== undefined || type.derived.length > 0 || type.abstract;
  }
}
