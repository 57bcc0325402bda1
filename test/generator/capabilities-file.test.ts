// Reading the Boomi profile's facts: the committed file as it is, each refusal naming the place
// in the file, and which file a WSDL gets (given, beside it, bundled for Boomi's namespaces, none).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LoadError } from '../../generator/load/load-error.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { BUNDLED_CAPABILITIES, findCapabilitiesFile, profileSource, readCapabilities } from '../../generator/profile/capabilities-file.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';
import { wsdl } from '../support/fixtures.ts';

const temp = repoTemp('capabilities-file-test');
mkdirSync(temp, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const committed = join(repoRoot, 'wsdl/partner-api.capabilities.json');

let count = 0;
function saved(content: unknown): string {
  const file = join(temp, `c${count++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
function refusal(content: unknown): string {
  const file = saved(content);
  let error: unknown;
  try {
    readCapabilities(file);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LoadError);
  return (error as Error).message.slice(file.length + 2);
}
const object = (facts: object) => ({ objects: { Thing: facts } });
const verbs = (v: object) => object({ modelType: 'Thing', verbs: v });

describe('readCapabilities', () => {
  it('reads the committed facts as they are', () => {
    expect(readCapabilities(committed)).toEqual(JSON.parse(readFileSync(committed, 'utf8')));
    expect(readCapabilities(saved({ objects: {} }))).toEqual({ objects: {}, actions: {} });
  });

  it('refuses what is not JSON, or not an object with objects', () => {
    expect(refusal('{')).toMatch(/^cannot read the capabilities: /);
    expect(refusal(null)).toBe('$: expected an object');
    expect(refusal(7)).toBe('$: expected an object');
    expect(refusal({})).toBe('$.objects: missing');
    expect(refusal({ objects: null })).toBe('$.objects: missing');
    expect(refusal({ objects: {}, actions: null })).toBe('$.actions: expected an object');
    expect(refusal({ objects: {}, actions: 'x' })).toBe('$.actions: expected an object');
  });

  it('names the object, the verb and the fact that does not fit', () => {
    expect(refusal(object({}))).toBe('$.objects.Thing: needs a modelType');
    expect(refusal({ objects: { Thing: null } })).toBe('$.objects.Thing: needs a modelType');
    expect(refusal(object({ modelType: 'Thing' }))).toBe('$.objects.Thing: needs verbs');
    expect(refusal(object({ modelType: 'Thing', verbs: null }))).toBe('$.objects.Thing: needs verbs');
    expect(refusal(verbs({ fetch: { soapOperation: 'get' } }))).toMatch(/^\$\.objects\.Thing\.verbs\.fetch: unknown verb \(known: get, query, /);
    expect(refusal(verbs({ get: {} }))).toBe('$.objects.Thing.verbs.get: needs a soapOperation');
    expect(refusal(verbs({ get: null }))).toBe('$.objects.Thing.verbs.get: needs a soapOperation');
    for (const limit of [0, -1, 1.5, '5']) expect(refusal(verbs({ get: { soapOperation: 'get', limit } }))).toBe('$.objects.Thing.verbs.get.limit: must be a positive integer');
    expect(readCapabilities(saved(verbs({ get: { soapOperation: 'get', limit: 1 } }))).objects['Thing']!.verbs.get!.limit).toBe(1);
    expect(refusal(object({ modelType: 'Thing', verbs: {}, query: { fields: [] } }))).toBe('$.objects.Thing.query: needs fields and operators');
    expect(refusal(object({ modelType: 'Thing', verbs: {}, query: { operators: [] } }))).toBe('$.objects.Thing.query: needs fields and operators');
    expect(refusal(object({ modelType: 'Thing', verbs: {}, query: null }))).toBe('$.objects.Thing.query: needs fields and operators');
  });

  // The filter DSL is emitted from these: each field and operator it cannot type is refused here.
  it('names the query operator or field that does not fit', () => {
    const query = (q: object) => object({ modelType: 'Thing', verbs: {}, query: { fields: [], operators: ['EQUALS'], ...q } });
    const field = (f: object) => query({ fields: [{ property: 'name', kind: 'string' }, f] });
    expect(refusal(query({ operators: [] }))).toBe('$.objects.Thing.query.operators: lists no operator: no filter could be written');
    expect(refusal(query({ operators: ['EQUALS', 'ALMOST'] }))).toMatch(/^\$\.objects\.Thing\.query\.operators\[1\]: unknown operator "ALMOST" \(known: EQUALS, LIKE, /);
    expect(refusal(query({ operators: ['toString'] }))).toMatch(/^\$\.objects\.Thing\.query\.operators\[0\]: unknown operator "toString"/);
    expect(refusal(field({ kind: 'string' }))).toBe('$.objects.Thing.query.fields[1]: needs a property');
    expect(refusal(field({ property: '', kind: 'string' }))).toBe('$.objects.Thing.query.fields[1]: needs a property');
    expect(refusal(query({ fields: [null] }))).toBe('$.objects.Thing.query.fields[0]: needs a property');
    expect(refusal(field({ property: 'name', kind: 'number' }))).toBe('$.objects.Thing.query.fields[1]: repeats the property name of fields[0]');
    expect(refusal(field({ property: 'size', kind: 'long' }))).toBe('$.objects.Thing.query.fields[1].kind: unknown kind "long" (known: string, number, boolean, dateTime, date, enum)');
    expect(refusal(field({ property: 'size' }))).toBe('$.objects.Thing.query.fields[1].kind: unknown kind undefined (known: string, number, boolean, dateTime, date, enum)');
    for (const values of [undefined, [], ['A', 1], 'A']) {
      expect(refusal(field({ property: 'status', kind: 'enum', values }))).toBe('$.objects.Thing.query.fields[1].values: an enum field needs its values, as strings');
    }
    const read = readCapabilities(saved(field({ property: 'status', kind: 'enum', values: ['A', 'B'] })));
    expect(read.objects['Thing']!.query!.fields.map((f) => f.property)).toEqual(['name', 'status']);
  });
});

describe('which facts a WSDL gets', () => {
  const plain = wsdl('');
  const boomi = plain.replaceAll('urn:t', 'http://api.platform.boomi.com/');

  // Sources are named as a user sees them: relative to the working folder.
  it('the one file beside a local WSDL, or in its folder; none where there are two or none', async () => {
    const beside = join(temp, 'beside');
    mkdirSync(beside, { recursive: true });
    writeFileSync(join(beside, 'service.wsdl'), plain);
    expect(findCapabilitiesFile(join(beside, 'service.wsdl'))).toBeUndefined();
    writeFileSync(join(beside, 'b.capabilities.json'), JSON.stringify({ objects: {} }));
    expect(findCapabilitiesFile(join(beside, 'service.wsdl'))).toBe(join(beside, 'b.capabilities.json'));
    expect(findCapabilitiesFile(beside)).toBe(join(beside, 'b.capabilities.json'));
    const loaded = await loadWsdl(join(beside, 'service.wsdl'));
    expect(profileSource(join(beside, 'service.wsdl'), loaded, undefined)).toEqual({ facts: { objects: {}, actions: {} }, source: relative(process.cwd(), join(beside, 'b.capabilities.json')) });
    expect(profileSource(join(beside, 'service.wsdl'), loaded, false)).toBeUndefined();
    writeFileSync(join(beside, 'a.capabilities.json'), JSON.stringify({ objects: {} }));
    expect(findCapabilitiesFile(join(beside, 'service.wsdl'))).toBeUndefined();
    expect(findCapabilitiesFile('https://example.com/service.wsdl')).toBeUndefined();
    expect(findCapabilitiesFile(join(temp, 'absent.wsdl'))).toBeUndefined();
  });

  it('the bundled Partner API facts for a WSDL in Boomi’s namespaces alone, and the file given before any', async () => {
    const folder = join(temp, 'namespaces');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'boomi.wsdl'), boomi);
    writeFileSync(join(folder, 'plain.wsdl'), plain);
    const fromBoomi = profileSource(join(folder, 'boomi.wsdl'), await loadWsdl(join(folder, 'boomi.wsdl')), undefined);
    expect(fromBoomi?.facts).toEqual(readCapabilities(BUNDLED_CAPABILITIES));
    expect(fromBoomi?.source).toBe(relative(process.cwd(), BUNDLED_CAPABILITIES));
    // A WSDL of another namespace importing one of Boomi's is Boomi's API all the same.
    writeFileSync(join(folder, 'importing.wsdl'), plain.replace('<types>', '<import namespace="http://api.platform.boomi.com/" location="boomi.wsdl"/><types>'));
    const importing = await loadWsdl(join(folder, 'importing.wsdl'));
    expect(importing.definitions.map((d) => d.element.getAttribute('targetNamespace'))).toEqual(['urn:t', 'http://api.platform.boomi.com/']);
    expect(profileSource(join(folder, 'importing.wsdl'), importing, undefined)?.source).toBe(relative(process.cwd(), BUNDLED_CAPABILITIES));
    const plainLoaded = await loadWsdl(join(folder, 'plain.wsdl'));
    expect(profileSource(join(folder, 'plain.wsdl'), plainLoaded, undefined)).toBeUndefined();
    const given = saved({ objects: {}, pageSize: 7 });
    expect(profileSource(join(folder, 'plain.wsdl'), plainLoaded, given)).toEqual({ facts: { objects: {}, pageSize: 7, actions: {} }, source: relative(process.cwd(), given) });
  });
});
