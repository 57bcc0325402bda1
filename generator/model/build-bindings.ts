/**
 * WSDL 1.1 bindings → BindingDefs: for each SOAP 1.1 or 1.2 binding, each operation with its
 * action, style, use, request and response (Body elements and headers) and faults, matched to
 * its port type operation. Bindings that are not SOAP (HTTP GET/POST, others) are skipped with
 * a warning naming them.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedDocument } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { HTTP_BINDING_NS, MIME_BINDING_NS, SOAP11_BINDING_NS, SOAP12_BINDING_NS, WSDL_NS } from '../load/namespaces.ts';
import { childElements, positionOf, requiredAttribute } from '../load/xml.ts';
import type { BindingDef, BindingOperationDef, FaultDef, HeaderDef, SchemaModel, SoapMessageDef, SoapVersion } from './ir.ts';
import { qnameKey } from './ir.ts';
import type { MessageElements } from './build-messages.ts';
import { sourceOf } from './schema-index.ts';
import { wsdlDocumentation } from './wsdl-documentation.ts';
import type { WsdlComponent, WsdlIndex } from './wsdl-index.ts';

/** The binding extension namespaces of each SOAP version. */
export const SOAP_BINDING_NAMESPACES: Record<SoapVersion, string> = { '1.1': SOAP11_BINDING_NS, '1.2': SOAP12_BINDING_NS };

/** soap:binding transport= of SOAP over HTTP: WSDL 1.1's, which its SOAP 1.2 binding uses too, and SOAP 1.2's own. */
const HTTP_TRANSPORTS = new Set(['http://schemas.xmlsoap.org/soap/http', 'http://schemas.xmlsoap.org/soap/http/', 'http://www.w3.org/2003/05/soap/bindings/HTTP/']);

type Style = BindingOperationDef['style'];
type Use = BindingOperationDef['use'];

export function buildBindings(index: WsdlIndex, messages: MessageElements, model: SchemaModel): void {
  for (const binding of index.all('binding')) {
    const version = (Object.keys(SOAP_BINDING_NAMESPACES) as SoapVersion[]).find((v) => childElements(binding.element, SOAP_BINDING_NAMESPACES[v], 'binding').length > 0);
    if (!version) {
      warn(model, binding, `binding ${binding.qname.name} is ${childElements(binding.element, HTTP_BINDING_NS, 'binding').length > 0 ? 'an HTTP binding (http:binding)' : 'not a SOAP binding (it has no soap:binding or soap12:binding)'}: skipped, only SOAP bindings are generated`, binding.element, `binding[${binding.qname.name}]`);
      continue;
    }
    const builder = new BindingBuilder(index, messages, model, binding, version);
    model.bindings.set(qnameKey(binding.qname), builder.build());
  }
}

class BindingBuilder {
  private readonly soapNs: string;
  private readonly portType: WsdlComponent;

  constructor(
    private readonly index: WsdlIndex,
    private readonly messages: MessageElements,
    private readonly model: SchemaModel,
    private readonly binding: WsdlComponent,
    private readonly version: SoapVersion,
  ) {
    this.soapNs = SOAP_BINDING_NAMESPACES[version];
    this.portType = index.resolve('portType', binding.element, 'type', binding.doc);
  }

  build(): BindingDef {
    const soapBinding = childElements(this.binding.element, this.soapNs, 'binding')[0]!;
    const style = this.style(soapBinding, 'document');
    const transport = soapBinding.getAttribute('transport')?.trim();
    if (transport && !HTTP_TRANSPORTS.has(transport)) {
      warn(this.model, this.binding, `binding ${this.binding.qname.name} is SOAP over ${transport}, not HTTP: its client sends SOAP over HTTP to the endpoint it is given`, soapBinding, `binding[${this.binding.qname.name}]`);
    }
    const operations = childElements(this.binding.element, WSDL_NS, 'operation').flatMap((op) => this.operation(op, style) ?? []);
    const doc = wsdlDocumentation(this.binding.element) ?? wsdlDocumentation(this.portType.element);
    return {
      id: qnameKey(this.binding.qname),
      qname: this.binding.qname,
      soapVersion: this.version,
      portType: this.portType.qname,
      operations,
      ...(doc ? { doc } : {}),
      source: sourceOf(this.binding.element, this.binding, `binding[${this.binding.qname.name}]`),
    };
  }

