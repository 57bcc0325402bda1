// The Partner account override through the SDK: every verb and every action acts on the account
// named, with `withAccount` and per call, on every request it makes (the pages after the first,
// the polls of an asynchronous call), and a per-call account beats the `withAccount` default.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import type { PartnerApiClient, PartnerApiSubAccountClient, PartnerCallOptions } from '../../generated/index.ts';
import { callsByAccount, collect, sdkClient } from './support.ts';

const SUB_A = 'sub-A1XY34';
const SUB_B = 'sub-B2ZW56';
let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi({ subAccounts: [SUB_A, SUB_B], pageSize: 2 });
  boomi = sdkClient(fake);
});
afterAll(() => fake.close());

/** The same ids in every account, with values that name the account they are in. */
beforeEach(() => {
  fake.store.clear();
  for (const account of [fake.primaryAccount, SUB_A, SUB_B]) {
    for (let i = 0; i < 5; i++) fake.store.put(account, 'Environment', { id: `env-${i}`, name: `${account} ${i}`, classification: 'TEST' });
    fake.store.put(account, 'ProcessSchedules', { id: 'schedule-1', processId: 'process-1', atomId: 'atom-1' });
    fake.store.put(account, 'AtomDiskSpace', { id: 'atom-1', quotaLimit: account });
    fake.store.put(account, 'ListenerStatus', { id: 'listener-1', listenerId: 'listener-1', status: account });
    fake.store.put(account, 'ExecutionRecord', { executionId: 'execution-1', processId: 'process-1', status: 'INPROCESS' });
    fake.store.put(account, 'Role', { id: 'role-1', name: `${account} role` });
  }
  fake.reset();
});

interface Case {
  name: string;
  run(boomi: PartnerApiSubAccountClient, options: PartnerCallOptions): Promise<unknown>;
  /** The SOAP operations the call makes, in order. */
  operations: string[];
  /** Checks the call acted on `account` (where the fake keeps a trace of it). */
  actedOn?(account: string, result: unknown): void;
}

const poll = { pollIntervalMs: 1 };
const stored = (account: string, objectType: string, id: string) => fake.store.get(account, objectType, id);

