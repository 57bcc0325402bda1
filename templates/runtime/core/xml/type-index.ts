/**
 * Per type, what the codec needs at hand, computed once on first use: all fields in wire order
 * (inherited first) with their flags read and their types resolved, element fields by namespace
 * and name, attribute fields by name.
 */
import type { XmlFieldInfo, XmlScalarKind, XmlTypeInfo } from '../metadata.js';

export interface FieldEntry {
  info: XmlFieldInfo;
  name: string;
  namespace: string;
  property: string;
  isArray: boolean;
  nillable: boolean;
  /** What the value is: a scalar, an enumeration's text, opaque XML, or a complex value. */
  kind: 'scalar' | 'enum' | 'xml' | 'complex';
  scalar: XmlScalarKind;
  values: readonly string[] | undefined;
  complex: XmlTypeInfo | undefined;
}

export interface TypeIndex {
  info: XmlTypeInfo;
  attributes: FieldEntry[];
  elements: FieldEntry[];
  text?: FieldEntry;
  /** Element fields by namespace, then local name: decoding looks them up without building a key. */
  elementsByNamespace: Map<string, Map<string, FieldEntry>>;
  /** Element fields by local name alone, where no other element field has that name: read when the namespace does not match. */
  elementsByLocalName: Map<string, FieldEntry>;
  attributesByName: Map<string, FieldEntry>;
}

const cache = new WeakMap<XmlTypeInfo, TypeIndex>();

export function indexOf(info: XmlTypeInfo): TypeIndex {
  let index = cache.get(info);
  if (!index) {
    index = buildIndex(info);
    cache.set(info, index);
  }
  return index;
}

export function qualifiedKey(namespace: string, name: string): string {
  return namespace ? `{${namespace}}${name}` : name;
}

/** One field's entry: its flags read and its type thunk resolved (only now, when a value is coded). */
export function fieldEntry(f: XmlFieldInfo): FieldEntry {
  const [name, namespace, property, type, flags] = f;
  const entry: FieldEntry = { info: f, name, namespace, property, isArray: flags.includes('*'), nillable: flags.includes('~'), kind: 'scalar', scalar: 'string', values: undefined, complex: undefined };
  if (type === 'xml') entry.kind = 'xml';
  else if (typeof type === 'string') entry.scalar = type;
  else {
    const resolved = type();
    if (isValueList(resolved)) {
      entry.kind = 'enum';
      entry.values = resolved;
    } else {
      entry.kind = 'complex';
      entry.complex = resolved;
    }
  }
  return entry;
}

function isValueList(value: readonly string[] | XmlTypeInfo): value is readonly string[] {
  return Array.isArray(value);
}

function byNamespace(entries: FieldEntry[]): Map<string, Map<string, FieldEntry>> {
  const out = new Map<string, Map<string, FieldEntry>>();
  for (const e of entries) {
    const names = out.get(e.namespace) ?? new Map<string, FieldEntry>();
    names.set(e.name, e);
    out.set(e.namespace, names);
  }
  return out;
}

function byUniqueLocalName(entries: FieldEntry[]): Map<string, FieldEntry> {
  const out = new Map<string, FieldEntry>();
  const repeated = new Set<string>();
  for (const e of entries) {
    if (out.has(e.name)) repeated.add(e.name);
    else out.set(e.name, e);
  }
  for (const name of repeated) out.delete(name);
  return out;
}

function buildIndex(info: XmlTypeInfo): TypeIndex {
  const all: XmlFieldInfo[] = [];
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) all.unshift(...t.fields);
  const attributes: FieldEntry[] = [];
  const elements: FieldEntry[] = [];
  let text: FieldEntry | undefined;
  for (const f of all) {
    const entry = fieldEntry(f);
    if (f[4].includes('@')) attributes.push(entry);
    else if (f[4].includes('=')) text = entry;
    else elements.push(entry);
  }
  const index: TypeIndex = {
    info,
    attributes,
    elements,
    elementsByNamespace: byNamespace(elements),
    elementsByLocalName: byUniqueLocalName(elements),
    attributesByName: new Map(attributes.map((e) => [qualifiedKey(e.namespace, e.name), e])),
  };
  if (text) index.text = text;
  return index;
}
