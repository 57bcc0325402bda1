/**
 * One pass over a WSDL or XSD document with a strict SAX parser: the documents it references
 * (`wsdl:import`, `xs:import`/`include`/`redefine`) and what it holds that a corpus entry may
 * exercise. Independent of the generator's loader: the corpus is there to test that loader.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const WSDL11 = 'http://schemas.xmlsoap.org/wsdl/';
export const WSDL20 = 'http://www.w3.org/ns/wsdl';
export const XSD = 'http://www.w3.org/2001/XMLSchema';
const SOAP11_BINDING = 'http://schemas.xmlsoap.org/wsdl/soap/';
const SOAP12_BINDING = 'http://schemas.xmlsoap.org/wsdl/soap12/';
const HTTP_BINDING = 'http://schemas.xmlsoap.org/wsdl/http/';
const MIME_BINDING = 'http://schemas.xmlsoap.org/wsdl/mime/';

export interface Reference {
  kind: 'wsdl:import' | 'wsdl:include' | 'xs:import' | 'xs:include' | 'xs:redefine';
  location: string;
  line: number;
}

/** A WSDL 1.1 message part, a portType operation, a binding operation: by local name (enough for a description). */
interface Part {
  element?: string;
  type?: string;
}
interface PortTypeOperation {
  name: string;
  input?: string;
  output?: string;
  faults: number;
}
interface BindingOperation {
  name: string;
  soap?: '1.1' | '1.2';
  style?: string;
  use: string[];
  headers: number;
}
interface Binding {
  soap?: '1.1' | '1.2';
  http: boolean;
  style?: string;
  operations: BindingOperation[];
}

export interface DocumentScan {
  /** `{namespace}local` of the root element. */
  root: string;
  references: Reference[];
  /** xs:schema elements without a targetNamespace (included, they take the includer's). */
  schemasWithoutNamespace: number;
  messages: Map<string, Part[]>;
  portTypeOperations: PortTypeOperation[];
  bindings: Binding[];
  services: number;
  ports: number;
  /** `<xs:element ref="xs:schema"/>`, as .NET writes for a DataSet. */
  dataSet: boolean;
  mime: boolean;
  comments: string[];
  namespaces: Set<string>;
}

export class ScanError extends Error {}