  private operation(op: Element, bindingStyle: Style): BindingOperationDef | undefined {
    const name = requiredAttribute(op, 'name', this.binding.doc.displayName);
    const abstract = this.portTypeOperation(op, name);
    const path = `binding[${this.binding.qname.name}]/operation[${name}]`;
    const directions = childElements(abstract, WSDL_NS).filter((c) => c.localName === 'input' || c.localName === 'output');
    if (directions[0]?.localName !== 'input') {
      const kind = directions.length === 0 ? 'has neither input nor output' : `is a ${directions.length > 1 ? 'solicit-response' : 'notification'} operation (the service sends first)`;
      warn(this.model, this.binding, `operation ${name} of binding ${this.binding.qname.name} ${kind}: skipped`, op, path);
      return undefined;
    }
    const soapOperation = childElements(op, this.soapNs, 'operation')[0];
    const style = soapOperation ? this.style(soapOperation, bindingStyle) : bindingStyle;
    const input = this.message(name, style, abstract, op, 'input');
    const output = directions[1] ? this.message(name, style, abstract, op, 'output') : undefined;
    const bodies = [input, output].flatMap((m) => (m ? [m.soapBody] : []));
    const encoded = bodies.find((b) => b?.getAttribute('use') === 'encoded');
    const doc = wsdlDocumentation(abstract) ?? wsdlDocumentation(op);
    return {
      name,
      soapAction: soapOperation?.getAttribute('soapAction') ?? '',
      soapActionRequired: this.version === '1.1' || soapOperation?.getAttribute('soapActionRequired') !== 'false',
      style,
      use: encoded ? 'encoded' : 'literal',
      ...(encoded?.getAttribute('encodingStyle') ? { encodingStyle: encoded.getAttribute('encodingStyle')! } : {}),
      oneWay: output === undefined,
      input: input.def,
      ...(output ? { output: output.def } : {}),
      faults: this.faults(name, abstract, op),
      ...(doc ? { doc } : {}),
      source: sourceOf(op, this.binding, path),
    };
  }

  /** The port type operation a binding operation binds: by name, and by input and output names where the name is overloaded. */
  private portTypeOperation(op: Element, name: string): Element {
    const candidates = childElements(this.portType.element, WSDL_NS, 'operation').filter((o) => o.getAttribute('name') === name);
    const directionName = (o: Element, d: string) => childElements(o, WSDL_NS, d)[0]?.getAttribute('name') ?? '';
    const matching = candidates.length > 1 ? candidates.filter((c) => ['input', 'output'].every((d) => !directionName(op, d) || directionName(op, d) === directionName(c, d))) : candidates;
    if (!matching[0]) {
      throw new LoadError(this.binding.doc.displayName, `binding ${this.binding.qname.name}: operation ${name} is not an operation of port type ${this.portType.qname.name}`, positionOf(op));
    }
    return matching[0];
  }

  private style(node: Element, fallback: Style): Style {
    const style = node.getAttribute('style') || fallback;
    if (style !== 'document' && style !== 'rpc') throw new LoadError(this.binding.doc.displayName, `style="${style}": a SOAP binding's style is document or rpc`, positionOf(node));
    return style;
  }

  /** One direction: the port type's message, laid out as the binding's soap:body and soap:header say. */
  private message(operation: string, style: Style, abstract: Element, op: Element, direction: 'input' | 'output'): { def: SoapMessageDef; soapBody: Element | undefined } {
    const declared = childElements(abstract, WSDL_NS, direction)[0]!;
    const message = this.index.resolve('message', declared, 'message', this.portType.doc);
    const bound = childElements(op, WSDL_NS, direction)[0];
    const extensions = bound ? this.extensions(bound, operation, direction) : [];
    const soapBody = extensions.find((e) => e.localName === 'body');
    if (soapBody) this.use(soapBody);
    const headers = this.distinctHeaders(extensions.filter((e) => e.localName === 'header').map((h) => this.header(h, message)), operation);
    const parts = this.messages.parts(message);
    let bodyParts: Element[];
    if (soapBody?.hasAttribute('parts')) {
      const names = (soapBody.getAttribute('parts') ?? '').split(/\s+/).filter(Boolean);
      for (const n of names) this.messages.part(message, n, soapBody, this.binding.doc);
      bodyParts = parts.filter((p) => names.includes(p.getAttribute('name') ?? ''));
    } else {
      // Without parts=, the body has every part, but those this operation sends as headers.
      const inHeaders = new Set(headers.filter((h) => qnameKey(h.message) === qnameKey(message.qname)).map((h) => h.element.part));
      bodyParts = parts.filter((p) => !inHeaders.has(p.getAttribute('name') ?? ''));
    }
    const source = sourceOf(soapBody ?? bound ?? declared, soapBody || bound ? this.binding : this.portType, `binding[${this.binding.qname.name}]/operation[${operation}]/${direction}`);
    let body;
    if (style === 'rpc') {
      // WS-I requires namespace= on an rpc soap:body; without one, Axis and node-soap qualify the wrapper in the WSDL's targetNamespace.
      let namespace = soapBody?.getAttribute('namespace') ?? '';
      if (!namespace) {
        namespace = this.binding.qname.namespace;
        warn(this.model, this.binding, `operation ${operation}: an rpc soap:body without namespace=; its wrapper element is qualified in the WSDL's targetNamespace${namespace ? ` (${namespace})` : ', which it lacks'}`, soapBody ?? op, source.path);
      }
      body = [this.messages.rpcWrapper({ namespace, name: direction === 'input' ? operation : `${operation}Response` }, message, bodyParts, source)];
    } else {
      body = bodyParts.map((p) => this.messages.element(message, p));
    }
    return { def: { message: message.qname, body, headers, source }, soapBody };
  }

