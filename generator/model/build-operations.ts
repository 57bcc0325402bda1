/**
 * WSDL 1.1 → operations. Only document/literal with element parts is supported (what
 * JAX-WS services such as Boomi's publish); anything else is an error naming the place.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedDocument, LoadedWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { SOAP11_BINDING_NS, WSDL_NS } from '../load/namespaces.ts';
import { childElements, positionOf } from '../load/xml.ts';
import { qnameKey, type OperationDef, type QName, type SchemaModel } from './ir.ts';
import { sourceOf } from './schema-index.ts';

interface Located {
  element: Element;
  doc: LoadedDocument;
  targetNamespace: string;
}

export function buildOperations(loaded: LoadedWsdl, model: SchemaModel): void {
  const messages = new Map<string, Located>();
  const portTypes = new Map<string, Located>();
  const bindings: Located[] = [];
  const services: Located[] = [];
  for (const { element, doc } of loaded.definitions) {
    const targetNamespace = element.getAttribute('targetNamespace') ?? '';
    for (const child of childElements(element, WSDL_NS)) {
      const located = { element: child, doc, targetNamespace };
      const key = qnameKey({ namespace: targetNamespace, name: child.getAttribute('name') ?? '' });
      if (child.localName === 'message') messages.set(key, located);
      else if (child.localName === 'portType') portTypes.set(key, located);
      else if (child.localName === 'binding') bindings.push(located);
      else if (child.localName === 'service') services.push(located);
    }
  }
  const binding = bindings.find((b) => childElements(b.element, SOAP11_BINDING_NS, 'binding').length > 0);
  if (!binding) {
    if (loaded.definitions.length > 0) throw new LoadError(loaded.entry.displayName, 'no SOAP 1.1 binding in the WSDL');
    return; // a bare schema: types only
  }
  checkDocumentStyle(binding);
  const portType = lookup(portTypes, binding, 'type', 'portType');
  const soapActions = new Map<string, string>();
  const portTypeOperations = new Set(childElements(portType.element, WSDL_NS, 'operation').map((op) => op.getAttribute('name') ?? ''));
  for (const op of childElements(binding.element, WSDL_NS, 'operation')) {
    const name = op.getAttribute('name') ?? '';
    if (!portTypeOperations.has(name)) throw new LoadError(binding.doc.displayName, `binding operation ${name} is not an operation of port type ${portType.element.getAttribute('name')}`, positionOf(op));
    const soapOp = childElements(op, SOAP11_BINDING_NS, 'operation')[0];
    soapActions.set(name, soapOp?.getAttribute('soapAction') ?? '');
  }
  for (const op of childElements(portType.element, WSDL_NS, 'operation')) {
    const name = op.getAttribute('name') ?? '';
    if (!soapActions.has(name)) throw new LoadError(portType.doc.displayName, `operation ${name} has no binding in ${binding.element.getAttribute('name')}`, positionOf(op));
    const input = childElements(op, WSDL_NS, 'input')[0];
    const output = childElements(op, WSDL_NS, 'output')[0];
    if (!input || !output) throw new LoadError(portType.doc.displayName, `operation ${name} needs an input and an output (one-way and notification operations are not supported)`, positionOf(op));
    model.operations.push({
      name,
      soapAction: soapActions.get(name) ?? '',
      input: partElement(lookup(messages, { ...portType, element: input }, 'message', 'message')),
      output: partElement(lookup(messages, { ...portType, element: output }, 'message', 'message')),
      source: sourceOf(op, portType, `portType/operation[${name}]`),
    } satisfies OperationDef);
  }
  const service = services[0];
  const port = service && childElements(service.element, WSDL_NS, 'port')[0];
  if (service && port) {
    const bound = lookup(new Map(bindings.map((b) => [qnameKey({ namespace: b.targetNamespace, name: b.element.getAttribute('name') ?? '' }), b])), { ...service, element: port }, 'binding', 'binding');
    if (bound !== binding) throw new LoadError(service.doc.displayName, `port ${port.getAttribute('name')} uses binding ${port.getAttribute('binding')}, not the SOAP 1.1 binding ${binding.element.getAttribute('name')}`, positionOf(port));
  }
  const address = port && childElements(port, SOAP11_BINDING_NS, 'address')[0]?.getAttribute('location');
  model.service = {
    name: service?.element.getAttribute('name') ?? portType.element.getAttribute('name') ?? 'Service',
    portType: portType.element.getAttribute('name') ?? '',
    targetNamespace: portType.targetNamespace,
    ...(address ? { address } : {}),
  };
}

function checkDocumentStyle(binding: Located): void {
  const soapBinding = childElements(binding.element, SOAP11_BINDING_NS, 'binding')[0]!;
  const style = soapBinding.getAttribute('style') || 'document';
  if (style !== 'document') throw new LoadError(binding.doc.displayName, `style="${style}" is not supported: only document/literal`, positionOf(soapBinding));
  for (const body of binding.element.getElementsByTagNameNS(SOAP11_BINDING_NS, 'body')) {
    const use = body.getAttribute('use') || 'literal';
    if (use !== 'literal') throw new LoadError(binding.doc.displayName, `use="${use}" is not supported: only document/literal`, positionOf(body));
  }
}

/** Resolves a QName-valued attribute of a WSDL node to a named WSDL component. */
function lookup(table: Map<string, Located>, from: Located, attribute: string, kind: string): Located {
  const value = from.element.getAttribute(attribute);
  if (!value) throw new LoadError(from.doc.displayName, `<${from.element.tagName}> needs a ${attribute} attribute`, positionOf(from.element));
  const qname = resolve(value, from);
  const found = table.get(qnameKey(qname));
  if (!found) throw new LoadError(from.doc.displayName, `unresolved ${kind} ${value}`, positionOf(from.element));
  return found;
}

function partElement(message: Located): QName {
  const parts = childElements(message.element, WSDL_NS, 'part');
  const part = parts[0];
  if (parts.length !== 1 || !part) throw new LoadError(message.doc.displayName, `message ${message.element.getAttribute('name')} must have exactly one part (document/literal wrapped)`, positionOf(message.element));
  const element = part.getAttribute('element');
  if (!element) throw new LoadError(message.doc.displayName, `part ${part.getAttribute('name')} uses type= rather than element=: only document/literal is supported`, positionOf(part));
  return resolve(element, { ...message, element: part });
}

function resolve(value: string, at: Located): QName {
  const colon = value.indexOf(':');
  const prefix = colon < 0 ? null : value.slice(0, colon);
  const namespace = at.element.lookupNamespaceURI(prefix);
  if (namespace === null && prefix !== null) throw new LoadError(at.doc.displayName, `undeclared namespace prefix "${prefix}" in "${value}"`, positionOf(at.element));
  return { namespace: namespace ?? '', name: colon < 0 ? value : value.slice(colon + 1) };
}
