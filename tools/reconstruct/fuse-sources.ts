/**
 * The object schema from its two schema sources, in order of precedence: the real 2023 Platform
 * schema for everything it has (types, names, bases, enumeration names, element order,
 * occurrence, qualification, defaults), the OpenAPI spec for what is newer — objects, fields and
 * enumeration values the 2023 schema lacks — and for documentation. Types the 2023 schema has
 * and the spec does not are kept. What comes from the spec says so in a note.
 *
 * A 2023 type is matched with the spec's type of the same name, and, through its fields, with
 * whatever the spec puts in the same place (`Account/licensing`, anonymous in one, named in the
 * other). A spec field already present under the same name — in the type, a 2023 base, or as the
 * other of attribute and element — keeps the 2023 form. Added fields are optional: a value
 * written by a server of 2023 has none of them. An element that refers to a global element
 * (`QueryFilter`, `ProcessProperties`, connector records' `customFields`) stays as the 2023
 * schema has it: the spec has REST stand-ins for the first two and models custom fields as JSON
 * (`fields`) where the XML has one element per tracked field.
 */
import type { ObjectTypes } from './object-types.ts';
import type { PlatformSchema } from './platform-schema.ts';
import { sortByName, type AttributeDecl, type ComplexTypeDef, type ElementDecl, type EnumTypeDef, type GlobalElementDecl, type QName } from './xsd-model.ts';

export const ADDED_FROM_SPEC = 'Not in the 2023 schema: from the OpenAPI spec.';

export interface FusedTypes {
  complexTypes: ComplexTypeDef[];
  enumTypes: EnumTypeDef[];
  elements: GlobalElementDecl[];
}

export function fuseSources(platform: PlatformSchema, spec: ObjectTypes): FusedTypes {
  return new Fusion(platform, spec).run();
}

class Fusion {
  private readonly types: Map<string, ComplexTypeDef>;
  private readonly enums: Map<string, EnumTypeDef>;
  private readonly specTypes: Map<string, ComplexTypeDef>;
  private readonly specEnums: Map<string, EnumTypeDef>;
  /** Spec names → fused names, for the types and enumerations taken over from the spec. */
  private readonly adopted = new Map<string, string>();
  /** Pairs (2023 type, spec type) still to fuse, and those done. */
  private readonly queue: [string, ComplexTypeDef][] = [];
  private readonly done = new Set<string>();
  /** Values the spec adds to 2023 enumerations. */
  private readonly addedValues = new Map<string, string[]>();

  constructor(
    private readonly platform: PlatformSchema,
    private readonly spec: ObjectTypes,
  ) {
    this.types = new Map([...platform.complexTypes].map(([name, t]) => [name, structuredClone(t)]));
    this.enums = new Map([...platform.enumTypes].map(([name, e]) => [name, structuredClone(e)]));
    this.specTypes = new Map(spec.complexTypes.map((t) => [t.name!, t]));
    this.specEnums = new Map(spec.enumTypes.map((e) => [e.name, e]));
  }

  run(): FusedTypes {
    for (const [name, specType] of this.specTypes) if (this.types.has(name)) this.enqueue(name, specType);
    for (const name of [...this.spec.objectNames].sort()) if (!this.types.has(name)) this.adoptType(name);
    for (let next = this.queue.shift(); next; next = this.queue.shift()) {
      const [name, specType] = next;
      const type = this.types.get(name)!;
      if (specType.doc !== undefined) type.doc = specType.doc;
      this.fuseFields(type, specType, this.inheritedNames(type), name);
    }
    for (const [name, values] of this.addedValues) this.enums.get(name)!.note = `Values not in the 2023 schema, from the OpenAPI spec: ${values.join(', ')}.`;
    for (const type of this.types.values()) this.dropAddedWhereInherited(type);
    const platformElements = new Set(this.platform.elements.map((e) => e.name));
    const adoptedElements = this.spec.elements.filter((e) => this.adopted.get(e.name) === e.name && !platformElements.has(e.name));
    return {
      complexTypes: sortByName([...this.types.values()]),
      enumTypes: sortByName([...this.enums.values()]),
      elements: sortByName([...this.platform.elements, ...adoptedElements]),
    };
  }

  private enqueue(name: string, specType: ComplexTypeDef): void {
    const key = `${name}|${specType.name ?? JSON.stringify(specType)}`;
    if (this.done.has(key)) return;
    this.done.add(key);
    this.queue.push([name, specType]);
  }

  /** A field the spec added to a type and to its base too is the base's. */
  private dropAddedWhereInherited(type: ComplexTypeDef): void {
    const inherited = this.inheritedNames(type);
    const kept = (f: ElementDecl | AttributeDecl) => f.note !== ADDED_FROM_SPEC || !inherited.has(f.name);
    type.elements = type.elements.filter(kept);
    type.attributes = type.attributes.filter(kept);
  }

  /** The names of the fields a 2023 type inherits. */
  private inheritedNames(type: ComplexTypeDef): Set<string> {
    const names = new Set<string>();
    for (let base = this.baseOf(type); base; base = this.baseOf(base)) for (const f of [...base.elements, ...base.attributes]) names.add(f.name);
    return names;
  }

  private baseOf(type: ComplexTypeDef): ComplexTypeDef | undefined {
    return type.base ? this.types.get(local(type.base)) : undefined;
  }

