/**
 * The real Platform schema of 2023 (the `?xsd=1` Boomi's Platform WSDL includes), read into the
 * reconstruction's schema model. It is the source for every type, name, base, enumeration name,
 * element order, occurrence and qualification it has. Its operation wrappers (`get` and
 * `getResponse`, …) are set apart: the Partner service's are written by wrappers.ts. Only the
 * XSD that schema uses is read; anything else is refused with its file, line and column.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { LoadError } from '../../generator/load/load-error.ts';
import { childElements, parseXml, positionOf } from '../../generator/load/xml.ts';
import { NAMESPACES, type AttributeDecl, type ComplexTypeDef, type ElementDecl, type EnumTypeDef, type GlobalElementDecl, type QName } from './xsd-model.ts';

export interface PlatformSchema {
  file: string;
  /** Named complex types, wrappers excepted, in document order. */
  complexTypes: Map<string, ComplexTypeDef>;
  enumTypes: Map<string, EnumTypeDef>;
  /** Global elements, wrappers excepted. */
  elements: GlobalElementDecl[];
  /** Operation names whose request and response wrappers the schema declares. */
  wrapperNames: string[];
}

/** The schema file, or the folder holding it (its one `.xsd`). */
export function readPlatformSchema(path: string): PlatformSchema {
  const file = schemaFile(path);
  const root = parseXml(readFileSync(file, 'utf8'), file).documentElement!;
  if (root.namespaceURI !== NAMESPACES.xs || root.localName !== 'schema' || root.getAttribute('targetNamespace') !== NAMESPACES.api) {
    throw new LoadError(file, `expected an XML schema of ${NAMESPACES.api}`, positionOf(root));
  }
  const reader = new SchemaReader(file);
  const complexTypes = new Map<string, ComplexTypeDef>();
  const enumTypes = new Map<string, EnumTypeDef>();
  const elements: GlobalElementDecl[] = [];
  for (const node of childElements(root, NAMESPACES.xs)) {
    const name = node.getAttribute('name') ?? '';
    if (node.localName === 'complexType') complexTypes.set(name, { ...reader.complexType(node), name });
    else if (node.localName === 'simpleType') enumTypes.set(name, reader.enumType(node, name));
    else if (node.localName === 'element') elements.push(reader.globalElement(node, name));
    else throw reader.unsupported(node);
  }
  const wrapperNames = wrapperOperations(elements.map((e) => ({ name: e.name, typeName: e.type?.slice('api:'.length) })));
  const wrappers = new Set(wrapperNames.flatMap((n) => [n, `${n}Response`]));
  for (const name of wrappers) complexTypes.delete(name);
  return { file, complexTypes, enumTypes, elements: elements.filter((e) => !wrappers.has(e.name)), wrapperNames };
}

/**
 * The operations whose wrappers a schema declares, as JAX-WS writes them: global elements `op`
 * (lower case) and `opResponse`, each of the complex type of its own name.
 */
export function wrapperOperations(elements: { name: string; typeName: string | undefined }[]): string[] {
  const typed = new Set(elements.filter((e) => e.typeName === e.name).map((e) => e.name));
  return [...typed].filter((name) => /^[a-z]/.test(name) && typed.has(`${name}Response`)).sort();
}

function schemaFile(path: string): string {
  if (!existsSync(path)) throw new LoadError(path, 'the 2023 Platform schema is not there');
  if (!statSync(path).isDirectory()) return path;
  const found = readdirSync(path).filter((f) => f.endsWith('.xsd'));
  if (found.length !== 1) throw new LoadError(path, `expected one .xsd file in the folder, found ${found.length}`);
  return join(path, found[0]!);
}

class SchemaReader {
  constructor(private readonly file: string) {}

  unsupported(node: Element): LoadError {
    return new LoadError(this.file, `unsupported schema construct <${node.tagName}>`, positionOf(node));
  }

  globalElement(node: Element, name: string): GlobalElementDecl {
    const decl: GlobalElementDecl = { name };
    const type = node.getAttribute('type');
    if (type) decl.type = this.qname(node, type);
    for (const child of childElements(node, NAMESPACES.xs)) {
      if (child.localName === 'complexType') decl.anonymous = this.complexType(child);
      else if (child.localName !== 'annotation') throw this.unsupported(child);
    }
    const doc = documentation(node);
    if (doc !== undefined) decl.doc = doc;
    return decl;
  }

  complexType(node: Element): ComplexTypeDef {
    const type: ComplexTypeDef = { elements: [], attributes: [] };
    if (node.getAttribute('abstract') === 'true') type.abstract = true;
    for (const child of childElements(node, NAMESPACES.xs)) {
      if (child.localName === 'annotation') this.annotation(child, type);
      else if (child.localName === 'complexContent' || child.localName === 'simpleContent') this.extension(child, type);
      else this.particle(child, type);
    }
    const doc = documentation(node);
    if (doc !== undefined) type.doc = doc;
    return type;
  }

