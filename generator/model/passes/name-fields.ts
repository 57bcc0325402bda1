/**
 * Property names: the XML local name, kept as it is so users see the names Boomi documents.
 * Within one type (inherited fields included) a name may occur twice, e.g. an attribute and
 * an element both called `id`: the later one gets its kind appended (`idAttribute`).
 * `$type` and `$value` are the SDK's own.
 */
import type { ComplexTypeDef, SchemaModel } from '../ir.ts';

const RESERVED_FIELD_NAMES = new Set(['$type', '$value', '$unknown']);

export function nameFields(model: SchemaModel): void {
  const done = new Set<string>();
  const visit = (type: ComplexTypeDef): Set<string> => {
    const inherited = type.base ? visit(model.types.get(type.base)!) : new Set<string>();
    const taken = new Set([...inherited, ...RESERVED_FIELD_NAMES]);
    if (!done.has(type.id)) {
      for (const field of type.fields) {
        if (field.kind === 'text') {
          field.tsName = '$value';
          continue;
        }
        let name = field.xmlName;
        if (taken.has(name)) name = `${field.xmlName}${field.kind === 'attribute' ? 'Attribute' : 'Element'}`;
        for (let n = 2; taken.has(name); n++) name = `${field.xmlName}${n}`;
        field.tsName = name;
        taken.add(name);
      }
      done.add(type.id);
    } else {
      for (const field of type.fields) taken.add(field.tsName);
    }
    return taken;
  };
  for (const type of model.types.values()) visit(type);
}
