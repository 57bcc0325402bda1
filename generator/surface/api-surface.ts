/**
 * The public surface of an SDK, derived from the IR (and the capability facts when given), as
 * stable JSON: what drift checks compare. It holds what SDK users depend on and what the SDK
 * puts on the wire — types and their fields (namespace, wire form, type and facets,
 * occurrence), enumerations, operations with their soapAction, and per object its verbs (SOAP
 * operation, account override, bulk limit) and filters — and nothing of formatting, prefixes
 * or order, so cosmetic changes vanish.
 */
import type { QueryFacts } from '../../templates/runtime/boomi/capabilities.ts';
import { qnameKey, type ComplexTypeDef, type Facets, type ProfileVerb, type QName, type SchemaModel, type TypeRef } from '../model/ir.ts';
import { portViews, type MessageView } from '../model/ports.ts';

/** Written into every surface; a reader refuses others. 2 added namespaces, facets, soapActions and capability details. */
export const SURFACE_FORMAT = 2;

export type Direction = 'in' | 'out';

export interface FieldSurface {
  kind: 'attribute' | 'element' | 'text';
  /** The namespace on the wire: '' for unqualified. */
  namespace: string;
  type: string;
  /** Where the type is a restricted simple type. */
  facets?: Facets;
  optional: boolean;
  array: boolean;
  nillable: boolean;
}

export interface TypeSurface {
  /** The XSD type's namespace (anonymous types: their owner's): `xsi:type` carries it. */
  namespace: string;
  base?: string;
  abstract?: true;
  /** Whether users send values of the type (`in`), receive them (`out`), or both. */
  direction: Direction[];
  fields: Record<string, FieldSurface>;
}

export interface EnumSurface {
  namespace: string;
  values: string[];
  direction: Direction[];
}

export interface OperationSurface {
  /** Sent by the SDK as the SOAPAction header. */
  soapAction: string;
  /** The request's and the response's (first) Body element: the wrapper of a wrapped operation; empty where a message has none. */
  input: QName;
  /** Absent for a one-way operation. */
  output?: QName;
}

export interface VerbSurface {
  /** The SOAP operation that carries the verb. */
  operation: string;
  /** Whether the Partner account override (`withAccount`) may be used. */
  accountOverride: boolean;
  /** Items per request, for bulk verbs: the SDK's chunk size. */
  limit?: number;
}

export interface FilterFieldSurface {
  kind: string;
  operators: string[];
  /** The values an enumeration filter field accepts. */
  values?: string[];
}

export interface ObjectSurface {
  /** The schema type of the object's values. */
  modelType: string;
  verbs: Record<string, VerbSurface>;
  filters?: Record<string, FilterFieldSurface>;
  /** Any property name may be filtered on. */
  openProperties?: true;
}

export interface ApiSurface {
  format: typeof SURFACE_FORMAT;
  types: Record<string, TypeSurface>;
  enums: Record<string, EnumSurface>;
  operations: Record<string, OperationSurface>;
  objects: Record<string, ObjectSurface>;
}

/** The profile's objects as the surface sees them: model type, verbs (as the WSDL lets the SDK use them), filters. */
interface ObjectView {
  modelType: string;
  verbs: Record<string, { soapOperation: string; accountOverride: boolean; limit?: number }>;
  query?: QueryFacts | undefined;
}

function profileObjects(model: SchemaModel): Record<string, ObjectView> | undefined {
  if (!model.profile) return undefined;
  const verbView = (v: ProfileVerb) => ({ soapOperation: v.facts.soapOperation, accountOverride: v.override, ...(v.limit !== undefined ? { limit: v.limit } : {}) });
  return Object.fromEntries(
    model.profile.objects.map((o) => [o.objectType, { modelType: model.types.get(o.typeId)!.qname?.name ?? '', verbs: Object.fromEntries(o.verbs.map((v) => [v.verb, verbView(v)])), query: o.query }]),
  );
}