  /**
   * The SOAP extensions of a binding's input or output. With attachments (mime:multipartRelated)
   * they stand in a MIME part; the other parts are not modelled, which a warning says.
   */
  private extensions(bound: Element, operation: string, direction: string): Element[] {
    const direct = childElements(bound, this.soapNs);
    const related = childElements(bound, MIME_BINDING_NS, 'multipartRelated')[0];
    if (!related) return direct;
    warn(this.model, this.binding, `operation ${operation}: the MIME attachments of its ${direction} are not generated, only its SOAP part`, related, `binding[${this.binding.qname.name}]/operation[${operation}]/${direction}`);
    return [...direct, ...childElements(related, MIME_BINDING_NS, 'part').flatMap((part) => childElements(part, this.soapNs))];
  }

  private use(node: Element): Use {
    const use = node.getAttribute('use') || 'literal';
    if (use !== 'literal' && use !== 'encoded') throw new LoadError(this.binding.doc.displayName, `use="${use}": SOAP use is literal or encoded`, positionOf(node));
    return use;
  }

  /** The headers of one direction, each message part once: a repeated soap:header (EWS repeats some) is dropped with a warning. */
  private distinctHeaders(headers: HeaderDef[], operation: string): HeaderDef[] {
    const seen = new Set<string>();
    return headers.filter((h) => {
      const key = `${qnameKey(h.message)}/${h.element.part}`;
      if (!seen.has(key)) {
        seen.add(key);
        return true;
      }
      this.model.diagnostics.push({ severity: 'warning', message: `operation ${operation}: soap:header for part ${h.element.part} of message ${h.message.name} is repeated; sent once`, source: h.source });
      return false;
    });
  }

  /** A soap:header; one without message= (as WSDL 1.0 wrote them) names a part of the operation's own message. */
  private header(node: Element, own: WsdlComponent): HeaderDef {
    const message = node.hasAttribute('message') ? this.index.resolve('message', node, 'message', this.binding.doc) : own;
    const partName = requiredAttribute(node, 'part', this.binding.doc.displayName);
    const part = this.messages.part(message, partName, node, this.binding.doc);
    return {
      message: message.qname,
      element: this.messages.element(message, part),
      required: node.getAttributeNS(WSDL_NS, 'required') === 'true',
      use: this.use(node),
      source: sourceOf(node, this.binding, `binding[${this.binding.qname.name}]/header[${partName}]`),
    };
  }

  /** The port type's faults of the operation; a binding fault the port type does not declare is an error. */
  private faults(operation: string, abstract: Element, op: Element): FaultDef[] {
    const declared = childElements(abstract, WSDL_NS, 'fault');
    for (const bound of childElements(op, WSDL_NS, 'fault')) {
      const name = bound.getAttribute('name');
      if (!declared.some((d) => d.getAttribute('name') === name)) {
        throw new LoadError(this.binding.doc.displayName, `binding ${this.binding.qname.name}: operation ${operation} has no fault "${name}" in port type ${this.portType.qname.name}`, positionOf(bound));
      }
    }
    return declared.map((fault) => {
      const name = fault.getAttribute('name') ?? '';
      const message = this.index.resolve('message', fault, 'message', this.portType.doc);
      const [first, ...more] = this.messages.parts(message);
      const path = `portType[${this.portType.qname.name}]/operation[${operation}]/fault[${name}]`;
      if (more.length > 0) warn(this.model, message, `fault ${name} of operation ${operation}: message ${message.qname.name} has ${more.length + 1} parts; a fault's detail is its first (${first!.getAttribute('name')})`, fault, path);
      return { name, message: message.qname, ...(first ? { element: this.messages.element(message, first) } : {}), source: sourceOf(fault, this.portType, path) };
    });
  }
}

function warn(model: SchemaModel, at: { doc: LoadedDocument }, message: string, node: Element, path: string): void {
  model.diagnostics.push({ severity: 'warning', message, source: sourceOf(node, at, path) });
}
