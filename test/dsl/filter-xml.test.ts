// Filters built with the DSL, written by the codec, against the filters Boomi's documentation shows for each object.
import { describe, expect, it } from 'vitest';
import { accountFilter, atomFilter, auditLogFilter, deploymentFilter, environmentFilter, executionRecordFilter, processFilter, roleFilter, QueryConfigMeta, type Filter } from '../../generated/index.ts';
import { encodeElement } from '../../generated/runtime/core/xml/encode.ts';
import { partnerRegistry } from '../support/sdk-types.ts';
import { canonicalXml } from '../support/canonical-xml.ts';

const API = 'http://api.platform.boomi.com/';
const queryConfig = (filter: Filter<string>) => encodeElement({ QueryFilter: { expression: filter } }, QueryConfigMeta, { namespace: API, name: 'QueryConfig' }, partnerRegistry);

/** The documented examples' shape: QueryConfig in the api namespace, xsi:type without a prefix (the default namespace is api). */
const documented = (expression: string) =>
  `<QueryConfig xmlns="${API}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><QueryFilter>${expression}</QueryFilter></QueryConfig>`;
const simple = (tag: string, operator: string, property: string, ...args: string[]) =>
  `<${tag} operator="${operator}" property="${property}" xsi:type="SimpleExpression">${args.map((a) => `<argument>${a}</argument>`).join('')}</${tag}>`;
const group = (operator: string, ...nested: string[]) => `<expression operator="${operator}" xsi:type="GroupingExpression">${nested.join('')}</expression>`;

describe('filters as Boomi documents them', () => {
  it.each([
    [
      'Account: status NOT_EQUALS deleted and dateCreated BETWEEN',
      accountFilter((f) => f.and(f.status.notEquals('deleted'), f.dateCreated.between(new Date('2014-01-01T00:00:00Z'), '2016-01-01T00:00:00Z'))),
      group('and', simple('nestedExpression', 'NOT_EQUALS', 'status', 'deleted'), simple('nestedExpression', 'BETWEEN', 'dateCreated', '2014-01-01T00:00:00Z', '2016-01-01T00:00:00Z')),
    ],
    [
      'Atom: online atoms',
      atomFilter((f) => f.and(f.status.equals('ONLINE'), f.type.equals('ATOM'))),
      group('and', simple('nestedExpression', 'EQUALS', 'status', 'ONLINE'), simple('nestedExpression', 'EQUALS', 'type', 'ATOM')),
    ],
    [
      'AuditLog: type and date range',
      auditLogFilter((f) => f.and(f.type.equals('as.atom'), f.date.between('2016-02-05T00:00:00Z', '2016-03-04T23:59:59Z'))),
      group('and', simple('nestedExpression', 'EQUALS', 'type', 'as.atom'), simple('nestedExpression', 'BETWEEN', 'date', '2016-02-05T00:00:00Z', '2016-03-04T23:59:59Z')),
    ],
    [
      'Deployment: environment, component, not current',
      deploymentFilter((f) => f.and(f.environmentId.equals('456789ab-cdef-0123-4567-89abcdef0123'), f.componentId.equals('789abcde-f012-3456-789a-bcdef0123456'), f.current.equals(false))),
      group(
        'and',
        simple('nestedExpression', 'EQUALS', 'environmentId', '456789ab-cdef-0123-4567-89abcdef0123'),
        simple('nestedExpression', 'EQUALS', 'componentId', '789abcde-f012-3456-789a-bcdef0123456'),
        simple('nestedExpression', 'EQUALS', 'current', 'false'),
      ),
    ],
    ['Environment: production', environmentFilter((f) => f.classification.equals('PROD')), simple('expression', 'EQUALS', 'classification', 'PROD')],
    [
      'ExecutionRecord: either of two processes',
      executionRecordFilter((f) => f.or(f.processId.equals('7b9087ee-11f4-4df4-9abc-0db3c06e0dd1'), f.processId.equals('10a93d39-3c27-45a8-9abb-c1f0c8925222'))),
      group('or', simple('nestedExpression', 'EQUALS', 'processId', '7b9087ee-11f4-4df4-9abc-0db3c06e0dd1'), simple('nestedExpression', 'EQUALS', 'processId', '10a93d39-3c27-45a8-9abb-c1f0c8925222')),
    ],
    ['Process: by name', processFilter((f) => f.name.equals('Order Intake')), simple('expression', 'EQUALS', 'name', 'Order Intake')],
    [
      'Role: name and parent',
      roleFilter((f) => f.and(f.name.equals('myRole'), f.parentId.equals('ca7f37b3-f976-4d06-b885-81520b467a69f'))),
      group('and', simple('nestedExpression', 'EQUALS', 'name', 'myRole'), simple('nestedExpression', 'EQUALS', 'parentId', 'ca7f37b3-f976-4d06-b885-81520b467a69f')),
    ],
  ])('%s', (_name, filter, expected) => {
    expect(canonicalXml(queryConfig(filter))).toBe(canonicalXml(documented(expected)));
  });
});

describe('arguments', () => {
  it('are escaped: no value can add markup', () => {
    const hostile = `x</argument><argument>y"/><evil xmlns="urn:x"/>]]>`;
    const xml = queryConfig(processFilter((f) => f.name.equals(hostile)));
    expect(xml).not.toContain('<evil');
    expect(canonicalXml(xml)).toContain(JSON.stringify(hostile));
  });

  it('format dates as Boomi wants them, UTC without fractions', () => {
    expect(accountFilter((f) => f.dateCreated.greaterThan(new Date(Date.UTC(2024, 2, 1, 13, 5, 9, 987))))).toEqual({
      $type: 'SimpleExpression',
      operator: 'GREATER_THAN',
      property: 'dateCreated',
      argument: ['2024-03-01T13:05:09Z'],
    });
  });

  it('nest to any depth', () => {
    const filter = accountFilter((f) => f.or(f.and(f.status.equals('active'), f.or(f.name.like('Acme%'), f.name.isNull())), f.widgetAccount.equals(true)));
    expect(JSON.stringify(filter)).toBe(
      '{"$type":"GroupingExpression","operator":"or","nestedExpression":[{"$type":"GroupingExpression","operator":"and","nestedExpression":[{"$type":"SimpleExpression","operator":"EQUALS","property":"status","argument":["active"]},{"$type":"GroupingExpression","operator":"or","nestedExpression":[{"$type":"SimpleExpression","operator":"LIKE","property":"name","argument":["Acme%"]},{"$type":"SimpleExpression","operator":"IS_NULL","property":"name"}]}]},{"$type":"SimpleExpression","operator":"EQUALS","property":"widgetAccount","argument":["true"]}]}',
    );
  });
});
