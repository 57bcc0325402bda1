/**
 * WSDL messages → what goes in a SOAP Body, Header or Fault detail (MessageElementDef): a
 * part's global element, an unqualified element named after a `type=` part, or for rpc style
 * one wrapper element whose type (a ComplexTypeDef added to the model, so the codec needs
 * nothing new) has one unqualified element per part.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedDocument } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { WSDL_NS } from '../load/namespaces.ts';
import { childElements, positionOf, requiredAttribute, resolveQName } from '../load/xml.ts';
import type { TypeBuilder } from './build-types.ts';
import { qnameKey, type ComplexTypeDef, type FieldDef, type MessageElementDef, type QName, type SchemaModel, type SourceRef } from './ir.ts';
import { sourceOf } from './schema-index.ts';
import type { WsdlComponent } from './wsdl-index.ts';

export class MessageElements {
  constructor(
    private readonly types: TypeBuilder,
    private readonly model: SchemaModel,
  ) {}

  /** The parts of a message, in order. */
  parts(message: WsdlComponent): Element[] {
    return childElements(message.element, WSDL_NS, 'part');
  }

  /** The part of that name; an unknown one is an error at `from`. */
  part(message: WsdlComponent, name: string, from: Element, doc: LoadedDocument): Element {
    const part = this.parts(message).find((p) => p.getAttribute('name') === name);
    if (!part) throw new LoadError(doc.displayName, `message ${message.qname.name} has no part "${name}" (it has ${this.partNames(message) || 'none'})`, positionOf(from));
    return part;
  }

  /** A part as an element of its own: document style, headers and fault details. */
  element(message: WsdlComponent, part: Element): MessageElementDef {
    // The name locates the part, and names an rpc wrapper's child: WSDL requires it.
    const name = requiredAttribute(part, 'name', message.doc.displayName);
    const source = sourceOf(part, message, `message[${message.qname.name}]/part[${name}]`);
    const elementName = part.getAttribute('element');
    if (elementName) {
      const qname = resolveQName(elementName, part, message.doc.displayName);
      const declared = this.model.elements.get(qnameKey(qname));
      if (!declared) throw new LoadError(message.doc.displayName, `part ${name} of message ${message.qname.name}: element {${qname.namespace}}${qname.name} is not declared in any schema${this.types.hint('element', qname)}`, positionOf(part));
      return { qname, type: declared.type, origin: 'element', part: name, source };
    }
    const typeName = part.getAttribute('type');
    if (!typeName) throw new LoadError(message.doc.displayName, `part ${name} of message ${message.qname.name} has neither element= nor type=`, positionOf(part));
    const typeQName = resolveQName(typeName, part, message.doc.displayName);
    const misnamed = this.types.isTypeName(typeQName) ? undefined : this.model.elements.get(qnameKey(typeQName));
    if (misnamed) {
      // type= naming an element is a slip some toolkits accept (node-soap does); the element is what was meant.
      this.model.diagnostics.push({ severity: 'warning', message: `part ${name} of message ${message.qname.name}: type= names element {${typeQName.namespace}}${typeQName.name}, not a type; read as element=`, source });
      return { qname: typeQName, type: misnamed.type, origin: 'element', part: name, source };
    }
    const type = this.types.typeByName(typeQName, part, message, source.path);
    return { qname: { namespace: '', name }, type, origin: 'type', part: name, source };
  }

  /**
   * The rpc wrapper `{namespace}name` of some parts: each part an unqualified child named
   * after it. Bindings that give an operation the same wrapper share its type.
   */
  rpcWrapper(qname: QName, message: WsdlComponent, parts: Element[], source: SourceRef): MessageElementDef {
    const fields = parts.map((part): FieldDef => {
      const element = this.element(message, part);
      return { kind: 'element', xmlName: element.part!, namespace: '', tsName: '', type: element.type, optional: false, array: false, nillable: false, source: element.source };
    });
    const signature = JSON.stringify(fields.map((f) => [f.xmlName, f.type]));
    let id = `${qnameKey(qname)}#rpc`;
    for (let n = 2; this.model.types.has(id) && JSON.stringify(this.model.types.get(id)!.fields.map((f) => [f.xmlName, f.type])) !== signature; n++) id = `${qnameKey(qname)}#rpc${n}`;
    if (!this.model.types.has(id)) {
      const wrapper: ComplexTypeDef = { id, tsName: '', abstract: false, fields, openContent: false, source, derived: [], tagged: false };
      this.model.types.set(id, wrapper);
    }
    return { qname, type: { kind: 'complex', id }, origin: 'rpc-wrapper', source };
  }

  private partNames(message: WsdlComponent): string {
    return this.parts(message).map((p) => p.getAttribute('name')).join(', ');
  }
}
