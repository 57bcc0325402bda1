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
