/**
 * TypeScript type expressions for IR type references, and the names they need imported.
 * Value mapping (documented in the README): int/short/byte/float/double → number;
 * long/integer → bigint (no silent precision loss); decimal → string (exact decimal text);
 * dateTime/date/time → string (ISO text as sent, time zone kept); base64Binary → string.
 */
import type { BuiltinName, FieldDef, NameTable, SchemaModel, TypeRef } from '../model/ir.ts';

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

/** What the emitters share: the model, its names, and which module declares each type. */
export interface EmitContext {
  model: SchemaModel;
  names: NameTable;
  /** Type or enumeration id → its module (`models/account`). */
  modules: Map<string, string>;
}

/** A name some module declares, to import where used. */
export interface Reference {
  module: string;
  name: string;
}

export type Use = (r: Reference) => void;

export const OPAQUE_XML: Reference = { module: 'runtime/core/opaque-xml', name: 'OpaqueXml' };

/** The name values of a complex type have: the `Any…` union where subtypes may stand in. */
export function complexValueName(ctx: EmitContext, id: string, use: Use): string {
  const names = ctx.names.types.get(id)!;
  const name = names.union ?? names.value;
  use({ module: ctx.modules.get(id)!, name });
  return name;
}

/** The type a value of this reference has. */
export function valueTypeName(ctx: EmitContext, ref: TypeRef, use: Use): string {
  switch (ref.kind) {
    case 'builtin':
      return SCALARS[ref.name];
    case 'opaque':
      use(OPAQUE_XML);
      return OPAQUE_XML.name;
    case 'enum': {
      const name = ctx.names.enums.get(ref.id)!.type;
      use({ module: ctx.modules.get(ref.id)!, name });
      return name;
    }
    case 'complex': {
      // A SOAP-encoded array's values are arrays of its items.
      const item = ctx.model.types.get(ref.id)!.encodedArrayItem;
      return item ? `${valueTypeName(ctx, item, use)}[]` : complexValueName(ctx, ref.id, use);
    }
  }
}

export function fieldTypeText(ctx: EmitContext, field: FieldDef, use: Use): string {
  const base = valueTypeName(ctx, field.type, use);
  const item = field.array ? `${base}[]` : base;
  return field.nillable ? `${item} | null` : item;
}