const CASES: Case[] = [
  {
    name: 'get',
    run: (b, o) => b.environment.get('env-1', o),
    operations: ['get'],
    actedOn: (account, result) => expect((result as { name: string }).name).toBe(`${account} 1`),
  },
  {
    name: 'query, over three pages',
    run: (b, o) => collect(b.environment.query(undefined, o)),
    operations: ['query', 'queryMore', 'queryMore'],
    actedOn: (account, result) => expect((result as { name: string }[]).map((e) => e.name)).toEqual([0, 1, 2, 3, 4].map((i) => `${account} ${i}`)),
  },
  {
    name: 'pages, resumed from a token',
    run: async (b, o) => {
      const first = await b.environment.pages(undefined, o).next();
      return collect(b.environment.pages(undefined, { ...o, fromToken: first.value!.queryToken! }));
    },
    operations: ['query', 'queryMore', 'queryMore', 'queryMore'],
    actedOn: (account, result) => expect((result as { records: { name: string }[] }[]).flatMap((p) => p.records.map((e) => e.name))).toEqual([2, 3, 4].map((i) => `${account} ${i}`)),
  },
  {
    name: 'create',
    run: (b, o) => b.environment.create({ name: 'created', classification: 'TEST' }, o),
    operations: ['create'],
    actedOn: (account, result) => expect(stored(account, 'Environment', (result as { id: string }).id)).toMatchObject({ name: 'created' }),
  },
  {
    name: 'update',
    run: (b, o) => b.environment.update({ $type: 'Environment', id: 'env-2', name: 'renamed', classification: 'TEST' }, o),
    operations: ['update'],
    actedOn: (account) => expect(stored(account, 'Environment', 'env-2')).toMatchObject({ name: 'renamed' }),
  },
  {
    name: 'delete',
    run: (b, o) => b.environment.delete('env-4', o),
    operations: ['delete'],
    actedOn: (account) => expect(stored(account, 'Environment', 'env-4')).toBeUndefined(),
  },
  {
    name: 'execute',
    run: (b, o) => b.clearQueue.execute({ $type: 'ClearQueueRequest', AtomId: 'atom-1', QueueName: 'orders' }, o),
    operations: ['execute'],
  },
  {
    name: 'bulkGet',
    run: (b, o) => b.environment.bulkGet(['env-3', 'env-0'], o),
    operations: ['getBulk'],
    actedOn: (account, result) => expect((result as { value: { name: string } }[]).map((r) => r.value.name)).toEqual([`${account} 3`, `${account} 0`]),
  },
  {
    name: 'bulkUpdate',
    run: (b, o) => b.processSchedules.bulkUpdate([{ $type: 'ProcessSchedules', id: 'schedule-1', processId: 'process-2', atomId: 'atom-1' }], o),
    operations: ['updateBulk'],
    actedOn: (account) => expect(stored(account, 'ProcessSchedules', 'schedule-1')).toMatchObject({ processId: 'process-2' }),
  },
  {
    name: 'asyncGet, polled',
    run: (b, o) => b.atomDiskSpace.asyncGet('atom-1', { ...o, ...poll }),
    operations: ['asyncGet', 'asyncResult', 'asyncResult'],
    actedOn: (account, result) => expect(result).toEqual([{ $type: 'AtomDiskSpace', quotaLimit: account }]),
  },
  {
    name: 'asyncQuery, polled',
    run: (b, o) => b.listenerStatus.asyncQuery((f) => f.listenerId.equals('listener-1'), { ...o, ...poll }),
    operations: ['queryAsync', 'asyncResult', 'asyncResult'],
    actedOn: (account, result) => expect(result).toEqual([{ $type: 'ListenerStatus', listenerId: 'listener-1', status: account }]),
  },
  {
    name: 'executeProcess',
    run: (b, o) => b.executeProcess({ properties: { ProcessProperties: {}, processId: 'process-9', atomId: 'atom-1' } }, o),
    operations: ['executeProcess'],
    actedOn: (account) => expect(fake.store.all(account, 'ExecutionRecord').map((r) => r['processId'])).toContain('process-9'),
  },
  {
    name: 'cancelExecution',
    run: (b, o) => b.cancelExecution({ executionId: 'execution-1' }, o),
    operations: ['cancelExecution'],
    actedOn: (account) => expect(stored(account, 'ExecutionRecord', 'execution-1')).toMatchObject({ status: 'ABORTED' }),
  },
  {
    name: 'getAssignableRoles',
    run: (b, o) => b.getAssignableRoles({}, o),
    operations: ['getAssignableRoles'],
    actedOn: (account, result) => expect(result).toEqual({ result: { Role: [{ $type: 'Role', id: 'role-1', name: `${account} role` }] } }),
  },
  { name: 'changeListenerStatus', run: (b, o) => b.changeListenerStatus({ listenerId: 'listener-1', action: 'pause' }, o), operations: ['changeListenerStatus'] },
  { name: 'deployProcess', run: (b, o) => b.deployProcess({ deploymentId: 'deployment-1' }, o), operations: ['deployProcess'] },
  { name: 'deployComponent', run: (b, o) => b.deployComponent({ deploymentId: 'deployment-1' }, o), operations: ['deployComponent'] },
  {
    name: 'installSimpleIPack',
    run: (b, o) => b.installSimpleIPack({ properties: { $type: 'IntegrationPackSimpleInstallationRequest', integrationPackId: 'pack-1' } }, o),
    operations: ['installSimpleIPack'],
  },
  { name: 'assignAtomToEnvironment', run: (b, o) => b.assignAtomToEnvironment({ atomId: 'atom-1', environmentId: 'env-1' }, o), operations: ['assignAtomToEnvironment'] },
];

/** Where the account comes from, and which account that makes it. */
const MODES: [string, () => { client: PartnerApiSubAccountClient; options: PartnerCallOptions; account: string }][] = [
  ['no override: the endpoint account', () => ({ client: boomi, options: {}, account: fake.primaryAccount })],
  ['withAccount', () => ({ client: boomi.withAccount(SUB_A), options: {}, account: SUB_A })],
  ['a per-call accountId', () => ({ client: boomi, options: { accountId: SUB_A }, account: SUB_A })],
  ['a per-call accountId under withAccount: the call’s wins', () => ({ client: boomi.withAccount(SUB_A), options: { accountId: SUB_B }, account: SUB_B })],
];

describe.each(MODES)('%s', (_mode, setUp) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s acts on that account in every request', async (_name, c) => {
    const { client, options, account } = setUp();
    const result = await c.run(client, options);
    expect(callsByAccount(fake)).toEqual(c.operations.map((operation) => `${operation} → ${account}`));
    c.actedOn?.(account, result);
  });
});
