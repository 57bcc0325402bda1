// Answers the SDK must read as they are, from a loopback server that records each request: a
// wrapper's children in either form, empty and unrecognised answers (never "not found"), bulk
// answers in any order or with items missing, asynchronous calls answered without a token, faults
// (classified only on Boomi's known words), and content a newer server adds, sent back with update
// as it came.
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOMI_FAULT_TEXTS, MalformedResponseError, NotFoundError, PartnerApiClient, SoapCallError, SoapFaultError } from '../../generated/index.ts';
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

  it('names the id asked for when the answer holds no result', async () => {
    server.answerWith(envelope(`<bns:getResponse xmlns:bns="${API}"/>`));
    const error = await boomi.account.get('sub-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ message: 'get Account: the getResponse holds no result for sub-1', bodyExcerpt: '', operation: 'get', objectType: 'Account' });
  });
});

describe('a page of a query', () => {
  it('without records is a page of none', async () => {
    server.answerWith(envelope(`<ns4:queryResponse xmlns:ns4="${PAR}"><ns4:results numberOfResults="0"/></ns4:queryResponse>`));
    const pages = boomi.environment.pages();
    expect(await pages.next()).toEqual({ done: false, value: { records: [] } });
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });
});

describe('a bulk answer', () => {
  const ids = ['env-0', 'env-1', 'env-2', 'env-3', 'env-4'];
  const environment = (id: string) => `<bns:Result xsi:type="bns:Environment" id="${id}" name="Environment ${id}"/>`;
  const item = (attributes: string, content = '') => `<bns:response ${attributes}>${content}</bns:response>`;
  const bulk = (operation: 'getBulk' | 'updateBulk', items: string[]) =>
    envelope(`<ns4:${operation}Response xmlns:ns4="${PAR}" xmlns:bns="${API}" xmlns:xsi="${XSI}"><ns4:results>${items.join('')}</ns4:results></ns4:${operation}Response>`);
  const ok = (id: string) => ({ id, ok: true, value: { $type: 'Environment', id, name: `Environment ${id}` } });

  it('puts each item in the place its index says, with the id asked for when it names none', async () => {
    server.answerWith(bulk('getBulk', [item('index="2" statusCode="200"', environment('env-2')), item('index="0" statusCode="200"', environment('env-0')), item('index="1" statusCode="400" errorMessage="No such environment"')]));
    expect(await boomi.environment.bulkGet(ids.slice(0, 3))).toEqual([ok('env-0'), { id: 'env-1', ok: false, statusCode: 400, errorMessage: 'No such environment' }, ok('env-2')]);
  });

  it('is ok only with a Result and a status below 300; an item it leaves out has no result', async () => {
    server.answerWith(
      bulk('getBulk', [
        item('index="0"', environment('env-0')),
        item('index="1" statusCode="400" errorMessage="Stale"', environment('env-1')),
        item('index="2" statusCode="200"'),
        item('index="3" statusCode="300"', environment('env-3')),
      ]),
    );
    expect(await boomi.environment.bulkGet(ids)).toEqual([
      ok('env-0'),
      { id: 'env-1', ok: false, statusCode: 400, errorMessage: 'Stale' },
      { id: 'env-2', ok: false, statusCode: 200, errorMessage: 'no result' },
      { id: 'env-3', ok: false, statusCode: 300, errorMessage: 'no result' },
      { id: 'env-4', ok: false, statusCode: 0, errorMessage: 'the server returned no result for this id' },
    ]);
  });

  it('without results answers every id with no result', async () => {
    server.answerWith(envelope(`<ns4:getBulkResponse xmlns:ns4="${PAR}"/>`));
    expect(await boomi.environment.bulkGet(ids.slice(0, 2))).toEqual(ids.slice(0, 2).map((id) => ({ id, ok: false, statusCode: 0, errorMessage: 'the server returned no result for this id' })));
  });

  it('of a bulk update names each item by the id of the value sent when it names none', async () => {
    const schedule = `<bns:Result xsi:type="bns:ProcessSchedules" id="schedule-1" atomId="atom-1"/>`;
    server.answerWith(bulk('updateBulk', [item('index="0" statusCode="200"', schedule), item('index="1" statusCode="400" errorMessage="No id"')]));
    const results = await boomi.processSchedules.bulkUpdate([{ $type: 'ProcessSchedules', id: 'schedule-1', atomId: 'atom-1' }, { atomId: 'atom-2' }]);
    expect(results).toEqual([
      { id: 'schedule-1', ok: true, value: { $type: 'ProcessSchedules', id: 'schedule-1', atomId: 'atom-1' } },
      { id: '', ok: false, statusCode: 400, errorMessage: 'No id' },
    ]);
  });

  it('with an item outside the ids asked for → MalformedResponseError naming it', async () => {
    for (const [attributes, index] of [['index="2"', 2], ['index="-1"', -1], ['', 2]] as const) {
      const items = attributes === '' ? [0, 1, 2].map((i) => item(`id="env-${i}" statusCode="200"`, environment(`env-${i}`))) : [item(`${attributes} statusCode="200"`, environment('env-0'))];
      server.answerWith(bulk('getBulk', items));
      const error = await boomi.environment.bulkGet(ids.slice(0, 2)).catch((e: unknown) => e);
      expect(error, attributes).toBeInstanceOf(MalformedResponseError);
      expect(error, attributes).toMatchObject({
        message: `getBulk Environment: item ${attributes === '' ? 2 : 0} of the answer has index ${index}, outside the 2 item(s) asked for`,
        operation: 'getBulk',
        objectType: 'Environment',
      });
    }
  });
});

describe('an asynchronous call', () => {
  it('answered without a token → SoapCallError naming the operation', async () => {
    const answers: [string, () => Promise<unknown>, string][] = [
      [`<ns4:asyncGetResponse xmlns:ns4="${PAR}"/>`, () => boomi.atomDiskSpace.asyncGet('atom-1'), 'asyncGet AtomDiskSpace'],
      [`<ns4:asyncGetResponse xmlns:ns4="${PAR}"><ns4:result responseStatusCode="202"/></ns4:asyncGetResponse>`, () => boomi.atomDiskSpace.asyncGet('atom-1'), 'asyncGet AtomDiskSpace'],
      [`<ns4:queryAsyncResponse xmlns:ns4="${PAR}"/>`, () => boomi.listenerStatus.asyncQuery(), 'queryAsync ListenerStatus'],
      [`<ns4:queryAsyncResponse xmlns:ns4="${PAR}"><ns4:results responseStatusCode="202"/></ns4:queryAsyncResponse>`, () => boomi.listenerStatus.asyncQuery(), 'queryAsync ListenerStatus'],
    ];
    for (const [answer, call, context] of answers) {
      server.answerWith(envelope(answer));
      const error = await call().catch((e: unknown) => e);
      expect(error, answer).toBeInstanceOf(SoapCallError);
      expect(error, answer).toMatchObject({ name: 'SoapCallError', message: `${context}: the server returned no async token` });
      expect(server.requests, answer).toHaveLength(1);
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
