// The Boomi profile over a WSDL that has little of the API: every verb and action the facts name
// but the WSDL cannot serve is left out with a warning naming it, and nothing else is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { SchemaModel } from '../../generator/model/ir.ts';
import type { Capabilities } from '../../templates/runtime/boomi/capabilities.ts';
import { getOnlyBoomiWsdl, writeFixture } from '../support/fixtures.ts';
import { API, partnerLike, SERVICE, type PartnerLike } from '../support/partner-like.ts';
import { repoRoot } from '../support/paths.ts';

const capabilitiesFile = join(repoRoot, 'wsdl/partner-api.capabilities.json');
const capabilities = JSON.parse(readFileSync(capabilitiesFile, 'utf8')) as Capabilities;
const folder = writeFixture(getOnlyBoomiWsdl);
afterAll(() => folder.dispose());

describe('the Boomi profile on a WSDL with only get', () => {
  it('keeps Environment.get and names each verb and action it leaves out', async () => {
    const { files, diagnostics } = await generate({ wsdl: folder.path('small.wsdl'), capabilities: capabilitiesFile });
    const warnings = diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings).toContain('Environment.query left out: the WSDL has no query, queryMore operation');
    expect(warnings).toContain('Environment.delete left out: the WSDL has no delete operation');
    // The actions with a SOAP operation, each named; the REST-only ones (no SOAP operation) are no loss.
    const actions = Object.entries(capabilities.actions).filter(([, facts]) => facts.soapOperation !== null);
    expect(actions.map(([name]) => name)).toContain('cancelExecution');
    expect(warnings.filter((w) => w.startsWith('action '))).toEqual(actions.map(([name, facts]) => `action ${name} left out: the WSDL has no ${facts.soapOperation} operation`).sort());
    const environment = files.get('objects/environment.ts')!;
    expect(environment).toContain('get: operations.getOperation');
    expect(environment).not.toContain('queryOperation');
  });
});

describe('the Boomi profile with facts of its own', () => {
  const profiled = async (wsdl: string, facts: Capabilities) => buildModel(await loadWsdl(wsdl), { capabilities: { facts, source: 'own.capabilities.json' } });
  const warnings = (model: SchemaModel) => model.diagnostics.map((d) => `${d.source.file}: ${d.message}`);

  it('leaves out each object and verb the WSDL cannot serve, naming what it lacks', async () => {
    const facts: Capabilities = {
      objects: {
        Env: { modelType: 'Environment', verbs: { get: { soapOperation: 'get' }, delete: { soapOperation: 'delete' } } },
        Gone: { modelType: 'Nope', verbs: { get: { soapOperation: 'get' } } },
        OnlyDelete: { modelType: 'Environment', verbs: { delete: { soapOperation: 'delete' } } },
        Mistyped: { modelType: 'Environment', verbs: { get: { soapOperation: 'get', resultType: 'Missing' } } },
        Asked: { modelType: 'Environment', verbs: { get: { soapOperation: 'get', requestType: 'Absent' } } },
      },
      actions: { ping: { soapOperation: 'ping' } },
    } as unknown as Capabilities;
    const model = await profiled(folder.path('small.wsdl'), facts);
    expect(warnings(model)).toEqual([
      'own.capabilities.json: Asked.get left out: the WSDL has no type Absent',
      'own.capabilities.json: object Asked left out: the WSDL has none of the operations its verbs need',
      'own.capabilities.json: Env.delete left out: the WSDL has no delete operation',
      'own.capabilities.json: object Gone left out: the WSDL has no type Nope',
      'own.capabilities.json: Mistyped.get left out: the WSDL has no type Missing',
      'own.capabilities.json: object Mistyped left out: the WSDL has none of the operations its verbs need',
      'own.capabilities.json: OnlyDelete.delete left out: the WSDL has no delete operation',
      'own.capabilities.json: object OnlyDelete left out: the WSDL has none of the operations its verbs need',
      'own.capabilities.json: action ping left out: the WSDL has no ping operation',
    ]);
    expect(model.profile?.objects.map((o) => [o.objectType, o.verbs.map((v) => v.verb)])).toEqual([['Env', ['get']]]);
    expect(model.profile?.actions).toEqual([]);
  });

  it('is not applied to a WSDL without a SOAP port, and says so', async () => {
    const schemaOnly = writeFixture({ 'objects.xsd': getOnlyBoomiWsdl['schemas/objects.xsd']! });
    try {
      const model = await profiled(schemaOnly.path('objects.xsd'), { objects: {}, actions: {} } as unknown as Capabilities);
      expect(warnings(model)).toEqual(['own.capabilities.json: the Boomi profile is not applied: the WSDL has no SOAP port']);
      expect(model.profile).toBeUndefined();
    } finally {
      schemaOnly.dispose();
    }
  });
});

