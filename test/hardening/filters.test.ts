// Query filters that must not reach the server (issue #14): an empty `and`/`or` (it would change
// the query's meaning), a filter made for another object, a hand-written expression with a
// property, operator, number of arguments or group the object refuses. Each does not compile
// where TypeScript can tell (tsc checks every @ts-expect-error here), and from JavaScript is a
// FilterError before anything is sent to the fake Partner API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { accountFilter, atomFilter, environmentFilter, FilterError, type Filter, type FilterExpression, type PartnerApiClient } from '../../generated/index.ts';
import { collect, sdkClient } from '../sdk/support.ts';

let fake: RunningFake;
let boomi: PartnerApiClient;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Account', { accountId: 'sub-XY34ZW', name: 'Acme Subsidiary', status: 'active' });
  boomi = sdkClient(fake);
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

/** What a JavaScript caller may pass where a filter goes: anything. */
const untyped = (value: unknown) => value as Filter<'Account'>;

/** The FilterError a call throws or rejects with; and nothing reached the server. */
async function refused(run: () => unknown): Promise<FilterError> {
  const error = await (async () => run())().then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FilterError);
  expect(fake.httpRequests).toBe(0);
  expect(fake.callLog).toEqual([]);
  return error as FilterError;
}

/** The filter the fake received with the one query sent. */
function sentFilter(): unknown {
  expect(fake.callLog.map((call) => call.operation)).toEqual(['query']);
  return (fake.callLog[0]!.request as { queryConfig?: { QueryFilter?: { expression?: unknown } } }).queryConfig?.QueryFilter?.expression;
}

describe('an empty and() / or()', () => {
  it('does not compile, however it is written', () => {
    const ids: string[] = [];
    const mistakes = [
      // @ts-expect-error or() takes at least one filter
      () => accountFilter((f) => f.or()),
      // @ts-expect-error and() takes at least one filter
      () => accountFilter((f) => f.and()),
      // @ts-expect-error nor nested
      () => boomi.account.query((f) => f.and(f.name.equals('Acme'), f.or())),
      // @ts-expect-error a spread list may be empty: it does not compile either
      () => accountFilter((f) => f.or(...ids.map((id) => f.accountId.equals(id)))),
    ];
    // What does compile: a first filter given, or a list known not to be empty.
    const [first, ...rest] = ['sub-1', 'sub-2'].map((id) => accountFilter((f) => f.accountId.equals(id)));
    expect(accountFilter((f) => f.or(first!, ...rest))).toMatchObject({ $type: 'GroupingExpression', operator: 'or' });
    expect(mistakes).toHaveLength(4);
  });

  it.each(['or', 'and'] as const)('%s() from JavaScript → FilterError, in a builder kept for later or in a query; nothing sent', async (operator) => {
    const empty = (f: unknown) => (f as Record<string, () => Filter<'Account'>>)[operator]!();
    expect((await refused(() => accountFilter(empty))).message).toBe(`Account: ${operator}() needs at least one filter`);
    expect((await refused(() => collect(boomi.account.query(empty)))).message).toBe(`Account: ${operator}() needs at least one filter`);
  });

  it('an empty list spread into or() from JavaScript → FilterError; nothing sent', async () => {
    const ids: string[] = [];
    const error = await refused(() => collect(boomi.account.query((f) => (f.or as (...filters: Filter<'Account'>[]) => Filter<'Account'>)(...ids.map((id) => f.accountId.equals(id))))));
    expect(error.message).toBe('Account: or() needs at least one filter');
  });
});

describe('a filter made for another object', () => {
  const forEnvironment = environmentFilter((f) => f.classification.equals('PROD'));

  it('does not compile', () => {
    // @ts-expect-error an Environment filter is not an Account filter
    const mistake = () => boomi.account.query(forEnvironment);
    expect(mistake).toBeTypeOf('function');
  });

  it('from JavaScript → FilterError naming the object and the field; nothing sent', async () => {
    const error = await refused(() => collect(boomi.account.query(untyped(forEnvironment))));
    expect(error.message).toBe('Account filter: "classification" is not a filter field of Account (its fields: accountId, dateCreated, expirationDate, name, status, widgetAccount, overDeployed)');
  });

  it('one nested in a group, in asyncQuery and pages too', async () => {
    const nested = untyped({ $type: 'GroupingExpression', operator: 'and', nestedExpression: [accountFilter((f) => f.name.equals('Acme')), forEnvironment] });
    expect((await refused(() => collect(boomi.account.query(nested)))).message).toMatch(/^Account filter\.and\[1\]: "classification" is not a filter field of Account/);
    expect((await refused(() => boomi.account.pages(untyped(forEnvironment)).next())).message).toMatch(/"classification" is not a filter field of Account/);
    expect((await refused(() => boomi.listenerStatus.asyncQuery(forEnvironment as never))).message).toMatch(/^ListenerStatus filter: "classification" is not a filter field of ListenerStatus/);
  });

  it('a value the object’s field does not take → FilterError', async () => {
    const forAtom = atomFilter((f) => f.status.equals('ONLINE'));
    const error = await refused(() => collect(boomi.account.query(forAtom as never)));
    expect(error.message).toBe('Account filter: status EQUALS: expects one of trial, active, suspended, deleted, unlimited, got "ONLINE"');
  });

  it('an operator the object refuses → FilterError', async () => {
    const forAccount = accountFilter((f) => f.name.like('Acme%'));
    const error = await refused(() => collect(boomi.atom.query(forAccount as never)));
    expect(error.message).toBe('Atom filter: Atom does not allow LIKE (it allows EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS)');
  });
});

