/**
 * XSD declarations → IR types, fields and enumerations. One walker over the content model:
 * sequences, choices, `all`, groups, element refs, wildcards, attributes and attribute
 * groups, simple and complex content. Occurrence is carried down from enclosing particles.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedSchema } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { WSDL_NS, XML_NS, XSD_NS } from '../load/namespaces.ts';
import { childElements, positionOf, requiredAttribute } from '../load/xml.ts';
import { builtinByXsdName, builtinNameIgnoringCase, XML_ATTRIBUTES, XML_SPECIAL_ATTRIBUTES_GROUP } from './builtins.ts';
import { FACET_NAMES, facetValue, narrowedType } from './facets.ts';
import { qnameKey, type ComplexTypeDef, type FieldDef, type QName, type SchemaModel, type TypeRef } from './ir.ts';
import { resolveQName, sourceOf, type Declaration, type GlobalKind, type SchemaIndex } from './schema-index.ts';
import { encodingBuiltinName, isSoapEncoding, parseArrayType } from './soap-encoding.ts';

const XSD_ANY_TYPE = qnameKey({ namespace: XSD_NS, name: 'anyType' });

/** Occurrence inherited from the particles around a field. */
interface Occurrence {
  optional: boolean;
  array: boolean;
  choiceGroup?: string;
}

export class TypeBuilder {
  private choiceCount = 0;
  /** Simple types that are not enumerations stand for another type; each is resolved (and warned about) once. */
  private readonly simpleTypes = new Map<string, TypeRef>();
  /** Simple types, groups and attribute groups being expanded: one that contains itself is an error, not a stack overflow. */
  private readonly expanding = new Set<string>();
  /** Anonymous complex types being built, by their declaration: met again inside itself (through a group), it is the same type. */
  private readonly building = new Map<Element, string>();

  constructor(
    private readonly index: SchemaIndex,
    private readonly model: SchemaModel,
  ) {}

  buildAll(): void {
    for (const d of this.index.all('complexType')) this.namedComplexType(d.qname);
    for (const d of this.index.all('simpleType')) this.simpleType(d.element, d.schema, qnameKey(d.qname), d.qname, `simpleType[${d.qname.name}]`);
    for (const d of this.index.all('element')) {
      const path = `element[${d.qname.name}]`;
      // Only a global element can join a substitution group: where its head is expected, the
      // SDK reads and writes the head alone.
      if (d.element.getAttribute('substitutionGroup')) this.warn(`substitution groups are not expanded (element ${d.qname.name})`, d.element, d.schema, path);
      this.model.elements.set(qnameKey(d.qname), {
        qname: d.qname,
        type: this.globalElementType(d),
        ...withDoc(documentation(d.element)),
        source: sourceOf(d.element, d.schema, path),
      });
    }
  }

  /** The type of a global element. Its anonymous type is built once: an element may contain itself. */
  private globalElementType(decl: Declaration): TypeRef {
    const id = `${qnameKey(decl.qname)}#element`;
    if (this.model.types.has(id)) return { kind: 'complex', id };
    return this.declaredType(decl.element, decl.schema, id, `element[${decl.qname.name}]`);
  }

  private namedComplexType(qname: QName): string {
    const id = qnameKey(qname);
    if (!this.model.types.has(id)) {
      const decl = this.index.find('complexType', qname)!;
      this.complexType(decl.element, decl.schema, id, qname, `complexType[${qname.name}]`);
    }
    return id;
  }

  private complexType(node: Element, schema: LoadedSchema, id: string, qname: QName | undefined, path: string): string {
    const def: ComplexTypeDef = {
      id,
      tsName: '',
      abstract: node.getAttribute('abstract') === 'true',
      fields: [],
      openContent: node.getAttribute('mixed') === 'true',
      source: sourceOf(node, schema, path),
      derived: [],
      tagged: false,
    };
    if (qname) def.qname = qname;
    Object.assign(def, withDoc(documentation(node)));
    this.model.types.set(id, def); // before the walk: recursive types refer to themselves
    this.content(node, schema, def, path);
    return id;
  }

