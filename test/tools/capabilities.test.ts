import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCapabilities } from '../../tools/reconstruct/capabilities/build-capabilities.ts';
import type { Capabilities, Verb } from '../../templates/runtime/boomi/capabilities.ts';
import { readSpec } from '../../tools/reconstruct/openapi.ts';
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