/** Throws a ScanError naming line and column when the text is not well-formed namespaced XML. */
export function scanDocument(text: string): DocumentScan {
  const scan: DocumentScan = {
    root: '',
    references: [],
    schemasWithoutNamespace: 0,
    messages: new Map(),
    portTypeOperations: [],
    bindings: [],
    services: 0,
    ports: 0,
    dataSet: false,
    mime: false,
    comments: [],
    namespaces: new Set(),
  };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: SaxesTagNS[] = [];
  let message: Part[] | undefined;
  let portTypeOperation: PortTypeOperation | undefined;
  let binding: Binding | undefined;
  let bindingOperation: BindingOperation | undefined;
  const local = (qname: string | undefined) => qname?.replace(/^[^:]*:/, '');
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('comment', (c) => {
    if (scan.comments.length < 20) scan.comments.push(c.trim().slice(0, 200));
  });
  parser.on('opentag', (raw) => {
    const tag = raw as SaxesTagNS;
    const parent = stack[stack.length - 1];
    stack.push(tag);
    for (const uri of Object.values(tag.ns ?? {})) scan.namespaces.add(uri);
    const attr = (name: string) => tag.attributes[name]?.value;
    if (!parent) scan.root = `{${tag.uri}}${tag.local}`;
    const inWsdl = tag.uri === WSDL11 || tag.uri === WSDL20;
    if (inWsdl && (tag.local === 'import' || tag.local === 'include') && attr('location') !== undefined) {
      scan.references.push({ kind: tag.local === 'import' ? 'wsdl:import' : 'wsdl:include', location: attr('location')!, line: parser.line });
    }
    if (tag.uri === XSD) {
      if ((tag.local === 'import' || tag.local === 'include' || tag.local === 'redefine') && attr('schemaLocation')) {
        scan.references.push({ kind: `xs:${tag.local}`, location: attr('schemaLocation')!, line: parser.line });
      }
      if (tag.local === 'schema' && !attr('targetNamespace')) scan.schemasWithoutNamespace++;
      if (tag.local === 'element' && attr('ref')) {
        const [prefix, name] = attr('ref')!.includes(':') ? attr('ref')!.split(':') : ['', attr('ref')!];
        if (name === 'schema' && parser.resolve(prefix!) === XSD) scan.dataSet = true;
      }
    }
    if (tag.uri === MIME_BINDING && tag.local === 'multipartRelated') scan.mime = true;
    if (tag.uri !== WSDL11 && !(binding && (tag.uri === SOAP11_BINDING || tag.uri === SOAP12_BINDING || tag.uri === HTTP_BINDING))) return;
    const parentLocal = parent?.uri === WSDL11 ? parent.local : undefined;
    const soap = tag.uri === SOAP11_BINDING ? '1.1' : tag.uri === SOAP12_BINDING ? '1.2' : undefined;
    if (tag.uri === WSDL11) {
      if (tag.local === 'message' && parentLocal === 'definitions') scan.messages.set(attr('name') ?? '', (message = []));
      else if (tag.local === 'part' && message) message.push({ ...(attr('element') ? { element: local(attr('element')) } : {}), ...(attr('type') ? { type: local(attr('type')) } : {}) });
      else if (tag.local === 'operation' && parentLocal === 'portType') scan.portTypeOperations.push((portTypeOperation = { name: attr('name') ?? '', faults: 0 }));
      else if (portTypeOperation && parentLocal === 'operation' && (tag.local === 'input' || tag.local === 'output')) portTypeOperation[tag.local] = local(attr('message'));
      else if (portTypeOperation && parentLocal === 'operation' && tag.local === 'fault') portTypeOperation.faults++;
      else if (tag.local === 'binding' && parentLocal === 'definitions') scan.bindings.push((binding = { http: false, operations: [] }));
      else if (tag.local === 'operation' && binding && parentLocal === 'binding') binding.operations.push((bindingOperation = { name: attr('name') ?? '', use: [], headers: 0 }));
      else if (tag.local === 'service') scan.services++;
      else if (tag.local === 'port' && parentLocal === 'service') scan.ports++;
    } else if (binding) {
      if (tag.uri === HTTP_BINDING && tag.local === 'binding') binding.http = true;
      if (soap && tag.local === 'binding') {
        binding.soap = soap;
        binding.style = attr('style');
      }
      if (soap && bindingOperation) {
        bindingOperation.soap ??= soap;
        if (tag.local === 'operation') bindingOperation.style = attr('style');
        if (tag.local === 'body' || tag.local === 'header') bindingOperation.use.push(attr('use') ?? 'literal');
        if (tag.local === 'header') bindingOperation.headers++;
      }
    }
  });
  parser.on('closetag', (raw) => {
    const tag = raw as SaxesTagNS;
    stack.pop();
    if (tag.uri !== WSDL11) return;
    if (tag.local === 'message') message = undefined;
    if (tag.local === 'operation' && stack[stack.length - 1]?.local === 'portType') portTypeOperation = undefined;
    if (tag.local === 'operation' && stack[stack.length - 1]?.local === 'binding') bindingOperation = undefined;
    if (tag.local === 'binding') binding = undefined;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure) throw new ScanError(`not well-formed XML: ${failure}`);
  if (!scan.root) throw new ScanError('no root element');
  return scan;
}

export interface Exercises {
  /** Short names, sorted: `wsdl-1.1`, `soap-1.2`, `rpc-encoded`, `one-way`, `xs-include`, … */
  tags: string[];
  services: number;
  ports: number;
  operations: number;
}

/** What an entry exercises, from the scans of all its files (entry first). */
export function describeEntry(scans: DocumentScan[]): Exercises {
  const tags = new Set<string>();
  const [entry] = scans;
  if (entry?.root === `{${WSDL20}}description`) tags.add('wsdl-2.0');
  else if (entry?.root === `{${WSDL11}}definitions`) tags.add('wsdl-1.1');
  else tags.add('not-wsdl');
  const messages = new Map(scans.flatMap((s) => [...s.messages]));
  const portTypeOperations = new Map(scans.flatMap((s) => s.portTypeOperations.map((o): [string, PortTypeOperation] => [o.name, o])));
  const bindings = scans.flatMap((s) => s.bindings);
  for (const b of bindings) {
    if (b.http) tags.add('http-binding');
    for (const op of b.operations) {
      const soap = op.soap ?? b.soap;
      if (!soap) continue;
      tags.add(`soap-${soap}`);
      const style = op.style ?? b.style ?? 'document';
      for (const use of op.use) tags.add(`${style}-${use}`);
      if (op.headers > 0) tags.add('headers');
      const abstract = portTypeOperations.get(op.name);
      if (style === 'document' && abstract?.input) {
        const parts = messages.get(abstract.input) ?? [];
        tags.add(parts.length === 1 && parts[0]!.element === op.name ? 'wrapped' : parts.length === 0 ? 'no-parts' : 'bare');
      }
      if (style === 'rpc' && abstract?.input && (messages.get(abstract.input)?.length ?? 0) > 1) tags.add('rpc-several-parts');
    }
  }
  const operations = [...portTypeOperations.values()];
  if (operations.some((o) => o.input && !o.output)) tags.add('one-way');
  if (operations.some((o) => o.faults > 0)) tags.add('faults');
  if ([...messages.values()].some((parts) => parts.some((p) => p.type))) tags.add('type-parts');
  const services = scans.reduce((n, s) => n + s.services, 0);
  const ports = scans.reduce((n, s) => n + s.ports, 0);
  if (services === 0 && tags.has('wsdl-1.1')) tags.add('no-service');
  if (services > 1) tags.add('several-services');
  if (ports > 1) tags.add('several-ports');
  if (bindings.length > 1) tags.add('several-bindings');
  for (const r of scans.flatMap((s) => s.references)) tags.add(r.kind.replace(':', '-'));
  if (scans.slice(1).some((s) => s.schemasWithoutNamespace > 0) && tags.has('xs-include')) tags.add('chameleon-include');
  if (scans.some((s) => s.dataSet)) tags.add('dataset');
  if (scans.some((s) => s.mime)) tags.add('mime');
  const producer = producerOf(scans);
  if (producer) tags.add(producer);
  return { tags: [...tags].sort(), services, ports, operations: operations.length };
}

/** The toolkit that wrote the WSDL, where it left a trace. */
function producerOf(scans: DocumentScan[]): string | undefined {
  const comments = scans.flatMap((s) => s.comments).join('\n');
  const namespaces = new Set(scans.flatMap((s) => [...s.namespaces]));
  if (/JAX-WS RI|JAX-WS Reference Implementation|Metro/i.test(comments)) return 'jax-ws';
  if (/Apache Axis\b|Axis version/i.test(comments)) return 'axis';
  if (/gSOAP/i.test(comments)) return 'gsoap';
  if ([...namespaces].some((n) => n.startsWith('http://schemas.microsoft.com/2003/10/Serialization/'))) return 'wcf';
  if (namespaces.has('http://microsoft.com/wsdl/mime/textMatching/')) return 'asmx';
  return undefined;
}

export function hasSoapBindingTags(tags: string[]): boolean {
  return tags.includes('soap-1.1') || tags.includes('soap-1.2');
}
