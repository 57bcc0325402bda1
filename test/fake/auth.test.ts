// Credentials against the fake: HTTP Basic on the service description, a WS-Security
// UsernameToken on every call, API tokens, and users limited to their accounts.
import * as soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { basic, fakeClient, PASSWORD, post, USER } from './support.ts';

let fake: RunningFake;

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: ['sub-1'], users: { [USER]: PASSWORD, 'sub@example.com': { password: 'pw', accounts: ['sub-1'] } }, tokens: { [USER]: 'tok-123' } });
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
});
afterAll(() => fake.close());

const GET = '<api:get><api:objectType>Environment</api:objectType><api:objectId>env-1</api:objectId></api:get>';

describe('the service description', () => {
  it('answers 401 with a Basic challenge without credentials or with wrong ones', async () => {
    for (const headers of [{}, basic(USER, 'wrong'), basic('nobody', PASSWORD), { authorization: 'Bearer abc' }]) {
      const response = await fetch(fake.wsdlUrl, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    }
    expect((await fetch(`${fake.url}?xsd=1`)).status).toBe(401);
  });

  it('answers 403 to a user of another account', async () => {
    expect((await fetch(fake.wsdlUrl, { headers: basic('sub@example.com', 'pw') })).status).toBe(403);
    expect((await fetch(`${fake.endpoint('sub-1')}?wsdl`, { headers: basic('sub@example.com', 'pw') })).status).toBe(200);
  });

  it('serves the WSDL linking ?xsd=2 and ?xsd=1 and naming the endpoint, with a password or an API token', async () => {
    for (const headers of [basic(), basic(`BOOMI_TOKEN.${USER}`, 'tok-123')]) {
      const response = await fetch(fake.wsdlUrl, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
      const wsdl = await response.text();
      expect(wsdl).toContain(`schemaLocation="${fake.url}?xsd=2"`);
      expect(wsdl).toContain(`schemaLocation="${fake.url}?xsd=1"`);
      expect(wsdl).toContain(`<soap:address location="${fake.url}"/>`);
      expect(wsdl).not.toMatch(/\.xsd"/);
    }
    const xsd2 = await (await fetch(`${fake.url}?xsd=2`, { headers: basic() })).text();
    expect(xsd2).toContain('targetNamespace="http://partner.api.platform.boomi.com/"');
    expect(xsd2).toContain(`schemaLocation="${fake.url}?xsd=1"`);
    expect(await (await fetch(`${fake.url}?xsd=1`, { headers: basic() })).text()).toContain('<xs:complexType name="BaseType">');
    expect((await fetch(`${fake.url}?xsd=3`, { headers: basic() })).status).toBe(404);
  });

  it('is what node-soap builds a client from, given the credentials, and not without', async () => {
    const client = await soap.createClientAsync(fake.wsdlUrl, { disableCache: true, wsdl_options: { auth: { username: USER, password: PASSWORD } } });
    expect(Object.keys(client.describe()['BoomiPartnerApiVersion1Service']['BoomiPartnerApiVersion1Port'])).toContain('cancelExecution');
    await expect(soap.createClientAsync(fake.wsdlUrl, { disableCache: true })).rejects.toThrow(/Code: 401/);
  });
});

describe('the UsernameToken', () => {
  it('lets a user, and an API token as BOOMI_TOKEN.<user>, call', async () => {
    expect((await post(fake.url, GET)).status).toBe(200);
    expect((await post(fake.url, GET, { username: `BOOMI_TOKEN.${USER}`, password: 'tok-123' })).status).toBe(200);
    const client = await fakeClient(fake, { username: `BOOMI_TOKEN.${USER}`, password: 'tok-123' });
    expect(await client.call('get', { objectType: 'Environment', objectId: 'env-1' })).toHaveProperty('result');
  });

  it('answers a wrong password, an unknown user, a missing token or a digest with HTTP 401 and a Client fault', async () => {
    const cases = [
      post(fake.url, GET, { password: 'wrong' }),
      post(fake.url, GET, { username: 'nobody@example.com' }),
      post(fake.url, GET, { password: 'token-of-someone-else', username: `BOOMI_TOKEN.${USER}` }),
      post(fake.url, GET, { header: '' }),
      post(fake.url, GET, { passwordType: 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest' }),
    ];
    for (const response of await Promise.all(cases)) {
      expect(response.status).toBe(401);
      expect(response.text).toContain('<faultcode>S:Client</faultcode><faultstring>An error occurred as a result of missing credentials or unauthorized access.</faultstring>');
    }
    expect(fake.callCount()).toBe(3); // only the successful calls above reached an operation
  });

  it('surfaces as a fault with status 401 in node-soap', async () => {
    const client = await fakeClient(fake, { password: 'wrong' });
    expect(await client.fault('get', { objectType: 'Environment', objectId: 'env-1' })).toMatchObject({ status: 401, faultcode: 'S:Client' });
  });

  it('answers 403 to a user calling the endpoint of an account it does not belong to', async () => {
    const response = await post(fake.endpoint('sub-1'), GET);
    expect(response.status).toBe(403);
    expect(response.text).toContain('<faultstring>Access denied due to insufficient permissions.</faultstring>');
    expect((await post(fake.endpoint('nowhere-1'), GET)).status).toBe(403);
    expect((await post(fake.endpoint('sub-1'), GET, { username: 'sub@example.com', password: 'pw' })).status).toBe(500); // in, but sub-1 has no env-1
  });

  it('accepts a Timestamp, Nonce and Created, and answers without echoing them', async () => {
    const client = await soap.createClientAsync(fake.wsdlUrl, { disableCache: true, wsdl_options: { auth: { username: USER, password: PASSWORD } } });
    client.setSecurity(new soap.WSSecurity(USER, PASSWORD, { passwordType: 'PasswordText', hasTimeStamp: true, hasNonce: true }));
    const [, raw] = await client.getAsync({ objectType: 'Environment', objectId: 'env-1' });
    expect(client.lastRequest).toContain('Timestamp');
    expect(raw).not.toContain('Timestamp');
    expect(raw).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><S:Envelope xmlns:S="http:\/\/schemas.xmlsoap.org\/soap\/envelope\/"/);
  });
});
