// Redirects of SOAP calls (issue #14): a SOAP request carries the WS-Security password, so no
// redirect is followed by default, and with `redirects: 'same-origin'` only a 307/308 within the
// endpoint's origin is. Two loopback servers in front of the fake Partner API, on two ports (two
// origins), each answering a redirect where a test asks for one and logging every request.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, DEFAULT_USER, startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { BoomiApiError, HttpStatusError, PartnerApiClient, RedirectError, SoapClient } from '../../generated/index.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';

interface Received {
  method: string;
  path: string;
  body: string;
}

interface Origin {
  url: string;
  received: Received[];
  close(): void;
}

let fake: RunningFake;
let endpointOrigin: Origin;
let elsewhere: Origin;
let endpointPath: string;

/**
 * A server that logs each request, answers `/redirect/<status>?to=<location>` with that redirect
 * (no Location when `to` is absent) and `/loop` with a 307 to itself, and forwards everything
 * else to the fake, path unchanged.
 */
async function startOrigin(): Promise<Origin> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    received.push({ method: req.method ?? '', path: req.url ?? '', body });
    const url = new URL(req.url ?? '/', 'http://origin');
    if (url.pathname === '/loop') return void res.writeHead(307, { location: '/loop' }).end();
    const redirect = /^\/redirect\/(\d{3})$/.exec(url.pathname);
    if (redirect) {
      const to = url.searchParams.get('to');
      return void res.writeHead(Number(redirect[1]), to === null ? {} : { location: to }).end();
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'soapaction']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
    const upstream = await fetch(new URL(req.url ?? '/', fake.url), { method: req.method ?? 'GET', headers, ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }) });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' }).end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Production', classification: 'PROD' });
  endpointPath = new URL(fake.url).pathname;
  [endpointOrigin, elsewhere] = await Promise.all([startOrigin(), startOrigin()]);
});
beforeEach(() => {
  endpointOrigin.received.length = 0;
  elsewhere.received.length = 0;
});
afterAll(async () => {
  endpointOrigin.close();
  elsewhere.close();
  await fake.close();
});

/** A path on the endpoint's origin that answers `status` with `to` as its Location. */
const redirectPath = (status: number, to?: string) => `/redirect/${status}${to === undefined ? '' : `?to=${encodeURIComponent(to)}`}`;

/** A client whose endpoint answers `status` towards `to`; retries on, as for every idempotent call. */
function clientRedirectedTo(status: number, to: string | undefined, redirects?: 'same-origin') {
  return new PartnerApiClient({
    accountId: fake.primaryAccount,
    username: DEFAULT_USER,
    password: DEFAULT_PASSWORD,
    endpoint: `${endpointOrigin.url}${redirectPath(status, to)}`,
    allowInsecureHttp: true,
    requestsPerSecond: Infinity,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...(redirects ? { redirects } : {}),
  });
}

async function redirectError(call: Promise<unknown>): Promise<RedirectError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RedirectError);
  expect(error).toBeInstanceOf(HttpStatusError);
  expect(error).toBeInstanceOf(BoomiApiError);
  return error as RedirectError;
}

/** What the endpoint's origin received: these POSTs, in order. */
function expectPosts(...paths: string[]): void {
  expect(endpointOrigin.received.map((r) => `${r.method} ${r.path}`)).toEqual(paths.map((path) => `POST ${path}`));
}

describe('by default no redirect is followed', () => {
  it.each([301, 302, 303, 307, 308])('%i to another origin → RedirectError naming the status and target; the other origin receives nothing', async (status) => {
    const target = `${elsewhere.url}${endpointPath}`;
    const error = await redirectError(clientRedirectedTo(status, target).environment.get('env-1'));
    expect(error).toMatchObject({ status, location: target, operation: 'get', objectType: 'Environment', bodyExcerpt: '' });
    expect(error.message).toBe(`get Environment: HTTP ${status} redirect to ${target} not followed (redirects are off; see the \`redirects\` option)`);
    expect(elsewhere.received).toEqual([]);
    expectPosts(redirectPath(status, target)); // once: a redirect is not retried
  });

  it.each([302, 303, 307, 308])('%i within the endpoint’s origin → RedirectError, the target not asked', async (status) => {
    const error = await redirectError(clientRedirectedTo(status, endpointPath).environment.get('env-1'));
    expect(error).toMatchObject({ status, location: `${endpointOrigin.url}${endpointPath}` });
    expectPosts(redirectPath(status, endpointPath));
  });

  it('the generic SoapClient refuses them the same way', async () => {
    const target = `${elsewhere.url}${endpointPath}`;
    const soap = new SoapClient({ endpoint: `${endpointOrigin.url}${redirectPath(307, target)}`, security: { username: DEFAULT_USER, password: DEFAULT_PASSWORD }, allowInsecureHttp: true, retry: false });
    const error = await redirectError(soap.call(getOperation, { objectType: 'Environment', objectId: 'env-1' }));
    expect(error).toMatchObject({ status: 307, location: target, operation: 'get', objectType: undefined });
    expect(elsewhere.received).toEqual([]);
    expectPosts(redirectPath(307, target));
  });
});

