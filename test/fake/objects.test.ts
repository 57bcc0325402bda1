// The fake's object operations through node-soap's client: get, create, update, delete, and the
// shapes it answers with and refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, PARTNER, plain, post, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;
let writer: FakeClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
  fake.store.put(fake.primaryAccount, 'ExecutionRecord', { executionId: 'exec-1', status: 'COMPLETE', inboundDocumentCount: 3, executionTime: '2024-03-01T10:00:00Z', processId: 'p-1' });
  client = await fakeClient(fake);
  writer = await fakeClient(fake, { unqualifiedChildren: true });
});
afterAll(() => fake.close());

describe('get', () => {
  it('answers the object with xsi:type, attributes where the schema puts them, S: and bns: prefixes', async () => {
    const result = await client.call('get', { objectType: 'Environment', objectId: 'env-1' });
    expect(plain(result['result'])).toEqual({ $type: 'Environment', id: 'env-1', name: 'Staging', classification: 'TEST' });
  });

  it('writes element fields as qualified children of the object', async () => {
    const response = await post(fake.url, '<api:query><api:objectType>ExecutionRecord</api:objectType></api:query>');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"');
    expect(response.text).toContain('<bns:queryResponse xmlns:bns="http://api.platform.boomi.com/" xmlns:ns4="http://partner.api.platform.boomi.com/"');
    expect(response.text).toContain('<bns:results numberOfResults="1"><bns:result xsi:type="bns:ExecutionRecord"><bns:executionId>exec-1</bns:executionId>');
    expect(response.text).toContain('<bns:inboundDocumentCount>3</bns:inboundDocumentCount>');
  });

  it('answers an unknown id with a fault in Boomi’s words for a missing object', async () => {
    const fault = await client.fault('get', { objectType: 'Environment', objectId: 'nope' });
    expect(fault).toMatchObject({ status: 500, faultcode: 'S:Client', faultstring: 'No such environment' });
  });

  it('names an unknown object type or a verb the object does not support', async () => {
    expect((await client.fault('get', { objectType: 'Nonsense', objectId: 'x' })).faultstring).toBe("Unknown object type 'Nonsense'.");
    expect((await client.fault('get', { objectType: 'ExecutionRecord', objectId: 'exec-1' })).faultstring).toBe('The GET operation is not supported for ExecutionRecord.');
  });
});

describe('create, update, delete', () => {
  it('creates with a new id, updates, deletes with successful true, then false', async () => {
    const created = plain((await writer.call('create', { object: { attributes: { 'xsi:type': 'api:Environment', name: 'Load test', classification: 'TEST' } } }))['result']) as Record<string, string>;
    expect(created).toMatchObject({ $type: 'Environment', name: 'Load test', classification: 'TEST' });
    expect(created['id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(writer.lastRequest()).toContain('<object xsi:type="api:Environment"');

    const updated = plain((await writer.call('update', { object: { attributes: { 'xsi:type': 'api:Environment', id: created['id']!, name: 'Load test 2', classification: 'TEST' } } }))['result']);
    expect(updated).toEqual({ ...created, name: 'Load test 2' });
    expect(fake.store.get(fake.primaryAccount, 'Environment', created['id']!)).toMatchObject({ name: 'Load test 2' });

    expect(await client.call('delete', { objectType: 'Environment', objectId: created['id']! })).toEqual({ successful: true });
    expect(client.lastRequest()).toContain(`<delete xmlns="${PARTNER}"><objectType>Environment</objectType>`); // qualified, as Boomi's Account page shows
    expect(await client.call('delete', { objectType: 'Environment', objectId: created['id']! })).toEqual({ successful: false });
    expect(fake.store.get(fake.primaryAccount, 'Environment', created['id']!)).toBeUndefined();
  });

  it('refuses to update an object that does not exist', async () => {
    const fault = await writer.fault('update', { object: { attributes: { 'xsi:type': 'api:Environment', id: 'ghost', name: 'x' } } });
    expect(fault.faultstring).toBe('No such environment');
  });

  it('creates a Partner account with a Boomi-style id, below the caller in the hierarchy', async () => {
    const created = plain((await writer.call('create', { object: { attributes: { 'xsi:type': 'api:Account', name: 'New Customer' } } }))['result']) as Record<string, string>;
    expect(created).toMatchObject({ $type: 'Account', name: 'New Customer', status: 'active' });
    expect(created['accountId']).toMatch(/^newcustomer-[A-Z2-9]{6}$/);
    expect(created['dateCreated']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(fake.accounts.parentOf(created['accountId']!)).toBe(fake.primaryAccount);
  });
});

describe('requests that are not what the WSDL describes', () => {
  const expectInvalid = async (body: string, message: RegExp) => {
    const response = await post(fake.url, body);
    expect(response.status).toBe(500);
    expect(response.text).toContain('<faultcode>S:Client</faultcode>');
    expect(response.text).toMatch(message);
  };

  it('rejects an object child in the wrong namespace (node-soap default-namespace style)', () =>
    expectInvalid('<par:create><par:object xsi:type="api:Environment" name="x"/></par:create>', /element object must be unqualified/));

  it('rejects a qualified child written without its namespace', () =>
    expectInvalid('<api:get><objectType>Environment</objectType><objectId>env-1</objectId></api:get>', /element objectType must be in namespace http:\/\/api\.platform\.boomi\.com\//));

  it('rejects an object without xsi:type, or with a type that is not an object', async () => {
    await expectInvalid('<par:create><object name="x"/></par:create>', /needs an xsi:type/);
    await expectInvalid('<par:create><object xsi:type="api:Nope"/></par:create>', /names no type of this API/);
    await expectInvalid('<par:create><object xsi:type="api:QueryResult"/></par:create>', /cannot stand where BaseType is expected/);
  });

  it('rejects unknown attributes, unknown elements and values outside an enumeration', async () => {
    await expectInvalid('<par:create><object xsi:type="api:Environment" colour="red"/></par:create>', /unexpected attribute colour on Environment/);
    await expectInvalid('<api:get><api:objectType>Environment</api:objectType><api:extra/></api:get>', /unexpected element/);
    await expectInvalid('<par:create><object xsi:type="api:Environment" classification="STAGING"/></par:create>', /STAGING.{1,6} is not one of PROD, TEST/);
  });

  it('rejects children out of order, and the override before the object', () =>
    expectInvalid('<par:create><accountId>sub</accountId><object xsi:type="api:Environment"/></par:create>', /out of order/));

  it('rejects an operation the service does not have, a non-envelope and broken XML', async () => {
    await expectInvalid('<par:frobnicate/>', /is not an operation of this service/);
    await expectInvalid('<par:get/>', /is not an operation of this service/);
    const notSoap = await fetch(fake.url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<hello/>' });
    expect([notSoap.status, await notSoap.text()]).toEqual([500, expect.stringContaining('not a SOAP 1.1 Envelope')]);
    const broken = await fetch(fake.url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<soapenv:Envelope' });
    expect([broken.status, await broken.text()]).toEqual([500, expect.stringContaining('not well-formed')]);
  });

  it('rejects a request that is not text/xml', async () => {
    const response = await post(fake.url, '<api:get/>', { contentType: 'application/soap+xml' });
    expect(response.status).toBe(415);
  });
});
