// The Partner account override (`accountId` in a request) against the fake: allowed into the
// accounts below the caller, refused elsewhere and where Boomi refuses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, plain, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;
let writer: FakeClient;

beforeAll(async () => {
  // acme ─┬─ sub-A ── sub-A1
  //       └─ sub-B            other (another primary account)
  fake = await startFakePartnerApi({ primaryAccount: 'acme', subAccounts: ['sub-A', 'sub-B'], accounts: { 'sub-A1': 'sub-A', other: null }, users: { 'ops@acme.example': { password: 's3cret', accounts: ['acme'] }, 'a@sub.example': { password: 'pw', accounts: ['sub-A'] } } });
  for (const account of ['acme', 'sub-A', 'sub-A1', 'sub-B', 'other']) fake.store.put(account, 'Environment', { id: 'env-1', name: `Environment of ${account}`, classification: 'TEST' });
  fake.store.put('acme', 'Account', { accountId: 'sub-A', name: 'Sub A', status: 'active' });
  client = await fakeClient(fake);
  writer = await fakeClient(fake, { unqualifiedChildren: true });
});
afterAll(() => fake.close());

const nameIn = async (c: FakeClient, accountId?: string) => (plain((await c.call('get', { objectType: 'Environment', objectId: 'env-1', ...(accountId ? { accountId } : {}) }))['result']) as { name: string }).name;

describe('allowed', () => {
  it('acts on the caller without it, and on a sub-account at any depth with it', async () => {
    expect(await nameIn(client)).toBe('Environment of acme');
    expect(await nameIn(client, 'sub-A')).toBe('Environment of sub-A');
    expect(await nameIn(client, 'sub-A1')).toBe('Environment of sub-A1');
    expect(await nameIn(client, 'acme')).toBe('Environment of acme');
    expect(client.lastRequest()).toContain('<api:accountId>acme</api:accountId></api:get>');
  });

  it('creates, queries and pages in the sub-account', async () => {
    const created = plain((await writer.call('create', { object: { attributes: { 'xsi:type': 'api:Environment', name: 'Made in B' } }, accountId: 'sub-B' }))['result']) as { id: string };
    expect(fake.store.get('sub-B', 'Environment', created.id)).toMatchObject({ name: 'Made in B' });
    expect(fake.store.get('acme', 'Environment', created.id)).toBeUndefined();
    fake.settings.pageSize = 1;
    try {
      const first = (await client.call('query', { objectType: 'Environment', accountId: 'sub-B' }))['results'] as { queryToken: string };
      const second = plain((await client.call('queryMore', { queryToken: first.queryToken }))['results']) as { result: { name: string }[] };
      expect(second.result.map((e) => e.name)).toEqual(['Made in B']);
    } finally {
      fake.settings.pageSize = 100;
    }
  });

  it('lets a sub-account user call its own endpoint, and reach below it', async () => {
    const subUser = await fakeClient(fake, { account: 'sub-A', username: 'a@sub.example', password: 'pw' });
    expect(await nameIn(subUser)).toBe('Environment of sub-A');
    expect(await nameIn(subUser, 'sub-A1')).toBe('Environment of sub-A1');
  });
});

describe('refused', () => {
  it('for an account outside the hierarchy below the caller: a stranger, another primary, a sibling, the parent', async () => {
    const subUser = await fakeClient(fake, { account: 'sub-A', username: 'a@sub.example', password: 'pw' });
    for (const [c, accountId] of [[client, 'stranger-000'], [client, 'other'], [subUser, 'sub-B'], [subUser, 'acme']] as const) {
      const fault = await c.fault('get', { objectType: 'Environment', objectId: 'env-1', accountId });
      expect(fault).toMatchObject({ status: 500, faultcode: 'S:Client' });
      expect(fault.faultstring).toMatch(new RegExp(`^Access denied due to insufficient permissions\\. Account '${accountId}' is not in the hierarchy below`));
    }
  });

  it('for Account CREATE and DELETE, even into a sub-account', async () => {
    const create = await writer.fault('create', { object: { attributes: { 'xsi:type': 'api:Account', name: 'x' } }, accountId: 'sub-A' });
    expect(create.faultstring).toBe('The accountId override is not accepted for CREATE of Account.');
    const remove = await client.fault('delete', { objectType: 'Account', objectId: 'sub-A', accountId: 'sub-A' });
    expect(remove.faultstring).toBe('The accountId override is not accepted for DELETE of Account.');
    expect(fake.store.get('acme', 'Account', 'sub-A')).toBeDefined();
  });

  it('for AccountProvision EXECUTE and GET', async () => {
    const execute = await client.fault('execute', { objectType: 'AccountProvision', object: { attributes: { 'xsi:type': 'api:AccountProvision', name: 'x' } }, accountId: 'sub-A' });
    expect(execute.faultstring).toBe('The accountId override is not accepted for EXECUTE of AccountProvision.');
    expect((await client.fault('get', { objectType: 'AccountProvision', objectId: 'x', accountId: 'sub-A' })).faultstring).toBe('The accountId override is not accepted for GET of AccountProvision.');
  });

  it('for a query token of an account the caller does not cover', async () => {
    fake.settings.pageSize = 1;
    try {
      fake.store.put('sub-A1', 'Environment', { id: 'env-2', name: 'second', classification: 'TEST' });
      const token = ((await client.call('query', { objectType: 'Environment', accountId: 'sub-A1' }))['results'] as { queryToken: string }).queryToken;
      const subB = await fakeClient(fake, { account: 'sub-B', username: 'ops@acme.example' });
      // ops@acme.example belongs to acme only: sub-B's endpoint is forbidden to it.
      expect((await subB.fault('queryMore', { queryToken: token })).status).toBe(403);
      expect((await client.fault('queryMore', { queryToken: token, accountId: 'sub-B' })).faultstring).toMatch(/belongs to a query of account 'sub-A1'/);
    } finally {
      fake.settings.pageSize = 100;
    }
  });
});