  /** The children of a complexType (or of an extension/restriction inside it; facets only where it restricts simple content). */
  private content(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string, facets = false): void {
    for (const child of childElements(node, XSD_NS)) {
      const here = `${path}/${child.localName}`;
      switch (child.localName) {
        case 'annotation':
          break;
        case 'sequence':
        case 'choice':
        case 'all':
        case 'group':
          this.particle(child, schema, def, here, { optional: false, array: false });
          break;
        case 'attribute': {
          const attribute = this.attribute(child, schema, def, here);
          if (attribute) def.fields.push(attribute);
          break;
        }
        case 'attributeGroup':
          this.attributeGroup(child, schema, def, here);
          break;
        case 'anyAttribute':
          def.openContent = true;
          break;
        case 'complexContent':
          if (child.getAttribute('mixed') === 'true') def.openContent = true;
          this.derivation(child, schema, def, here, false);
          break;
        case 'simpleContent':
          this.derivation(child, schema, def, here, true);
          break;
        default:
          if (!(facets && FACET_NAMES.has(child.localName ?? ''))) this.unsupported(child, schema, here);
      }
    }
  }

  private derivation(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string, simple: boolean): void {
    for (const d of childElements(node, XSD_NS)) {
      if (d.localName === 'annotation') continue;
      if (d.localName !== 'extension' && d.localName !== 'restriction') {
        this.unsupported(d, schema, `${path}/${d.localName}`);
        continue;
      }
      const here = `${path}/${d.localName}`;
      const base = resolveQName(requiredAttribute(d, 'base', schema.doc.displayName), d, schema);
      const restriction = d.localName === 'restriction';
      let restricted: string | undefined;
      if (simple) {
        const type = this.typeByName(base, d, schema, here);
        if (type.kind !== 'complex') def.fields.push(this.field('text', '$value', '', restriction ? narrowedType(type, d, schema) : type, { optional: false, array: false }, d, schema, here));
        else if (restriction) restricted = type.id;
        // Simple content extending a complex type with simple content: inherit it.
        else def.base = type.id;
      } else if (restriction && isSoapEncoding(base.namespace) && base.name === 'Array') {
        this.encodedArray(d, schema, def, here);
        continue;
      } else if (!restriction && qnameKey(base) !== XSD_ANY_TYPE) {
        def.base = this.namedComplexTypeRequired(base, d, schema);
      } else if (restriction && this.index.find('complexType', base)) {
        // A base outside the schema set (xs:anyType, the SOAP encoding's) has no attributes to keep.
        restricted = this.namedComplexType(base);
      }
      this.content(d, schema, def, here, simple && restriction);
      if (restricted) this.inheritThroughRestriction(def, restricted, d, schema);
    }
  }

  /**
   * A restriction of soapenc:Array (rpc/encoded): an array of the type its
   * `wsdl:arrayType="tns:T[]"` names, or of its one declared item element, or of anything.
   * On the wire the items are child elements whatever their name; `item` is the usual one.
   */
  private encodedArray(restriction: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string): void {
    this.content(restriction, schema, def, path);
    const declaring = childElements(restriction, XSD_NS, 'attribute').find((a) => a.hasAttributeNS(WSDL_NS, 'arrayType'));
    const arrayType = declaring?.getAttributeNS(WSDL_NS, 'arrayType');
    const declared = arrayType ? parseArrayType(arrayType) : undefined;
    if (arrayType && !declared) throw new LoadError(schema.doc.displayName, `wsdl:arrayType="${arrayType}" is not an array type such as "tns:Item[]"`, positionOf(declaring!));
    if (declared?.nested) this.warn(`arrays of arrays (${arrayType}) are kept as XML`, declaring!, schema, path);
    const elements = def.fields.filter((f) => f.kind === 'element');
    const item: TypeRef = declared
      ? declared.nested ? { kind: 'opaque' } : this.typeByName(resolveQName(declared.itemType, declaring!, schema), declaring!, schema, path)
      : (elements[0]?.type ?? { kind: 'opaque' });
    if (elements.length === 0) def.fields.unshift(this.field('element', 'item', '', item, { optional: true, array: true }, restriction, schema, `${path}/item`));
    def.encodedArrayItem = item;
  }

  /**
   * A restriction narrows its base in place rather than joining its hierarchy: it states its own
   * elements, and keeps the base's character content (narrowed by its facets) and every
   * attribute it neither restates nor prohibits.
   */
  private inheritThroughRestriction(def: ComplexTypeDef, baseId: string, restriction: Element, schema: LoadedSchema): void {
    const wireName = (f: FieldDef) => qnameKey({ namespace: f.namespace, name: f.xmlName });
    const stated = new Set([...def.fields.filter((f) => f.kind === 'attribute').map(wireName), ...this.prohibitedAttributes(restriction, schema).map(qnameKey)]);
    for (const f of this.fieldsWithInherited(baseId)) {
      if (f.kind === 'text') def.fields.unshift({ ...f, type: narrowedType(f.type, restriction, schema) });
      else if (f.kind === 'attribute' && !stated.has(wireName(f))) def.fields.push({ ...f });
    }
  }

