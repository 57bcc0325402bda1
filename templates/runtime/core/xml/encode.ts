/**
 * Values → XML, driven by the generated metadata: namespaces and prefixes, attributes vs
 * elements in schema order, qualification, arrays, nil, `xsi:type` wherever the declared type
 * is extended, and unknown or opaque content written back as it came, with the namespace
 * declarations it relies on. SOAP-encoded (rpc/encoded) parts also give every element its
 * `xsi:type`, and their arrays their item type and count (soap-encoding.ts).
 */
import type { XmlFieldInfo, XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import { checkXmlChars, escapeAttribute, escapeText, namespaceDeclarations, XmlEncodeError } from './escape.js';
import { formatScalar } from './scalars.js';
import { fieldEntry, indexOf, type FieldEntry } from './type-index.js';
import type { TypeRegistry } from './type-registry.js';
import { registryOf } from './type-registry.js';
import { unknownContentOf } from './unknown-content.js';
import { XSI_NAMESPACE, PrefixTable } from './prefixes.js';
import { SOAP12_ENCODING_NS, XSD_NAMESPACE, type SoapEncoding } from './soap-encoding.js';

export interface QualifiedName {
  namespace: string;
  name: string;
}

/** One element, with every namespace it uses declared on it. */
export function encodeElement(value: object, info: XmlTypeInfo, element: QualifiedName, registry: TypeRegistry = registryOf(undefined), prefixes: PrefixTable = new PrefixTable()): string {
  const out: string[] = [];
  new ElementWriter(prefixes, out, registry).complex(value, info, element, true);
  return out.join('');
}

/**
 * Sibling elements (a SOAP Body's or Header's parts): each field of `value` as the element its
 * field info names, each element declaring the namespaces it uses. With an `encoding`, each is
 * SOAP-encoded and says so with `encodingStyle`.
 */
export function encodeParts(value: Record<string, unknown>, fields: readonly XmlFieldInfo[], registry: TypeRegistry, owner: string, encoding?: SoapEncoding): string {
  let xml = '';
  for (const f of fields) {
    const entry = fieldEntry(f);
    const v = value[entry.property];
    if (v === undefined) continue;
    for (const item of entry.isArray && Array.isArray(v) ? v : [v]) {
      const prefixes = new PrefixTable();
      const style = encoding ? ` ${prefixes.prefixFor(encoding.envelope)}:encodingStyle="${escapeAttribute(encoding.style)}"` : '';
      const out: string[] = [];
      new ElementWriter(prefixes, out, registry, encoding).field(item, { ...entry, isArray: false }, owner);
      xml += out.join('').replace(/^<[^\s/>]+/, (tag) => `${tag}${style}${prefixes.declarations()}`);
    }
  }
  return xml;
}

class ElementWriter {
  private rootStart = -1;

  constructor(
    private readonly prefixes: PrefixTable,
    private readonly out: string[],
    private readonly registry: TypeRegistry,
    private readonly encoding?: SoapEncoding,
  ) {}

  complex(value: object, declared: XmlTypeInfo, element: QualifiedName, root = false): void {
    const actual = this.concreteType(value, declared);
    const index = indexOf(actual);
    const name = this.qualified(element);
    const start = this.out.length;
    this.out.push(`<${name}`);
    if (root) this.rootStart = start;
    // A value of a type others extend names its type, even the declared one (an abstract type's
    // value is always another). SOAP encoding names every named type; an anonymous one (the rpc
    // wrapper) has no name to give.
    if (declared.extended || actual !== declared || (this.encoding && actual.namespace)) {
      this.out.push(` ${this.xsiType()}="${this.qualified({ namespace: actual.namespace, name: actual.name })}"`);
    }
    const record = value as Record<string, unknown>;
    for (const field of index.attributes) {
      const v = record[field.property];
      if (v === undefined || v === null) continue;
      const text = this.scalarText(field, v, `${actual.name}/@${field.name}`);
      this.out.push(` ${field.namespace ? this.qualified(field) : field.name}="${escapeAttribute(text)}"`);
    }
    const unknown = unknownContentOf(value);
    for (const [key, v] of Object.entries(unknown?.attributes ?? {})) this.out.push(` ${this.attributeName(key)}="${escapeAttribute(v)}"`);
    const openAt = this.out.length;
    this.out.push('>');
    const before = this.out.length;
    if (index.text) {
      const v = record[index.text.property];
      if (v !== undefined && v !== null) this.out.push(escapeText(this.scalarText(index.text, v, `${actual.name}/text()`)));
    }
    for (const field of index.elements) this.field(record[field.property], field, actual.name);
    for (const opaque of unknown?.elements ?? []) this.out.push(this.keptElement(opaque));
    if (this.out.length === before) this.out[openAt] = '/>';
    else this.out.push(`</${name}>`);
    if (root) this.out[this.rootStart] = `<${name}${this.prefixes.declarations()}`;
  }

  field(value: unknown, field: FieldEntry, owner: string): void {
    if (value === undefined) return; // Required fields are left to the server: Boomi's spec marks as required fields its pages call optional on CREATE/UPDATE.
    const items = field.isArray ? (Array.isArray(value) ? value : [value]) : [value];
    for (const item of items) {
      if (item === null) {
        if (!field.nillable) throw new XmlEncodeError(`${owner}/${field.name}: null given, but the field is not nillable`);
        this.out.push(`<${this.qualified(field)} ${this.qualified({ namespace: XSI_NAMESPACE, name: 'nil' })}="true"/>`);
        continue;
      }
      this.item(item, field, owner);
    }
  }

  private item(item: unknown, field: FieldEntry, owner: string): void {
    const where = `${owner}/${field.name}`;
    if (field.kind === 'complex' && field.complex!.encodedArray) {
      this.encodedArray(item, field, where);
    } else if (field.kind === 'complex') {
      if (typeof item !== 'object') throw new XmlEncodeError(`${where}: expected an object, got ${typeof item}`);
      this.complex(item as object, field.complex!, field);
    } else if (field.kind === 'xml') {
      this.opaque(item as OpaqueXml, field, where);
    } else {
      const name = this.qualified(field);
      const type = this.encoding ? ` ${this.xsiType()}="${this.typeName(field)}"` : '';
      this.out.push(`<${name}${type}>${escapeText(this.scalarText(field, item, where))}</${name}>`);
    }
  }

  /** A SOAP-encoded array: one element, its items inside it (`item`), with their type and count where the message is encoded. */
  private encodedArray(items: unknown, field: FieldEntry, where: string): void {
    const info = field.complex!;
    if (!Array.isArray(items)) throw new XmlEncodeError(`${where}: expected an array (${info.name} is a SOAP-encoded array), got ${items === null ? 'null' : typeof items}`);
    const itemField = indexOf(info).elements[0];
    if (!itemField) throw new XmlEncodeError(`${where}: ${info.name} declares no item element`);
    const name = this.qualified(field);
    let attributes = '';
    if (this.encoding) {
      const itemType = this.typeName(itemField);
      const array = this.qualified({ namespace: this.encoding.namespace, name: 'Array' });
      const enc = (local: string) => this.qualified({ namespace: this.encoding!.namespace, name: local });
      attributes = ` ${this.xsiType()}="${array}"${this.encoding.namespace === SOAP12_ENCODING_NS ? ` ${enc('itemType')}="${itemType}" ${enc('arraySize')}="${items.length}"` : ` ${enc('arrayType')}="${itemType}[${items.length}]"`}`;
    }
    if (items.length === 0) {
      this.out.push(`<${name}${attributes}/>`);
      return;
    }
    this.out.push(`<${name}${attributes}>`);
    const one = { ...itemField, isArray: false };
    // The item's own name is added where it is written: `where` is its owner.
    for (const item of items) this.field(item, one, where);
    this.out.push(`</${name}>`);
  }

  private xsiType(): string {
    return this.qualified({ namespace: XSI_NAMESPACE, name: 'type' });
  }

  /** The XSD type name an encoded element of this field carries: its complex type's, or the built-in one of its values. */
  private typeName(field: FieldEntry): string {
    if (field.kind === 'complex' && field.complex!.namespace) return this.qualified(field.complex!);
    const builtin = field.kind === 'scalar' ? field.scalar : field.kind === 'enum' ? 'string' : 'anyType';
    return this.qualified({ namespace: XSD_NAMESPACE, name: builtin });
  }

  private opaque(value: OpaqueXml, field: QualifiedName, where: string): void {
    if (typeof value?.xml !== 'string') throw new XmlEncodeError(`${where}: expected opaque XML ({ xml: string })`);
    const name = this.qualified(field);
    const bindings = namespaceDeclarations(Object.entries(value.namespaces ?? {}).filter(([prefix]) => prefix !== 'xml'));
    this.out.push(value.xml === '' ? `<${name}${bindings}/>` : `<${name}${bindings}>${value.xml}</${name}>`);
  }

  private scalarText(field: FieldEntry, value: unknown, where: string): string {
    let text: string;
    if (field.kind === 'enum') {
      if (typeof value !== 'string' || !field.values!.includes(value)) throw new XmlEncodeError(`${where}: ${JSON.stringify(value)} is not one of ${field.values!.join(', ')}`);
      text = value;
    } else if (field.kind !== 'scalar') {
      throw new XmlEncodeError(`${where}: a complex value where the schema wants text`);
    } else {
      text = formatScalar(field.scalar, value, where);
    }
    checkXmlChars(text, where);
    return text;
  }

  private concreteType(value: object, declared: XmlTypeInfo): XmlTypeInfo {
    const tag = (value as { $type?: unknown }).$type;
    if (tag === undefined || tag === declared.name) {
      if (declared.abstract) throw new XmlEncodeError(`${declared.name} is abstract: the value needs a $type naming one of its subtypes`);
      return declared;
    }
    const found = typeof tag === 'string' ? this.registry.tagged(declared, tag) : undefined;
    if (!found) throw new XmlEncodeError(`$type ${JSON.stringify(tag)} is not ${declared.name} or a type derived from it that this call knows`);
    return found;
  }

  /**
   * Content kept from a response, written back as it came: the namespace bindings it used where
   * it was read travel on its start tag, unless the element declares them itself or the request
   * binds the same prefix to the same namespace already.
   */
  private keptElement(opaque: OpaqueXml): string {
    const startTag = /^<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*/.exec(opaque.xml)?.[0];
    if (!startTag || !opaque.namespaces) return opaque.xml;
    const own = new Set([...startTag.matchAll(/\s(xmlns(?::[^\s=/>]+)?)\s*=/g)].map((m) => m[1]!.slice('xmlns:'.length)));
    const missing = namespaceDeclarations(
      Object.entries(opaque.namespaces).filter(([prefix, uri]) => {
        if (prefix === 'xml' || own.has(prefix)) return false;
        if (prefix && this.prefixes.peek(uri) === prefix) {
          this.prefixes.prefixFor(uri); // declared on the root element, as the rest of the request's namespaces
          return false;
        }
        return true;
      }),
    );
    return startTag + missing + opaque.xml.slice(startTag.length);
  }

  private qualified(name: QualifiedName): string {
    return name.namespace ? `${this.prefixes.prefixFor(name.namespace)}:${name.name}` : name.name;
  }

  private attributeName(key: string): string {
    const match = /^\{([^}]*)\}(.*)$/.exec(key);
    return match ? this.qualified({ namespace: match[1]!, name: match[2]! }) : key;
  }
}
