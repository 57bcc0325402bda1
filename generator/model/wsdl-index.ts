/**
 * The named components of the WSDL documents (messages, port types, bindings, services) by
 * qualified name, in document order, and the resolution of the QName attributes that refer
 * to them (`message="tns:getRequest"`, `type=`, `binding=`).
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedDocument, LoadedWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { WSDL_NS } from '../load/namespaces.ts';
import { childElements, positionOf, requiredAttribute, resolveQName } from '../load/xml.ts';
import { qnameKey, type QName } from './ir.ts';

export interface WsdlComponent {
  element: Element;
  doc: LoadedDocument;
  qname: QName;
}

const KINDS = ['message', 'portType', 'binding', 'service'] as const;
export type WsdlKind = (typeof KINDS)[number];

export class WsdlIndex {
  private readonly components = new Map<WsdlKind, Map<string, WsdlComponent>>(KINDS.map((k) => [k, new Map()]));

  constructor(loaded: LoadedWsdl) {
    const namespaceOf = (definitions: Element) => definitions.getAttribute('targetNamespace') ?? '';
    // Nothing refers to a service, so one without a name (soap4r's fixtures have one) can be given one that no service has; buildServices warns.
    const serviceNames = new Set(
      loaded.definitions.flatMap(({ element }) => childElements(element, WSDL_NS, 'service').map((s) => qnameKey({ namespace: namespaceOf(element), name: s.getAttribute('name') ?? '' }))),
    );
    for (const { element, doc } of loaded.definitions) {
      const namespace = namespaceOf(element);
      for (const node of childElements(element, WSDL_NS)) {
        const kind = node.localName as WsdlKind;
        if (!KINDS.includes(kind)) continue;
        const table = this.components.get(kind)!;
        let name = node.getAttribute('name');
        if (!name && kind === 'service') {
          name = 'Service';
          for (let n = 2; serviceNames.has(qnameKey({ namespace, name })); n++) name = `Service${n}`;
          serviceNames.add(qnameKey({ namespace, name }));
        }
        if (!name) throw new LoadError(doc.displayName, `wsdl:${kind} without a name`, positionOf(node));
        const qname = { namespace, name };
        const previous = table.get(qnameKey(qname));
        if (previous) {
          throw new LoadError(doc.displayName, `duplicate wsdl:${kind} ${name} in ${namespace || 'no namespace'} (first declared at ${previous.doc.displayName}:${positionOf(previous.element).line})`, positionOf(node));
        }
        table.set(qnameKey(qname), { element: node, doc, qname });
      }
    }
  }

  all(kind: WsdlKind): WsdlComponent[] {
    return [...this.components.get(kind)!.values()];
  }

  /** The component the QName in `attribute` of `node` names; a missing attribute or an unknown name is an error at the node. */
  resolve(kind: WsdlKind, node: Element, attribute: string, doc: LoadedDocument): WsdlComponent {
    const value = requiredAttribute(node, attribute, doc.displayName);
    const qname = resolveQName(value, node, doc.displayName);
    const found = this.components.get(kind)!.get(qnameKey(qname));
    if (!found) throw new LoadError(doc.displayName, `unresolved ${kind} ${value} ({${qname.namespace}}${qname.name})`, positionOf(node));
    return found;
  }
}
