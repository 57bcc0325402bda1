/**
 * Values → XML, driven by the generated metadata: namespaces and prefixes, attributes vs
 * elements in schema order, qualification, arrays, nil, `xsi:type` wherever the declared type
 * has subtypes, and unknown or opaque content written back as it came.
 */
import { NILLABLE, type XmlFieldType, type XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import { checkXmlChars, escapeAttribute, escapeText, XmlEncodeError } from './escape.js';
import { formatScalar } from './scalars.js';
import { indexOf, type FieldEntry } from './type-index.js';
import { unknownContentOf } from './unknown-content.js';
import { XSI_NAMESPACE, PrefixTable } from './prefixes.js';

export interface QualifiedName {
  namespace: string;
  name: string;
}

/** One element, with every namespace it uses declared on it. */
export function encodeElement(value: object, info: XmlTypeInfo, element: QualifiedName, prefixes = new PrefixTable()): string {
  const body: string[] = [];
  const writer = new ElementWriter(prefixes, body);
  writer.complex(value, info, element, true);
  return body.join('');
}

class ElementWriter {
  private rootStart = -1;

  constructor(
    private readonly prefixes: PrefixTable,
    private readonly out: string[],
  ) {}

  complex(value: object, declared: XmlTypeInfo, element: QualifiedName, root = false): void {
    const actual = this.concreteType(value, declared);
    const index = indexOf(actual);
    const name = this.qualified(element);
    const start = this.out.length;
    this.out.push(`<${name}`);
    if (root) this.rootStart = start;
    if (indexOf(declared).polymorphic || actual !== declared) {
      this.out.push(` ${this.qualified({ namespace: XSI_NAMESPACE, name: 'type' })}="${this.qualified({ namespace: actual.namespace, name: actual.name })}"`);
    }
    const record = value as Record<string, unknown>;
    for (const field of index.attributes) {
      const v = record[field.property];
      if (v === undefined || v === null) continue;
      const text = this.scalarText(field.info[3], v, `${actual.name}/@${field.name}`);
      this.out.push(` ${field.namespace ? this.qualified(field) : field.name}="${escapeAttribute(text)}"`);
    }
    const unknown = unknownContentOf(value);
    for (const [key, v] of Object.entries(unknown?.attributes ?? {})) this.out.push(` ${this.attributeName(key)}="${escapeAttribute(v)}"`);
    const openAt = this.out.length;
    this.out.push('>');
    const before = this.out.length;
    if (index.text) {
      const v = record[index.text.property];
      if (v !== undefined && v !== null) this.out.push(escapeText(this.scalarText(index.text.info[3], v, `${actual.name}/text()`)));
    }
    for (const field of index.elements) this.field(record[field.property], field, actual.name);
    for (const opaque of unknown?.elements ?? []) this.out.push(withBindings(opaque));
    if (this.out.length === before) this.out[openAt] = '/>';
    else this.out.push(`</${name}>`);
    if (root) this.out[this.rootStart] = `<${name}${this.prefixes.declarations()}`;
  }

  private field(value: unknown, field: FieldEntry, owner: string): void {
    if (value === undefined) return; // Required fields are left to the server: Boomi's spec marks as required fields its pages call optional on CREATE/UPDATE.
    const items = field.isArray ? (Array.isArray(value) ? value : [value]) : [value];
    for (const item of items) {
      if (item === null) {
        if ((field.info[4] & NILLABLE) === 0) throw new XmlEncodeError(`${owner}/${field.name}: null given, but the field is not nillable`);
        this.out.push(`<${this.qualified(field)} ${this.qualified({ namespace: XSI_NAMESPACE, name: 'nil' })}="true"/>`);
        continue;
      }
      this.item(item, field, owner);
    }
  }

  private item(item: unknown, field: FieldEntry, owner: string): void {
    const type = field.info[3];
    const where = `${owner}/${field.name}`;
    if (typeof type === 'function') {
      if (typeof item !== 'object') throw new XmlEncodeError(`${where}: expected an object, got ${typeof item}`);
      this.complex(item as object, type(), field);
    } else if (type === 'xml') {
      this.opaque(item as OpaqueXml, field, where);
    } else {
      const name = this.qualified(field);
      this.out.push(`<${name}>${escapeText(this.scalarText(type, item, where))}</${name}>`);
    }
  }

  private opaque(value: OpaqueXml, field: QualifiedName, where: string): void {
    if (typeof value?.xml !== 'string') throw new XmlEncodeError(`${where}: expected opaque XML ({ xml: string })`);
    const name = this.qualified(field);
    const bindings = Object.entries(value.namespaces ?? {})
      .filter(([prefix]) => prefix !== 'xml')
      .map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`)
      .join('');
    this.out.push(value.xml === '' ? `<${name}${bindings}/>` : `<${name}${bindings}>${value.xml}</${name}>`);
  }

  private scalarText(type: XmlFieldType, value: unknown, where: string): string {
    let text: string;
    if (typeof type === 'object') {
      if (typeof value !== 'string' || !type.includes(value)) throw new XmlEncodeError(`${where}: ${JSON.stringify(value)} is not one of ${type.join(', ')}`);
      text = value;
    } else if (typeof type === 'function' || type === 'xml') {
      throw new XmlEncodeError(`${where}: a complex value where the schema wants text`);
    } else {
      text = formatScalar(type, value, where);
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
    for (const candidate of indexOf(declared).substitutes.values()) if (candidate.name === tag) return candidate;
    throw new XmlEncodeError(`$type ${JSON.stringify(tag)} is not ${declared.name} or a type derived from it`);
  }

  private qualified(name: QualifiedName): string {
    return name.namespace ? `${this.prefixes.prefixFor(name.namespace)}:${name.name}` : name.name;
  }

  private attributeName(key: string): string {
    const match = /^\{([^}]*)\}(.*)$/.exec(key);
    return match ? this.qualified({ namespace: match[1]!, name: match[2]! }) : key;
  }
}

/**
 * Kept content as it came, with the namespace bindings it relies on declared on its own start tag
 * (those it declares there itself excepted): Boomi declares its prefixes on the response wrapper,
 * so an element a newer server adds arrives relying on them.
 */
function withBindings(kept: OpaqueXml): string {
  const startTag = /^<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*/.exec(kept.xml)?.[0];
  if (!startTag || !kept.namespaces) return kept.xml;
  const attributeNames = [...startTag.matchAll(/\s([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')/g)].map((m) => m[1]!);
  const own = new Set(attributeNames.filter((n) => n === 'xmlns' || n.startsWith('xmlns:')).map((n) => n.slice('xmlns:'.length)));
  const declarations = Object.entries(kept.namespaces)
    .filter(([prefix]) => prefix !== 'xml' && !own.has(prefix))
    .map(([prefix, uri]) => ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`)
    .join('');
  return startTag + declarations + kept.xml.slice(startTag.length);
}