  /** A type's fields and those of the types it extends, the furthest ancestor's first. */
  private fieldsWithInherited(id: string): FieldDef[] {
    const chain: ComplexTypeDef[] = [];
    for (let t = this.model.types.get(id); t && !chain.includes(t); t = t.base ? this.model.types.get(t.base) : undefined) chain.unshift(t);
    return chain.flatMap((t) => t.fields);
  }

  /** The wire names of the attributes a restriction prohibits, directly or through attribute groups. */
  private prohibitedAttributes(node: Element, schema: LoadedSchema): QName[] {
    return childElements(node, XSD_NS).flatMap((child) => {
      if (child.localName === 'attribute') return child.getAttribute('use') === 'prohibited' ? [this.attributeName(child, schema)] : [];
      if (child.localName !== 'attributeGroup') return [];
      const ref = resolveQName(requiredAttribute(child, 'ref', schema.doc.displayName), child, schema);
      if (!this.index.find('attributeGroup', ref) && (isSoapEncoding(ref.namespace) || ref.namespace === XML_NS)) return []; // built in, nothing prohibited
      const group = this.index.require('attributeGroup', ref, child, schema);
      return this.prohibitedAttributes(group.element, group.schema);
    });
  }

  private particle(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string, outer: Occurrence): void {
    const occurs = occurrence(node, outer);
    switch (node.localName) {
      case 'element':
        def.fields.push(this.element(node, schema, def, path, occurs));
        return;
      case 'sequence':
      case 'all':
        for (const c of childElements(node, XSD_NS)) if (c.localName !== 'annotation') this.particle(c, schema, def, `${path}/${c.localName}`, occurs);
        return;
      case 'choice': {
        const group = `${def.id}#choice${++this.choiceCount}`;
        const members = childElements(node, XSD_NS).filter((c) => c.localName !== 'annotation');
        for (const c of members) this.particle(c, schema, def, `${path}/${c.localName}`, { ...occurs, optional: true, choiceGroup: group });
        return;
      }
      case 'group': {
        const ref = resolveQName(requiredAttribute(node, 'ref', schema.doc.displayName), node, schema);
        const group = this.index.require('group', ref, node, schema);
        // Per type: a group may come back inside an element's own type (recursion through an element), not inside itself.
        this.expand(`${def.id} group ${qnameKey(ref)}`, `group ${ref.name} contains itself`, node, schema, () => {
          for (const c of childElements(group.element, XSD_NS)) {
            if (c.localName !== 'annotation') this.particle(c, group.schema, def, `group[${ref.name}]/${c.localName}`, occurs);
          }
        });
        return;
      }
      case 'any':
        def.openContent = true;
        return;
      default:
        this.unsupported(node, schema, path);
    }
  }

  private element(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string, occurs: Occurrence): FieldDef {
    const ref = node.getAttribute('ref');
    if (ref) {
      const qname = resolveQName(ref, node, schema);
      // `<s:element ref="s:schema"/>` (.NET DataSets): an inline schema, carried as XML.
      if (qname.namespace === XSD_NS) return this.field('element', qname.name, qname.namespace, { kind: 'opaque' }, occurs, node, schema, `${path}[ref=${qname.name}]`);
      const target = this.index.require('element', qname, node, schema);
      const field = this.field('element', target.qname.name, target.qname.namespace, this.globalElementType(target), occurs, node, schema, `${path}[ref=${target.qname.name}]`);
      return Object.assign(field, withDoc(documentation(node) ?? documentation(target.element)));
    }
    const name = requiredAttribute(node, 'name', schema.doc.displayName);
    const form = node.getAttribute('form');
    const qualified = form ? form === 'qualified' : schema.elementFormQualified;
    const here = `${path}[${name}]`;
    const type = this.declaredType(node, schema, `${def.id}/${name}`, here);
    const field = this.field('element', name, qualified ? schema.targetNamespace : '', type, occurs, node, schema, here);
    if (node.getAttribute('nillable') === 'true') field.nillable = true;
    return Object.assign(field, withDoc(documentation(node)));
  }

