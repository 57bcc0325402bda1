// What an object's description says, its object API holds to, whatever capabilities file and WSDL
// the SDK was generated from: the account override refused on any verb Boomi refuses it on, a
// filter refused for an object without filter fields, a bulk call for an object without a bulk
// limit, and a verb whose SOAP operation the WSDL lacks. Each is an InvalidRequestError naming
// the operation and the object, before anything is sent to the fake Partner API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, DEFAULT_USER, startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { AsyncTokenMeta, AtomDiskSpaceMeta, BulkIdMeta, GroupingExpressionMeta, InvalidRequestError, ListenerStatusMeta, PartnerClient, ProcessSchedulesMeta, SimpleExpressionMeta, type ObjectDescription, type PartnerCallOptions, type Verb } from '../../generated/index.ts';
import { ObjectApi } from '../../generated/runtime/boomi/object-api.ts';
import type { FilterInfo } from '../../generated/runtime/boomi/query-filter.ts';
import * as operations from '../../generated/services/boomi-partner-api-version1-service.ts';
import { collect } from './support.ts';

const SUB = 'sub-XY34ZW';
let fake: RunningFake;
let partner: PartnerClient;

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: [SUB] });
  partner = new PartnerClient({ accountId: fake.primaryAccount, username: DEFAULT_USER, password: DEFAULT_PASSWORD, endpoint: fake.url, allowInsecureHttp: true, requestsPerSecond: Infinity });
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

const EVERY_OPERATION = {
  get: operations.getOperation,
  query: operations.queryOperation,
  queryMore: operations.queryMoreOperation,
  update: operations.updateOperation,
  getBulk: operations.getBulkOperation,
  updateBulk: operations.updateBulkOperation,
  asyncGet: operations.asyncGetOperation,
  queryAsync: operations.queryAsyncOperation,
  asyncResult: operations.asyncResultOperation,
};

const filterInfo = (objectType: string): FilterInfo => ({ objectType, operators: ['EQUALS'], fields: { id: { property: 'id', kind: 'string' } } });

/** An object with every verb, a filter field and bulk limits, as a description may say otherwise. */
function objectApi(objectType: string, description: Partial<ObjectDescription> = {}): ObjectApi {
  return new ObjectApi(partner, {
    objectType,
    operations: () => EVERY_OPERATION,
    types: () => [AsyncTokenMeta, AtomDiskSpaceMeta, BulkIdMeta, GroupingExpressionMeta, ListenerStatusMeta, ProcessSchedulesMeta, SimpleExpressionMeta],
    bulkGetLimit: 100,
    bulkUpdateLimit: 15,
    filter: filterInfo(objectType),
    ...description,
  });
}

const byId = (f: unknown) => (f as { id: { equals(v: string): unknown } }).id.equals('x');
const schedule = { $type: 'ProcessSchedules', id: 'schedule-1', atomId: 'atom-1', processId: 'process-1' };

/** The InvalidRequestError a call rejects with; and nothing reached the server. */
async function refused(call: () => Promise<unknown>): Promise<InvalidRequestError> {
  const error = await call().then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidRequestError);
  expect(fake.callLog).toEqual([]);
  return error as InvalidRequestError;
}

describe('the account override refused on any verb', () => {
  const REFUSED: Verb[] = ['query', 'update', 'bulkGet', 'bulkUpdate', 'asyncGet', 'asyncQuery'];
  const override: PartnerCallOptions = { accountId: SUB };
  const cases: [string, (api: ObjectApi) => Promise<unknown>, string][] = [
    ['query', (api) => collect(api.pages(undefined, override)), 'query'],
    ['a query resumed from a token', (api) => collect(api.pages(undefined, { ...override, fromToken: 'token-1' })), 'queryMore'],
    ['update', (api) => api.update(schedule, override), 'update'],
    ['bulkGet', (api) => api.bulkGet(['schedule-1'], override), 'getBulk'],
    ['bulkUpdate', (api) => api.bulkUpdate([schedule], override), 'updateBulk'],
    ['asyncGet', (api) => api.asyncGet('schedule-1', override), 'asyncGet'],
    ['asyncQuery', (api) => api.asyncQuery(undefined, override), 'queryAsync'],
  ];

  it.each(cases)('%s → InvalidRequestError; nothing sent', async (_name, call, operation) => {
    const error = await refused(() => call(objectApi('ProcessSchedules', { noAccountOverride: REFUSED })));
    expect(error.message).toBe(`${operation} ProcessSchedules: Boomi does not accept the account override for ${operation} of ProcessSchedules`);
    expect(error).toMatchObject({ operation, objectType: 'ProcessSchedules' });
  });

  it('the verbs it does not list still send the override', async () => {
    fake.store.put(SUB, 'ProcessSchedules', schedule);
    expect(await objectApi('ProcessSchedules', { noAccountOverride: REFUSED }).get('schedule-1', override)).toMatchObject({ id: 'schedule-1' });
    expect(fake.callLog.map((call) => `${call.operation} ${String(call.request?.['accountId'])}`)).toEqual([`get ${SUB}`]);
  });
});

