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
