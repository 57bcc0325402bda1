// Which documents the loader reads and walks: roots it accepts and refuses, references it follows
// and leaves alone, namespaces an include or import gives; and the HTTP answers it refuses.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWsdl, entryLocation, type DocumentProgress } from '../../generator/load/load-wsdl.ts';
import { readSource } from '../../generator/load/source.ts';
import { XS, writeFixture } from '../support/fixtures.ts';

const WSDL = 'xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"';
const definitions = (body: string, tns = 'urn:a') => `<wsdl:definitions ${WSDL} ${XS} targetNamespace="${tns}">${body}</wsdl:definitions>`;
const types = (...schemas: string[]) => `<wsdl:types>${schemas.join('')}</wsdl:types>`;
const xsd = (body: string, tns?: string) => `<xs:schema ${XS}${tns === undefined ? '' : ` targetNamespace="${tns}"`}>${body}</xs:schema>`;

async function load(files: Record<string, string>, entry = 'a.wsdl') {
  const folder = writeFixture(files);
  const read: DocumentProgress[] = [];
  try {
    const loaded = await loadWsdl(folder.path(entry), { onDocument: (p) => read.push(p) });
    return { loaded, read: read.map((p) => folder.local(p.location)), progress: read.map(({ read: n, total }) => [n, total]) };
  } catch (error) {
    return { error: folder.local((error as Error).message), read: read.map((p) => folder.local(p.location)) };
  } finally {
    folder.dispose();
  }
}

describe('the roots the loader walks', () => {
  it('refuses a document that is neither wsdl:definitions nor xs:schema, by its tag', async () => {
    for (const [text, tag] of [
      ['<definitions xmlns="urn:not-wsdl"/>', 'definitions'],
      [`<wsdl:types ${WSDL}/>`, 'wsdl:types'],
      ['<schema xmlns="urn:not-xsd"/>', 'schema'],
      [`<xs:element ${XS} name="e"/>`, 'xs:element'],
    ]) {
      expect((await load({ 'a.wsdl': text! })).error).toBe(`a.wsdl:1:1: expected wsdl:definitions or xs:schema, found <${tag}>`);
    }
  });

  it('reads no reference of such a document', async () => {
    const notSchema = `<x:schema xmlns:x="urn:other" ${XS}><xs:include schemaLocation="b.xsd"/></x:schema>`;
    expect(await load({ 'a.wsdl': notSchema, 'b.xsd': xsd('') })).toEqual({ error: 'a.wsdl:1:1: expected wsdl:definitions or xs:schema, found <x:schema>', read: ['a.wsdl'] });
    const notSchemaRoot = `<xs:element ${XS} name="e"><xs:include schemaLocation="b.xsd"/></xs:element>`;
    expect(await load({ 'a.wsdl': notSchemaRoot, 'b.xsd': xsd('') })).toEqual({ error: 'a.wsdl:1:1: expected wsdl:definitions or xs:schema, found <xs:element>', read: ['a.wsdl'] });
    const notDefinitions = `<wsdl:message ${WSDL}><wsdl:import namespace="urn:b" location="b.wsdl"/></wsdl:message>`;
    expect(await load({ 'a.wsdl': notDefinitions, 'b.wsdl': definitions('') })).toEqual({ error: 'a.wsdl:1:1: expected wsdl:definitions or xs:schema, found <wsdl:message>', read: ['a.wsdl'] });
  });

  it('walks WSDL imports once, however they cycle; an import without a location is no reference', async () => {
    const result = await load({
      'a.wsdl': definitions('<wsdl:import namespace="urn:b" location="b.wsdl"/><wsdl:import namespace="urn:c"/>'),
      'b.wsdl': definitions('<wsdl:import namespace="urn:a" location="a.wsdl"/>', 'urn:b'),
    });
    expect(result.loaded?.definitions.map((d) => d.element.getAttribute('targetNamespace'))).toEqual(['urn:a', 'urn:b']);
    expect(result.read).toEqual(['a.wsdl', 'b.wsdl']);
    expect(result.progress).toEqual([[1, 1], [2, 2]]);
  });

  it('takes schemas from wsdl:types only, and a schema without targetNamespace has none', async () => {
    const result = await load({ 'a.wsdl': definitions(`${types(xsd(''), xsd('', 'urn:t'))}<wsdl:documentation>${xsd('', 'urn:doc')}</wsdl:documentation>`) });
    expect(result.loaded?.schemas.map((s) => s.targetNamespace)).toEqual(['', 'urn:t']);
  });
});

