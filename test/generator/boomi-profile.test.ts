// The Boomi profile over a WSDL that has little of the API: every verb and action the facts name
// but the WSDL cannot serve is left out with a warning naming it, and nothing else is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
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
