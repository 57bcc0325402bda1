/**
 * The WSDL the fake serves, read once: its text, the schema documents it reaches (numbered as
 * the live service's `?xsd=N`), its service and port names and the operations of that port's
 * binding. By default the snapshot in wsdl/; a test may hand the fake another description of
 * the same API (Boomi's own Platform WSDL), and everything the fake names — node-soap's
 * service, the operations it answers, the schemas it decodes and encodes with — comes from here.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { XS } from './namespaces.ts';
import { Schema } from './schema.ts';
import { elementChildren } from './xml/envelope.ts';

const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const SOAP_BINDING = 'http://schemas.xmlsoap.org/wsdl/soap/';

/** The committed reconstruction of the Partner WSDL, served when no other is given. */
export const SNAPSHOT_WSDL = fileURLToPath(new URL('../wsdl/PartnerApi.wsdl', import.meta.url));

export interface SchemaDocument {
  file: string;
  text: string;
  /** `schemaLocation` as written in this document → the `?xsd=N` number of the document it names. */
  links: Map<string, string>;
}

export interface ServedWsdl {
  file: string;
  text: string;
  /** `schemaLocation` as written in the WSDL → `?xsd=N`. */
  links: Map<string, string>;
  /** The schema documents by their `?xsd=N` number. */
  schemaDocuments: Map<string, SchemaDocument>;
  /** Every schema, inline ones included, as the fake reads them. */
  schema: Schema;
  service: string;
  port: string;
  /** The operations of the port's SOAP 1.1 binding: the only ones the fake answers. */
  operations: ReadonlySet<string>;
}

const cache = new Map<string, ServedWsdl>();

/** Reads a WSDL 1.1 file and every schema file it includes or imports; errors name the file and what is missing. */
export function readServedWsdl(file: string = SNAPSHOT_WSDL): ServedWsdl {
  const path = resolve(file);
  let served = cache.get(path);
  if (!served) cache.set(path, (served = read(path)));
  return served;
}

function read(file: string): ServedWsdl {
  const text = readFileSync(file, 'utf8');
  const definitions = parse(text, file);
  if (definitions.namespaceURI !== WSDL || definitions.localName !== 'definitions') throw new Error(`${file}: not a WSDL 1.1 document`);
  const inline = elementChildren(definitions)
    .filter((e) => e.namespaceURI === WSDL && e.localName === 'types')
    .flatMap((types) => elementChildren(types).filter((e) => e.namespaceURI === XS && e.localName === 'schema'));

  // Every schema file reached, in document order; each read once however often it is named.
  const found: { file: string; text: string; root: Element; locations: Map<string, string> }[] = [];
  const seen = new Set<string>();
  const visit = (roots: Element[], from: string): Map<string, string> => {
    const locations = new Map<string, string>();
    for (const root of roots) {
      for (const ref of elementChildren(root).filter((e) => e.namespaceURI === XS && ['include', 'import', 'redefine'].includes(e.localName ?? ''))) {
        const location = ref.getAttribute('schemaLocation');
        if (!location) continue;
        const target = resolve(dirname(from), location);
        locations.set(location, target);
        if (seen.has(target)) continue;
        const targetText = readReferenced(target, `${from}: schemaLocation="${location}"`);
        const targetRoot = parse(targetText, target);
        seen.add(target);
        const entry = { file: target, text: targetText, root: targetRoot, locations: new Map<string, string>() };
        found.push(entry);
        entry.locations = visit([targetRoot], target);
      }
    }
    return locations;
  };
  const wsdlLocations = visit(inline, file);

  const numbers = xsdNumbers(found.map((f) => f.file));
  const links = (locations: Map<string, string>) => new Map([...locations].map(([location, target]) => [location, numbers.get(target)!]));
  const schemaDocuments = new Map(found.map((f) => [numbers.get(f.file)!, { file: f.file, text: f.text, links: links(f.locations) }]));

  const port = elementChildren(definitions)
    .filter((e) => e.namespaceURI === WSDL && e.localName === 'service')
    .flatMap((service) => elementChildren(service).filter((e) => e.namespaceURI === WSDL && e.localName === 'port').map((p) => ({ service, port: p })))
    .find(({ port }) => elementChildren(port).some((e) => e.namespaceURI === SOAP_BINDING && e.localName === 'address'));
  if (!port) throw new Error(`${file}: no service has a SOAP 1.1 port`);
  const bindingName = localPart(port.port.getAttribute('binding') ?? '');
  const binding = elementChildren(definitions).find((e) => e.namespaceURI === WSDL && e.localName === 'binding' && e.getAttribute('name') === bindingName);
  if (!binding) throw new Error(`${file}: port ${port.port.getAttribute('name')} names the binding ${bindingName}, which is not there`);
  const operations = new Set(elementChildren(binding).filter((e) => e.namespaceURI === WSDL && e.localName === 'operation').map((e) => e.getAttribute('name') ?? ''));

  return {
    file,
    text,
    links: links(wsdlLocations),
    schemaDocuments,
    schema: new Schema([...inline, ...found.map((f) => f.root)]),
    service: port.service.getAttribute('name') ?? '',
    port: port.port.getAttribute('name') ?? '',
    operations,
  };
}

/**
 * `?xsd=N` numbers: the N of JAX-WS-style file names (`PartnerApi.xsd2.xsd`, as fetch-wsdl
 * writes them) when every file has one, else the order in which they were reached.
 */
function xsdNumbers(files: string[]): Map<string, string> {
  const named = files.map((f) => /\.xsd(\d+)\.xsd$/.exec(basename(f))?.[1]);
  const usable = named.every((n) => n !== undefined) && new Set(named).size === named.length;
  return new Map(files.map((f, i) => [f, usable ? named[i]! : String(i + 1)]));
}

function readReferenced(file: string, where: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${where}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parse(text: string, file: string): Element {
  try {
    const root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement;
    if (!root) throw new Error('no root element');
    return root;
  } catch (error) {
    throw new Error(`${file}: not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function localPart(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}
