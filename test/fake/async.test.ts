// Asynchronous operations, account provisioning and the Partner actions against the fake,
// through node-soap's client.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, filter, plain, simple, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'AtomDiskSpace', { id: 'atom-1', totalSize: '10 GB', quotaLimit: '100 GB' });
  fake.store.put(fake.primaryAccount, 'ListenerStatus', { listenerId: 'l-1', status: 'listening', containerId: 'atom-1' });
  fake.store.put(fake.primaryAccount, 'ListenerStatus', { listenerId: 'l-2', status: 'paused', containerId: 'atom-2' });
  client = await fakeClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.settings.asyncPendingPolls = 1;
  fake.settings.provisionPendingPolls = 1;
});

const result = (r: Record<string, unknown>, key = 'results') => plain(r[key]) as Record<string, unknown>;

describe('asynchronous GET and QUERY', () => {
  it('answers a token with 202, then asyncResult 202 the configured number of times, then the result', async () => {
    fake.settings.asyncPendingPolls = 3;
    const started = result(await client.call('asyncGet', { objectType: 'AtomDiskSpace', objectId: 'atom-1' }), 'result');
    expect(started['responseStatusCode']).toBe('202');
    const token = (started['asyncToken'] as { token: string }).token;
    expect(token).toMatch(/^AtomDiskSpace-/);
    const before = fake.callCount('asyncResult');
    const statuses: string[] = [];
    let last: Record<string, unknown> = {};
    do {
      last = result(await client.call('asyncResult', { token }));
      statuses.push(last['responseStatusCode'] as string);
    } while (last['responseStatusCode'] === '202');
    expect(statuses).toEqual(['202', '202', '202', '200']);
    expect(fake.callCount('asyncResult') - before).toBe(4);
    expect(last).toEqual({ responseStatusCode: '200', numberOfResults: '1', result: [{ $type: 'AtomDiskSpace', totalSize: '10 GB', quotaLimit: '100 GB' }] });
  });

  it('spends the token once the result is fetched', async () => {
    fake.settings.asyncPendingPolls = 0;
    const token = ((result(await client.call('asyncGet', { objectType: 'AtomDiskSpace', objectId: 'atom-1' }), 'result')['asyncToken']) as { token: string }).token;
    expect(result(await client.call('asyncResult', { token }))['responseStatusCode']).toBe('200');
    expect((await client.fault('asyncResult', { token })).faultstring).toMatch(/already fetched/);
  });

  it('filters an asynchronous query', async () => {
    const started = result(await client.call('queryAsync', { objectType: 'ListenerStatus', queryConfig: filter(simple('containerId', 'EQUALS', 'atom-2')) }));
    const token = (started['asyncToken'] as { token: string }).token;
    expect(result(await client.call('asyncResult', { token }))['responseStatusCode']).toBe('202');
    expect(result(await client.call('asyncResult', { token }))['result']).toEqual([{ $type: 'ListenerStatus', listenerId: 'l-2', status: 'paused' }]);
  });

  it('faults for an object without asynchronous GET, and for an unknown id', async () => {
    expect((await client.fault('asyncGet', { objectType: 'Environment', objectId: 'x' })).faultstring).toBe('The asynchronous GET operation is not supported for Environment.');
    expect((await client.fault('asyncGet', { objectType: 'AtomDiskSpace', objectId: 'atom-9' })).faultstring).toBe('No such atom disk space');
  });
});

describe('account provisioning', () => {
  it('executes AccountProvision PENDING, then GETs answer PENDING, then COMPLETED with a new sub-account', async () => {
    fake.settings.provisionPendingPolls = 2;
    const provision = { 'xsi:type': 'api:AccountProvision', name: 'Globex Corp', countryCode: 'US' };
    // node-soap cannot tell the children of an xsi:type'd object are in the api namespace: the key says it.
    const started = result(await client.call('execute', { objectType: 'AccountProvision', object: { attributes: provision, 'api:product': [{ attributes: { productCode: 'BOOMI-ATOM', quantity: '1' } }] } }));
    expect(started).toMatchObject({ $type: 'AccountProvisionResult', status: 'PENDING' });
    const id = started['id'] as string;
    const statuses: Record<string, unknown>[] = [];
    for (let i = 0; i < 3; i++) statuses.push(result(await client.call('get', { objectType: 'AccountProvision', objectId: id }), 'result'));
    expect(statuses.map((s) => s['status'])).toEqual(['PENDING', 'PENDING', 'COMPLETED']);
    const accountId = statuses[2]!['accountId'] as string;
    expect(accountId).toMatch(/^globexcorp-[A-Z2-9]{6}$/);
    expect(fake.accounts.parentOf(accountId)).toBe(fake.primaryAccount);
    expect(result(await client.call('get', { objectType: 'Account', objectId: accountId }), 'result')).toMatchObject({ $type: 'Account', accountId, name: 'Globex Corp', status: 'active' });
    // The new account is now reachable with the override.
    expect(await client.call('query', { objectType: 'Environment', accountId })).toEqual({ results: { attributes: { numberOfResults: '0' } } });
  });

  it('faults for an unknown tracking id and for a provision without a name', async () => {
    expect((await client.fault('get', { objectType: 'AccountProvision', objectId: 'nope' })).faultstring).toBe('No such account provision');
    expect((await client.fault('execute', { objectType: 'AccountProvision', object: { attributes: { 'xsi:type': 'api:AccountProvision' } } })).faultstring).toMatch(/needs a name/);
  });
});

describe('actions', () => {
  it('executeProcess records a run in progress, and cancelExecution aborts it once', async () => {
    await client.call('executeProcess', { properties: { attributes: { processId: 'proc-1', atomId: 'atom-1' }, ProcessProperties: {} } });
    const [record] = fake.store.all(fake.primaryAccount, 'ExecutionRecord');
    expect(record).toMatchObject({ processId: 'proc-1', atomId: 'atom-1', status: 'INPROCESS' });
    const executionId = record!['executionId'] as string;
    expect(await client.call('cancelExecution', { executionId })).toEqual({});
    expect(fake.store.get(fake.primaryAccount, 'ExecutionRecord', executionId)).toMatchObject({ status: 'ABORTED' });
    expect((await client.fault('cancelExecution', { executionId })).faultstring).toMatch(/is not running \(status ABORTED\)/);
    expect((await client.fault('cancelExecution', { executionId: 'execution-none' })).faultstring).toBe('No such execution record');
  });

  it('checks listener actions and lists assignable roles', async () => {
    expect(await client.call('changeListenerStatus', { listenerId: 'l-1', containerId: 'atom-1', action: 'pause' })).toEqual({});
    expect((await client.fault('changeListenerStatus', { containerId: 'atom-1', action: 'explode' })).faultstring).toMatch(/'explode' is not a listener action/);
    fake.store.put(fake.primaryAccount, 'Role', { id: 'role-1', name: 'Administrator' });
    expect(plain((await client.call('getAssignableRoles', {}))['result'])).toEqual({ Role: [{ id: 'role-1', name: 'Administrator' }] });
  });
});
