// generate() as a library call: the steps it reports, the files it returns (in path order), the
// runtime it copies (the Boomi part only with the profile) and the runtime's names it keeps
// free of schema types.
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { writeFixture, wsdl, type FixtureFolder } from '../support/fixtures.ts';
import { partnerLike } from '../support/partner-like.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

const type = (name: string) => `<xs:complexType name="${name}"><xs:sequence/></xs:complexType>`;

describe('generate', () => {
  it('reports its steps, returns the files in path order, and copies the core runtime alone without the profile', async () => {
    const folder = writeFixture({ 'a.wsdl': wsdl(type('SoapClient') + type('PartnerClient')) });
    fixtures.push(folder);
    const steps: string[] = [];
    const { files } = await generate({ wsdl: folder.path('a.wsdl'), capabilities: false, onProgress: (m) => steps.push(m), prettier: { configAt: folder.path('sdk') } });
    expect(steps.map((s) => folder.local(s))).toEqual(['loading a.wsdl', 'read 1 documents; building the model', 'emitting 4 types and 0 enumerations into 3 modules', 'formatting with prettier']);
    const paths = [...files.keys()];
    expect(paths).toEqual([...paths].sort());
    expect(paths.filter((p) => p.startsWith('runtime/boomi/'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('runtime/core/')).length).toBeGreaterThan(10);
    // Only the names of the runtime the SDK holds are taken.
    expect(files.get('models/soap-client2.ts')).toContain('export interface SoapClient2');
    expect(files.get('models/partner-client.ts')).toContain('export interface PartnerClient ');
  });

  it('with the profile, copies the Boomi runtime too and keeps its names free', async () => {
    const folder = writeFixture({
      'p.wsdl': partnerLike({ operations: { get: {} }, types: type('PartnerClient') }),
      'p.capabilities.json': JSON.stringify({ objects: { Environment: { modelType: 'Environment', verbs: { get: { soapOperation: 'get', accountOverride: false } } } }, actions: {} }),
    });
    fixtures.push(folder);
    const steps: string[] = [];
    const { files } = await generate({ wsdl: folder.path('p.wsdl'), capabilities: folder.path('p.capabilities.json'), onProgress: (m) => steps.push(m) });
    expect(steps.map((s) => folder.local(s))).toContain('applying the Boomi profile from p.capabilities.json');
    expect([...files.keys()].filter((p) => p.startsWith('runtime/boomi/')).length).toBeGreaterThan(5);
    expect(files.get('models/partner-client2.ts')).toContain('export interface PartnerClient2');
  });
});
