// The filter builder's arguments as JavaScript may pass them: each written as Boomi wants it for
// its field's kind, or a FilterError naming the object, the field, the operator and the value;
// connector records' custom fields and STARTS_WITH without spaces; any property by name for the
// objects whose properties the spec does not list. Date-only fields and an object without filter
// fields appear in no Partner API object: a small description of one stands for them.
import { describe, expect, it } from 'vitest';
import { apiUsageCountFilter, branchFilter, environmentFilter, FilterError, x12ConnectorRecordFilter, type Filter } from '../../generated/index.ts';
import { checkFilter, filterBuilder, type FilterInfo } from '../../generated/runtime/boomi/query-filter.ts';

/** What a JavaScript caller may pass as an argument: anything. */
const anything = (value: unknown) => value as never;

function refused(build: () => unknown): string {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FilterError);
  return (error as FilterError).message;
}

const simple = (operator: string, property: string, ...argument: string[]) => ({ $type: 'SimpleExpression', operator, property, ...(argument.length ? { argument } : {}) });

describe('arguments of the field’s kind', () => {
  it('numbers: finite numbers only', () => {
    expect(apiUsageCountFilter((f) => f.successCount.between(-1.5, 2e21))).toEqual(simple('BETWEEN', 'successCount', '-1.5', '2e+21'));
    expect(refused(() => apiUsageCountFilter((f) => f.successCount.equals(NaN)))).toBe('ApiUsageCount.successCount EQUALS: expects a number, got NaN');
    expect(refused(() => apiUsageCountFilter((f) => f.errorCount.greaterThan(Infinity)))).toBe('ApiUsageCount.errorCount GREATER_THAN: expects a number, got Infinity');
    expect(refused(() => apiUsageCountFilter((f) => f.errorCount.equals(anything('42'))))).toBe('ApiUsageCount.errorCount EQUALS: expects a number, got "42"');
    expect(refused(() => apiUsageCountFilter((f) => f.errorCount.equals(anything(new Date(0)))))).toBe('ApiUsageCount.errorCount EQUALS: expects a number, got a Date');
  });

  it('text: strings only, spaces included', () => {
    expect(environmentFilter((f) => f.name.equals('Production east'))).toEqual(simple('EQUALS', 'name', 'Production east'));
    expect(refused(() => environmentFilter((f) => f.name.equals(anything({ name: 'x' }))))).toBe('Environment.name EQUALS: expects text, got [object Object]');
    expect(refused(() => environmentFilter((f) => f.name.like(anything(undefined))))).toBe('Environment.name LIKE: expects text, got undefined');
  });

  it('dates and times: a valid Date, or text in Boomi’s format from start to end', () => {
    expect(apiUsageCountFilter((f) => f.processDate.equals(new Date('2024-03-01T12:34:56.789Z')))).toEqual(simple('EQUALS', 'processDate', '2024-03-01T12:34:56Z'));
    expect(refused(() => apiUsageCountFilter((f) => f.processDate.equals(new Date('not a date'))))).toBe('ApiUsageCount.processDate EQUALS: invalid Date');
    for (const text of ['x2024-03-01T00:00:00Z', '2024-03-01T00:00:00Zx', '2024-03-01']) {
      expect(refused(() => apiUsageCountFilter((f) => f.processDate.lessThan(text)))).toBe(`ApiUsageCount.processDate LESS_THAN: expects a Date or text like 2024-03-01T00:00:00Z, got ${JSON.stringify(text)}`);
    }
  });
});

describe('connector records', () => {
  it('filter a custom field by a name without spaces, as customFields.<name>', () => {
    expect(x12ConnectorRecordFilter((f) => f.customField('colour').equals('dark red'))).toEqual(simple('EQUALS', 'customFields.colour', 'dark red'));
    expect(refused(() => x12ConnectorRecordFilter((f) => f.customField('colour').startsWith('dark red')))).toBe('X12ConnectorRecord.customField(colour) STARTS_WITH: X12ConnectorRecord takes no spaces in a STARTS_WITH argument');
    for (const [name, shown] of [['', '""'], ['two words', '"two words"'], [42, '42']] as const) {
      expect(refused(() => x12ConnectorRecordFilter((f) => f.customField(anything(name)).equals('x')))).toBe(`X12ConnectorRecord: customField needs a field name without spaces, got ${shown}`);
    }
  });

  it('take spaces in any argument but STARTS_WITH’s', () => {
    expect(x12ConnectorRecordFilter((f) => f.standard.equals('X 12'))).toEqual(simple('EQUALS', 'standard', 'X 12'));
    expect(refused(() => x12ConnectorRecordFilter((f) => f.standard.startsWith('X 12')))).toBe('X12ConnectorRecord.standard STARTS_WITH: X12ConnectorRecord takes no spaces in a STARTS_WITH argument');
  });

  it('only they have custom fields', () => {
    const builder = (f: unknown) => (f as { customField(name: string): { equals(v: string): Filter<'Environment'> } }).customField('colour').equals('red');
    expect(refused(() => environmentFilter(builder))).toMatch(/^Environment has no filter field "customField" \(its fields: name, id, classification\)$/);
  });
});

describe('objects whose properties the spec does not list', () => {
  it('filter any property by name', () => {
    expect(branchFilter((f) => f.or(f.property('name').equals('main'), f.property('parentId').isNull()))).toEqual({
      $type: 'GroupingExpression',
      operator: 'or',
      nestedExpression: [simple('EQUALS', 'name', 'main'), simple('IS_NULL', 'parentId')],
    });
    expect(refused(() => branchFilter((f) => f.property('').equals('main')))).toBe('Branch: property needs a name, got ""');
    expect(refused(() => branchFilter((f) => f.property(anything(7)).equals('main')))).toBe('Branch: property needs a name, got 7');
  });

  it('other objects have no property()', () => {
    expect(refused(() => environmentFilter((f) => (f as unknown as { property(name: string): { equals(v: string): Filter<'Environment'> } }).property('name').equals('x')))).toBe(
      'Environment has no filter field "property" (its fields: name, id, classification)',
    );
  });
});

describe('a description of its own', () => {
  const log: FilterInfo = { objectType: 'Log', operators: ['EQUALS'], fields: { day: { property: 'day', kind: 'date' } } };
  const day = (value: unknown) => filterBuilder<{ day: { equals(v: unknown): unknown } }>(log).day.equals(value);

  it('a date-only field: a Date as its UTC day, or text yyyy-MM-dd from start to end', () => {
    expect(day(new Date('2024-03-01T23:59:59Z'))).toEqual(simple('EQUALS', 'day', '2024-03-01'));
    expect(day('2024-03-01')).toEqual(simple('EQUALS', 'day', '2024-03-01'));
    for (const text of ['x2024-03-01', '2024-03-01x', '2024-03-01T00:00:00Z', '24-03-01', '2024-3-01', '2024-03-1', 'yyyy-03-01', '2024-mm-01', '2024-03-dd']) {
      expect(refused(() => day(text)), text).toBe(`Log.day EQUALS: expects a Date or text like 2024-03-01, got ${JSON.stringify(text)}`);
    }
    expect(refused(() => day(new Date(NaN)))).toBe('Log.day EQUALS: invalid Date');
  });

  it('an object without filter fields says so', () => {
    const none: FilterInfo = { objectType: 'Log', operators: ['EQUALS'], fields: {} };
    expect(refused(() => checkFilter(none, simple('EQUALS', 'day', '2024-03-01')))).toBe('Log filter: "day" is not a filter field of Log (its fields: none)');
  });
});
