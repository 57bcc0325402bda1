// The SDK held to Boomi's Account page: its own calls, given the page's values, send the page's
// requests (compared as canonical XML), and the page's responses decode into the values they hold.
// A loopback HTTP server records each request and answers with the page's response.
import type { Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountMeta, MalformedResponseError, NotFoundError, PartnerApiClient } from '../../generated/index.ts';
import { decodeElement } from '../../generated/runtime/core/xml/decode.ts';
import { accountPageExchanges, bodyElement, elementsOf, PAGE_DEPARTURES, parseXml, textOf, type PageExchange } from '../support/account-page.ts';
import { canonicalXml } from '../support/canonical-xml.ts';
import { haveAccountPage } from '../support/paths.ts';
import { startRecordingServer, type RecordingServer } from '../support/recording-server.ts';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

describe.skipIf(!haveAccountPage())('the SDK against Boomi’s Account page', () => {
  let exchanges: Map<string, PageExchange>;
  let server: RecordingServer;

  beforeAll(async () => {
    exchanges = accountPageExchanges();
    server = await startRecordingServer();
  });
  afterAll(() => server.close());

  /** A client with the credentials the page's request carries, answered with `response`. */
  const clientFor = (exchange: PageExchange, response: string) => {
    server.answerWith(response);
    const header = parseXml(exchange.request);
    return new PartnerApiClient({ accountId: 'partner-account', username: textOf(header, 'Username'), password: textOf(header, 'Password'), endpoint: server.url, allowInsecureHttp: true, retry: false });
  };

  const pageRequest = (exchange: PageExchange) => canonicalXml(PAGE_DEPARTURES.reduce((xml, d) => xml.replaceAll(d.find, d.replace), exchange.request));

  it('has the four exchanges the page shows', () => {
    expect([...exchanges.keys()]).toEqual(['get', 'query', 'create', 'delete']);
  });

  it('GET: sends the page’s request, reads the Account of its response', async () => {
    const get = exchanges.get('get')!;
    const account = await clientFor(get, get.response).account.get(textOf(bodyElement(get.request), 'objectId'));
    expect(canonicalXml(server.requests[0]!)).toBe(pageRequest(get));
    expectDecoded(account, resultOf(get.response));
  });

  it('QUERY: sends the page’s request with its filter, reads the page of Accounts and the token', async () => {
    const query = exchanges.get('query')!;
    const [status, from, to] = [...bodyElement(query.request).getElementsByTagNameNS('*', 'argument')].map((a) => a.textContent!.trim());
    const pages = clientFor(query, query.response).account.pages((f) => f.and(f.status.notEquals(status as 'deleted'), f.dateCreated.between(from!, to!)));
    const first = (await pages.next()).value!;
    await pages.return(undefined);
    // The next page was asked for while this one was read: let that request arrive before the next test answers.
    await vi.waitFor(() => expect(server.requests).toHaveLength(2));
    expect(server.requests[1]).toContain('queryMore');
    expect(canonicalXml(server.requests[0]!)).toBe(pageRequest(query));
    const results = parseXml(query.response).getElementsByTagNameNS('*', 'results')[0]!;
    expect(first.queryToken).toBe(textOf(results, 'queryToken'));
    const items = [...elementsOf(results)].filter((e) => e.localName === 'result');
    expect(first.records).toHaveLength(items.length);
    items.forEach((item, i) => expectDecoded(first.records[i], item));
  });

  it('CREATE: sends the page’s request (the object typed in the api namespace), reads the created Account', async () => {
    const create = exchanges.get('create')!;
    const object = [...elementsOf(bodyElement(create.request))][0]!;
    // The page prints its one createResponse envelope under DELETE, and a bare Account under CREATE.
    const createResponse = exchanges.get('delete')!.response;
    const created = await clientFor(create, createResponse).account.create({ name: object.getAttribute('name')!, expirationDate: object.getAttribute('expirationDate')! });
    expect(canonicalXml(server.requests[0]!)).toBe(pageRequest(create));
    expectDecoded(created, resultOf(createResponse));
    expectDecoded(decodeElement(create.response, AccountMeta), parseXml(create.response));
  });

  it('DELETE: sends the page’s request; the createResponse the page prints for it is a malformed answer, not a missing account', async () => {
    const remove = exchanges.get('delete')!;
    const call = clientFor(remove, remove.response).account.delete(textOf(bodyElement(remove.request), 'objectId'));
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(canonicalXml(server.requests[0]!)).toBe(pageRequest(remove));
  });
});

function resultOf(envelope: string): Element {
  return [...elementsOf(bodyElement(envelope))].find((e) => e.localName === 'result')!;
}

/**
 * The decoded value holds exactly what the element holds, read with another parser: its xsi:type
 * as `$type`, every attribute (as text), every child element (repeated ones as arrays), nothing more.
 */
function expectDecoded(value: unknown, element: Element, path = element.localName!): void {
  const record = value as Record<string, unknown>;
  const expectedKeys = new Set<string>();
  const xsiType = element.getAttributeNS(XSI, 'type');
  if (xsiType) expect(record['$type'], `${path} xsi:type`).toBe(xsiType.slice(xsiType.indexOf(':') + 1));
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i)!;
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns' || attribute.namespaceURI === XSI) continue;
    expectedKeys.add(attribute.localName!);
    expect(String(record[attribute.localName!]), `${path}/@${attribute.localName}`).toBe(attribute.value);
  }
  const children = [...elementsOf(element)];
  for (const name of new Set(children.map((c) => c.localName!))) {
    expectedKeys.add(name);
    const same = children.filter((c) => c.localName === name);
    const decoded = record[name];
    const items = Array.isArray(decoded) ? decoded : [decoded];
    expect(items, `${path}/${name}`).toHaveLength(same.length);
    same.forEach((child, i) => expectDecoded(items[i], child, `${path}/${name}`));
  }
  expect(Object.keys(record).filter((k) => k !== '$type').sort(), path).toEqual([...expectedKeys].sort());
}
