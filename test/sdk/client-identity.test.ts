// What identifies a client to the server: a User-Agent naming the SDK and its version (the
// generator's, kept equal to package.json's), or the application's own; custom HTTP headers per
// client. A loopback proxy in front of the fake records the headers that arrive.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { SDK_USER_AGENT, SDK_VERSION, type SoapRequestEvent } from '../../generated/index.ts';
import { clientHeaders } from '../../generated/runtime/core/http-headers.ts';
import { SDK_NAME } from '../../generated/runtime/core/sdk-identity.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';
import { repoRoot } from '../support/paths.ts';
import { sdkClient } from './support.ts';

let fake: RunningFake;
let proxy: Server;
let endpoint: string;
let arrived: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
  proxy = createServer(async (req, res) => {
    arrived.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(fake.url, { method: 'POST', body: Buffer.concat(chunks), headers: { 'content-type': req.headers['content-type']!, soapaction: req.headers.soapaction ?? '' } });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/xml' }).end(await upstream.text());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/partner/api/soap/v1/${fake.primaryAccount}`;
});
beforeEach(() => {
  arrived = [];
});
afterAll(async () => {
  proxy.closeAllConnections();
  proxy.close();
  await fake.close();
});

describe('the User-Agent', () => {
  it('names the SDK and the version of the generator that made it', async () => {
    const own = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    expect([SDK_NAME, SDK_VERSION]).toEqual([own.name, own.version]);
    expect(SDK_USER_AGENT).toBe(`${own.name}/${own.version} node/${process.versions.node}`);
    await sdkClient(fake, { endpoint }).environment.get('env-1');
    expect(arrived.map((h) => h['user-agent'])).toEqual([SDK_USER_AGENT]);
  });

  it('is the application’s when it says', async () => {
    await sdkClient(fake, { endpoint, userAgent: `acme-sync/2.3 ${SDK_USER_AGENT}` }).environment.get('env-1');
    expect(arrived.map((h) => h['user-agent'])).toEqual([`acme-sync/2.3 ${SDK_USER_AGENT}`]);
  });
});

describe('custom HTTP headers', () => {
  it('arrive with every request, beside the protocol’s; those carrying credentials are redacted in what hooks see', async () => {
    let shown: SoapRequestEvent['headers'] | undefined;
    const boomi = sdkClient(fake, { endpoint, httpHeaders: { 'X-Correlation-Id': 'run-42', 'Proxy-Authorization': 'Bearer gateway-7f3k' }, hooks: { request: (e) => void (shown = e.headers) } });
    await boomi.environment.get('env-1');
    await boomi.environment.get('env-1');
    expect(arrived).toHaveLength(2);
    for (const headers of arrived) {
      expect(headers).toMatchObject({ 'x-correlation-id': 'run-42', 'proxy-authorization': 'Bearer gateway-7f3k', 'content-type': 'text/xml; charset=utf-8', soapaction: `"${getOperation.soapAction}"`, 'user-agent': SDK_USER_AGENT });
    }
    expect(shown).toMatchObject({ 'x-correlation-id': 'run-42', 'proxy-authorization': '***' });
  });

  it('cannot replace what SOAP needs, and are checked when the client is made', () => {
    const made = (httpHeaders: Record<string, string>) => () => sdkClient(fake, { endpoint, httpHeaders });
    expect(made({ 'Content-Type': 'application/json' })).toThrow('httpHeaders cannot set Content-Type: the SOAP binding sets it (with the action, in SOAP 1.2)');
    expect(made({ SOAPAction: 'urn:other' })).toThrow('httpHeaders cannot set SOAPAction: the SOAP binding sets it from the operation');
    expect(made({ 'User-Agent': 'x' })).toThrow('httpHeaders cannot set User-Agent: use the userAgent option');
    expect(made({ 'x-trace': 'a', 'X-Trace': 'b' })).toThrow('httpHeaders sets X-Trace twice (header names are case-insensitive)');
    expect(made({ 'x trace': 'a' })).toThrow('httpHeaders: "x trace" is not a valid HTTP header name');
    expect(made({ 'x-api-key': 'k3y\r\nx-evil: 1' })).toThrow(/^httpHeaders: the value of x-api-key cannot be sent in HTTP \(it has CR, LF, NUL or a character beyond U\+00FF\)$/);
    expect(() => sdkClient(fake, { endpoint, userAgent: 'acme/1\nx-evil: 1' })).toThrow('userAgent: the value of user-agent cannot be sent in HTTP');
    expect(made({ 'x-retries': 3 as unknown as string })).toThrow(new TypeError('httpHeaders: the value of x-retries is not a string'));
  });

  it('hand the client the values to redact: those of the headers that carry credentials, and only those', () => {
    expect(clientHeaders('acme/1', { 'X-Trace': 't', 'X-Api-Key': 'k', Cookie: 'c=1' })).toEqual({ headers: { 'user-agent': 'acme/1', 'x-trace': 't', 'x-api-key': 'k', cookie: 'c=1' }, secrets: ['k', 'c=1'] });
    expect(clientHeaders(undefined, undefined)).toEqual({ headers: { 'user-agent': SDK_USER_AGENT }, secrets: [] });
  });
});
