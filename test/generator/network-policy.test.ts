// What the loader refuses to fetch (issue #14), each with its own error class: local files from
// a remote document, private and metadata addresses (by literal and after DNS), and redirects to
// another origin; and what the options allow. The servers are real, on loopback.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { RefusedAddressError, RefusedLocationError, RefusedRedirectError } from '../../generator/load/load-error.ts';
import { refusedAddressKind } from '../../generator/load/network-addresses.ts';
import { schema, writeFixture, type FixtureFolder } from '../support/fixtures.ts';
import { generateBin, runNode } from '../support/run.ts';

const SCHEMA = (name: string) => `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:${name}"><xs:complexType name="${name}"/></xs:schema>`;
const importing = (location: string) => schema(`<xs:import namespace="urn:imported" schemaLocation="${location}"/>`);

interface Recorded {
  server: Server;
  requests: IncomingMessage[];
  url: (path: string) => string;
}

function serve(handler: (req: IncomingMessage, url: (path: string) => string) => { status: number; body?: string; location?: string }): Promise<Recorded> {
  const requests: IncomingMessage[] = [];
  const url = (path: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const server = createServer((req, res) => {
    requests.push(req);
    const { status, body, location } = handler(req, url);
    res.writeHead(status, { 'content-type': 'text/xml', ...(location ? { location } : {}) }).end(body ?? '');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, requests, url })));
}

let local: FixtureFolder;
let site: Recorded;
let elsewhere: Recorded;

beforeAll(async () => {
  local = writeFixture({ 'secret.xsd': SCHEMA('Secret') });
  elsewhere = await serve(() => ({ status: 200, body: SCHEMA('Elsewhere') }));
  site = await serve((req, url) => {
    if (req.url === '/imports-file.xsd') return { status: 200, body: importing(pathToFileURL(local.path('secret.xsd')).href) };
    if (req.url === '/moved.xsd') return { status: 301, location: '/current.xsd' };
    if (req.url === '/current.xsd') return { status: 200, body: SCHEMA('Current') };
    const hop = /^\/hop(\d+)\.xsd$/.exec(req.url ?? '');
    if (hop) return Number(hop[1]) < 5 ? { status: 302, location: `/hop${Number(hop[1]) + 1}.xsd` } : { status: 200, body: SCHEMA('Hop') };
    if (req.url === '/loop.xsd') return { status: 307, location: '/loop.xsd' };
    if (req.url === '/away.xsd') return { status: 302, location: elsewhere.url('/there.xsd') };
    if (req.url === '/imports-away.xsd') return { status: 200, body: importing(url('/away.xsd')) };
    return { status: 200, body: SCHEMA('Plain') };
  });
});

afterAll(() => {
  local.dispose();
  site.server.close();
  elsewhere.server.close();
});

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: Error) => e);
const LOOPBACK = { allowPrivateAddresses: true };

describe('a document from the network', () => {
  it('may not refer to a local file: RefusedLocationError at the reference', async () => {
    const error = await failure(loadWsdl(site.url('/imports-file.xsd'), LOOPBACK));
    expect(error?.constructor).toBe(RefusedLocationError);
    expect(error?.message).toBe(`${site.url('/imports-file.xsd')}:3:1: a document from the network refers to the local file ${pathToFileURL(local.path('secret.xsd')).href}: only documents read from files may refer to files`);
  });
});

