/** A SOAP 1.1 request envelope taken apart, strictly: the fake rejects what Boomi's server would not parse. */
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { clientFault } from '../soap-faults.ts';
import { SOAP_ENV } from '../namespaces.ts';

export interface RequestEnvelope {
  header: Element | undefined;
  /** The one element inside Body: the operation wrapper. */
  wrapper: Element;
}

export function parseEnvelope(text: string): RequestEnvelope {
  let root: Element | null;
  try {
    root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement;
  } catch {
    throw clientFault('Invalid request: the body is not well-formed XML.');
  }
  if (!root || root.namespaceURI !== SOAP_ENV || root.localName !== 'Envelope') throw clientFault('Invalid request: not a SOAP 1.1 Envelope.');
  const parts = elementChildren(root);
  const header = parts.find((e) => e.namespaceURI === SOAP_ENV && e.localName === 'Header');
  const body = parts.find((e) => e.namespaceURI === SOAP_ENV && e.localName === 'Body');
  if (!body) throw clientFault('Invalid request: the Envelope has no Body.');
  const inBody = elementChildren(body);
  if (inBody.length !== 1) throw clientFault(`Invalid request: the Body must hold one operation element, not ${inBody.length}.`);
  return { header, wrapper: inBody[0]! };
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}
