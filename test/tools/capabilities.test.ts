import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCapabilities } from '../../tools/reconstruct/capabilities/build-capabilities.ts';
import { withPageListing } from '../../tools/reconstruct/capabilities/page-listings.ts';
import type { Capabilities, QueryFacts, Verb } from '../../templates/runtime/boomi/capabilities.ts';
import { readSpec, type OpenApiSpec } from '../../tools/reconstruct/openapi.ts';
import { OPERATIONS } from '../../tools/reconstruct/wrappers.ts';
import { haveOpenApiSpec, openApiSpec, repoRoot } from '../support/paths.ts';

const committed = JSON.parse(readFileSync(join(repoRoot, 'wsdl/partner-api.capabilities.json'), 'utf8')) as Capabilities;
const wsdlOperations = new Set(OPERATIONS.map((o) => o.name));

describe('the committed capabilities file', () => {
  it('maps every verb and action to an operation of the WSDL, with positive limits', () => {
    for (const [name, facts] of Object.entries(committed.objects)) {
      for (const [verb, v] of Object.entries(facts.verbs)) {
        expect(wsdlOperations.has(v.soapOperation), `${name}.${verb} → ${v.soapOperation}`).toBe(true);
        if (verb.startsWith('bulk')) expect(v.limit, `${name}.${verb}`).toBeGreaterThan(0);
      }
    }
    for (const [name, action] of Object.entries(committed.actions)) {
      if (action.soapOperation !== null) expect(wsdlOperations.has(action.soapOperation), name).toBe(true);
      else expect(action.note, name).toBeTruthy();
    }
  });

  it('only uses operators it gives an arity for, and filter kinds it knows', () => {
    const kinds = new Set(['string', 'number', 'boolean', 'dateTime', 'date', 'enum']);
    for (const [name, facts] of Object.entries(committed.objects)) {
      for (const op of facts.query?.operators ?? []) expect(committed.operatorArity[op], `${name}: ${op}`).toBeTypeOf('number');
      for (const f of facts.query?.fields ?? []) {
        expect(kinds.has(f.kind), `${name}.${f.property}`).toBe(true);
        if (f.kind === 'enum') expect(f.values?.length, `${name}.${f.property}`).toBeGreaterThan(0);
      }
    }
  });

  it('holds the facts the Partner API is known for', () => {
    const account = committed.objects['Account']!;
    expect(Object.keys(account.verbs).sort()).toEqual(['bulkGet', 'create', 'delete', 'get', 'query']);
    expect(account.verbs.create).toMatchObject({ soapOperation: 'create', partnerOnly: true, accountOverride: false });
    expect(account.verbs.delete).toMatchObject({ soapOperation: 'delete', partnerOnly: true, accountOverride: false });
    expect(account.query?.fields.find((f) => f.property === 'status')).toMatchObject({ restName: 'STATUS', kind: 'enum', values: ['trial', 'active', 'suspended', 'deleted', 'unlimited'] });
    expect(committed.objects['AccountProvision']!.verbs.execute).toMatchObject({ resultType: 'AccountProvisionResult', accountOverride: false, inferred: true });
    expect(committed.objects['Component']!.verbs.bulkGet?.limit).toBe(5);
    expect(committed.objects['Process']!.verbs.bulkGet?.limit).toBe(100);
    expect(committed.objects['ProcessSchedules']!.verbs.bulkUpdate).toMatchObject({ soapOperation: 'updateBulk', limit: 15 });
    expect(committed.objects['Atom']!.query?.operators).toEqual(['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'NOT_CONTAINS']);
    expect(committed.objects['GenericConnectorRecord']!.query?.operators).toEqual(['EQUALS']);
    expect(committed.objects['ListenerStatus']!.verbs.asyncQuery).toMatchObject({ soapOperation: 'queryAsync', resultType: 'ListenerStatus' });
    expect(committed.actions['cancelExecution']).toMatchObject({ soapOperation: 'cancelExecution', partnerOnly: true });
    expect(committed.pageSize).toBe(100);
    expect(committed.idempotentOperations).toEqual(['get', 'query', 'queryMore', 'getBulk', 'asyncResult']);
  });

  it('accepts every Account filter its page or the spec lists, and keeps what each lists', () => {
    const query = committed.objects['Account']!.query!;
    const { page, spec } = query.listedBy!;
    expect(page.source).toBe('Boomi’s Account object page');
    for (const listing of [page, spec]) {
      expect(listing.operators.every((op) => (query.operators as string[]).includes(op)), listing.source).toBe(true);
      expect(listing.fields.every((f) => query.fields.some((g) => g.property === f)), listing.source).toBe(true);
    }
    expect(page.operators).not.toContain('CONTAINS');
    expect(query.operators).toEqual(expect.arrayContaining(['CONTAINS', 'NOT_CONTAINS', 'BETWEEN']));
    expect(query.fields.find((f) => f.property === 'status')!.values).toEqual(expect.arrayContaining(['active', 'deleted', 'trial']));
    expect(Object.values(committed.objects).filter((o) => o.query?.listedBy).length).toBe(1);
  });
});

describe('a page’s filter listing beside the spec’s', () => {
  const spec = {
    openapi: '3.0.3',
    info: {},
    paths: {},
    components: { schemas: { Thing: { properties: { state: { type: 'string', enum: ['on'], xml: { attribute: true } }, size: { type: 'integer', xml: { attribute: true } } } } } },
  } as OpenApiSpec;
  const fromSpec: QueryFacts = { fields: [{ property: 'state', match: 'top-level', kind: 'enum', values: ['on'], kindFrom: 'model', modelPath: '@state' }], openProperties: false, operators: ['EQUALS'] };
  const page = { source: 'a page', fields: ['state', 'size'], operators: ['EQUALS', 'LIKE'], values: { state: ['on', 'off'] } };

  it('gives the union of fields, operators and values, and what each source lists', () => {
    const facts = withPageListing(spec, 'Thing', fromSpec, page);
    expect(facts.operators).toEqual(['EQUALS', 'LIKE']);
    expect(facts.fields.map((f) => [f.property, f.kind, f.values])).toEqual([['state', 'enum', ['on', 'off']], ['size', 'number', undefined]]);
    expect(facts.listedBy).toEqual({ page, spec: { source: 'Boomi’s OpenAPI spec', fields: ['state'], operators: ['EQUALS'], values: { state: ['on'] } } });
    expect(fromSpec.fields[0]!.values).toEqual(['on']); // the spec's facts are not changed in place
  });
});

describe.skipIf(!haveOpenApiSpec())('capabilities rebuilt from the OpenAPI spec', () => {
  const build = () => buildCapabilities(readSpec(openApiSpec), readFileSync(openApiSpec, 'utf8'));

  it('equal the committed file, byte for byte, on every build', () => {
    const first = `${JSON.stringify(build(), null, 2)}\n`;
    expect(`${JSON.stringify(build(), null, 2)}\n`).toBe(first);
    expect(first).toBe(readFileSync(join(repoRoot, 'wsdl/partner-api.capabilities.json'), 'utf8'));
  });

  it('agree with the object list derived independently from the same spec (objects.json)', () => {
    const objectsFile = join(openApiSpec, '../objects.json');
    const reference = JSON.parse(readFileSync(objectsFile, 'utf8')) as {
      objects: { objectType: string; kinds: string[]; query?: { operators: string[]; properties?: { rest: string; xmlNameGuess: string | null }[] } }[];
    };
    const caps = build();
    const kindToVerb: Record<string, Verb> = { GET: 'get', QUERY: 'query', CREATE: 'create', UPDATE: 'update', DELETE: 'delete', EXECUTE: 'execute', BULK: 'bulkGet', ASYNC_TOKEN: 'asyncGet', ASYNC_QUERY: 'asyncQuery' };
    for (const ref of reference.objects.filter((o) => !o.kinds.includes('ACTION'))) {
      const mine = caps.objects[ref.objectType];
      expect(mine, ref.objectType).toBeDefined();
      const verbs = ref.kinds.flatMap((k) => (kindToVerb[k] ? [kindToVerb[k]] : []));
      for (const v of verbs) expect(mine!.verbs[v], `${ref.objectType}.${v}`).toBeDefined();
      if (ref.query) {
        expect(mine!.query?.operators, ref.objectType).toEqual(ref.query.operators);
        expect(mine!.query?.fields.map((f) => f.property), ref.objectType).toEqual((ref.query.properties ?? []).map((p) => p.xmlNameGuess ?? p.rest));
      }
    }
  });
});