describe('private, loopback, link-local and metadata addresses', () => {
  it('are refused as literals without connecting, naming the URL, the address and the option: RefusedAddressError', async () => {
    const before = site.requests.length;
    for (const [location, address, kind] of [
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'a cloud metadata address'],
      [site.url('/plain.xsd'), '127.0.0.1', 'a loopback address'],
      ['http://[fd00:ec2::254]/latest/meta-data/', 'fd00:ec2::254', 'a cloud metadata address'],
    ] as const) {
      const folder = writeFixture({ 'a.xsd': importing(location) });
      const error = await failure(loadWsdl(folder.path('a.xsd')));
      folder.dispose();
      expect(error?.constructor).toBe(RefusedAddressError);
      expect(error?.message).toBe(`${location}: refused: its host is ${address}, ${kind}; private, loopback, link-local and cloud metadata addresses are fetched only with --allow-private-addresses (allowPrivateAddresses: true)`);
    }
    expect(site.requests.length).toBe(before);
  });

  it('are refused after DNS resolution, before any connection', async () => {
    const before = site.requests.length;
    const location = site.url('/plain.xsd').replace('127.0.0.1', 'localhost');
    const error = await failure(loadWsdl(location));
    expect(error?.constructor).toBe(RefusedAddressError);
    expect(error?.message).toMatch(/^http:\/\/localhost:\d+\/plain\.xsd: refused: its host is (127\.0\.0\.1|::1), a loopback address;/);
    expect(site.requests.length).toBe(before);
  });

  it('are refused on a later load without the option, after a load with it (no connection is kept for reuse)', async () => {
    const location = site.url('/plain.xsd').replace('127.0.0.1', 'localhost');
    expect((await loadWsdl(location, LOOPBACK)).schemas.map((s) => s.targetNamespace)).toEqual(['urn:Plain']);
    expect((await failure(loadWsdl(location)))?.constructor).toBe(RefusedAddressError);
  });

  it('are fetched with allowPrivateAddresses, as the local files of a local WSDL always are', async () => {
    const folder = writeFixture({ 'a.xsd': importing(site.url('/plain.xsd')).replace('</xs:schema>', '<xs:include schemaLocation="b.xsd"/></xs:schema>'), 'b.xsd': schema('<xs:complexType name="Local"/>') });
    const loaded = await loadWsdl(folder.path('a.xsd'), LOOPBACK);
    folder.dispose();
    expect(loaded.schemas.map((s) => s.targetNamespace)).toEqual(['urn:t', 'urn:Plain', 'urn:t']);
  });

  it('are named by kind, IPv4 inside IPv6 included, and public addresses pass', () => {
    const kinds = ['10.1.2.3', '172.31.0.1', '192.168.1.1', '100.100.100.200', '127.0.0.2', '::1', 'fe80::1', 'fc00::5', '::ffff:127.0.0.1', '64:ff9b::a9fe:a9fe', '0.0.0.0', '8.8.8.8', '2001:4860:4860::8888', '64:ff9b::808:808'];
    expect(kinds.map((a) => refusedAddressKind(a) ?? 'public')).toEqual([
      'a private address', 'a private address', 'a private address', 'a cloud metadata address', 'a loopback address', 'a loopback address',
      'a link-local address', 'a private address', 'a loopback address', 'a cloud metadata address', 'a reserved address', 'public', 'public', 'public',
    ]);
  });

  // NAT64 (64:ff9b::/96) connects to the IPv4 address in its last 32 bits, written in hex or dotted.
  it('are found inside NAT64 addresses, and only there', () => {
    const cases: [string, string][] = [
      ['64:ff9b::127.0.0.1', 'a loopback address'],
      ['64:ff9b::192.168.10.20', 'a private address'],
      ['64:ff9b::c0a8:a14', 'a private address'],
      ['64:ff9b:0:0:0:0:7f00:1', 'a loopback address'],
      ['64:ff9b::172.16.254.3', 'a private address'],
      ['64:ff9b::8.8.8.8', 'public'],
      ['64:ff9b::100.64.0.1', 'a private address'],
      // Not NAT64: the prefix differs, so the IPv6 ranges alone decide.
      ['65:ff9b::7f00:1', 'public'],
      ['64:ff9c::7f00:1', 'public'],
      ['64:ff9b:0:1::7f00:1', 'public'],
      ['64:ff9b:0:0:0:1:7f00:1', 'public'],
      ['64:ff9b:1::7f00:1', 'a private address'],
    ];
    expect(cases.map(([a]) => [a, refusedAddressKind(a) ?? 'public'])).toEqual(cases);
  });

  it('are refused by the command with exit code 2, naming the flag that allows them', () => {
    const folder = writeFixture({ 'a.xsd': importing('http://169.254.169.254/latest/meta-data/') });
    const result = runNode([generateBin, '--quiet', '--check', '--wsdl', folder.path('a.xsd')]);
    folder.dispose();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('http://169.254.169.254/latest/meta-data/: refused: its host is 169.254.169.254, a cloud metadata address;');
    expect(result.stderr).toContain('--allow-private-addresses');
  });
});

describe('redirects', () => {
  it('are followed within the origin', async () => {
    const loaded = await loadWsdl(site.url('/moved.xsd'), LOOPBACK);
    expect(loaded.schemas.map((s) => s.targetNamespace)).toEqual(['urn:Current']);
  });

  it('are followed five times at most', async () => {
    expect((await loadWsdl(site.url('/hop0.xsd'), LOOPBACK)).schemas.map((s) => s.targetNamespace)).toEqual(['urn:Hop']);
    const error = await failure(loadWsdl(site.url('/loop.xsd'), LOOPBACK));
    expect(error?.message).toBe(`${site.url('/loop.xsd')}: more than 5 redirects (the last to ${site.url('/loop.xsd')})`);
  });

  it('to another origin are refused, naming the target and the option: RefusedRedirectError', async () => {
    const error = await failure(loadWsdl(site.url('/imports-away.xsd'), LOOPBACK));
    expect(error?.constructor).toBe(RefusedRedirectError);
    expect(error?.message).toBe(`${site.url('/away.xsd')}: redirects to another origin, ${elsewhere.url('/there.xsd')}; redirects are followed within ${new URL(site.url('/')).origin} only, unless with --allow-cross-origin-redirects (allowCrossOriginRedirects: true)`);
  });

  it('to another origin are followed with allowCrossOriginRedirects, without the credentials', async () => {
    const before = elsewhere.requests.length;
    const loaded = await loadWsdl(site.url('/imports-away.xsd'), { ...LOOPBACK, allowCrossOriginRedirects: true, auth: { username: 'u', password: 'p' } });
    expect(loaded.schemas.map((s) => s.targetNamespace)).toEqual(['urn:t', 'urn:Elsewhere']);
    expect(elsewhere.requests.slice(before).map((r) => r.headers.authorization)).toEqual([undefined]);
    expect(site.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });
});
