// The filter DSL's types: wrong filters do not compile (checked by tsc, which `npm test` runs over
// this file: every @ts-expect-error must find an error), and the same mistakes made from
// JavaScript are runtime errors naming the object, field and operator.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { accountFilter, atomFilter, deploymentFilter, executionRecordFilter, genericConnectorRecordFilter, x12ConnectorRecordFilter, PartnerApiClient, type Filter, type FilterError } from '../../generated/index.ts';

describe('types', () => {
  it('send custom tracked fields as customFields.<name>', () => {
    expect(x12ConnectorRecordFilter((f) => f.customField('PONumber').equals('4711'))).toMatchObject({ property: 'customFields.PONumber' });
  });

  it('accept valid filters and type their arguments', () => {
    const f1 = accountFilter((f) => f.and(f.status.notEquals('deleted'), f.dateCreated.between(new Date(), '2016-01-01T00:00:00Z')));
    expectTypeOf(f1).toEqualTypeOf<Filter<'Account'>>();
    accountFilter((f) => f.or(f.name.like('Acme%'), f.name.isNull(), f.widgetAccount.equals(false)));
    executionRecordFilter((f) => f.inboundDocumentCount.greaterThan(10));
    x12ConnectorRecordFilter((f) => f.and(f.customField('PONumber').equals('4711'), f.executionId.startsWith('execution-')));
    type StatusArg = Parameters<Parameters<Parameters<typeof accountFilter>[0]>[0]['status']['equals']>[0];
    expectTypeOf<StatusArg>().toEqualTypeOf<'trial' | 'active' | 'suspended' | 'deleted' | 'unlimited'>();
  });

  it('reject unknown fields, disallowed operators, wrong arity and wrong argument types', () => {
    const wrong = [
      // @ts-expect-error an unknown field
      () => accountFilter((f) => f.colour.equals('red')),
      // @ts-expect-error Atom allows only EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS
      () => atomFilter((f) => f.name.like('prod%')),
      // @ts-expect-error GenericConnectorRecord allows only EQUALS
      () => genericConnectorRecordFilter((f) => f.status.notEquals('ERROR')),
      // @ts-expect-error BETWEEN takes two arguments
      () => accountFilter((f) => f.dateCreated.between(new Date())),
      // @ts-expect-error IS_NULL takes none
      () => accountFilter((f) => f.name.isNull('x')),
      // @ts-expect-error not one of the status values
      () => accountFilter((f) => f.status.equals('archived')),
      // @ts-expect-error a boolean field wants a boolean
      () => deploymentFilter((f) => f.current.equals('yes')),
      // @ts-expect-error a number field wants a number
      () => executionRecordFilter((f) => f.inboundDocumentCount.greaterThan('10')),
      // @ts-expect-error custom fields exist only on connector records that document them
      () => accountFilter((f) => f.customField('x').equals('y')),
    ];
    expect(wrong).toHaveLength(9);
  });

  it('keeps filters to their object', () => {
    const boomi = new PartnerApiClient({ accountId: 'a', username: 'u', password: 'p' });
    const accountOnly = accountFilter((f) => f.name.equals('Acme'));
    // @ts-expect-error an Account filter is not an Environment filter
    const wrongObject = () => boomi.environment.query(accountOnly);
    expectTypeOf(boomi.account.query).parameter(0).extract<Filter<'Account'>>().toEqualTypeOf<Filter<'Account'>>();
    expect(typeof wrongObject).toBe('function');
  });
});

describe('the same mistakes from JavaScript', () => {
  // What a JavaScript caller can write: no types.
  const js = (builder: unknown) => builder as Record<string, Record<string, (...args: unknown[]) => never>>;
  const loose = (value: unknown) => value as never;
  const cases: [string, () => unknown, RegExp][] = [
    ['unknown field', () => accountFilter((f) => js(f)['colour']!['equals']!('red')), /Account has no filter field "colour" \(its fields: accountId, dateCreated/],
    ['operator', () => atomFilter((f) => js(f)['name']!['like']!('p%')), /Atom\.name LIKE: Atom does not allow LIKE \(it allows EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS\)/],
    ['arity', () => accountFilter((f) => js(f)['dateCreated']!['between']!(new Date())), /Account\.dateCreated BETWEEN: takes 2 argument\(s\), got 1/],
    ['enum value', () => accountFilter((f) => f.status.equals(loose('archived'))), /Account\.status EQUALS: expects one of trial, active, suspended, deleted, unlimited, got "archived"/],
    ['date text', () => accountFilter((f) => f.dateCreated.equals('01/03/2024')), /Account\.dateCreated EQUALS: expects a Date or text like 2024-03-01T00:00:00Z, got "01\/03\/2024"/],
    ['number', () => executionRecordFilter((f) => f.inboundDocumentCount.equals(loose('ten'))), /ExecutionRecord\.inboundDocumentCount EQUALS: expects a number, got "ten"/],
    ['grouping', () => accountFilter((f) => f.and(loose({ operator: 'EQUALS' }))), /Account: and\(\) takes filters/],
    ['spaces in STARTS_WITH', () => x12ConnectorRecordFilter((f) => f.executionId.startsWith('execution 1')), /X12ConnectorRecord\.executionId STARTS_WITH: X12ConnectorRecord takes no spaces/],
  ];
  it.each(cases)('%s', (_name, build, message) => {
    let error: unknown;
    try {
      build();
    } catch (e) {
      error = e;
    }
    expect((error as FilterError)?.name).toBe('FilterError');
    expect((error as Error).message).toMatch(message);
  });
});
