/**
 * TypeScript type expressions for IR type references, and the names they need imported.
 * Value mapping (documented in the README): int/short/byte/float/double → number;
 * long/integer → bigint (no silent precision loss); decimal → string (exact decimal text);
 * dateTime/date/time → string (ISO text as sent, time zone kept); base64Binary → string.
 */
import type { BuiltinName, ComplexTypeDef, FieldDef, SchemaModel, TypeRef } from '../model/ir.ts';

const SCALARS: Record<BuiltinName, string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'number',
  short: 'number',
  byte: 'number',
  double: 'number',
  float: 'number',
  long: 'bigint',
  integer: 'bigint',
  decimal: 'string',
  dateTime: 'string',
  date: 'string',
  time: 'string',
  base64Binary: 'string',
  anyURI: 'string',
  QName: 'string',
};

/** A name declared in some module, to import where used. */
export interface Reference {
  id: string;
  name: string;
}

export function isPolymorphic(type: ComplexTypeDef): boolean {
  return type.derived.length > 0 || type.abstract;
}

/** The type a value of this reference has: the `Any…` union where subtypes may stand in. */
export function valueTypeName(model: SchemaModel, ref: TypeRef, use: (r: Reference) => void): string {
  switch (ref.kind) {
    case 'builtin':
      return SCALARS[ref.name];
    case 'opaque':
      use({ id: '#runtime/opaque-xml', name: 'OpaqueXml' });
      return 'OpaqueXml';
    case 'enum': {
      const e = model.enums.get(ref.id)!;
      use({ id: e.id, name: e.tsName });
      return e.tsName;
    }
    case 'complex': {
      const t = model.types.get(ref.id)!;
      const name = isPolymorphic(t) ? `Any${t.tsName}` : t.tsName;
      use({ id: t.id, name });
      return name;
    }
  }
}

export function fieldTypeText(model: SchemaModel, field: FieldDef, use: (r: Reference) => void): string {
  const base = valueTypeName(model, field.type, use);
  const item = field.array ? `${base}[]` : base;
  return field.nillable ? `${item} | null` : item;
}
