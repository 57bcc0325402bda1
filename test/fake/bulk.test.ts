// Bulk GET and bulk UPDATE against the fake through node-soap's client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, plain, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;

const bulkIds = (ids: string[], type = 'GET') => ({ attributes: { type }, request: ids.map((id) => ({ attributes: { 'xsi:type': 'api:BulkId', id } })) });
const responses = (result: Record<string, unknown>) => (plain(result['results']) as { response: Record<string, unknown>[] }).response;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  for (let i = 0; i < 120; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: `env-${i}`, name: `Environment ${i}`, classification: 'TEST' });
  for (let i = 0; i < 6; i++) fake.store.put(fake.primaryAccount, 'ProcessSchedules', { id: `sched-${i}`, processId: `p-${i}`, atomId: 'atom-1' });
  client = await fakeClient(fake);
});
afterAll(() => fake.close());

describe('getBulk', () => {
  it('answers one response per id in input order: 200 with Result, or 400 with errorMessage', async () => {
    const ids = ['env-5', 'missing-1', 'env-0', 'env-5', 'missing-2'];
    const got = responses(await client.call('getBulk', { objectType: 'Environment', bulkObject: bulkIds(ids) }));
    expect(got.map((r) => [r['index'], r['id'], r['statusCode']])).toEqual([
      ['0', 'env-5', '200'],
      ['1', 'missing-1', '400'],
      ['2', 'env-0', '200'],
      ['3', 'env-5', '200'],
      ['4', 'missing-2', '400'],
    ]);
    expect(got[0]!['Result']).toEqual({ $type: 'Environment', id: 'env-5', name: 'Environment 5', classification: 'TEST' });
    expect(got[1]).toEqual({ index: '1', id: 'missing-1', statusCode: '400', errorMessage: 'No such environment' });
  });

  it('takes 100 ids, and faults on 101', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `env-${i}`);
    expect(responses(await client.call('getBulk', { objectType: 'Environment', bulkObject: bulkIds(hundred) }))).toHaveLength(100);
    const fault = await client.fault('getBulk', { objectType: 'Environment', bulkObject: bulkIds([...hundred, 'env-100']) });
    expect(fault).toMatchObject({ status: 500, faultcode: 'S:Client', faultstring: 'A bulk GET of Environment takes at most 100 items; this request has 101.' });
  });

  it('limits Component to 5 ids', async () => {
    const fault = await client.fault('getBulk', { objectType: 'Component', bulkObject: bulkIds(['a', 'b', 'c', 'd', 'e', 'f']) });
    expect(fault.faultstring).toBe('A bulk GET of Component takes at most 5 items; this request has 6.');
  });

  it('faults on a bulk request of another type, or for an object without bulk GET', async () => {
    expect((await client.fault('getBulk', { objectType: 'Environment', bulkObject: bulkIds(['env-1'], 'DELETE') })).faultstring).toMatch(/takes a bulkObject of type GET, not DELETE/);
    expect((await client.fault('getBulk', { objectType: 'ExecutionRecord', bulkObject: bulkIds(['x']) })).faultstring).toBe('The bulk GET operation is not supported for ExecutionRecord.');
  });
});

describe('updateBulk', () => {
  const schedules = (items: Record<string, string>[]) => ({ attributes: { type: 'UPDATE' }, request: items.map((attributes) => ({ attributes: { 'xsi:type': 'api:ProcessSchedules', ...attributes } })) });

  it('updates ProcessSchedules per item, reporting unknown ones', async () => {
    const got = responses(await client.call('updateBulk', { objectType: 'ProcessSchedules', bulkObject: schedules([{ id: 'sched-1', processId: 'p-1', atomId: 'atom-2' }, { id: 'nope', processId: 'p', atomId: 'a' }]) }));
    expect(got.map((r) => r['statusCode'])).toEqual(['200', '400']);
    expect(got[0]!['Result']).toMatchObject({ $type: 'ProcessSchedules', id: 'sched-1', atomId: 'atom-2' });
    expect(fake.store.get(fake.primaryAccount, 'ProcessSchedules', 'sched-1')).toMatchObject({ atomId: 'atom-2' });
  });

  it('limits a bulk UPDATE to 15 items', async () => {
    const items = Array.from({ length: 16 }, (_, i) => ({ id: `sched-${i}` }));
    expect((await client.fault('updateBulk', { objectType: 'ProcessSchedules', bulkObject: schedules(items) })).faultstring).toBe('A bulk UPDATE of ProcessSchedules takes at most 15 items; this request has 16.');
  });
});
