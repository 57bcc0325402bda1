/**
 * A fake Boomi Partner API on loopback, for tests and demos: node-soap's server does the SOAP
 * routing and writes envelopes and faults; the fake adds what node-soap cannot do here — Basic
 * auth and schema numbering on ?wsdl / ?xsd=N, the UsernameToken check, the switchable 503 —
 * and answers with the SDK's own codec, so objects travel with xsi:type as Boomi sends them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listen } from 'soap';
import { basicAuthValid, usernameTokenValid } from './auth.ts';
import { FakePartnerApi } from './partner-api.ts';
import { FakeStore } from './store.ts';
import { decodeRequest, encodeResponseChildren, operationInfo } from './wire.ts';

export interface FakeOptions {
  port?: number;
  /** The account the credentials belong to. */
  primaryAccount?: string;
  /** Accounts below the primary one, reachable with the override. */
  subAccounts?: string[];
  /** User name → password (an API token user is `BOOMI_TOKEN.<user>`). */
  users?: Record<string, string>;
  pageSize?: number;
  /** How often asyncResult and provisioning GETs answer "not yet" before the result. */
  asyncPending?: number;
}

export interface RunningFake {
  url: string;
  wsdlUrl: string;
  primaryAccount: string;
  store: FakeStore;
  /** Calls per SOAP operation, for asserting how many requests were made. */
  calls: Map<string, number>;
  /** The next `count` SOAP calls answer HTTP 503 (with Retry-After when given). */
  setRateLimited(count: number, retryAfterSeconds?: number): void;
  /** The next SOAP call answers this fault. */
  failNext(faultstring: string): void;
  close(): Promise<void>;
}

const WSDL_DIR = new URL('../wsdl/', import.meta.url);
const SCHEMAS: Record<string, string> = { '1': 'PartnerApi.xsd1.xsd', '2': 'PartnerApi.xsd2.xsd' };

export async function startFakePartnerApi(options: FakeOptions = {}): Promise<RunningFake> {
  const primaryAccount = options.primaryAccount ?? 'acme-AB12CD';
  const users = options.users ?? { 'ops@acme.example': 's3cret', 'BOOMI_TOKEN.ops@acme.example': 'token-123' };
  const api = new FakePartnerApi({ store: new FakeStore(), primaryAccount, subAccounts: new Set(options.subAccounts ?? ['sub-XY34ZW']), pageSize: options.pageSize ?? 100, asyncPending: options.asyncPending ?? 1 });
  const calls = new Map<string, number>();
  let rateLimited = 0;
  let retryAfter: number | undefined;
  let nextFault: string | undefined;

  const server = createServer();
  const path = `/partner/api/soap/v1/${primaryAccount}`;
  const wsdl = readFileSync(new URL('PartnerApi.wsdl', WSDL_DIR), 'utf8');
  const handlers: Record<string, (args: unknown, cb: unknown, headers: unknown, req: IncomingMessage & { body?: Buffer }) => unknown> = {};
  for (const name of wsdlOperations(wsdl)) {
    handlers[name] = (_args, _cb, _headers, req) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      if (nextFault !== undefined) {
        const message = nextFault;
        nextFault = undefined;
        throw { Fault: { faultcode: 'soap:Server', faultstring: message, statusCode: 500 } };
      }
      const op = operationInfo(name)!;
      const response = api.handle(name, decodeRequest(op, req.body!.toString('utf8')));
      return { $xml: encodeResponseChildren(op, response) };
    };
  }
  // `uri` lets node-soap resolve the WSDL's relative schema imports; it installs its request
  // listener once the WSDL is read.
  await new Promise<void>((resolve, reject) => {
    const soapServer = listen(server, {
      path,
      services: { BoomiPartnerApiVersion1Service: { BoomiPartnerApiVersion1Port: handlers } },
      xml: wsdl,
      uri: fileURLToPath(new URL('PartnerApi.wsdl', WSDL_DIR)),
      callback: (error: unknown) => (error ? reject(error) : resolve()),
    });
    soapServer.log = () => {};
  });
  const soapListener = server.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage & { body?: Buffer }, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return void res.writeHead(404).end('no such endpoint');
    if (req.method === 'GET') return serveDescription(url, req, res, users, server);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      req.body = Buffer.concat(chunks);
      if (rateLimited > 0) {
        rateLimited--;
        return void res.writeHead(503, { 'content-type': 'text/html', ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}) }).end('<html><body>The Boomi server is currently unavailable or your account\'s rate limits have been exceeded.</body></html>');
      }
      if (!usernameTokenValid(req.body.toString('utf8'), users)) return void res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized');
      soapListener(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return {
    url: base,
    wsdlUrl: `${base}?wsdl`,
    primaryAccount,
    store: api.state.store,
    calls,
    setRateLimited: (count, seconds) => {
      rateLimited = count;
      retryAfter = seconds;
    },
    failNext: (message) => {
      nextFault = message;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** ?wsdl and ?xsd=N behind Basic auth; the WSDL names its schemas by ?xsd=N as the live service does. */
function serveDescription(url: URL, req: IncomingMessage, res: ServerResponse, users: Record<string, string>, server: Server): void {
  if (!basicAuthValid(req.headers.authorization, users)) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="Boomi"' }).end('Unauthorized');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${url.pathname}`;
  const withXsdUrls = (text: string) => text.replace(/schemaLocation="PartnerApi\.xsd(\d)\.xsd"/g, (_m, n: string) => `schemaLocation="${base}?xsd=${n}"`);
  if (url.searchParams.has('wsdl')) return void res.writeHead(200, { 'content-type': 'text/xml' }).end(withXsdUrls(readFileSync(new URL('PartnerApi.wsdl', WSDL_DIR), 'utf8')));
  const schema = SCHEMAS[url.searchParams.get('xsd') ?? ''];
  if (schema) return void res.writeHead(200, { 'content-type': 'text/xml' }).end(withXsdUrls(readFileSync(new URL(schema, WSDL_DIR), 'utf8')));
  res.writeHead(404).end('unknown resource');
}

function wsdlOperations(wsdl: string): string[] {
  const portType = /<portType[^>]*>([\s\S]*?)<\/portType>/.exec(wsdl)?.[1] ?? '';
  return [...portType.matchAll(/<operation name="([^"]+)"/g)].map((m) => m[1]!);
}