  /** No field for a prohibited attribute (values must not carry it), nor for one of the SOAP encoding itself (`soapenc:arrayType`), which is not data. */
  private attribute(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string): FieldDef | undefined {
    const use = node.getAttribute('use');
    if (use === 'prohibited') return undefined;
    const optional = use !== 'required';
    const wire = this.attributeName(node, schema);
    const ref = node.getAttribute('ref');
    if (ref) {
      if (isSoapEncoding(wire.namespace)) return undefined;
      const here = `${path}[ref=${wire.name}]`;
      if (wire.namespace === XML_NS && !this.index.find('attribute', wire)) return this.xmlAttribute(wire.name, node, schema, here, optional);
      if (!this.index.hasNamespace(wire.namespace) && !this.index.hint('attribute', wire)) {
        this.warn(`attribute {${wire.namespace}}${wire.name}: no schema of its namespace is loaded (a missing import); read as text`, node, schema, here);
        return this.field('attribute', wire.name, wire.namespace, { kind: 'builtin', name: 'string', xsdName: 'anySimpleType' }, { optional, array: false }, node, schema, here);
      }
      const target = this.index.require('attribute', wire, node, schema);
      const type = this.declaredType(target.element, target.schema, `${qnameKey(target.qname)}#attribute`, `attribute[${target.qname.name}]`);
      return this.field('attribute', wire.name, wire.namespace, type, { optional, array: false }, node, schema, here);
    }
    const here = `${path}[${wire.name}]`;
    const type = this.declaredType(node, schema, `${def.id}/@${wire.name}`, here);
    if (type.kind === 'complex') throw new LoadError(schema.doc.displayName, `attribute ${wire.name} has a complex type`, positionOf(node));
    const field = this.field('attribute', wire.name, wire.namespace, type, { optional, array: false }, node, schema, here);
    return Object.assign(field, withDoc(documentation(node)));
  }

  /** The name an attribute declaration or reference has on the wire: a local one is qualified by its `form` or the schema's default. */
  private attributeName(node: Element, schema: LoadedSchema): QName {
    const ref = node.getAttribute('ref');
    if (ref) return resolveQName(ref, node, schema);
    const form = node.getAttribute('form');
    const qualified = form ? form === 'qualified' : schema.attributeFormQualified;
    return { namespace: qualified ? schema.targetNamespace : '', name: requiredAttribute(node, 'name', schema.doc.displayName) };
  }

  private attributeGroup(node: Element, schema: LoadedSchema, def: ComplexTypeDef, path: string): void {
    const ref = resolveQName(requiredAttribute(node, 'ref', schema.doc.displayName), node, schema);
    if (isSoapEncoding(ref.namespace)) return; // soapenc:commonAttributes, enc:arrayAttributes: the encoding's own, not data
    if (ref.namespace === XML_NS && ref.name === XML_SPECIAL_ATTRIBUTES_GROUP && !this.index.find('attributeGroup', ref)) {
      for (const name of Object.keys(XML_ATTRIBUTES)) def.fields.push(this.xmlAttribute(name, node, schema, `${path}[${ref.name}]`, true));
      return;
    }
    const group = this.index.require('attributeGroup', ref, node, schema);
    this.expand(`${def.id} attributeGroup ${qnameKey(ref)}`, `attribute group ${ref.name} contains itself`, node, schema, () => this.content(group.element, group.schema, def, `${path}[${ref.name}]`));
  }

  /** `xml:lang` and the others, which need no declaration. */
  private xmlAttribute(name: string, node: Element, schema: LoadedSchema, path: string, optional: boolean): FieldDef {
    const xsdName = XML_ATTRIBUTES[name];
    if (!xsdName) throw new LoadError(schema.doc.displayName, `xml:${name} is not an attribute of the xml: namespace (those are ${Object.keys(XML_ATTRIBUTES).map((a) => `xml:${a}`).join(', ')})`, positionOf(node));
    return this.field('attribute', name, XML_NS, { kind: 'builtin', name: builtinByXsdName(xsdName)!, xsdName }, { optional, array: false }, node, schema, path);
  }

  /** Runs `walk` over a component's content; `cycle` is the error for a component met again inside itself. */
  private expand<T>(key: string, cycle: string, node: Element, schema: Pick<LoadedSchema, 'doc'>, walk: () => T): T {
    if (this.expanding.has(key)) throw new LoadError(schema.doc.displayName, cycle, positionOf(node));
    this.expanding.add(key);
    try {
      return walk();
    } finally {
      this.expanding.delete(key);
    }
  }

