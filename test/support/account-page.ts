/**
 * Boomi's Account object page, read from the seeds beside the repository: its QUERY filter lists
 * and its SOAP envelopes, with the page's printing errors mended (each listed with why). Nothing of
 * the page is kept in the project; the tests read it from there.
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { accountPageFile } from './paths.ts';

export function accountPageText(): string {
  return readFileSync(accountPageFile, 'utf8');
}

/** The page's printing errors, mended before its XML is read. */
export const PAGE_ERRATA: { find: string; replace: string; why: string }[] = [
  { find: '<!--Optional:→', replace: '<!--Optional:-->', why: 'the GET request’s SoapUI comments lost their closing "--" to a typographic arrow, which leaves the request not well-formed' },
];

/**
 * Where the SDK writes a request otherwise than the page, on purpose: the CREATE request types its
 * object `par:Account`, while the page's own responses and the 2023 schema name the type in the api
 * namespace (`bns:Account`), where the Partner schema has no second Account to name.
 */
export const PAGE_DEPARTURES: { find: string; replace: string; why: string }[] = [
  { find: 'xsi:type="par:Account"', replace: 'xsi:type="api:Account"', why: 'Account is a type of the api namespace in every response on the page and in the 2023 schema' },
];

export interface PageExchange {
  /** The SOAP request as printed, errata mended. */
  request: string;
  /** The response as printed: a SOAP envelope, except for CREATE (a bare Account element). */
  response: string;
}

/** GET, QUERY, CREATE and DELETE, in the page's order, each named after its request's operation element. */
export function accountPageExchanges(): Map<string, PageExchange> {
  let text = accountPageText();
  for (const e of PAGE_ERRATA) text = text.replaceAll(e.find, e.replace);
  const exchanges = new Map<string, PageExchange>();
  for (const m of text.matchAll(/Request:\s*(<soapenv:Envelope[\s\S]*?<\/soapenv:Envelope>)\s*Response:\s*([\s\S]*?<\/(?:S:Envelope|bns:Account)>)/g)) {
    exchanges.set(bodyElement(m[1]!).localName!, { request: m[1]!, response: m[2]! });
  }
  return exchanges;
}

export function parseXml(xml: string): Element {
  return new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
}

/** The one element in a SOAP Body. */
export function bodyElement(envelope: string): Element {
  const body = [...elementsOf(parseXml(envelope))].find((e) => e.localName === 'Body')!;
  return [...elementsOf(body)][0]!;
}

export function* elementsOf(parent: Element): Generator<Element> {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as Element;
}

/** The text of the first descendant element of that local name. */
export function textOf(parent: Element, localName: string): string {
  return parent.getElementsByTagNameNS('*', localName)[0]?.textContent?.trim() ?? '';
}
