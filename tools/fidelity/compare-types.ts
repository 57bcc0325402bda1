/**
 * Compares two schema types field by field, using the generator's IR for both sides, so the
 * check reads the schemas exactly as the generator does. A field's type is compared by name (the
 * name users see) and by structure: a type named alike on both sides is compared on its own, an
 * anonymous or differently named one in place; enumerations by name and values; built-ins by
 * XSD name.
 */
import type { ComplexTypeDef, FieldDef, SchemaModel, TypeRef } from '../../generator/model/ir.ts';
import type { Difference } from './differences.ts';

export interface Side {
  model: SchemaModel;
  type: ComplexTypeDef;
}

export function compareTypes(ours: Side, real: Side, where: string, seen = new Set<string>()): Difference[] {
  const key = `${ours.type.id}|${real.type.id}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const out: Difference[] = [];
  const push = (w: string, kind: Difference['kind'], o: string, r: string) => out.push({ where: w, kind, ours: o, real: r });
  const baseName = (s: Side) => (s.type.base ? (s.model.types.get(s.type.base)?.qname?.name ?? '?') : '(none)');
  if (baseName(ours) !== baseName(real)) push(where, 'base-type', baseName(ours), baseName(real));
  if (ours.type.abstract !== real.type.abstract) push(where, 'abstract', String(ours.type.abstract), String(real.type.abstract));

  // Inherited fields count: the spec flattens hierarchies the real schema has, and that is
  // reported once as base-type, not once per inherited field.
  const fieldsOf = (s: Side) => new Map(allFields(s.model, s.type).map((f) => [f.xmlName, f]));
  const ourFields = fieldsOf(ours);
  const realFields = fieldsOf(real);
  for (const [name, o] of ourFields) {
    const r = realFields.get(name);
    const at = `${where}/${o.kind === 'attribute' ? '@' : ''}${name}`;
    if (!r) push(at, 'field-only-in-ours', describeField(ours.model, o), '—');
    else out.push(...compareFields(ours, o, real, r, r.kind === o.kind ? at : `${where}/${name}`, seen));
  }
  for (const [name, r] of realFields) {
    if (!ourFields.has(name)) push(`${where}/${r.kind === 'attribute' ? '@' : ''}${name}`, 'field-only-in-real', '—', describeField(real.model, r));
  }
  const order = (mine: Map<string, FieldDef>, theirs: Map<string, FieldDef>) => [...mine.values()].filter((f) => f.kind === 'element' && theirs.get(f.xmlName)?.kind === 'element').map((f) => f.xmlName);
  const ourOrder = order(ourFields, realFields).join(', ');
  const realOrder = order(realFields, ourFields).join(', ');
  if (ourOrder !== realOrder) push(where, 'order', ourOrder, realOrder);
  return out;
}

function compareFields(ours: Side, o: FieldDef, real: Side, r: FieldDef, at: string, seen: Set<string>): Difference[] {
  const out: Difference[] = [];
  const push = (kind: Difference['kind'], a: string, b: string) => out.push({ where: at, kind, ours: a, real: b });
  if (o.kind !== r.kind) push('attribute-vs-element', o.kind, r.kind);
  if (o.optional !== r.optional) push('optional', o.optional ? 'optional' : 'required', r.optional ? 'optional' : 'required');
  if (o.array !== r.array) push('array', o.array ? 'repeated' : 'single', r.array ? 'repeated' : 'single');
  if (o.kind === r.kind && o.kind === 'element' && o.namespace !== r.namespace) {
    if (o.namespace && r.namespace) push('namespace', o.namespace, r.namespace);
    else push('qualification', o.namespace ? 'qualified' : 'unqualified', r.namespace ? 'qualified' : 'unqualified');
  }
  if (o.nillable !== r.nillable) push('nillable', String(o.nillable), String(r.nillable));
  if ((o.default ?? '') !== (r.default ?? '')) push('default', o.default ?? '(none)', r.default ?? '(none)');
  out.push(...compareTypeRefs(ours, o.type, real, r.type, at, seen));
  return out;
}

function compareTypeRefs(ours: Side, o: TypeRef, real: Side, r: TypeRef, at: string, seen: Set<string>): Difference[] {
  if (o.kind === 'enum' && r.kind === 'enum') {
    const a = ours.model.enums.get(o.id)!.values;
    const b = real.model.enums.get(r.id)!.values;
    const out: Difference[] = [];
    const names = [ours.model.enums.get(o.id)!.qname?.name ?? '(anonymous)', real.model.enums.get(r.id)!.qname?.name ?? '(anonymous)'];
    if (names[0] !== names[1]) out.push({ where: at, kind: 'enum-name', ours: names[0]!, real: names[1]! });
    const added = a.filter((v) => !b.includes(v));
    const removed = b.filter((v) => !a.includes(v));
    if (added.length > 0) out.push({ where: at, kind: 'enum-values-added', ours: added.join(', '), real: '—' });
    if (removed.length > 0) out.push({ where: at, kind: 'enum-values-removed', ours: '—', real: removed.join(', ') });
    return out;
  }
  if (o.kind === 'complex' && r.kind === 'complex') {
    const a = ours.model.types.get(o.id)!;
    const b = real.model.types.get(r.id)!;
    // Named alike on both sides: that type is compared on its own. Otherwise (anonymous, or
    // `References` here and `references` there) its structure is compared in place.
    if (a.qname && b.qname && a.qname.name === b.qname.name) return [];
    const named = (a.qname?.name ?? '(anonymous)') !== (b.qname?.name ?? '(anonymous)') ? [{ where: at, kind: 'type-name' as const, ours: a.qname?.name ?? '(anonymous)', real: b.qname?.name ?? '(anonymous)' }] : [];
    return [...named, ...compareTypes({ model: ours.model, type: a }, { model: real.model, type: b }, at, seen)];
  }
  const a = typeName(ours.model, o);
  const b = typeName(real.model, r);
  return a === b ? [] : [{ where: at, kind: 'type', ours: a, real: b }];
}

function allFields(model: SchemaModel, type: ComplexTypeDef): FieldDef[] {
  const base = type.base ? model.types.get(type.base) : undefined;
  return [...(base ? allFields(model, base) : []), ...type.fields];
}

export function typeName(model: SchemaModel, ref: TypeRef): string {
  switch (ref.kind) {
    case 'builtin':
      return `xs:${ref.xsdName}`;
    case 'opaque':
      return 'xs:anyType';
    case 'enum':
      return `enum(${model.enums.get(ref.id)!.values.join('|')})`;
    case 'complex':
      return model.types.get(ref.id)!.qname?.name ?? '(anonymous)';
  }
}

function describeField(model: SchemaModel, f: FieldDef): string {
  return `${f.kind} ${typeName(model, f.type)}${f.array ? '[]' : ''}${f.optional ? '?' : ''}`;
}
