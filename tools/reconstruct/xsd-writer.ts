/**
 * Renders a SchemaDocument as XSD text. Attributes on each declaration are written in
 * alphabetical order, as the JAX-WS schema generator behind the real service writes them.
 */
import { NAMESPACES, type AttributeDecl, type ComplexTypeDef, type ElementDecl, type EnumTypeDef, type GlobalElementDecl, type SchemaDocument } from './xsd-model.ts';
import { el, serializeDocument, textEl, type XmlChild, type XmlNode } from './xml-writer.ts';

export function renderSchema(doc: SchemaDocument): string {
  const root = el(
    'xs:schema',
    [
      ['xmlns:xs', NAMESPACES.xs],
      ['xmlns:api', NAMESPACES.api],
      ...(doc.targetPrefix === 'par' ? ([['xmlns:par', NAMESPACES.par]] as [string, string][]) : []),
      ['elementFormDefault', 'qualified'],
      ['targetNamespace', NAMESPACES[doc.targetPrefix]],
      ['version', '1.0'],
    ],
    [
      ...doc.imports.map((i) => el('xs:import', [['namespace', NAMESPACES[i.prefix]], ['schemaLocation', i.schemaLocation]])),
      ...doc.elements.flatMap(globalElementNodes),
      ...doc.complexTypes.flatMap((t) => withNote(t.note, complexTypeNode(t))),
      ...doc.enumTypes.flatMap((t) => withNote(t.note, enumTypeNode(t))),
    ],
  );
  return serializeDocument(root, [doc.headerNote]);
}

function withNote(note: string | undefined, node: XmlNode): XmlChild[] {
  return note ? [{ comment: note }, node] : [node];
}

function globalElementNodes(decl: GlobalElementDecl): XmlChild[] {
  const node = el('xs:element', [['name', decl.name], ['type', decl.type]], [
    ...annotation(decl.doc),
    ...(decl.anonymous ? [complexTypeNode(decl.anonymous)] : []),
  ]);
  return withNote(decl.note, node);
}

function annotation(doc: string | undefined, filterFields?: string[]): XmlNode[] {
  if (doc === undefined && filterFields === undefined) return [];
  const parts: XmlNode[] = [];
  if (filterFields) {
    const fields = filterFields.map((name) => el('field', [['name', name]]));
    parts.push(el('xs:appinfo', [], [el('filter', [['xmlns', NAMESPACES.filter], ['ignore', 'true']], fields)]));
  }
  if (doc !== undefined) parts.push(textEl('xs:documentation', doc));
  return [el('xs:annotation', [], parts)];
}

function complexTypeNode(type: ComplexTypeDef): XmlNode {
  const attributes = type.attributes.flatMap((a) => withNote(a.note, attributeNode(a)));
  const content: XmlChild[] = [sequenceNode(type.elements), ...attributes];
  const body = type.simpleContent
    ? [el('xs:simpleContent', [], [el('xs:extension', [['base', type.simpleContent]], attributes)])]
    : type.base
      ? [el('xs:complexContent', [], [el('xs:extension', [['base', type.base]], content)])]
      : content;
  return el(
    'xs:complexType',
    [['abstract', type.abstract ? 'true' : undefined], ['name', type.name]],
    [...annotation(type.doc, type.filterFields), ...body],
  );
}

function sequenceNode(elements: ElementDecl[]): XmlNode {
  return el('xs:sequence', [], elements.flatMap((e) => withNote(e.note, elementNode(e))));
}

function elementNode(decl: ElementDecl): XmlNode {
  const attributes: [string, string | undefined][] = [
    ['default', decl.default],
    ['form', decl.unqualified ? 'unqualified' : undefined],
    ['maxOccurs', decl.repeated ? 'unbounded' : undefined],
    ['minOccurs', decl.optional ? '0' : undefined],
    ['name', decl.ref ? undefined : decl.name],
    ['ref', decl.ref],
    ['type', decl.type],
  ];
  const children = [...annotation(decl.doc), ...(decl.anonymous ? [complexTypeNode(decl.anonymous)] : [])];
  return el('xs:element', attributes, children);
}

function attributeNode(decl: AttributeDecl): XmlNode {
  return el(
    'xs:attribute',
    [['default', decl.default], ['name', decl.name], ['type', decl.type], ['use', decl.required ? 'required' : undefined]],
    annotation(decl.doc),
  );
}

function enumTypeNode(type: EnumTypeDef): XmlNode {
  const facets = type.values.map((v) => el('xs:enumeration', [['value', v]]));
  return el('xs:simpleType', [['name', type.name]], [...annotation(type.doc), el('xs:restriction', [['base', 'xs:string']], facets)]);
}
