/**
 * The types that may stand in for a declared one, for the values of one call: a value written
 * with `xsi:type` (or given with `$type`) is of a type derived from the declared one. Which
 * types a call can meet is known where the call is made — an object's accessor knows its
 * object type, a generated operation knows the types its messages reach — so metadata never
 * links a base to all its subtypes, and a bundle holds only the types an application uses.
 * A name the registry does not know keeps the declared type; its extra content is kept.
 */
import type { XmlTypeInfo, XmlTypeList } from '../metadata.js';
import { qualifiedKey } from './type-index.js';

export class TypeRegistry {
  private readonly byKey = new Map<string, XmlTypeInfo>();
  private readonly byTag = new WeakMap<XmlTypeInfo, Map<string, XmlTypeInfo>>();

  constructor(private readonly types: readonly XmlTypeInfo[]) {
    for (const t of types) this.byKey.set(qualifiedKey(t.namespace, t.name), t);
  }

  /** The type an `xsi:type` names, when it is the declared type or derives from it. */
  resolve(declared: XmlTypeInfo, namespace: string, name: string): XmlTypeInfo | undefined {
    if (declared.name === name && declared.namespace === namespace) return declared;
    const candidate = this.byKey.get(qualifiedKey(namespace, name));
    return candidate && derivesFrom(candidate, declared) ? candidate : undefined;
  }

  /**
   * The type a `$type` tag (the XSD type's local name) names among the types the call knows that
   * derive from the declared one; the encoder takes the declared type's own name before asking.
   */
  tagged(declared: XmlTypeInfo, tag: string): XmlTypeInfo | undefined {
    let names = this.byTag.get(declared);
    if (!names) {
      names = new Map();
      for (const t of this.types) if (derivesFrom(t, declared) && !names.has(t.name)) names.set(t.name, t);
      this.byTag.set(declared, names);
    }
    return names.get(tag);
  }
}

function derivesFrom(type: XmlTypeInfo, ancestor: XmlTypeInfo): boolean {
  for (let t: XmlTypeInfo | undefined = type; t; t = t.base?.()) if (t === ancestor) return true;
  return false;
}

const EMPTY = new TypeRegistry([]);
const registries = new WeakMap<XmlTypeList, TypeRegistry>();

/** The registry of a type list, built once per list. */
export function registryOf(list: XmlTypeList | undefined): TypeRegistry {
  if (!list) return EMPTY;
  let registry = registries.get(list);
  if (!registry) {
    registry = new TypeRegistry(list());
    registries.set(list, registry);
  }
  return registry;
}