export function apiSurface(model: SchemaModel): ApiSurface {
  const objects = profileObjects(model);
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
      const facets = f.type.kind === 'builtin' && f.type.facets ? { facets: f.type.facets } : {};
      fields[key] = { kind: f.kind, namespace: f.namespace, type: ref(f.type), ...facets, optional: f.optional, array: f.array, nillable: f.nillable };
    }
    types[name(t.id)] = { namespace: namespaceOf(t), ...(t.base ? { base: name(t.base) } : {}), ...(t.abstract ? { abstract: true as const } : {}), direction: directions.get(t.id) ?? [], fields };
  }
  const enums: ApiSurface['enums'] = {};
  for (const e of [...model.enums.values()].sort((a, b) => (name(a.id) < name(b.id) ? -1 : 1))) enums[name(e.id)] = { namespace: namespaceOf(e), values: [...e.values], direction: directions.get(e.id) ?? [] };
  const operations = operationSurfaces(model);
  const objectSurface: ApiSurface['objects'] = {};
  // In the profile's order: by object type.
  for (const [objectType, facts] of Object.entries(objects ?? {})) objectSurface[objectType] = objectSurfaceOf(facts);
  return { format: SURFACE_FORMAT, types, enums, operations, objects: objectSurface };
}

/**
 * Every operation of every SOAP port, by name; by `port.operation` where ports of the WSDL differ
 * in what one name means (its action, version or messages).
 */
function operationSurfaces(model: SchemaModel): ApiSurface['operations'] {
  const first = (message: MessageView | undefined): QName | undefined => (message ? { ...(message.body[0]?.element ?? { namespace: '', name: '' }) } : undefined);
  const all = portViews(model).flatMap((port) => port.operations.map((op) => ({ port: port.port, name: op.name, surface: { soapAction: op.soapAction, input: first(op.input)!, ...(op.output ? { output: first(op.output)! } : {}) } satisfies OperationSurface })));
  const byName = new Map<string, Set<string>>();
  for (const op of all) byName.set(op.name, (byName.get(op.name) ?? new Set()).add(JSON.stringify(op.surface)));
  const operations: ApiSurface['operations'] = {};
  for (const op of all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.port < b.port ? -1 : 1))) {
    operations[byName.get(op.name)!.size > 1 ? `${op.port}.${op.name}` : op.name] = op.surface;
  }
  return operations;
}

function objectSurfaceOf(facts: ObjectView): ObjectSurface {
  const verbs: ObjectSurface['verbs'] = {};
  for (const [verb, v] of Object.entries(facts.verbs).sort(([a], [b]) => (a < b ? -1 : 1))) {
    verbs[verb] = { operation: v.soapOperation, accountOverride: v.accountOverride !== false, ...(v.limit !== undefined ? { limit: v.limit } : {}) };
  }
  const query = facts.query;
  if (!query) return { modelType: facts.modelType, verbs };
  const filters = Object.fromEntries(query.fields.map((f) => [f.property, { kind: f.kind, operators: [...query.operators], ...(f.values ? { values: [...f.values] } : {}) }]));
  return { modelType: facts.modelType, verbs, filters, ...(query.openProperties ? { openProperties: true as const } : {}) };
}

/** A named type's namespace; an anonymous one's is its owner's, the start of its id. */
function namespaceOf(t: { id: string; qname?: QName }): string {
  return t.qname?.namespace ?? /^\{([^}]*)\}/.exec(t.id)?.[1] ?? '';
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
function typeDirections(model: SchemaModel, objects?: Record<string, ObjectView>): Map<string, Direction[]> {
  const sendable = objects ? new Set(Object.values(objects).filter((o) => ['create', 'update', 'execute', 'bulkUpdate'].some((v) => v in o.verbs)).map((o) => o.modelType)) : undefined;
  const objectTypes = new Set(Object.values(objects ?? {}).map((o) => o.modelType));
  const result = new Map<string, Set<Direction>>();
  // A work list rather than recursion: a chain of thousands of types must not overflow the stack.
  const pending: [string, Direction][] = [];
  const visit = (id: string, direction: Direction) => {
    const seen = result.get(id) ?? new Set();
    if (seen.has(direction)) return;
    seen.add(direction);
    result.set(id, seen);
    pending.push([id, direction]);
  };
  for (const op of portViews(model).flatMap((p) => p.operations)) {
    for (const [message, direction] of [[op.input, 'in'], [op.output, 'out']] as const) {
      for (const part of [...(message?.body ?? []), ...(message?.headers ?? [])]) if (part.type.kind === 'complex') visit(part.type.id, direction);
    }
    for (const fault of op.faults) if (fault.type.kind === 'complex') visit(fault.type.id, 'out');
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