describe('a hand-written expression', () => {
  const simple = (operator: string, property: string, argument?: unknown): unknown => ({ $type: 'SimpleExpression', operator, property, ...(argument === undefined ? {} : { argument }) });

  it('is not a Filter<Account>: the object tag is required', () => {
    // @ts-expect-error a literal has no object tag
    const literal: Filter<'Account'> = { $type: 'SimpleExpression', operator: 'EQUALS', property: 'name', argument: ['Acme'] };
    // @ts-expect-error nor as a query's argument
    const query = () => boomi.account.query({ $type: 'SimpleExpression', operator: 'EQUALS', property: 'name', argument: ['Acme'] });
    const plain: FilterExpression = { $type: 'SimpleExpression', operator: 'EQUALS', property: 'colour', argument: ['red'] };
    // @ts-expect-error nor an expression made elsewhere, whatever its property
    const other: Filter<'Account'> = plain;
    expect([literal, query, other]).toHaveLength(3);
  });

  const mistakes: [string, unknown, string][] = [
    ['an operator the object refuses', simple('STARTS_WITH', 'name', ['Acme']), 'Account filter: Account does not allow STARTS_WITH (it allows EQUALS, LIKE, NOT_EQUALS, IS_NULL, IS_NOT_NULL, BETWEEN, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, CONTAINS, NOT_CONTAINS)'],
    ['an operator nobody has', simple('MATCHES', 'name', ['Acme']), 'Account filter: Account does not allow MATCHES (it allows EQUALS, LIKE, NOT_EQUALS, IS_NULL, IS_NOT_NULL, BETWEEN, GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, CONTAINS, NOT_CONTAINS)'],
    ['BETWEEN with one argument', simple('BETWEEN', 'dateCreated', ['2024-01-01T00:00:00Z']), 'Account filter: BETWEEN takes 2 argument(s), got 1'],
    ['EQUALS with none', simple('EQUALS', 'name'), 'Account filter: EQUALS takes 1 argument(s), got 0'],
    ['IS_NULL with one', simple('IS_NULL', 'name', ['x']), 'Account filter: IS_NULL takes 0 argument(s), got 1'],
    ['an argument that is not a list', simple('EQUALS', 'name', 'Acme'), 'Account filter: EQUALS takes 1 argument(s), got a non-array argument'],
    ['a value not of the field’s enumeration', simple('NOT_EQUALS', 'status', ['archived']), 'Account filter: status NOT_EQUALS: expects one of trial, active, suspended, deleted, unlimited, got "archived"'],
    ['a boolean field given other text', simple('EQUALS', 'widgetAccount', ['yes']), 'Account filter: widgetAccount EQUALS: expects a boolean, got "yes"'],
    ['a date not in Boomi’s format', simple('GREATER_THAN', 'dateCreated', ['01/03/2024']), 'Account filter: dateCreated GREATER_THAN: expects a Date or text like 2024-03-01T00:00:00Z, got "01/03/2024"'],
    ['an argument that is not text', simple('EQUALS', 'name', [42]), 'Account filter: name EQUALS: expects text, got 42'],
    ['an unknown property', simple('EQUALS', 'colour', ['red']), 'Account filter: "colour" is not a filter field of Account (its fields: accountId, dateCreated, expirationDate, name, status, widgetAccount, overDeployed)'],
    ['an empty nestedExpression', { $type: 'GroupingExpression', operator: 'and', nestedExpression: [] }, 'Account filter: and() needs at least one filter'],
    ['an empty group deep inside', { $type: 'GroupingExpression', operator: 'or', nestedExpression: [simple('EQUALS', 'name', ['Acme']), { $type: 'GroupingExpression', operator: 'and', nestedExpression: [] }] }, 'Account filter.or[1]: and() needs at least one filter'],
    ['a group without nestedExpression', { $type: 'GroupingExpression', operator: 'or' }, 'Account filter: or() needs at least one filter'],
    ['a grouping operator other than and/or', { $type: 'GroupingExpression', operator: 'xor', nestedExpression: [simple('EQUALS', 'name', ['Acme'])] }, 'Account filter: grouping operator "xor" is not and/or'],
    ['no $type', { operator: 'EQUALS', property: 'name', argument: ['Acme'] }, 'Account filter: not a SimpleExpression or GroupingExpression: {"operator":"EQUALS","property":"name","argument":["Acme"]}'],
    ['not an object', 'name = Acme', 'Account filter: not a filter: "name = Acme"'],
  ];
  it.each(mistakes)('%s → FilterError; nothing sent', async (_name, expression, message) => {
    expect((await refused(() => collect(boomi.account.query(untyped(expression))))).message).toBe(message);
  });

  it('one the object accepts is sent as written, and answered', async () => {
    const expression = { $type: 'GroupingExpression', operator: 'and', nestedExpression: [simple('EQUALS', 'name', ['Acme Subsidiary']), simple('IS_NOT_NULL', 'status')] };
    const accounts = await collect(boomi.account.query(untyped(expression)));
    expect(accounts.map((a) => a.accountId)).toEqual(['sub-XY34ZW']);
    expect(sentFilter()).toEqual(expression);
  });
});

