// The SDK generated from WSDLs unlike the Partner API's, compared whole with committed golden
// files (test/fixtures/golden/): SOAP 1.2 ports, several services, bindings no port names,
// headers, faults, one-way operations, rpc/encoded, and a Partner-like profile whose actions
// take the account override or not. generate.test.ts does the same for the committed SDK.
// A change to the emitted code shows here as a diff to read; `vitest -u` rewrites the files.
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { writeFixture } from '../support/fixtures.ts';
import { partnerLike } from '../support/partner-like.ts';
import { wsdlFixture } from '../support/wsdl-fixtures.ts';

/** Every file but the runtime (copied as it is), one after the other under its path. */
function joined(files: Map<string, string>): string {
  return [...files].filter(([path]) => !path.startsWith('runtime/')).map(([path, text]) => `//// ${path}\n${text}`).join('\n');
}

describe('golden SDKs', () => {
  it.each(['multi-binding', 'unbound-binding', 'document-parts', 'rpc-encoded'])('%s.wsdl', async (name) => {
    const { files } = await generate({ wsdl: wsdlFixture(`${name}.wsdl`), capabilities: false });
    await expect(joined(files)).toMatchFileSnapshot(`../fixtures/golden/${name}.txt`);
  });

  const partner = writeFixture({
    'partner.wsdl': partnerLike({ operations: { get: { request: 'account' }, query: { request: 'account' }, queryMore: {}, ping: { request: 'account' }, pong: {}, relay: { request: 'required' } } }),
    'partner.capabilities.json': JSON.stringify({
      objects: {
        Environment: {
          modelType: 'Environment',
          verbs: { get: { soapOperation: 'get', accountOverride: true }, query: { soapOperation: 'query', accountOverride: true, partnerOnly: true } },
          query: { operators: ['EQUALS', 'STARTS_WITH'], fields: [{ property: 'id', match: 'top-level', kind: 'string' }] },
        },
      },
      actions: { ping: { soapOperation: 'ping', accountOverride: true }, pong: { soapOperation: 'pong', accountOverride: false }, relay: { soapOperation: 'relay', accountOverride: false, partnerOnly: true } },
    }),
  });
  afterAll(() => partner.dispose());

  it('a Partner-like WSDL with its profile', async () => {
    const { files } = await generate({ wsdl: partner.path('partner.wsdl'), capabilities: partner.path('partner.capabilities.json') });
    await expect(joined(files)).toMatchFileSnapshot('../fixtures/golden/partner-like.txt');
  });

  describe('withAccount', () => {
    const verb = (soapOperation: string, accountOverride: boolean) => ({ soapOperation, accountOverride });
    const query = { operators: ['EQUALS'], fields: [{ property: 'id', match: 'top-level', kind: 'string' }] };
    /** The aggregate client of a profile over a Partner-like WSDL: get without an accountId, query (and queryMore) with one, a ping action whose request needs an objectId besides, a pong action that never takes the override, and an echo action the facts do not name. */
    async function client(objects: Record<string, unknown>, pingOverride: boolean): Promise<string> {
      const fixture = writeFixture({
        'p.wsdl': partnerLike({ operations: { get: {}, query: { request: 'account' }, queryMore: { request: 'account' }, ping: { request: 'required' }, pong: {}, echo: {} } }),
        'p.capabilities.json': JSON.stringify({ objects, actions: { ping: verb('ping', pingOverride), pong: verb('pong', false) } }),
      });
      try {
        const { files } = await generate({ wsdl: fixture.path('p.wsdl'), capabilities: fixture.path('p.capabilities.json') });
        return files.get('client.ts')!;
      } finally {
        fixture.dispose();
      }
    }
    const fetched = { modelType: 'Environment', verbs: { get: verb('get', false) } };
    const withAccount = /^\s+withAccount\(accountId: string\): PartnerApiSubAccountClient \{/m;

    it('is not there when the profile takes the account override nowhere', async () => {
      const text = await client({ Fetched: fetched }, false);
      expect(text).toContain('export class PartnerApiClient');
      expect(text).not.toMatch(/^\s+withAccount\(/m);
    });

    it('is there when one verb of one object takes it, or one action of several', async () => {
      const queried = { modelType: 'Environment', verbs: { get: verb('get', false), query: verb('query', true) }, query };
      expect(await client({ Fetched: fetched, Queried: queried }, false)).toMatch(withAccount);
      const byAction = await client({ Fetched: fetched }, true);
      expect(byAction).toMatch(withAccount);
      // The action's request needs more than the account: its argument stays required for a sub-account.
      expect(byAction).toMatch(/^\s+ping\(request: Omit<Ping, 'accountId'>, options\?: PartnerCallOptions\): Promise<PingResponse>;$/m);
    });
  });
});

describe('object modules', () => {
  it('give an object queried without query facts no filter: its query takes none', async () => {
    const fixture = writeFixture({
      'p.wsdl': partnerLike({ operations: { get: {}, query: {}, queryMore: {} } }),
      'p.capabilities.json': JSON.stringify({ objects: { Env: { modelType: 'Environment', verbs: { query: { soapOperation: 'query', accountOverride: false } } } }, actions: {} }),
    });
    try {
      const { files } = await generate({ wsdl: fixture.path('p.wsdl'), capabilities: fixture.path('p.capabilities.json') });
      const text = files.get('objects/env.ts')!;
      expect(text).toMatch(/^export type EnvApi = QueryVerb<Environment, never, never, WithoutOverride<QueryOptions>>;$/m);
      expect(text).not.toContain('query-filter');
      expect(text).not.toContain('filter:');
    } finally {
      fixture.dispose();
    }
  });
});

describe('service modules', () => {
  // rpc/encoded over SOAP 1.1 with an encodingStyle of its own and over SOAP 1.2 with none;
  // an operation declaring two faults.
  const operation = (soap: string, body: string) =>
    `<operation name="find"><${soap}:operation soapAction="urn:find"/><input><${soap}:body use="encoded" namespace="urn:e"${body}/></input><output><${soap}:body use="encoded" namespace="urn:e"${body}/></output><fault name="missing"><${soap}:fault name="missing" use="literal"/></fault><fault name="denied"><${soap}:fault name="denied" use="literal"/></fault></operation>`;
  const wsdl = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:e" targetNamespace="urn:e">
  <types><xs:schema targetNamespace="urn:e"><xs:element name="problem" type="xs:string"/></xs:schema></types>
  <message name="find"><part name="key" type="xs:string"/></message>
  <message name="problem"><part name="detail" element="t:problem"/></message>
  <portType name="P"><operation name="find"><input message="t:find"/><output message="t:find"/><fault name="missing" message="t:problem"/><fault name="denied" message="t:problem"/></operation></portType>
  <binding name="B11" type="t:P"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>${operation('soap', ' encodingStyle="urn:my-encoding"')}</binding>
  <binding name="B12" type="t:P"><soap12:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>${operation('soap12', '')}</binding>
  <service name="S"><port name="P11" binding="t:B11"><soap:address location="https://example.invalid/11"/></port><port name="P12" binding="t:B12"><soap12:address location="https://example.invalid/12"/></port></service>
</definitions>
`;

  it('give an rpc/encoded operation the encodingStyle its body names, else its SOAP version’s, and name its faults', async () => {
    const fixture = writeFixture({ 'e.wsdl': wsdl });
    try {
      const text = (await generate({ wsdl: fixture.path('e.wsdl'), capabilities: false })).files.get('services/s.ts')!;
      const styles = [...text.matchAll(/encodingStyle: '([^']*)'/g)].map((m) => m[1]);
      expect(styles).toEqual(['urn:my-encoding', 'urn:my-encoding', 'http://www.w3.org/2003/05/soap-encoding', 'http://www.w3.org/2003/05/soap-encoding']);
      expect(text).toContain('@throws DeclaredFaultError for the declared faults: `missing`, `denied`.');
    } finally {
      fixture.dispose();
    }
  });
});
