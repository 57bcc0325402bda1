// Queries against the fake through node-soap's client: paging with opaque tokens, and filters
// evaluated the way Boomi documents them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fakeClient, filter, grouping, plain, simple, type FakeClient } from './support.ts';

let fake: RunningFake;
let client: FakeClient;

const ids = (results: unknown): string[] => ((plain(results) as { result?: { id?: string; executionId?: string }[] }).result ?? []).map((r) => r.id ?? r.executionId ?? '');
const env = (i: number) => `env-${String(i).padStart(3, '0')}`;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  for (let i = 0; i < 250; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: env(i), name: `Environment ${i}`, classification: i % 3 === 0 ? 'PROD' : 'TEST' });
  for (let i = 0; i < 30; i++) {
    fake.store.put(fake.primaryAccount, 'ExecutionRecord', {
      executionId: `exec-${i}`,
      status: i % 2 ? 'COMPLETE' : 'ERROR',
      inboundDocumentCount: i * 10,
      executionTime: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z`,
      ...(i < 5 ? { message: `failed at step ${i}` } : {}),
    });
  }
  client = await fakeClient(fake);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.settings.pageSize = 100;
  fake.settings.queryTokenTtlMs = 30 * 60_000;
});

const query = async (objectType: string, expression?: object) => (await client.call('query', { objectType, ...(expression ? { queryConfig: filter(expression) } : {}) }))['results'] as Record<string, unknown>;

describe('paging', () => {
  it('returns every record exactly once across three pages of 100, with a token while more remain', async () => {
    const before = fake.callCount('queryMore');
    const first = await query('Environment');
    const seen = ids(first);
    let token = first['queryToken'] as string | undefined;
    const sizes = [seen.length];
    while (token) {
      const page = (await client.call('queryMore', { queryToken: token }))['results'] as Record<string, unknown>;
      seen.push(...ids(page));
      sizes.push(ids(page).length);
      expect((page['attributes'] as Record<string, string>)['numberOfResults']).toBe(String(ids(page).length));
      token = page['queryToken'] as string | undefined;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => env(i)));
    expect(fake.callCount('queryMore') - before).toBe(2);
  });

  it('issues long opaque base64 tokens that replay until they expire', async () => {
    const token = (await query('Environment'))['queryToken'] as string;
    expect(token.length).toBeGreaterThan(800);
    expect(token).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(token).not.toContain('Environment');
    const again = ids((await client.call('queryMore', { queryToken: token }))['results']);
    expect(ids((await client.call('queryMore', { queryToken: token }))['results'])).toEqual(again);
    expect(again[0]).toBe(env(100));
  });

  it('keeps a page boundary when records are added and removed between pages', async () => {
    fake.settings.pageSize = 10;
    const first = await query('Environment', simple('name', 'LIKE', 'Environment 1%'));
    const got = ids(first);
    expect(got).toContain(env(10));
    try {
      fake.store.delete(fake.primaryAccount, 'Environment', env(10)); // returned already
      fake.store.delete(fake.primaryAccount, 'Environment', env(150)); // not yet
      fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-late', name: 'Environment 1 late', classification: 'TEST' });
      let token = first['queryToken'] as string | undefined;
      while (token) {
        const page = (await client.call('queryMore', { queryToken: token }))['results'] as Record<string, unknown>;
        got.push(...ids(page));
        token = page['queryToken'] as string | undefined;
      }
      expect(new Set(got).size).toBe(got.length);
      expect(got).not.toContain(env(150));
      expect(got).toHaveLength(111 - 1 + 1);
      expect(got.at(-1)).toBe('env-late');
    } finally {
      fake.store.delete(fake.primaryAccount, 'Environment', 'env-late');
      for (const i of [10, 150]) fake.store.put(fake.primaryAccount, 'Environment', { id: env(i), name: `Environment ${i}`, classification: i % 3 === 0 ? 'PROD' : 'TEST' });
    }
  });

  it('answers a fault for an unknown, tampered or expired token', async () => {
    expect((await client.fault('queryMore', { queryToken: 'bm90IGEgdG9rZW4=' })).faultstring).toMatch(/^Invalid query token/);
    const token = (await query('Environment'))['queryToken'] as string;
    const tampered = `${token.slice(0, 40)}${token[40] === 'A' ? 'B' : 'A'}${token.slice(41)}`;
    expect((await client.fault('queryMore', { queryToken: tampered })).faultstring).toMatch(/^Invalid query token/);
    fake.expireQueryTokens();
    expect((await client.fault('queryMore', { queryToken: token })).faultstring).toMatch(/^Invalid query token/);
    fake.settings.queryTokenTtlMs = -1;
    const fresh = (await query('Environment'))['queryToken'] as string;
    expect((await client.fault('queryMore', { queryToken: fresh })).faultstring).toMatch(/has expired/);
  });

  it('answers a page without token when everything fits, and an empty page when nothing matches', async () => {
    const prod = await query('Environment', simple('classification', 'EQUALS', 'PROD'));
    expect(ids(prod)).toHaveLength(84);
    expect(prod['queryToken']).toBeUndefined();
    const none = await query('Environment', simple('name', 'EQUALS', 'nothing'));
    expect(none).toEqual({ attributes: { numberOfResults: '0' } });
  });
});

describe('filters', () => {
  it('evaluates nested and/or groups to any depth', async () => {
    // TEST and name like "Environment 2%", or (PROD and (id = env-003 or id = env-006)).
    const expression = grouping(
      'or',
      grouping('and', simple('classification', 'EQUALS', 'TEST'), simple('name', 'LIKE', 'Environment 2%')),
      grouping('and', simple('classification', 'EQUALS', 'PROD'), grouping('or', simple('id', 'EQUALS', env(3)), simple('id', 'EQUALS', env(6)))),
    );
    const expected = Array.from({ length: 250 }, (_, i) => i)
      .filter((i) => (i % 3 !== 0 && `Environment ${i}`.startsWith('Environment 2')) || i === 3 || i === 6)
      .map(env);
    expect(ids(await query('Environment', expression))).toEqual(expected);
  });

  it.each([
    ['EQUALS', ['Environment 7'], [7]],
    ['NOT_EQUALS', ['PROD'], null],
    ['LIKE', ['%ment 24_'], []],
    ['LIKE', ['Environment 24%'], [24, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249]],
    ['CONTAINS', ['nt 19'], [19, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199]],
    ['BETWEEN', ['env-010', 'env-013'], [10, 11, 12, 13]],
    ['GREATER_THAN', ['env-247'], [248, 249]],
    ['GREATER_THAN_OR_EQUAL', ['env-248'], [248, 249]],
    ['LESS_THAN', ['env-002'], [0, 1]],
    ['LESS_THAN_OR_EQUAL', ['env-001'], [0, 1]],
  ])('%s %j on strings', async (operator, args, expected) => {
    const property = operator === 'NOT_EQUALS' ? 'classification' : operator.includes('THAN') || operator === 'BETWEEN' ? 'id' : 'name';
    const got = ids(await query('Environment', simple(property, operator, ...args)));
    if (expected) expect(got.sort()).toEqual(expected.map(env));
    else expect(got).toHaveLength(100); // 166 TEST environments, first page
  });

  it('compares numbers as numbers and dates as instants', async () => {
    const executions = async (expression: object) => ids(await query('ExecutionRecord', expression));
    expect(await executions(simple('inboundDocumentCount', 'GREATER_THAN', '250'))).toEqual(['exec-26', 'exec-27', 'exec-28', 'exec-29']);
    expect(await executions(simple('inboundDocumentCount', 'BETWEEN', '90', '110'))).toEqual(['exec-9', 'exec-10', 'exec-11']);
    expect(await executions(simple('executionTime', 'LESS_THAN', '2024-03-02T12:00:00Z'))).toEqual(['exec-0', 'exec-28']);
    expect(await executions(simple('executionTime', 'GREATER_THAN_OR_EQUAL', '2024-03-28T12:00:00.000+00:00'))).toEqual(['exec-27']);
  });

  it('tests presence with IS_NULL and IS_NOT_NULL, and combines them', async () => {
    const executions = async (expression: object) => ids(await query('ExecutionRecord', expression));
    expect(await executions(simple('message', 'IS_NOT_NULL'))).toEqual(['exec-0', 'exec-1', 'exec-2', 'exec-3', 'exec-4']);
    expect(await executions(grouping('and', simple('message', 'IS_NULL'), simple('status', 'EQUALS', 'ERROR'), simple('inboundDocumentCount', 'LESS_THAN', '100')))).toEqual(['exec-6', 'exec-8']);
    // An absent value matches nothing but IS_NULL, the negative operators included.
    expect(await executions(simple('message', 'NOT_CONTAINS', 'step 1'))).toEqual(['exec-0', 'exec-2', 'exec-3', 'exec-4']);
  });

  it('takes STARTS_WITH where the object allows it, any property of an object with open filter properties, and connector records’ custom fields', async () => {
    fake.store.put(fake.primaryAccount, 'EDIFACTConnectorRecord', { id: 'r-1', connectorName: 'EDIFACT inbound' });
    fake.store.put(fake.primaryAccount, 'EDIFACTConnectorRecord', { id: 'r-2', connectorName: 'X12 outbound' });
    expect(ids(await query('EDIFACTConnectorRecord', simple('connectorName', 'STARTS_WITH', 'EDI')))).toEqual(['r-1']);
    fake.store.put(fake.primaryAccount, 'AS2ConnectorRecord', { id: 'a-1', customFields: { orderNo: 'PO-7' } });
    fake.store.put(fake.primaryAccount, 'AS2ConnectorRecord', { id: 'a-2', customFields: { orderNo: 'PO-8' } });
    expect(ids(await query('AS2ConnectorRecord', simple('customFields.orderNo', 'EQUALS', 'PO-8')))).toEqual(['a-2']);
    fake.store.put(fake.primaryAccount, 'EDIFACTConnectorRecord', { id: 'r-3', customFields: { orderNo: 'PO-9' } });
    expect(ids(await query('EDIFACTConnectorRecord', simple('customFields.orderNo', 'EQUALS', 'PO-9')))).toEqual(['r-3']);
    const fault = await client.fault('query', { objectType: 'Environment', queryConfig: filter(simple('customFields.orderNo', 'EQUALS', 'PO-9')) });
    expect(fault.faultstring).toMatch(/'customFields\.orderNo' is not a filter property of Environment/);
  });

  it('faults, naming it, on a property the object does not filter on', async () => {
    const fault = await client.fault('query', { objectType: 'Environment', queryConfig: filter(grouping('and', simple('name', 'EQUALS', 'x'), simple('colour', 'EQUALS', 'red'))) });
    expect(fault).toMatchObject({ status: 500, faultcode: 'S:Client' });
    expect(fault.faultstring).toMatch(/'colour' is not a filter property of Environment \(properties: name, id, classification\)/);
  });

  it('faults, naming it, on an unknown operator or one the object does not allow', async () => {
    expect((await client.fault('query', { objectType: 'Environment', queryConfig: filter(simple('name', 'SOUNDS_LIKE', 'x')) })).faultstring).toMatch(/unknown operator 'SOUNDS_LIKE'/);
    const atom = await client.fault('query', { objectType: 'Atom', queryConfig: filter(simple('name', 'LIKE', 'x%')) });
    expect(atom.faultstring).toMatch(/operator 'LIKE' is not allowed for Atom \(allowed: EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS\)/);
  });

  it('faults on a wrong argument count, an argument of the wrong kind, a grouping operator other than and/or', async () => {
    expect((await client.fault('query', { objectType: 'Environment', queryConfig: filter(simple('id', 'BETWEEN', 'a')) })).faultstring).toMatch(/BETWEEN takes 2 argument\(s\), 'id' has 1/);
    expect((await client.fault('query', { objectType: 'ExecutionRecord', queryConfig: filter(simple('inboundDocumentCount', 'EQUALS', 'many')) })).faultstring).toMatch(/'many' is not a number/);
    expect((await client.fault('query', { objectType: 'ExecutionRecord', queryConfig: filter(simple('executionTime', 'LESS_THAN', 'yesterday')) })).faultstring).toMatch(/'yesterday' is not a date/);
    const xor = await client.fault('query', { objectType: 'Environment', queryConfig: filter(grouping('xor' as 'or', simple('id', 'EQUALS', 'a'))) });
    expect(xor.faultstring).toMatch(/'xor' is not one of and, or/);
  });

  it('faults on a query of an object that cannot be queried', async () => {
    expect((await client.fault('query', { objectType: 'AccountProvision' })).faultstring).toBe('The QUERY operation is not supported for AccountProvision.');
  });
});
