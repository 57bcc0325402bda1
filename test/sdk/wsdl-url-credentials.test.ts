// Credentials written into a WSDL URL (`https://user:pass@host/…?wsdl`): the generator sends them
// as HTTP Basic authentication to the WSDL's own host, for the WSDL and every schema it imports,
// and they appear in no generated file, progress line, diagnostic or error message.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { wsdl } from '../support/fixtures.ts';
import { repoTemp } from '../support/paths.ts';
import { generateBin, runNodeAsync } from '../support/run.ts';

/** The servers here are on loopback, which the loader refuses unless allowed. */
const LOOPBACK = { allowPrivateAddresses: true };
const USER = 'BOOMI_TOKEN.ops@acme.example';
const PASSWORD = 'p@ss:w/rd-9f3k';
const userInfo = `${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}`;
const EXPECTED = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

/** What the server was asked: path and the Authorization header, per request. */
let asked: { path: string; authorization: string | undefined }[] = [];
const otherOrigin: (string | undefined)[] = [];
let boomi: Server;
let other: Server;

/** A small service whose WSDL imports its types, so that a second document is fetched. */
const SERVICE_WSDL = wsdl('<xs:import namespace="urn:i" schemaLocation="types.xsd"/><xs:element name="order" type="i:Order" xmlns:i="urn:i"/>');
const TYPES_XSD = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:i"><xs:complexType name="Order"><xs:attribute name="id" type="xs:string"/></xs:complexType></xs:schema>';
const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const withCredentials = (path: string, credentials = userInfo) => `${origin(boomi).replace('http://', `http://${credentials}@`)}${path}`;

function listen(handler: (req: IncomingMessage) => { status: number; body: string }): Promise<Server> {
  const server = createServer((req, res) => {
    const { status, body } = handler(req);
    res.writeHead(status, { 'content-type': 'text/xml' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  other = await listen((req) => {
    otherOrigin.push(req.headers.authorization);
    return { status: 200, body: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other"><xs:complexType name="Remote"/></xs:schema>' };
  });
  boomi = await listen((req) => {
    const path = req.url ?? '';
    asked.push({ path, authorization: req.headers.authorization });
    if (req.headers.authorization !== EXPECTED) return { status: 401, body: 'Unauthorized' };
    if (path === '/soap/orders?wsdl') return { status: 200, body: SERVICE_WSDL };
    if (path === '/soap/types.xsd') return { status: 200, body: TYPES_XSD };
    if (path.endsWith('/imports-elsewhere?wsdl')) {
      return { status: 200, body: `<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t"><types><xsd:schema><xsd:import namespace="urn:other" schemaLocation="${origin(other)}/other.xsd"/></xsd:schema></types></definitions>` };
    }
    if (path.endsWith('/imports-broken?wsdl')) {
      return { status: 200, body: '<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t"><types><xsd:schema><xsd:import namespace="urn:b" schemaLocation="broken.xsd"/></xsd:schema></types></definitions>' };
    }
    if (path.endsWith('/broken.xsd')) return { status: 200, body: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:complexType name="Broken">' };
    return { status: 404, body: 'Not Found' };
  });
});
afterAll(() => {
  boomi.close();
  other.close();
});
beforeEach(() => {
  asked = [];
});

/** Every way the password or the user name could show: in clear and percent-encoded. */
function expectNoCredentials(texts: Iterable<string>, where: string): void {
  for (const text of texts) for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), userInfo, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')]) expect(text, where).not.toContain(secret);
}

describe('a WSDL URL with credentials in it', () => {
  it('is fetched with them as Basic auth, the WSDL and each schema it imports, and they show nowhere', async () => {
    const progress: string[] = [];
    const { files, diagnostics } = await generate({ wsdl: withCredentials('/soap/orders?wsdl'), onProgress: (m) => progress.push(m), ...LOOPBACK });

    expect(asked).toEqual([
      { path: '/soap/orders?wsdl', authorization: EXPECTED },
      { path: '/soap/types.xsd', authorization: EXPECTED },
    ]);
    expect(files.get('index.ts')).toContain(`from ${origin(boomi)}/soap/orders?wsdl`);
    expect([...files.values()].some((text) => text.includes('interface Order'))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expectNoCredentials(files.values(), 'generated files');
    expectNoCredentials(progress, 'progress');
    expectNoCredentials([JSON.stringify(diagnostics)], 'diagnostics');
  });

  it('keeps them from the hosts the WSDL points at', async () => {
    await loadWsdl(withCredentials('/imports-elsewhere?wsdl'), LOOPBACK);
    expect(asked).toEqual([{ path: '/imports-elsewhere?wsdl', authorization: EXPECTED }]);
    expect(otherOrigin).toEqual([undefined]);
  });

  it.each([
    ['refused credentials', () => withCredentials('/soap/orders?wsdl', `${encodeURIComponent(USER)}:${encodeURIComponent(`${PASSWORD}x`)}`), /\/soap\/orders\?wsdl: HTTP 401/],
    ['a broken imported schema', () => withCredentials('/imports-broken?wsdl'), /broken\.xsd:\d+:\d+: malformed XML/],
    ['a host that does not answer', () => `http://${userInfo}@127.0.0.1:1/soap/orders?wsdl`, /127\.0\.0\.1:1\/soap\/orders\?wsdl: cannot be fetched/],
  ])('names the document, not the credentials, on %s', async (_case, url, message) => {
    const error = (await generate({ wsdl: url(), ...LOOPBACK }).then(() => undefined, (e: unknown) => e)) as Error | undefined;
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(message);
    expectNoCredentials([error!.message, String(error!.stack)], 'the error');
  });

  it('shows them in nothing the generate command prints or writes', async () => {
    const out = repoTemp('url-credentials');
    try {
      const run = await runNodeAsync([generateBin, '--wsdl', withCredentials('/soap/orders?wsdl'), '--allow-private-addresses', '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(asked).toEqual([
        { path: '/soap/orders?wsdl', authorization: EXPECTED },
        { path: '/soap/types.xsd', authorization: EXPECTED },
      ]);
      const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
      expect(written.length).toBeGreaterThan(5);
      expectNoCredentials([run.stdout, run.stderr, ...written], 'the command');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