describe('an object without filter fields', () => {
  it.each([
    ['query', (api: ObjectApi) => collect(api.query(byId)), 'query'],
    ['asyncQuery', (api: ObjectApi) => api.asyncQuery(byId), 'queryAsync'],
  ])('%s with a filter → InvalidRequestError; nothing sent', async (_name, call, operation) => {
    const error = await refused(() => call(objectApi('ListenerStatus', { filter: undefined })));
    expect(error.message).toBe(`${operation} ListenerStatus: ListenerStatus has no filter fields`);
    expect(error).toMatchObject({ operation, objectType: 'ListenerStatus' });
  });

  it('is queried without one', async () => {
    fake.store.put(fake.primaryAccount, 'ProcessSchedules', schedule);
    expect(await collect(objectApi('ProcessSchedules', { filter: undefined }).query())).toEqual([schedule]);
  });
});

describe('an object without a bulk limit', () => {
  it.each([
    ['bulkGet', (api: ObjectApi) => api.bulkGet(['schedule-1']), 'getBulk'],
    ['bulkUpdate', (api: ObjectApi) => api.bulkUpdate([schedule]), 'updateBulk'],
  ])('%s → InvalidRequestError naming the verb; nothing sent', async (verb, call, operation) => {
    const error = await refused(() => call(objectApi('ProcessSchedules', { bulkGetLimit: undefined, bulkUpdateLimit: undefined })));
    expect(error.message).toBe(`${operation} ProcessSchedules: ProcessSchedules has no ${verb} limit`);
    expect(error).toMatchObject({ operation, objectType: 'ProcessSchedules' });
  });
});

describe('a verb whose operation the WSDL lacks', () => {
  const without = (...missing: string[]) => ({ operations: () => Object.fromEntries(Object.entries(EVERY_OPERATION).filter(([name]) => !missing.includes(name))) });

  it('update → InvalidRequestError naming the verb and the operation; nothing sent', async () => {
    const error = await refused(() => objectApi('ProcessSchedules', without('update')).update(schedule));
    expect(error.message).toBe('update ProcessSchedules: ProcessSchedules cannot update: the WSDL has no update operation');
    expect(error).toMatchObject({ operation: 'update', objectType: 'ProcessSchedules' });
  });

  it('asyncGet and asyncQuery without asyncResult: refused when the poll would start', async () => {
    fake.settings.asyncPendingPolls = 0;
    fake.store.put(fake.primaryAccount, 'AtomDiskSpace', { id: 'atom-1' });
    const get = await objectApi('AtomDiskSpace', without('asyncResult')).asyncGet('atom-1').catch((e: unknown) => e);
    const query = await objectApi('ListenerStatus', without('asyncResult')).asyncQuery().catch((e: unknown) => e);
    expect(get).toBeInstanceOf(InvalidRequestError);
    expect(query).toBeInstanceOf(InvalidRequestError);
    expect((get as Error).message).toBe('asyncResult AtomDiskSpace: AtomDiskSpace cannot asyncGet: the WSDL has no asyncResult operation');
    expect((query as Error).message).toBe('asyncResult ListenerStatus: ListenerStatus cannot asyncQuery: the WSDL has no asyncResult operation');
    expect(fake.callLog.map((call) => call.operation)).toEqual(['asyncGet', 'queryAsync']);
  });
});