describe('the Boomi profile over a Partner-like WSDL', () => {
  const profiled = async (spec: PartnerLike, facts: Partial<Capabilities>) => {
    const fixture = writeFixture({ 'partner.wsdl': partnerLike(spec) });
    try {
      const model = buildModel(await loadWsdl(fixture.path('partner.wsdl')), { capabilities: { facts: { objects: {}, actions: {}, ...facts } as Capabilities, source: 'own.capabilities.json' } });
      return { model, warnings: model.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message) };
    } finally {
      fixture.dispose();
    }
  };
  const verb = (soapOperation: string, more: object = {}) => ({ soapOperation, accountOverride: true, ...more });

  it('keeps the account override where Boomi accepts it and every request wrapper has an accountId element', async () => {
    const { model, warnings } = await profiled(
      {
        operations: { get: { request: 'account' }, delete: {}, update: { request: 'inherited' }, create: { request: 'attribute' }, query: { request: 'account' }, queryMore: {}, getBulk: { request: 'account' } },
      },
      { objects: { Env: { modelType: 'Environment', verbs: { get: verb('get'), delete: verb('delete'), update: verb('update'), create: verb('create'), query: verb('query'), bulkGet: verb('getBulk', { accountOverride: false, limit: 100 }) } } } } as unknown as Partial<Capabilities>,
    );
    expect(warnings).toEqual([]);
    const [env] = model.profile!.objects;
    expect(env!.verbs.map((v) => [v.verb, v.operations, v.override])).toEqual([
      ['get', ['get'], true],
      ['query', ['query', 'queryMore'], false],
      ['create', ['create'], false],
      ['update', ['update'], true],
      ['delete', ['delete'], false],
      ['bulkGet', ['getBulk'], false],
    ]);
    const bulkId = [...model.types.values()].find((t) => t.qname?.name === 'BulkId')!;
    expect(env!.verbs.map((v) => v.payloadTypeIds)).toEqual([[], [], [], [], [], [bulkId.id]]);
    expect(env!.verbs.at(-1)!.limit).toBe(100);
  });

  it('keeps the query facts of an object only where it can be queried', async () => {
    const query = { operators: ['EQUALS'], fields: [{ property: 'id', match: 'top-level', kind: 'string' }] };
    const { model } = await profiled(
      { operations: { get: {}, query: {}, queryMore: {} } },
      { objects: { Queried: { modelType: 'Environment', verbs: { query: verb('query') }, query }, Fetched: { modelType: 'Environment', verbs: { get: verb('get') }, query } } } as unknown as Partial<Capabilities>,
    );
    expect(model.profile!.objects.map((o) => [o.objectType, o.query])).toEqual([
      ['Fetched', undefined],
      ['Queried', query],
    ]);
  });

  it('makes actions of the wrapped operations no object verb uses, with their override', async () => {
    const { model, warnings } = await profiled(
      { operations: { fetch: {}, delete: {}, ping: { request: 'account' }, pong: { request: 'account' }, quiet: {}, split: { request: 'two-parts' }, halfSplit: { response: 'two-parts' } } },
      { objects: { Env: { modelType: 'Environment', verbs: { get: verb('fetch') } } }, actions: { pong: { soapOperation: 'pong', accountOverride: false }, zeta: { soapOperation: 'zeta' }, alpha: { soapOperation: 'alpha' } } } as unknown as Partial<Capabilities>,
    );
    expect(model.profile!.actions).toEqual([
      { operation: 'ping', override: true },
      { operation: 'pong', override: false, facts: { soapOperation: 'pong', accountOverride: false } },
      { operation: 'quiet', override: false },
    ]);
    expect(warnings).toEqual([
      'operation split is not a Partner action (its messages are not one wrapper element each way): it is on the port client only',
      'operation halfSplit is not a Partner action (its messages are not one wrapper element each way): it is on the port client only',
      'action alpha left out: the WSDL has no alpha operation',
      'action zeta left out: the WSDL has no zeta operation',
    ]);
  });

  it('leaves out a verb whose operations are not one wrapper element each way, or whose payload type is missing', async () => {
    const { model, warnings } = await profiled(
      { operations: { get: {}, query: { request: 'two-parts' }, queryMore: { response: 'two-parts' }, getBulk: { response: 'two-parts' }, delete: {} }, withoutBulkId: true },
      { objects: { Env: { modelType: 'Environment', verbs: { get: verb('get'), query: verb('query'), bulkGet: verb('getBulk'), delete: verb('delete') } }, Bulk: { modelType: 'Environment', verbs: { bulkGet: verb('delete') } } } } as unknown as Partial<Capabilities>,
    );
    expect(warnings).toEqual([
      'Bulk.bulkGet left out: the WSDL has no type BulkId',
      'object Bulk left out: the WSDL has none of the operations its verbs need',
      "Env.query left out: the WSDL's query, queryMore operation is not one wrapper element each way",
      "Env.bulkGet left out: the WSDL's getBulk operation is not one wrapper element each way",
    ]);
    expect(model.profile!.objects.map((o) => [o.objectType, o.verbs.map((v) => v.verb)])).toEqual([['Env', ['get', 'delete']]]);
  });

  it('calls the port with most of the verbs\' operations, SOAP 1.1 where two have as many', async () => {
    const operations = { get: {}, delete: {}, query: {}, queryMore: {}, ping: {} };
    const facts = { objects: { Env: { modelType: 'Environment', verbs: { get: verb('get') } } } } as unknown as Partial<Capabilities>;
    const tied = await profiled({ operations, ports: [{ name: 'Soap12', soap12: true }, { name: 'Soap11' }] }, facts);
    expect(tied.model.profile!.port).toBe(`{${SERVICE}}Partner/Soap11`);
    const more = await profiled({ operations, ports: [{ name: 'Few', operations: ['get', 'ping'] }, { name: 'Many', soap12: true, operations: ['get', 'delete', 'query'] }] }, facts);
    expect(more.model.profile!.port).toBe(`{${SERVICE}}Partner/Many`);
    // Operations that are no verb's count for nothing: with ping, the SOAP 1.1 port would have as many operations.
    const actions = await profiled({ operations, ports: [{ name: 'Actions', operations: ['get', 'ping', 'queryMore'] }, { name: 'Verbs', soap12: true, operations: ['get', 'delete', 'query'] }] }, facts);
    expect(actions.model.profile!.port).toBe(`{${SERVICE}}Partner/Verbs`);
    // A port without operations has no SOAP version to prefer, and nothing to call.
    const empty = await profiled({ operations, ports: [{ name: 'Empty', operations: [] }, { name: 'Soap12', soap12: true }] }, facts);
    expect(empty.model.profile!.port).toBe(`{${SERVICE}}Partner/Soap12`);
  });

  it('finds an object\'s type outside the service\'s namespace, whichever comes first', async () => {
    const facts = { objects: { Env: { modelType: 'Environment', verbs: { get: verb('get') } } } } as unknown as Partial<Capabilities>;
    // The model holds types by namespace: the service's after Boomi's api namespace, and before it.
    for (const service of [SERVICE, 'http://a.example/partner']) {
      const { model } = await profiled({ operations: { get: {} }, shadowed: true, service }, facts);
      expect(model.types.get(model.profile!.objects[0]!.typeId)!.qname).toEqual({ namespace: API, name: 'Environment' });
    }
  });
});
