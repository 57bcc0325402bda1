/**
 * The fake's own reading of the WSDL's schemas: which fields a type has, attribute or
 * element, qualified or not, repeated or not, and their simple types. The fake decodes requests
 * and encodes responses from this, not from the generated SDK's metadata, so an SDK bug cannot
 * hide behind the same bug in the fake.
 */
import type { Element } from '@xmldom/xmldom';
import { XS } from './namespaces.ts';

/** `int` fits a JavaScript number; `integer` (xs:long and the unbounded kinds) is kept exact as a bigint. */
export type SimpleKind = 'string' | 'int' | 'integer' | 'double' | 'boolean' | 'dateTime';

export interface SimpleType {
  kind: SimpleKind;
  /** Enumerated values, when the type restricts to a list. */
  values?: readonly string[];
}

export interface Field {
  name: string;
  /** The element's namespace; '' for attributes and unqualified elements. */
  namespace: string;
  attribute: boolean;
  /** A complex type key (`{ns}name`) or a simple type key. */
  type: string;
  many: boolean;
  required: boolean;
}

export interface ComplexType {
  key: string;
  name: string;
  namespace: string;
  base?: string;
  abstract: boolean;
  own: Field[];
}

export const key = (namespace: string, name: string): string => `{${namespace}}${name}`;

const BUILTIN: Record<string, SimpleKind> = {
  int: 'int', short: 'int', byte: 'int', unsignedInt: 'int',
  long: 'integer', integer: 'integer', unsignedLong: 'integer', nonNegativeInteger: 'integer', positiveInteger: 'integer',
  double: 'double', float: 'double', decimal: 'double',
  boolean: 'boolean', dateTime: 'dateTime',
};

export class Schema {
  private readonly complexTypes = new Map<string, ComplexType>();
  private readonly simpleTypes = new Map<string, SimpleType>();
  private readonly elements = new Map<string, string>();
  /** Element refs are resolved once every document is read. */
  private readonly refs: { field: Field; element: string }[] = [];
  private readonly fieldCache = new Map<string, Field[]>();

  /** `schemas`: the `xs:schema` elements, inline ones and those of schema documents alike. */
  constructor(schemas: Element[]) {
    for (const schema of schemas) this.read(schema);
    for (const { field, element } of this.refs) {
      const type = this.elements.get(element);
      if (!type) throw new Error(`schema: unresolved element ref ${element}`);
      field.type = type;
    }
  }

  complex(typeKey: string): ComplexType | undefined {
    return this.complexTypes.get(typeKey);
  }

  simple(typeKey: string): SimpleType {
    return this.simpleTypes.get(typeKey) ?? { kind: BUILTIN[typeKey.startsWith(`{${XS}}`) ? typeKey.slice(XS.length + 2) : ''] ?? 'string' };
  }

  /** The type of a global element. */
  element(namespace: string, name: string): string | undefined {
    return this.elements.get(key(namespace, name));
  }

  /** Every field of a type, inherited ones first, as the schema orders them. */
  fields(typeKey: string): Field[] {
    let cached = this.fieldCache.get(typeKey);
    if (!cached) {
      const type = this.complexTypes.get(typeKey);
      cached = type ? [...(type.base ? this.fields(type.base) : []), ...type.own] : [];
      this.fieldCache.set(typeKey, cached);
    }
    return cached;
  }

  derivesFrom(typeKey: string, baseKey: string): boolean {
    for (let t: string | undefined = typeKey; t; t = this.complexTypes.get(t)?.base) if (t === baseKey) return true;
    return false;
  }