  private field(kind: FieldDef['kind'], xmlName: string, namespace: string, type: TypeRef, occurs: Occurrence, node: Element, schema: LoadedSchema, path: string): FieldDef {
    const field: FieldDef = {
      kind,
      xmlName,
      namespace,
      tsName: '',
      type,
      optional: occurs.optional,
      array: occurs.array,
      nillable: false,
      source: sourceOf(node, schema, path),
    };
    if (occurs.choiceGroup) field.choiceGroup = occurs.choiceGroup;
    const fallback = node.getAttribute('default') || node.getAttribute('fixed');
    if (fallback) field.default = fallback;
    return field;
  }

  /** The type of an element or attribute declaration: `type=`, an inline type, or anyType. */
  private declaredType(node: Element, schema: LoadedSchema, anonymousId: string, path: string): TypeRef {
    const typeName = node.getAttribute('type');
    if (typeName) return this.typeByName(resolveQName(typeName, node, schema), node, schema, path);
    const inlineComplex = childElements(node, XSD_NS, 'complexType')[0];
    if (inlineComplex) {
      const inProgress = this.building.get(inlineComplex);
      if (inProgress) return { kind: 'complex', id: inProgress };
      this.building.set(inlineComplex, anonymousId);
      try {
        return { kind: 'complex', id: this.complexType(inlineComplex, schema, anonymousId, undefined, `${path}/complexType`) };
      } finally {
        this.building.delete(inlineComplex);
      }
    }
    const inlineSimple = childElements(node, XSD_NS, 'simpleType')[0];
    if (inlineSimple) return this.simpleType(inlineSimple, schema, anonymousId, undefined, `${path}/simpleType`);
    // An element without a type is xs:anyType; an attribute without one is xs:anySimpleType.
    return node.localName === 'attribute' ? { kind: 'builtin', name: 'string', xsdName: 'anySimpleType' } : { kind: 'opaque' };
  }

  /** What an unresolved reference may have meant (see SchemaIndex.hint). */
  hint(kind: GlobalKind, qname: QName): string {
    return this.index.hint(kind, qname);
  }

  /** Whether a QName names a type: a built-in, a SOAP encoding type or a declared complex or simple type. */
  isTypeName(qname: QName): boolean {
    return qname.namespace === XSD_NS || isSoapEncoding(qname.namespace) || Boolean(this.index.find('complexType', qname) ?? this.index.find('simpleType', qname));
  }

  /** The type a QName names, in a schema or a WSDL message part (`type=`); errors are located at `node` of `schema.doc`. */
  typeByName(qname: QName, node: Element, schema: Pick<LoadedSchema, 'doc'>, path: string): TypeRef {
    if (qname.namespace === XSD_NS) {
      if (qname.name === 'anyType') return { kind: 'opaque' };
      const builtin = builtinByXsdName(qname.name);
      if (builtin) return { kind: 'builtin', name: builtin, xsdName: qname.name };
      const spelt = builtinNameIgnoringCase(qname.name);
      if (!spelt) throw new LoadError(schema.doc.displayName, `unknown XML Schema type xs:${qname.name} at ${path}`, positionOf(node));
      this.warn(`xs:${qname.name} is not an XML Schema type; read as xs:${spelt}`, node, schema, path);
      return { kind: 'builtin', name: builtinByXsdName(spelt)!, xsdName: spelt };
    }
    if (isSoapEncoding(qname.namespace)) {
      const xsdName = encodingBuiltinName(qname.name);
      if (xsdName === undefined) return { kind: 'opaque' }; // soapenc:Array and soapenc:Struct of anything
      const builtin = builtinByXsdName(xsdName);
      if (!builtin) throw new LoadError(schema.doc.displayName, `unknown SOAP encoding type ${qname.name} at ${path}`, positionOf(node));
      return { kind: 'builtin', name: builtin, xsdName };
    }
    // Named complex types are referred to by id; buildAll builds each once, so a long chain of references needs no deep recursion.
    if (this.index.find('complexType', qname)) return { kind: 'complex', id: qnameKey(qname) };
    const simple = this.index.find('simpleType', qname);
    if (simple) return this.simpleType(simple.element, simple.schema, qnameKey(qname), qname, `simpleType[${qname.name}]`);
    const hint = this.index.hint('complexType', qname) || this.index.hint('simpleType', qname);
    if (!hint && !this.index.hasNamespace(qname.namespace)) {
      this.warn(`type {${qname.namespace}}${qname.name}: no schema of its namespace is loaded (a missing import); its values are kept as XML`, node, schema, path);
      return { kind: 'opaque' };
    }
    throw new LoadError(schema.doc.displayName, `unresolved type {${qname.namespace}}${qname.name} at ${path}${hint}`, positionOf(node));
  }