describe("with redirects: 'same-origin'", () => {
  it.each([307, 308])('a %i within the endpoint’s origin is followed: the same POST re-sent there, its answer read', async (status) => {
    for (const location of [endpointPath, `${endpointOrigin.url}${endpointPath}`]) {
      endpointOrigin.received.length = 0;
      const environment = await clientRedirectedTo(status, location, 'same-origin').environment.get('env-1');
      expect(environment).toEqual({ $type: 'Environment', id: 'env-1', name: 'Production', classification: 'PROD' });
      expectPosts(redirectPath(status, location), endpointPath);
      expect(endpointOrigin.received[1]!.body).toBe(endpointOrigin.received[0]!.body);
    }
    expect(elsewhere.received).toEqual([]);
  });

  const otherOrigins: [string, (port: string) => string][] = [
    ['another port', () => `${elsewhere.url}${endpointPath}`],
    ['another host name for the same server', (port) => `http://localhost:${port}${endpointPath}`],
    ['another scheme', (port) => `https://127.0.0.1:${port}${endpointPath}`],
  ];
  it.each(otherOrigins.flatMap(([what, target]) => [307, 308].map((status) => [status, what, target] as const)))('a %i to %s → RedirectError; nothing sent there', async (status, _what, target) => {
    const location = target(new URL(endpointOrigin.url).port);
    const error = await redirectError(clientRedirectedTo(status, location, 'same-origin').environment.get('env-1'));
    expect(error).toMatchObject({ status, location });
    expect(error.message).toBe(`get Environment: HTTP ${status} redirect to ${location} not followed: only 307/308 within the endpoint's origin are`);
    expect(elsewhere.received).toEqual([]);
    expectPosts(redirectPath(status, location));
  });

  it.each([301, 302, 303])('a %i is not followed, within the origin or not', async (status) => {
    for (const location of [endpointPath, `${elsewhere.url}${endpointPath}`]) {
      endpointOrigin.received.length = 0;
      const error = await redirectError(clientRedirectedTo(status, location, 'same-origin').environment.get('env-1'));
      expect(error).toMatchObject({ status, location: new URL(location, endpointOrigin.url).href });
      expectPosts(redirectPath(status, location));
    }
    expect(elsewhere.received).toEqual([]);
  });

  it('a 307 within the origin that leads on to another origin is refused at that hop', async () => {
    const target = `${elsewhere.url}${endpointPath}`;
    const error = await redirectError(clientRedirectedTo(307, redirectPath(308, target), 'same-origin').environment.get('env-1'));
    expect(error).toMatchObject({ status: 308, location: target });
    expectPosts(redirectPath(307, redirectPath(308, target)), redirectPath(308, target));
    expect(elsewhere.received).toEqual([]);
  });

  it('a redirect without a Location → RedirectError saying so', async () => {
    const error = await redirectError(clientRedirectedTo(307, undefined, 'same-origin').environment.get('env-1'));
    expect(error.message).toMatch(/^get Environment: HTTP 307 redirect to \(no Location\) not followed/);
    expectPosts(redirectPath(307));
  });

  it('a redirect loop within the origin ends in a RedirectError after a few hops', async () => {
    const error = await redirectError(clientRedirectedTo(307, '/loop', 'same-origin').environment.get('env-1'));
    expect(error).toMatchObject({ status: 307, location: `${endpointOrigin.url}/loop` });
    expect(endpointOrigin.received.length).toBeGreaterThan(2);
    expect(endpointOrigin.received.length).toBeLessThan(10);
  });
});