  private extension(content: Element, type: ComplexTypeDef): void {
    const [extension, ...rest] = childElements(content, NAMESPACES.xs);
    if (extension?.localName !== 'extension' || rest.length > 0) throw this.unsupported(extension ?? content);
    const base = this.qname(extension, extension.getAttribute('base') ?? '');
    if (content.localName === 'simpleContent') type.simpleContent = base;
    else type.base = base;
    for (const child of childElements(extension, NAMESPACES.xs)) this.particle(child, type);
  }

  private particle(node: Element, type: ComplexTypeDef): void {
    if (node.localName === 'sequence') {
      for (const child of childElements(node, NAMESPACES.xs)) {
        if (child.localName !== 'element') throw this.unsupported(child);
        type.elements.push(this.element(child));
      }
    } else if (node.localName === 'attribute') {
      type.attributes.push(this.attribute(node));
    } else {
      throw this.unsupported(node);
    }
  }

  private element(node: Element): ElementDecl {
    const ref = node.getAttribute('ref');
    const decl: ElementDecl = { name: ref ? ref.slice(ref.indexOf(':') + 1) : (node.getAttribute('name') ?? '') };
    if (ref) decl.ref = this.qname(node, ref);
    const type = node.getAttribute('type');
    if (type) decl.type = this.qname(node, type);
    for (const child of childElements(node, NAMESPACES.xs)) {
      if (child.localName === 'complexType') decl.anonymous = this.complexType(child);
      else if (child.localName !== 'annotation') throw this.unsupported(child);
    }
    if (node.getAttribute('minOccurs') === '0') decl.optional = true;
    const maxOccurs = node.getAttribute('maxOccurs');
    if (maxOccurs === 'unbounded' || Number(maxOccurs) > 1) decl.repeated = true;
    if (node.getAttribute('form') === 'unqualified') decl.unqualified = true;
    const defaultValue = node.getAttribute('default');
    if (defaultValue) decl.default = defaultValue;
    const doc = documentation(node);
    if (doc !== undefined) decl.doc = doc;
    return decl;
  }

  private attribute(node: Element): AttributeDecl {
    const decl: AttributeDecl = { name: node.getAttribute('name') ?? '', type: this.qname(node, node.getAttribute('type') ?? 'xs:string') };
    if (node.getAttribute('use') === 'required') decl.required = true;
    const defaultValue = node.getAttribute('default');
    if (defaultValue) decl.default = defaultValue;
    for (const child of childElements(node, NAMESPACES.xs)) if (child.localName !== 'annotation') throw this.unsupported(child);
    return decl;
  }

  enumType(node: Element, name: string): EnumTypeDef {
    const [restriction, ...rest] = childElements(node, NAMESPACES.xs).filter((c) => c.localName !== 'annotation');
    if (restriction?.localName !== 'restriction' || rest.length > 0 || this.qname(restriction, restriction.getAttribute('base') ?? '') !== 'xs:string') {
      throw this.unsupported(restriction ?? node);
    }
    const values = childElements(restriction, NAMESPACES.xs).map((facet) => {
      if (facet.localName !== 'enumeration') throw this.unsupported(facet);
      return facet.getAttribute('value') ?? '';
    });
    return { name, values };
  }

  private annotation(node: Element, type: ComplexTypeDef): void {
    const filter = childElements(node, NAMESPACES.xs, 'appinfo').flatMap((info) => childElements(info, NAMESPACES.filter, 'filter'));
    if (filter.length > 0) type.filterFields = filter.flatMap((f) => childElements(f, NAMESPACES.filter, 'field').map((field) => field.getAttribute('name') ?? ''));
  }

  /** `tns:Account` → `api:Account`, `xs:string` → `xs:string`: prefixes as the reconstruction writes them. */
  private qname(node: Element, text: string): QName {
    const colon = text.indexOf(':');
    const namespace = node.lookupNamespaceURI(colon < 0 ? null : text.slice(0, colon));
    const local = text.slice(colon + 1);
    if (namespace === NAMESPACES.api) return `api:${local}`;
    if (namespace === NAMESPACES.xs) return `xs:${local}`;
    throw new LoadError(this.file, `${text} is in neither the schema's namespace nor XML Schema's`, positionOf(node));
  }
}

/** The text of xs:documentation, without the markup Boomi nests in deprecation notices. */
function documentation(node: Element): string | undefined {
  const parts: string[] = [];
  for (const annotation of childElements(node, NAMESPACES.xs, 'annotation')) {
    for (const doc of childElements(annotation, NAMESPACES.xs, 'documentation')) {
      for (let n = doc.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 || n.nodeType === 4) parts.push(n.nodeValue ?? '');
    }
  }
  const text = parts.join('').trim();
  return text ? text : undefined;
}