  private read(schema: Element): void {
    const tns = schema.getAttribute('targetNamespace') ?? '';
    const qualified = schema.getAttribute('elementFormDefault') === 'qualified';
    for (const child of xsChildren(schema)) {
      const name = child.getAttribute('name') ?? '';
      if (child.localName === 'complexType') this.readComplex(child, key(tns, name), name, tns, qualified);
      else if (child.localName === 'simpleType') this.simpleTypes.set(key(tns, name), this.readSimple(child));
      else if (child.localName === 'element') {
        const anonymous = xsChildren(child).find((c) => c.localName === 'complexType');
        const typeKey = anonymous ? key(tns, `#element/${name}`) : resolve(child, child.getAttribute('type') ?? 'xs:string');
        if (anonymous) this.readComplex(anonymous, typeKey, name, tns, qualified);
        this.elements.set(key(tns, name), typeKey);
      }
    }
  }

  private readComplex(el: Element, typeKey: string, name: string, tns: string, qualified: boolean): void {
    const type: ComplexType = { key: typeKey, name, namespace: tns, abstract: el.getAttribute('abstract') === 'true', own: [] };
    let content = el;
    const complexContent = xsChildren(el).find((c) => c.localName === 'complexContent');
    const extension = complexContent && xsChildren(complexContent).find((c) => c.localName === 'extension');
    if (extension) {
      type.base = resolve(extension, extension.getAttribute('base') ?? '');
      content = extension;
    }
    for (const part of xsChildren(content)) {
      if (part.localName === 'sequence') for (const element of xsChildren(part).filter((c) => c.localName === 'element')) type.own.push(this.readElement(element, typeKey, tns, qualified));
      else if (part.localName === 'attribute') type.own.push(this.readAttribute(part, typeKey));
    }
    this.complexTypes.set(typeKey, type);
  }

  private readElement(el: Element, owner: string, tns: string, qualified: boolean): Field {
    const maxOccurs = el.getAttribute('maxOccurs') ?? '1';
    const common = { attribute: false, many: maxOccurs === 'unbounded' || Number(maxOccurs) > 1, required: (el.getAttribute('minOccurs') ?? '1') !== '0' };
    const ref = el.getAttribute('ref');
    if (ref) {
      const target = resolve(el, ref);
      const field: Field = { ...common, name: target.slice(target.indexOf('}') + 1), namespace: target.slice(1, target.indexOf('}')), type: '' };
      this.refs.push({ field, element: target });
      return field;
    }
    const name = el.getAttribute('name') ?? '';
    const form = el.getAttribute('form');
    const namespace = (form ? form === 'qualified' : qualified) ? tns : '';
    const anonymous = xsChildren(el).find((c) => c.localName === 'complexType' || c.localName === 'simpleType');
    let type = resolve(el, el.getAttribute('type') ?? 'xs:string');
    if (anonymous?.localName === 'complexType') this.readComplex(anonymous, (type = `${owner}/${name}`), name, tns, qualified);
    else if (anonymous) this.simpleTypes.set((type = `${owner}/${name}`), this.readSimple(anonymous));
    return { ...common, name, namespace, type };
  }

  private readAttribute(el: Element, owner: string): Field {
    const name = el.getAttribute('name') ?? '';
    const anonymous = xsChildren(el).find((c) => c.localName === 'simpleType');
    let type = resolve(el, el.getAttribute('type') ?? 'xs:string');
    if (anonymous) this.simpleTypes.set((type = `${owner}/@${name}`), this.readSimple(anonymous));
    return { name, namespace: '', attribute: true, type, many: false, required: el.getAttribute('use') === 'required' };
  }

  private readSimple(el: Element): SimpleType {
    const restriction = xsChildren(el).find((c) => c.localName === 'restriction');
    if (!restriction) return { kind: 'string' };
    const values = xsChildren(restriction).filter((c) => c.localName === 'enumeration').map((c) => c.getAttribute('value') ?? '');
    const base = this.simple(resolve(restriction, restriction.getAttribute('base') ?? 'xs:string'));
    return values.length ? { kind: base.kind, values } : base;
  }
}

function xsChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).namespaceURI === XS) out.push(n as Element);
  return out;
}

/** A QName in an attribute value, resolved against the element's namespace declarations. */
function resolve(el: Element, qname: string): string {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? null : qname.slice(0, colon);
  return key(el.lookupNamespaceURI(prefix) ?? '', qname.slice(colon + 1));
}