describe('schema references', () => {
  it('an include without a namespace takes the includer’s; an import keeps its own, or none', async () => {
    const result = await load({
      'a.wsdl': definitions(types(xsd('<xs:include schemaLocation="chameleon.xsd"/><xs:import schemaLocation="plain.xsd"/><xs:import namespace="urn:i" schemaLocation="own.xsd"/>', 'urn:t'))),
      'chameleon.xsd': xsd(''),
      'plain.xsd': xsd(''),
      'own.xsd': xsd('', 'urn:i'),
    });
    expect(result.loaded?.schemas.map((s) => [s.doc.displayName.split('/').pop(), s.targetNamespace])).toEqual([
      ['a.wsdl', 'urn:t'],
      ['chameleon.xsd', 'urn:t'],
      ['plain.xsd', ''],
      ['own.xsd', 'urn:i'],
    ]);
  });

  it('follows import, include and redefine with a schemaLocation, and no built-in namespace’s', async () => {
    const result = await load({
      'a.wsdl': definitions(
        types(
          xsd(
            '<xs:import namespace="urn:none"/><xs:include schemaLocation="inc.xsd"/><xs:redefine schemaLocation="red.xsd"/>' +
              '<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="https://www.w3.org/2001/xml.xsd"/><xs:annotation/>',
            'urn:t',
          ),
        ),
      ),
      'inc.xsd': xsd(''),
      'red.xsd': xsd(''),
    });
    expect(result.error).toBeUndefined();
    // The two references are fetched at once: reported as each arrives, kept in document order.
    expect([...result.read].sort()).toEqual(['a.wsdl', 'inc.xsd', 'red.xsd']);
    expect(result.loaded?.schemas.map((s) => s.doc.displayName.split('/').pop())).toEqual(['a.wsdl', 'inc.xsd', 'red.xsd']);
  });

  it('refuses a schema reference to what is not a schema, naming the referrer and line', async () => {
    for (const [text, where] of [
      [definitions(''), 'b.xsd:1:1'],
      ['<schema xmlns="urn:not-xsd"/>', 'b.xsd:1:1'],
      [`<xs:element ${XS} name="e"/>`, 'b.xsd:1:1'],
    ]) {
      const result = await load({ 'a.wsdl': definitions(types(xsd('\n<xs:include schemaLocation="b.xsd"/>', 'urn:t'))), 'b.xsd': text! });
      expect(result.error).toBe(`${where}: expected xs:schema (referenced from a.wsdl:2)`);
    }
  });
});

describe('the entry', () => {
  it('a folder stands for its one .wsdl file', () => {
    const folder = writeFixture({ 'one/a.wsdl': '', 'one/a.xsd': '', 'one/notes.txt': '', 'two/a.wsdl': '', 'two/b.wsdl': '', 'none/a.xsd': '' });
    try {
      expect(entryLocation(folder.path('one'))).toMatch(/\/one\/a\.wsdl$/);
      expect(() => entryLocation(folder.path('two'))).toThrow(/: expected exactly one \.wsdl file in the folder, found 2$/);
      expect(() => entryLocation(folder.path('none'))).toThrow(/: expected exactly one \.wsdl file in the folder, found 0$/);
      expect(() => entryLocation(folder.path('absent'))).toThrow(/absent: no such file or folder$/);
    } finally {
      folder.dispose();
    }
  });
});

describe('HTTP answers', () => {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    const status = Number(req.url!.slice(1));
    res.writeHead(status, status === 500 ? 'Broken Here' : undefined).end('<a/>');
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve())));
  afterAll(() => server.close());
  const read = (status: number, auth?: { username: string; password: string }) => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${status}`;
    return readSource(url, { allowPrivateAddresses: true, ...(auth ? { auth } : {}) }, new URL(url).origin).then(
      (text) => text,
      (error: Error) => error.message.replace(url, 'U'),
    );
  };

  it('reads a 2xx, asking for XML; refuses the rest with the status', async () => {
    expect(await read(200)).toBe('<a/>');
    expect(await read(299)).toBe('<a/>');
    expect(requests[0]!.headers.accept).toBe('text/xml, application/xml');
    expect(await read(300)).toBe('U: HTTP 300 Multiple Choices');
    expect(await read(404)).toBe('U: HTTP 404 Not Found');
    expect(await read(500)).toBe('U: HTTP 500 Broken Here');
  });

  it('names refused credentials, and says when none were given', async () => {
    expect(await read(401)).toBe('U: HTTP 401: the server refused the credentials (none were given)');
    expect(await read(403, { username: 'u', password: 'p' })).toBe('U: HTTP 403: the server refused the credentials');
  });
});
