// The fake's switchable failures and counters: 503s, staged faults, calls per operation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, post, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  for (let i = 0; i < 5; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: `env-${i}`, name: `Environment ${i}`, classification: 'TEST' });
  client = await fakeClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const get = { objectType: 'Environment', objectId: 'env-1' };

describe('setRateLimited', () => {
  it('answers the next n calls with HTTP 503 and Boomi’s message, then serves again', async () => {
    fake.setRateLimited(2);
    for (let i = 0; i < 2; i++) {
      const response = await post(fake.url, '<api:get><api:objectType>Environment</api:objectType><api:objectId>env-1</api:objectId></api:get>');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeNull();
      expect(response.text).toContain("your account's rate limits have been exceeded");
    }
    expect(await client.call('get', get)).toHaveProperty('result');
    expect(fake.httpRequests).toBe(3);
    expect(fake.callCount('get')).toBe(1); // the 503s never reached an operation
  });

  it('sends Retry-After when asked, and node-soap sees the status', async () => {
    fake.setRateLimited(1, 7);
    const response = await post(fake.url, '<api:get/>');
    expect([response.status, response.headers.get('retry-after')]).toEqual([503, '7']);
    fake.setRateLimited(1);
    expect((await client.fault('get', get)).status).toBe(503);
  });
});

describe('failNext', () => {
  it('answers the next call with a Server fault and HTTP 500, once', async () => {
    fake.failNext('Internal error while reading Environment');
    expect(await client.fault('get', get)).toMatchObject({ status: 500, faultcode: 'S:Server', faultstring: 'Internal error while reading Environment' });
    expect(await client.call('get', get)).toHaveProperty('result');
    expect(fake.callCount('get')).toBe(2);
  });

  it('can wait for a given operation, and take another code and status', async () => {
    fake.failNext({ operation: 'queryMore', faultstring: 'Query token expired', faultcode: 'S:Client', httpStatus: 400 });
    fake.settings.pageSize = 2;
    try {
      const first = (await client.call('query', { objectType: 'Environment' }))['results'] as { queryToken: string };
      expect(await client.fault('queryMore', { queryToken: first.queryToken })).toMatchObject({ status: 400, faultcode: 'S:Client', faultstring: 'Query token expired' });
      expect(await client.call('queryMore', { queryToken: first.queryToken })).toHaveProperty('results');
    } finally {
      fake.settings.pageSize = 100;
    }
  });

  it('can let some calls through first', async () => {
    fake.failNext({ operation: 'get', faultstring: 'Third time unlucky', after: 2 });
    await client.call('get', get);
    await client.call('query', { objectType: 'Environment' });
    await client.call('get', get);
    expect(await client.fault('get', get)).toMatchObject({ status: 500, faultstring: 'Third time unlucky' });
    expect(await client.call('get', get)).toHaveProperty('result');
  });
});

describe('counters', () => {
  it('count calls per operation, so tests can tell how many pages were fetched', async () => {
    fake.settings.pageSize = 2;
    try {
      let token = ((await client.call('query', { objectType: 'Environment' }))['results'] as { queryToken?: string }).queryToken;
      while (token) token = ((await client.call('queryMore', { queryToken: token }))['results'] as { queryToken?: string }).queryToken;
    } finally {
      fake.settings.pageSize = 100;
    }
    expect(Object.fromEntries(fake.calls)).toEqual({ query: 1, queryMore: 2 });
    expect(fake.callCount()).toBe(3);
    fake.reset();
    expect(fake.callCount()).toBe(0);
  });

  it('count calls that end in a fault', async () => {
    await client.fault('get', { objectType: 'Environment', objectId: 'missing' });
    expect(fake.callCount('get')).toBe(1);
  });
});

describe('the call log', () => {
  it('keeps each call in order with its endpoint account and decoded request, failed ones too', async () => {
    fake.failNext({ operation: 'get', faultstring: 'Staged' });
    await client.fault('get', get);
    await client.call('get', { ...get, accountId: 'sub-XY34ZW' }).catch(() => undefined);
    const bad = await post(fake.url, '<api:get><api:objectId>env-1</api:objectId><api:objectType>Environment</api:objectType></api:get>');
    expect(bad.status).toBe(500);
    expect(fake.callLog).toEqual([
      { operation: 'get', endpointAccount: fake.primaryAccount, request: get },
      { operation: 'get', endpointAccount: fake.primaryAccount, request: { ...get, accountId: 'sub-XY34ZW' } },
      { operation: 'get', endpointAccount: fake.primaryAccount, request: undefined },
    ]);
    fake.reset();
    expect(fake.callLog).toEqual([]);
  });
});

describe('HTTP', () => {
  it('answers 404 off the endpoint path and 405 to other methods', async () => {
    const base = new URL(fake.url).origin;
    expect((await fetch(`${base}/api/soap/v1/acme-AB12CD`)).status).toBe(404);
    expect((await fetch(fake.url, { method: 'PUT', body: 'x' })).status).toBe(405);
  });

  it('serves several clients at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => client.call('get', { objectType: 'Environment', objectId: `env-${i % 5}` })));
    expect(results).toHaveLength(20);
    expect(fake.callCount('get')).toBe(20);
  });
});
