// The fake serving a WSDL other than the snapshot: its service and port names, its schema files
// (numbered ?xsd=N in the order reached when their names carry no number), and only the
// operations of its port, even where its schema declares more wrappers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { readServedWsdl } from '../../fake/wsdl.ts';
import { getOnlyBoomiWsdl, writeFixture, type FixtureFolder } from '../support/fixtures.ts';
import { API, basic, post } from './support.ts';

let folder: FixtureFolder;
let fake: RunningFake;

beforeAll(async () => {
  folder = writeFixture(getOnlyBoomiWsdl);
  fake = await startFakePartnerApi({ wsdl: folder.path('small.wsdl') });
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging' });
});
afterAll(async () => {
  await fake.close();
  folder.dispose();
});

describe('a WSDL given to the fake', () => {
  it('is read for its service, port, operations and schema files', () => {
    const wsdl = readServedWsdl(folder.path('small.wsdl'));
    expect([wsdl.service, wsdl.port, [...wsdl.operations]]).toEqual(['SmallService', 'SmallPort', ['get']]);
    expect([...wsdl.schemaDocuments.keys()]).toEqual(['1']);
    expect(wsdl.schemaDocuments.get('1')!.file).toBe(folder.path('schemas/objects.xsd'));
    expect(wsdl.schema.element(API, 'delete')).toBeDefined();
  });

  it('is served with its schema file as ?xsd=1 and the endpoint as its address', async () => {
    const text = await (await fetch(fake.wsdlUrl, { headers: basic() })).text();
    expect(text).toContain(`<xs:include schemaLocation="${fake.url}?xsd=1"/>`);
    expect(text).toContain(`<soap:address location="${fake.url}"/>`);
    expect(await (await fetch(`${fake.url}?xsd=1`, { headers: basic() })).text()).toBe(getOnlyBoomiWsdl['schemas/objects.xsd']);
    const missing = await fetch(`${fake.url}?xsd=2`, { headers: basic() });
    expect([missing.status, await missing.text()]).toEqual([404, 'Ask for ?wsdl, ?xsd=1']);
  });

  it('answers its operations in its namespace', async () => {
    const answer = await post(fake.url, '<api:get><api:objectType>Environment</api:objectType><api:objectId>env-1</api:objectId></api:get>');
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(`<bns:getResponse xmlns:bns="${API}"`);
    expect(answer.text).toContain('<bns:result xsi:type="bns:Environment" id="env-1" name="Staging"/>');
  });

  it('that names a schema file not there is refused, naming the reference and the file', async () => {
    const broken = writeFixture({ 'broken.wsdl': getOnlyBoomiWsdl['small.wsdl']!.replace('schemas/objects.xsd', 'schemas/gone.xsd') });
    try {
      await expect(startFakePartnerApi({ wsdl: broken.path('broken.wsdl') })).rejects.toThrow(`${broken.path('broken.wsdl')}: schemaLocation="schemas/gone.xsd": cannot read ${broken.path('schemas/gone.xsd')}: ENOENT`);
    } finally {
      broken.dispose();
    }
  });

  it('answers no operation its port lacks, though its schema declares the wrapper', async () => {
    const answer = await post(fake.url, '<api:delete><api:objectType>Environment</api:objectType><api:objectId>env-1</api:objectId></api:delete>');
    expect(answer.status).toBe(500);
    expect(answer.text).toContain(`Invalid request: {${API}}delete is not an operation of this service.`);
    expect(fake.store.get(fake.primaryAccount, 'Environment', 'env-1')).toMatchObject({ name: 'Staging' });
    expect(fake.callCount()).toBe(1);
  });
});
