// The fake's parts that need no server: object keys, the account tree, query tokens, filters on
// repeated and nested fields.
import { describe, expect, it } from 'vitest';
import { AccountTree } from '../../fake/accounts.ts';
import { loadCapabilities } from '../../fake/capabilities.ts';
import { compileFilter } from '../../fake/query-filter.ts';
import { API } from '../../fake/namespaces.ts';
import { QueryTokens } from '../../fake/paging.ts';
import { key } from '../../fake/schema.ts';
import { FakeStore, idFieldFrom } from '../../fake/object-store.ts';
import { readServedWsdl } from '../../fake/wsdl.ts';

describe('object keys', () => {
  const schema = readServedWsdl().schema;
  const idField = idFieldFrom((objectType) => schema.fields(key(API, objectType)).map((f) => f.name));

  it.each([
    ['Environment', 'id'],
    ['Account', 'accountId'],
    ['Component', 'componentId'],
    ['ExecutionRecord', 'executionId'],
    ['AtomDiskSpace', 'id'],
  ])('%s is keyed by %s', (objectType, field) => expect(idField(objectType)).toBe(field));

  it('stores copies, keeps a replaced object in place, and takes `id` for a type keyed otherwise', () => {
    const store = new FakeStore(idField);
    const seeded = { accountId: 'a-1', name: 'A' };
    store.put('p', 'Account', seeded);
    store.put('p', 'Account', { id: 'a-2', name: 'B' });
    seeded.name = 'changed';
    store.put('p', 'Account', { accountId: 'a-1', name: 'A2' });
    expect(store.all('p', 'Account')).toEqual([
      { $type: 'Account', accountId: 'a-1', name: 'A2' },
      { $type: 'Account', id: 'a-2', accountId: 'a-2', name: 'B' },
    ]);
  });
});

describe('the account tree', () => {
  const tree = new AccountTree({ top: null, mid: 'top', leaf: 'mid', side: 'top', other: null });

  it('covers the account itself and everything below it, nothing else', () => {
    expect(['top', 'mid', 'leaf', 'side'].map((a) => tree.covers('top', a))).toEqual([true, true, true, true]);
    expect(['top', 'mid', 'leaf', 'side', 'other', 'unknown'].map((a) => tree.covers('mid', a))).toEqual([false, true, true, false, false, false]);
    expect(tree.primaries()).toEqual(['top', 'other']);
  });
});

describe('query tokens', () => {
  it('open what they sealed, and nothing from another instance', () => {
    const tokens = new QueryTokens(() => 60_000);
    const cursor = { account: 'acme', objectType: 'Environment', filter: { $type: 'SimpleExpression', operator: 'EQUALS', property: 'name', argument: ['x'] }, after: 42 };
    expect(tokens.open(tokens.seal(cursor))).toEqual(cursor);
    expect(() => new QueryTokens(() => 60_000).open(tokens.seal(cursor))).toThrow(/Invalid query token/);
  });
});

describe('filters on repeated and nested fields', () => {
  const capabilities = loadCapabilities();

  it('match a nested model path (Process integrationPackId) when any value matches', () => {
    const matches = compileFilter(capabilities, 'Process', { $type: 'SimpleExpression', operator: 'EQUALS', property: 'integrationPackId', argument: ['ip-2'] });
    expect(matches({ IntegrationPack: [{ integrationPackId: 'ip-1' }, { integrationPackId: 'ip-2' }] })).toBe(true);
    expect(matches({ IntegrationPack: [{ integrationPackId: 'ip-1' }] })).toBe(false);
    expect(matches({})).toBe(false);
  });

  it('need every value to pass a negative operator', () => {
    const notEquals = compileFilter(capabilities, 'Process', { $type: 'SimpleExpression', operator: 'NOT_EQUALS', property: 'integrationPackId', argument: ['ip-2'] });
    expect(notEquals({ IntegrationPack: [{ integrationPackId: 'ip-1' }, { integrationPackId: 'ip-2' }] })).toBe(false);
    expect(notEquals({ IntegrationPack: [{ integrationPackId: 'ip-1' }] })).toBe(true);
  });

  it('treat a GroupingExpression without members as and: everything, or: nothing', () => {
    expect(compileFilter(capabilities, 'Environment', { $type: 'GroupingExpression', operator: 'and' })({})).toBe(true);
    expect(compileFilter(capabilities, 'Environment', { $type: 'GroupingExpression', operator: 'or' })({})).toBe(false);
  });
});