  /** A spec type's fields with those of its spec bases. */
  private specFields(type: ComplexTypeDef): { elements: ElementDecl[]; attributes: AttributeDecl[] } {
    const base = type.base ? this.specTypes.get(local(type.base)) : undefined;
    const inherited = base ? this.specFields(base) : { elements: [], attributes: [] };
    return { elements: [...inherited.elements, ...type.elements], attributes: [...inherited.attributes, ...type.attributes] };
  }

  private fuseFields(type: ComplexTypeDef, specType: ComplexTypeDef, inherited: Set<string>, where: string): void {
    const present = new Set([...inherited, ...type.elements.map((e) => e.name), ...type.attributes.map((a) => a.name)]);
    const { elements, attributes } = this.specFields(specType);
    for (const specAttribute of attributes) {
      const own = type.attributes.find((a) => a.name === specAttribute.name);
      if (own) this.fuseValue(own, specAttribute);
      else if (!present.has(specAttribute.name)) type.attributes.push(this.addedAttribute(specAttribute));
    }
    for (const specElement of elements) {
      const own = type.elements.find((e) => e.name === specElement.name);
      if (own) this.fuseElement(own, specElement, `${where}/${own.name}`);
      else if (!present.has(specElement.name)) type.elements.push(this.addedElement(specElement));
    }
  }

  private fuseElement(own: ElementDecl, specElement: ElementDecl, where: string): void {
    this.fuseValue(own, specElement);
    const counterpart = specElement.anonymous ?? (specElement.type ? this.specTypes.get(local(specElement.type)) : undefined);
    if (!counterpart) return;
    if (own.anonymous) this.fuseFields(own.anonymous, counterpart, new Set(), where);
    else if (own.type && this.types.has(local(own.type))) this.enqueue(local(own.type), counterpart);
  }

  /** Documentation from the spec; enumeration values the spec adds. */
  private fuseValue(own: ElementDecl | AttributeDecl, specField: ElementDecl | AttributeDecl): void {
    if (specField.doc !== undefined) own.doc = specField.doc;
    const ownEnum = own.type ? this.enums.get(local(own.type)) : undefined;
    const specEnum = specField.type ? this.specEnums.get(local(specField.type)) : undefined;
    if (!ownEnum || !specEnum) return;
    const added = specEnum.values.filter((v) => !ownEnum.values.includes(v));
    if (added.length === 0) return;
    ownEnum.values.push(...added);
    this.addedValues.set(ownEnum.name, [...(this.addedValues.get(ownEnum.name) ?? []), ...added]);
  }

  private addedAttribute(specAttribute: AttributeDecl): AttributeDecl {
    const { required: _required, ...decl } = structuredClone(specAttribute);
    return { ...decl, type: this.adoptRef(decl.type), note: ADDED_FROM_SPEC };
  }

  private addedElement(specElement: ElementDecl): ElementDecl {
    return { ...this.adoptElement(structuredClone(specElement)), optional: true, note: ADDED_FROM_SPEC };
  }

  /** A spec declaration, its references pointing at what they stand for in the fused schema. */
  private adoptElement(decl: ElementDecl): ElementDecl {
    if (decl.type) decl.type = this.adoptRef(decl.type);
    if (decl.anonymous) this.adoptFields(decl.anonymous);
    return decl;
  }

  private adoptFields(type: ComplexTypeDef): void {
    if (type.base) type.base = this.adoptRef(type.base);
    for (const e of type.elements) this.adoptElement(e);
    for (const a of type.attributes) a.type = this.adoptRef(a.type);
  }

  private adoptRef(ref: QName): QName {
    const name = local(ref);
    if (!ref.startsWith('api:')) return ref;
    if (this.specEnums.has(name)) return `api:${this.adoptEnum(name)}`;
    if (this.specTypes.has(name)) return `api:${this.adoptType(name)}`;
    return ref;
  }

  /** A spec type by name: the 2023 type of that name (fused with it), or the spec's, added. */
  private adoptType(name: string): string {
    if (this.platform.complexTypes.has(name)) return name;
    if (!this.adopted.has(name)) {
      this.adopted.set(name, name);
      const type = structuredClone(this.specTypes.get(name)!);
      type.note = ADDED_FROM_SPEC;
      this.types.set(name, type);
      this.adoptFields(type);
    }
    return name;
  }

  /** A spec enumeration, under its spec name unless the 2023 schema uses that name for something else. */
  private adoptEnum(name: string): string {
    let adopted = this.adopted.get(name);
    if (adopted === undefined) {
      const values = this.specEnums.get(name)!.values;
      const sameAs = (n: string) => this.enums.get(n)?.values.join('|') === values.join('|');
      adopted = name;
      for (let n = 2; (this.types.has(adopted) || this.enums.has(adopted)) && !sameAs(adopted); n++) adopted = `${name}${n}`;
      this.adopted.set(name, adopted);
      if (!this.enums.has(adopted)) this.enums.set(adopted, { ...structuredClone(this.specEnums.get(name)!), name: adopted, note: ADDED_FROM_SPEC });
    }
    return adopted;
  }
}

function local(qname: QName | string): string {
  return qname.slice(qname.indexOf(':') + 1);
}