describe('a hand-written argument', () => {
  const simple = (operator: string, property: string, ...argument: string[]) => ({ $type: 'SimpleExpression', operator, property, argument });
  const queries = {
    ApiUsageCount: (expression: unknown) => collect(boomi.apiUsageCount.query(expression as never)),
    Account: (expression: unknown) => collect(boomi.account.query(expression as never)),
    X12ConnectorRecord: (expression: unknown) => collect(boomi.x12ConnectorRecord.query(expression as never)),
    Branch: (expression: unknown) => collect(boomi.branch.query(expression as never)),
  };

  const accepted: [string, keyof typeof queries, unknown][] = [
    ['a whole number for a number field', 'ApiUsageCount', simple('EQUALS', 'successCount', '42')],
    ['signed decimals and exponents for a number field', 'ApiUsageCount', simple('BETWEEN', 'errorCount', '-1.25', '2.5e+10')],
    ['an exponent of two digits without a sign', 'ApiUsageCount', simple('GREATER_THAN', 'successCount', '1e10')],
    ['true for a boolean field', 'Account', simple('EQUALS', 'widgetAccount', 'true')],
    ['false for a boolean field', 'Account', simple('NOT_EQUALS', 'widgetAccount', 'false')],
    ['text that reads as a number or a boolean for a text field', 'Account', { $type: 'GroupingExpression', operator: 'or', nestedExpression: [simple('EQUALS', 'name', '42'), simple('EQUALS', 'name', 'true')] }],
    ['a custom field of a connector record', 'X12ConnectorRecord', simple('EQUALS', 'customFields.colour', 'red')],
    ['any property of an object whose properties the spec does not list', 'Branch', simple('EQUALS', 'anything', 'main')],
  ];
  it.each(accepted)('%s is sent as written', async (_name, objectType, expression) => {
    expect(await queries[objectType](expression)).toEqual([]);
    expect(sentFilter()).toEqual(expression);
  });

  const x12 = /^X12ConnectorRecord filter: "[^"]+" is not a filter field of X12ConnectorRecord \(its fields: executionId, atomId, /;
  const mistakes: [string, keyof typeof queries, unknown, string | RegExp][] = [
    ['a number field given text before a number', 'ApiUsageCount', simple('EQUALS', 'successCount', 'x42'), 'ApiUsageCount filter: successCount EQUALS: expects a number, got "x42"'],
    ['a number field given text after a number', 'ApiUsageCount', simple('EQUALS', 'successCount', '42x'), 'ApiUsageCount filter: successCount EQUALS: expects a number, got "42x"'],
    ['a number field given a number too large to be finite', 'ApiUsageCount', simple('EQUALS', 'successCount', '1e400'), 'ApiUsageCount filter: successCount EQUALS: expects a number, got Infinity'],
    ['a date and time with text before it', 'Account', simple('GREATER_THAN', 'dateCreated', 'x2024-03-01T00:00:00Z'), 'Account filter: dateCreated GREATER_THAN: expects a Date or text like 2024-03-01T00:00:00Z, got "x2024-03-01T00:00:00Z"'],
    ['a date and time with text after it', 'Account', simple('GREATER_THAN', 'dateCreated', '2024-03-01T00:00:00Z1'), 'Account filter: dateCreated GREATER_THAN: expects a Date or text like 2024-03-01T00:00:00Z, got "2024-03-01T00:00:00Z1"'],
    ['a custom field of an object without them', 'Account', simple('EQUALS', 'customFields.colour', 'red'), /^Account filter: "customFields\.colour" is not a filter field of Account \(its fields: accountId,/],
    ['a custom field without a name', 'X12ConnectorRecord', simple('EQUALS', 'customFields.', 'red'), x12],
    ['a custom field name with a space', 'X12ConnectorRecord', simple('EQUALS', 'customFields.dark colour', 'red'), x12],
    ['a property that only ends like a custom field', 'X12ConnectorRecord', simple('EQUALS', 'my.customFields.colour', 'red'), x12],
  ];
  it.each(mistakes)('%s → FilterError; nothing sent', async (_name, objectType, expression, message) => {
    expect((await refused(() => queries[objectType](expression))).message).toMatch(message);
  });
});

describe('a filter built with the right builder is sent', () => {
  it('as built', async () => {
    const filter = accountFilter((f) => f.or(f.name.equals('Acme Subsidiary'), f.status.equals('deleted')));
    expect(await collect(boomi.account.query(filter))).toHaveLength(1);
    expect(sentFilter()).toEqual(filter);
    expect(atomFilter((f) => f.name.contains('prod'))).toMatchObject({ operator: 'CONTAINS' });
  });
});
