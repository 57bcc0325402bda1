/**
 * Per type, what the codec needs at hand, computed once: all fields in wire order (inherited
 * first), element fields by namespace and name, attribute fields by name, and the concrete types
 * that may stand in for it, by `xsi:type` name.
 */
import { ARRAY, ATTRIBUTE, TEXT, type XmlFieldInfo, type XmlTypeInfo } from '../metadata.js';

export interface FieldEntry {
  info: XmlFieldInfo;
  name: string;
  namespace: string;
  property: string;
  isArray: boolean;
}

export interface TypeIndex {
  info: XmlTypeInfo;
  attributes: FieldEntry[];
  elements: FieldEntry[];
  text?: FieldEntry;
  /** Element fields by namespace, then local name: decoding looks them up without building a key. */
  elementsByNamespace: Map<string, Map<string, FieldEntry>>;
  attributesByName: Map<string, FieldEntry>;
  /** This type and every type deriving from it, by `{namespace}name`. */
  substitutes: Map<string, XmlTypeInfo>;
  polymorphic: boolean;
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

function byNamespace(entries: FieldEntry[]): Map<string, Map<string, FieldEntry>> {
  const out = new Map<string, Map<string, FieldEntry>>();
  for (const e of entries) {
    const names = out.get(e.namespace) ?? new Map<string, FieldEntry>();
    names.set(e.name, e);
    out.set(e.namespace, names);
  }
  return out;
}

function buildIndex(info: XmlTypeInfo): TypeIndex {
  const all: XmlFieldInfo[] = [];
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) all.unshift(...t.fields);
  const entries = all.map((f): FieldEntry => ({ info: f, name: f[0], namespace: f[1], property: f[2], isArray: (f[4] & ARRAY) !== 0 }));
  const attributes = entries.filter((e) => (e.info[4] & ATTRIBUTE) !== 0);
  const elements = entries.filter((e) => (e.info[4] & (ATTRIBUTE | TEXT)) === 0);
  const text = entries.find((e) => (e.info[4] & TEXT) !== 0);
  const derived = info.derived?.() ?? [];
  const index: TypeIndex = {
    info,
    attributes,
    elements,
    elementsByNamespace: byNamespace(elements),
    attributesByName: new Map(attributes.map((e) => [qualifiedKey(e.namespace, e.name), e])),
    substitutes: new Map([info, ...derived].map((t) => [qualifiedKey(t.namespace, t.name), t])),
    polymorphic: derived.length > 0 || info.abstract === true,
  };
  if (text) index.text = text;
  return index;
}
