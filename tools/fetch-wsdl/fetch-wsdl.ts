/**
 * Downloads the live Partner WSDL (`…/v1/<account>?wsdl`) and every schema it references
 * (`?xsd=N`) with Basic auth, points the references at local files, normalises the formatting,
 * and only when every download succeeded writes them into the folder, all at once.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { checkReference, displayLocation, resolveLocation } from '../../generator/load/locations.ts';
import { readSource, type BasicAuth, type SourceOptions } from '../../generator/load/source.ts';
import type { NetworkOptions } from '../../generator/load/http-get.ts';
import type { DocumentProgress } from '../../generator/load/load-wsdl.ts';
import { parseXml, positionOf } from '../../generator/load/xml.ts';
import { SOAP11_BINDING_NS, WSDL_NS, XSD_NS } from '../../generator/load/namespaces.ts';
import { writeFilesAtomically } from '../atomic-files.ts';
import { normalizeXml } from './normalize.ts';

export interface FetchWsdlOptions extends NetworkOptions {
  account: string;
  /** Default https://api.boomi.com/partner/api/soap/v1 */
  base?: string;
  outDir: string;
  /** File name stem: `<name>.wsdl`, `<name>.xsd<N>.xsd`. Default PartnerApi. */
  name?: string;
  auth: BasicAuth;
  onDocument?: (progress: DocumentProgress) => void;
}

export async function fetchWsdl(options: FetchWsdlOptions): Promise<string[]> {
  const base = (options.base ?? 'https://api.boomi.com/partner/api/soap/v1').replace(/\/$/, '');
  const name = options.name ?? 'PartnerApi';
  const entry = `${base}/${encodeURIComponent(options.account)}?wsdl`;
  const origin = new URL(entry).origin;
  const source: SourceOptions = { auth: options.auth, allowPrivateAddresses: options.allowPrivateAddresses ?? false, allowCrossOriginRedirects: options.allowCrossOriginRedirects ?? false };
  const localNames = new Map<string, string>([[entry, `${name}.wsdl`]]);
  const documents = new Map<string, Document>();
  const queue = [entry];
  while (queue.length > 0) {
    const location = queue.shift()!;
    const document = parseXml(await readSource(location, source, origin), displayLocation(location));
    documents.set(location, document);
    accountFreeAddress(document, base);
    for (const reference of references(document)) {
      const attribute = reference.hasAttribute('schemaLocation') ? 'schemaLocation' : 'location';
      const target = resolveLocation(location, reference.getAttribute(attribute)!);
      checkReference(location, target, displayLocation(location), positionOf(reference));
      if (!localNames.has(target)) {
        localNames.set(target, localName(target, name, localNames.size));
        queue.push(target);
      }
      reference.setAttribute(attribute, localNames.get(target)!);
    }
    options.onDocument?.({ location: displayLocation(location), read: documents.size, total: documents.size + queue.length });
  }
  const files = new Map([...documents.entries()].map(([location, document]) => [localNames.get(location)!, normalizeXml(document)]));
  writeFilesAtomically(options.outDir, files);
  return [...files.keys()];
}

/**
 * The live WSDL names the account in its soap:address; kept files name none (the SDK sets the
 * endpoint per client), so fetches for different accounts give the same files.
 */
function accountFreeAddress(document: Document, base: string): void {
  for (const address of Array.from(document.getElementsByTagNameNS(SOAP11_BINDING_NS, 'address'))) address.setAttribute('location', `${base}/{accountId}`);
}

/** wsdl:import, and xsd:import / xsd:include with a schemaLocation, wherever they stand. */
function references(document: Document): Element[] {
  const found: Element[] = [];
  for (const [ns, local] of [[WSDL_NS, 'import'], [XSD_NS, 'import'], [XSD_NS, 'include']] as const) {
    for (const e of Array.from(document.getElementsByTagNameNS(ns, local))) {
      if (e.getAttribute('schemaLocation') || e.getAttribute('location')) found.push(e);
    }
  }
  return found;
}

/** `…?xsd=2` → `<name>.xsd2.xsd`; otherwise the URL's file name. */
function localName(url: string, name: string, index: number): string {
  const parsed = new URL(url);
  const xsd = parsed.searchParams.get('xsd');
  if (xsd && /^\d+$/.test(xsd)) return `${name}.xsd${xsd}.xsd`;
  const file = parsed.pathname.split('/').pop() ?? '';
  return /^[\w.-]+\.(xsd|wsdl)$/.test(file) ? file : `${name}.schema${index}.xsd`;
}
