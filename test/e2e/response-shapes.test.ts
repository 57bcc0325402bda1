// Answers the SDK must read as they are, from a loopback server that records each request: a
// wrapper's children in either form, empty and unrecognised answers (never "not found"), faults
// (classified only on Boomi's known words), and content a newer server adds, sent back with update
// as it came.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOMI_FAULT_TEXTS, MalformedResponseError, NotFoundError, PartnerApiClient, SoapFaultError } from '../../generated/index.ts';
import { parseXml } from '../support/account-page.ts';
import { canonicalXml } from '../support/canonical-xml.ts';
import { startRecordingServer, type RecordingServer } from '../support/recording-server.ts';

const API = 'http://api.platform.boomi.com/';
const PAR = 'http://partner.api.platform.boomi.com/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const envelope = (body: string) => `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;

let server: RecordingServer;
let boomi: PartnerApiClient;

beforeAll(async () => {
  server = await startRecordingServer();
  boomi = new PartnerApiClient({ accountId: 'partner-account', username: 'ops@acme.example', password: 's3cret', endpoint: server.url, allowInsecureHttp: true, retry: false });
});
afterAll(() => server.close());

describe('a get', () => {
  it('reads the object whether the wrapper’s result comes qualified or not', async () => {
    for (const result of ['bns:result', 'result']) {
      server.answerWith(envelope(`<bns:getResponse xmlns:bns="${API}" xmlns:xsi="${XSI}"><${result} xsi:type="bns:Account" accountId="sub-1" name="Sub"/></bns:getResponse>`));
      expect(await boomi.account.get('sub-1'), result).toEqual({ $type: 'Account', accountId: 'sub-1', name: 'Sub' });
    }
  });

  it('reports an empty answer or another operation’s as malformed, never as not found', async () => {
    for (const body of [`<bns:getResponse xmlns:bns="${API}"/>`, `<ns4:createResponse xmlns:ns4="${PAR}"/>`, '']) {
      server.answerWith(envelope(body));
      const error = await boomi.account.get('sub-1').catch((e: unknown) => e);
      expect(error, body).toBeInstanceOf(MalformedResponseError);
      expect(error, body).not.toBeInstanceOf(NotFoundError);
      expect(server.requests).toHaveLength(1);
    }
  });
});

describe('a fault', () => {
  const fault = (text: string) => envelope(`<S:Fault><faultcode>S:Client</faultcode><faultstring>${text}</faultstring></S:Fault>`);
  const failure = async (text: string) => {
    server.answerWith(fault(text), 500);
    return boomi.environment.get('env-1').catch((e: unknown) => e);
  };

  it('is NotFoundError for the words Boomi is known to use for a missing object, whatever the object', async () => {
    for (const known of BOOMI_FAULT_TEXTS) {
      expect(known.pattern.test(known.text), known.text).toBe(true);
      expect(known.source, known.text).not.toBe('');
      expect(await failure(known.text)).toBeInstanceOf(NotFoundError);
    }
    expect(await failure('No such environment')).toMatchObject({ name: 'NotFoundError', faultstring: 'No such environment', status: 500 });
  });

  it('stays a SoapFaultError with the raw fault for any other text, Boomi’s other known words included', async () => {
    const texts = [
      // Boomi's API errors page (soap-protocol.md §10): "<property> does not exist" is a bad filter property.
      'colour does not exist',
      'Accounts cannot be deleted with the UPDATE action',
      'An error occurred as a result of invalid input',
      'API limit must be set through non-incremental update first',
      // The OpenAPI spec's 403 and 410 examples.
      'Access denied due to insufficient permissions.',
      'Endpoint is invalid or no longer exists.',
      // Wordings a heuristic would have taken for a missing object.
      "Environment with id 'env-1' does not exist.",
      'Object not found',
      'No such process exists for id env-1',
    ];
    for (const text of texts) {
      const error = await failure(text);
      expect(error, text).toBeInstanceOf(SoapFaultError);
      expect(error, text).not.toBeInstanceOf(NotFoundError);
      expect(error, text).toMatchObject({ faultcode: 'S:Client', faultstring: text, status: 500 });
    }
  });
});

describe('content the schema does not declare', () => {
  // As Boomi writes responses: the prefixes declared on the wrapper, an element a newer server adds
  // in the api namespace (bns:) and one in a namespace of its own (fut:), relying on them.
  const added = '<bns:futureChild level="3"><fut:futureThing fut:kind="a">kept &amp; sent</fut:futureThing></bns:futureChild>';
  const response = envelope(
    `<bns:getResponse xmlns:bns="${API}" xmlns:fut="urn:example:future" xmlns:xsi="${XSI}"><bns:result xsi:type="bns:Environment" id="env-1" name="Old" classification="TEST">${added}</bns:result></bns:getResponse>`,
  );

  it('goes back with update namespace-well-formed, the element otherwise byte for byte', async () => {
    server.answerWith(response);
    const environment = await boomi.environment.get('env-1');
    server.answerWith(envelope(`<ns4:updateResponse xmlns:ns4="${PAR}"/>`));
    await boomi.environment.update({ ...environment, name: 'New' }).catch(() => undefined);
    const request = server.requests[0]!;
    expect(() => new SaxesParser({ xmlns: true }).write(request).close()).not.toThrow();
    expect(request).toContain(
      `<bns:futureChild level="3" xmlns:bns="${API}" xmlns:fut="urn:example:future"><fut:futureThing fut:kind="a">kept &amp; sent</fut:futureThing></bns:futureChild>`,
    );
    const sent = parseXml(request).getElementsByTagNameNS(API, 'futureChild')[0]!;
    const original = parseXml(response).getElementsByTagNameNS(API, 'futureChild')[0]!;
    expect(canonicalXml(sent.toString())).toBe(canonicalXml(original.toString()));
    expect(request).toContain('name="New"');
  });
});