  private namedComplexTypeRequired(qname: QName, node: Element, schema: LoadedSchema): string {
    if (!this.index.find('complexType', qname)) {
      throw new LoadError(schema.doc.displayName, `base type {${qname.namespace}}${qname.name} is not a declared complex type`, positionOf(node));
    }
    return qnameKey(qname);
  }

  /** Enumerations become EnumDefs; other restrictions, lists and unions stand for their base. */
  private simpleType(node: Element, schema: LoadedSchema, id: string, qname: QName | undefined, path: string): TypeRef {
    if (this.model.enums.has(id)) return { kind: 'enum', id };
    const known = this.simpleTypes.get(id);
    if (known) return known;
    const resolved = this.expand(`simpleType ${id}`, `simple type ${qname?.name ?? path} is derived from itself`, node, schema, () => this.resolveSimpleType(node, schema, id, qname, path));
    if (resolved.kind !== 'enum') this.simpleTypes.set(id, resolved);
    return resolved;
  }

  private resolveSimpleType(node: Element, schema: LoadedSchema, id: string, qname: QName | undefined, path: string): TypeRef {
    const restriction = childElements(node, XSD_NS, 'restriction')[0];
    if (!restriction) {
      const variety = childElements(node, XSD_NS).find((c) => c.localName !== 'annotation');
      this.warn(`xs:${variety?.localName ?? 'simpleType'} is kept as plain text`, node, schema, path);
      return { kind: 'builtin', name: 'string', xsdName: 'string' };
    }
    const baseName = restriction.getAttribute('base');
    const inlineBase = childElements(restriction, XSD_NS, 'simpleType')[0];
    const base: TypeRef = baseName
      ? this.typeByName(resolveQName(baseName, restriction, schema), restriction, schema, `${path}/restriction`)
      : inlineBase
        ? this.simpleType(inlineBase, schema, `${id}/base`, undefined, `${path}/restriction/simpleType`)
        : { kind: 'builtin', name: 'string', xsdName: 'string' };
    const values = childElements(restriction, XSD_NS, 'enumeration').map((e) => facetValue(e, schema));
    if (values.length === 0) return narrowedType(base, restriction, schema);
    const baseBuiltin = base.kind === 'builtin' ? base.name : base.kind === 'enum' ? this.model.enums.get(base.id)!.base : 'string';
    this.model.enums.set(id, {
      id,
      ...(qname ? { qname } : {}),
      tsName: '',
      base: baseBuiltin,
      values,
      ...withDoc(documentation(node)),
      source: sourceOf(node, schema, path),
    });
    return { kind: 'enum', id };
  }

  private unsupported(node: Element, schema: LoadedSchema, path: string): void {
    throw new LoadError(schema.doc.displayName, `unsupported schema construct xs:${node.localName} at ${path}`, positionOf(node));
  }

  private warn(message: string, node: Element, schema: Pick<LoadedSchema, 'doc'>, path: string): void {
    this.model.diagnostics.push({ severity: 'warning', message, source: sourceOf(node, schema, path) });
  }
}

function occurrence(node: Element, outer: Occurrence): Occurrence {
  const min = node.getAttribute('minOccurs');
  const max = node.getAttribute('maxOccurs');
  const result: Occurrence = {
    optional: outer.optional || min === '0',
    array: outer.array || max === 'unbounded' || (max !== null && max !== '' && Number(max) > 1),
  };
  if (outer.choiceGroup) result.choiceGroup = outer.choiceGroup;
  return result;
}

/** The direct text of xs:documentation (nested markup such as deprecation links is left out). */
function documentation(node: Element): string | undefined {
  const annotation = childElements(node, XSD_NS, 'annotation')[0];
  if (!annotation) return undefined;
  const parts: string[] = [];
  for (const doc of childElements(annotation, XSD_NS, 'documentation')) {
    for (let n = doc.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 || n.nodeType === 4) parts.push(n.nodeValue ?? '');
  }
  const text = parts.join('').trim();
  return text || undefined;
}

function withDoc(doc: string | undefined): { doc?: string } {
  return doc === undefined ? {} : { doc };
}
