// The loader's GET against a real server on loopback: which answers are followed as redirects and
// which are returned, what is read from the answer, and how a failed download is named. And the
// checked DNS lookup, given IP literals and a reserved name (no network needed).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from '../../generator/load/http-get.ts';
import { LoadError, RefusedAddressError, RefusedLocationError } from '../../generator/load/load-error.ts';
import { checkAddress, checkedLookup } from '../../generator/load/network-addresses.ts';

const routes: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => res.writeHead(200, 'Fine', { 'content-type': 'text/xml;charset="ISO-8859-1"' }).end('<a/>'),
  '/plain': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('plain'),
  '/spaced': (res) => res.writeHead(200, { 'content-type': 'text/xml; Charset = utf-16le; q=1' }).end('spaced'),
  '/bare': (res) => res.writeHead(200).end('bare'),
  '/broken': (res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('abc');
    setTimeout(() => res.socket!.destroy(), 20);
  },
  '/to-ftp': (res) => res.writeHead(302, { location: 'ftp://127.0.0.1/a.xsd' }).end(),
  '/six': (res) => res.writeHead(302, { location: '/hop0' }).end(),
};
// To https on this plain server: followed, so the handshake fails (see below).
routes['/to-https'] = (res) => res.writeHead(302, { location: `https://${base}/plain` }).end();
for (let hop = 0; hop < 5; hop++) routes[`/hop${hop}`] = (res) => res.writeHead(302, { location: `/hop${hop + 1}` }).end();
routes['/hop5'] = routes['/plain']!;
// Each 3xx/4xx status with a Location: followed only for 300–399 other than 304.
for (const status of [299, 300, 302, 304, 399, 400]) routes[`/status${status}`] = (res) => res.writeHead(status, { location: '/plain' }).end(`status ${status}`);
routes['/no-location'] = (res) => res.writeHead(302).end('no location');

const server = createServer((req, res) => (routes[req.url ?? ''] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res));
let base = '';
beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((base = `127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
afterAll(() => server.close());

const get = (path: string, protocol = 'http') => httpGet(new URL(`${protocol}://${base}${path}`), `named ${path}`, () => ({}), { allowPrivateAddresses: true });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: Error) => e);
const text = async (path: string) => {
  const r = await get(path);
  return `${r.status} ${r.body.toString()}`;
};

describe('httpGet', () => {
  it('returns the status, its text, the charset and the body', async () => {
    expect(await get('/ok')).toEqual({ status: 200, statusText: 'Fine', charset: 'ISO-8859-1', body: Buffer.from('<a/>') });
    expect(await get('/plain')).toEqual({ status: 200, statusText: 'OK', body: Buffer.from('plain') });
    expect((await get('/spaced')).charset).toBe('utf-16le');
    expect(Object.keys(await get('/bare'))).toEqual(['status', 'statusText', 'body']);
  });

  it('follows a 3xx with a Location, other than 304; returns the rest as they are', async () => {
    expect(await Promise.all([299, 300, 302, 304, 399, 400].map((s) => text(`/status${s}`)))).toEqual(['299 status 299', '200 plain', '200 plain', '304 ', '200 plain', '400 status 400']);
    expect(await text('/no-location')).toBe('302 no location');
  });

  it('follows five redirects, and refuses the sixth naming its target', async () => {
    expect(await text('/hop0')).toBe('200 plain');
    const error = await failure(get('/six'));
    expect(error).toBeInstanceOf(LoadError);
    expect(error?.message).toBe(`named /six: more than 5 redirects (the last to http://${base}/hop5)`);
  });

  it('refuses a redirect to a scheme other than http(s)', async () => {
    const error = await failure(get('/to-ftp'));
    expect(error).toBeInstanceOf(RefusedLocationError);
    expect(error?.message).toBe('named /to-ftp: redirects to ftp: (ftp://127.0.0.1/a.xsd): only http and https are followed');
  });

  it('names a download that broke off, with the error and its code', async () => {
    const error = await failure(get('/broken'));
    expect(error).toBeInstanceOf(LoadError);
    expect(error?.message).toBe('named /broken: the download broke off: aborted (ECONNRESET)');
  });

  it('names a connection refused once by its code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(httpGet(new URL(`http://127.0.0.1:${port}/`), 'closed', () => ({}), { allowPrivateAddresses: true }));
    expect(error?.message).toBe(`closed: cannot be fetched: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('speaks TLS to an https URL: a plain http server there fails the handshake', async () => {
    const error = await failure(get('/plain', 'https'));
    expect(error).toBeInstanceOf(LoadError);
    expect(error?.message).toMatch(/^named \/plain: cannot be fetched: .*EPROTO.*wrong version number/);
    // Another origin: followed only when allowed.
    const redirected = await failure(httpGet(new URL(`http://${base}/to-https`), 'named /to-https', () => ({}), { allowPrivateAddresses: true, allowCrossOriginRedirects: true }));
    expect(redirected?.message).toMatch(/^named \/to-https: cannot be fetched: .*EPROTO.*wrong version number/);
  });
});

describe('the checked lookup', () => {
  const lookup = (name: string, options: { all?: boolean }) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }>((resolve) => checkedLookup('named')(name, options, (error, address, family) => resolve({ error, address, family })));

  it('hands the connection the addresses it checked, one or all as asked', async () => {
    expect(await lookup('8.8.8.8', {})).toEqual({ error: null, address: '8.8.8.8', family: 4 });
    expect(await lookup('8.8.8.8', { all: true })).toEqual({ error: null, address: [{ address: '8.8.8.8', family: 4 }], family: undefined });
  });

  it('passes a DNS failure on, and refuses a name resolving to a refused address', async () => {
    const failed = await lookup('no-such-host.invalid', {});
    expect(failed.error?.code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
    const refused = await lookup('127.0.0.1', {});
    expect(refused.error).toBeInstanceOf(RefusedAddressError);
    expect(refused.error?.message).toMatch(/^named: refused: its host is 127\.0\.0\.1, a loopback address;/);
  });

  it('checkAddress lets a public address through', () => {
    expect(() => checkAddress('named', '8.8.8.8')).not.toThrow();
    expect(() => checkAddress('named', '2001:4860:4860::8888')).not.toThrow();
    expect(() => checkAddress('named', '10.0.0.1')).toThrow(RefusedAddressError);
  });
});
