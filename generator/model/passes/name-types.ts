/**
 * TypeScript names from XSD names: PascalCase of the type name (`get` → `Get`); anonymous
 * types and enumerations are named after where they stand (`Account` + `licensing` →
 * `AccountLicensing`). Clashes are left to the next pass.
 */
import type { SchemaModel } from '../ir.ts';
import { pascalCase } from '../naming.ts';

export function nameTypes(model: SchemaModel): void {
  const byId = (id: string): string => nameForId(model, id);
  for (const type of model.types.values()) type.tsName = byId(type.id);
  for (const e of model.enums.values()) e.tsName = byId(e.id);
}

function nameForId(model: SchemaModel, id: string): string {
  const named = model.types.get(id)?.qname ?? model.enums.get(id)?.qname;
  if (named) return pascalCase(named.name);
  // Anonymous: `{ns}Owner/field/@attr#element` → Owner + Field + Attr
  const parts = id.replace(/^\{[^}]*\}/, '').replace(/#\w+/g, '').split('/');
  return parts.map((part) => pascalCase(part.replace(/^@/, ''))).join('');
}
