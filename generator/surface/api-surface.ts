/**
 * The public surface of an SDK, derived from the IR (and the capability facts when given), as
 * stable JSON: what drift checks compare. It holds what SDK users depend on — types and their
 * fields (wire form, type, occurrence), enumerations, operations, and per object its verbs and
 * filters — and nothing of formatting, prefixes or order, so cosmetic changes vanish.
 */
import type { ObjectView } from '../capability-notes.ts';
import { qnameKey, type ComplexTypeDef, type SchemaModel, type TypeRef } from '../model/ir.ts';

export interface FieldSurface {
  kind: 'attribute' | 'element' | 'text';
  type: string;
  optional: boolean;
  array: boolean;
  nillable: boolean;
}

export interface TypeSurface {
  base?: string;
  abstract?: true;
  /** Whether users send values of the type (`in`), receive them (`out`), or both. */
  direction: ('in' | 'out')[];
  fields: Record<string, FieldSurface>;
}

export interface ApiSurface {
  format: 1;
  types: Record<string, TypeSurface>;
  enums: Record<string, { values: string[]; direction: ('in' | 'out')[] }>;
  operations: Record<string, { input: string; output: string }>;
  objects: Record<string, { verbs: string[]; filters?: Record<string, { kind: string; operators: string[] }> }>;
}

export function apiSurface(model: SchemaModel, objects?: Record<string, ObjectView>): ApiSurface {
  const names = surfaceNames(model);
  const name = (id: string) => names.get(id) ?? id;
  const ref = (t: TypeRef): string => (t.kind === 'builtin' ? `xs:${t.xsdName}` : t.kind === 'opaque' ? 'xs:anyType' : name(t.id));
  const directions = typeDirections(model, objects);
  const types: ApiSurface['types'] = {};
  for (const t of sortedTypes(model)) {
    // Fields by XML name, so that an attribute becoming an element is one change; `@name` only
    // where a type has both an attribute and an element of that name.
    const fields: Record<string, FieldSurface> = {};
    const elementNames = new Set(t.fields.filter((f) => f.kind !== 'attribute').map((f) => f.xmlName));
    for (const f of t.fields) {
      const key = f.kind === 'attribute' && elementNames.has(f.xmlName) ? `@${f.xmlName}` : f.xmlName;
      fields[key] = { kind: f.kind, type: ref(f.type), optional: f.optional, array: f.array, nillable: f.nillable };
    }
    types[name(t.id)] = { ...(t.base ? { base: name(t.base) } : {}), ...(t.abstract ? { abstract: true as const } : {}), direction: directions.get(t.id) ?? [], fields };
  }
  const enums: ApiSurface['enums'] = {};
  for (const e of [...model.enums.values()].sort((a, b) => (name(a.id) < name(b.id) ? -1 : 1))) enums[name(e.id)] = { values: [...e.values], direction: directions.get(e.id) ?? [] };
  const operations: ApiSurface['operations'] = {};
  for (const op of [...model.operations].sort((a, b) => (a.name < b.name ? -1 : 1))) operations[op.name] = { input: op.input.name, output: op.output.name };
  const objectSurface: ApiSurface['objects'] = {};
  for (const [objectType, facts] of Object.entries(objects ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const filters = facts.query ? Object.fromEntries(facts.query.fields.map((f) => [f.property, { kind: f.kind, operators: [...facts.query!.operators] }])) : undefined;
    objectSurface[objectType] = { verbs: Object.keys(facts.verbs).sort(), ...(filters ? { filters } : {}) };
  }
  return { format: 1, types, enums, operations, objects: objectSurface };
}

/** Local names where they are unique; `{namespace}name` where two namespaces share one; anonymous types by where they stand. */
function surfaceNames(model: SchemaModel): Map<string, string> {
  const count = new Map<string, number>();
  const all = [...model.types.values(), ...model.enums.values()];
  for (const t of all) if (t.qname) count.set(t.qname.name, (count.get(t.qname.name) ?? 0) + 1);
  const names = new Map<string, string>();
  for (const t of all) {
    if (t.qname) names.set(t.id, count.get(t.qname.name)! > 1 ? qnameKey(t.qname) : t.qname.name);
    else names.set(t.id, t.id.replace(/^\{[^}]*\}/, '').replace(/#\w+/g, ''));
  }
  return names;
}

function sortedTypes(model: SchemaModel): ComplexTypeDef[] {
  return [...model.types.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Walks from the operations' request and response wrappers through fields. An element typed
 * BaseType can carry any object: on the way in only the objects users can create, update or
 * execute count (from the capability facts; all of them without), besides the envelope's own
 * payloads such as BulkId.
 */
function typeDirections(model: SchemaModel, objects?: Record<string, ObjectView>): Map<string, ('in' | 'out')[]> {
  const sendable = objects ? new Set(Object.values(objects).filter((o) => ['create', 'update', 'execute', 'bulkUpdate'].some((v) => v in o.verbs)).map((o) => o.modelType)) : undefined;
  const objectTypes = new Set(Object.values(objects ?? {}).map((o) => o.modelType));
  const result = new Map<string, Set<'in' | 'out'>>();
  // A work list rather than recursion: a chain of thousands of types must not overflow the stack.
  const pending: [string, 'in' | 'out'][] = [];
  const visit = (id: string, direction: 'in' | 'out') => {
    const seen = result.get(id) ?? new Set();
    if (seen.has(direction)) return;
    seen.add(direction);
    result.set(id, seen);
    pending.push([id, direction]);
  };
  for (const op of model.operations) {
    for (const [element, direction] of [[op.input, 'in'], [op.output, 'out']] as const) {
      const t = model.elements.get(qnameKey(element))?.type;
      if (t?.kind === 'complex') visit(t.id, direction);
    }
  }
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [id, direction] = next;
    const type = model.types.get(id);
    if (!type) continue;
    if (type.base) visit(type.base, direction);
    for (const derived of type.derived) {
      const d = model.types.get(derived)!;
      const name = d.qname?.name ?? '';
      if (direction === 'in' && sendable && type.qname?.name === 'BaseType' && objectTypes.has(name) && !sendable.has(name)) continue;
      visit(derived, direction);
    }
    for (const f of type.fields) if (f.type.kind === 'complex' || f.type.kind === 'enum') visit(f.type.id, direction);
  }
  return new Map([...result.entries()].map(([id, set]) => [id, [...set].sort()]));
}
