/** TSDoc text for declarations: the schema's documentation plus where the type comes from. */
import type { ComplexTypeDef, EnumDef, FieldDef } from '../model/ir.ts';

export function typeDoc(type: ComplexTypeDef | EnumDef, extra: string[] = []): string {
  const lines: string[] = [];
  if (type.doc) lines.push(escapeDoc(type.doc), '');
  lines.push(type.qname ? `XSD: \`{${type.qname.namespace}}${type.qname.name}\`` : `XSD: anonymous type at \`${type.source.path}\``);
  lines.push(...extra);
  return lines.join('\n');
}

export function fieldDoc(field: FieldDef): string | undefined {
  const lines: string[] = [];
  if (field.doc) lines.push(escapeDoc(field.doc));
  if (field.default !== undefined) lines.push(`@defaultValue \`${field.default}\``);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** `*\/` would end the comment early. */
function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
