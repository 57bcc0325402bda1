/**
 * Everything the fake does in front of node-soap, per HTTP request:
 * - GET `?wsdl` / `?xsd=N` behind HTTP Basic auth (401 with a challenge, 403 for a user of
 *   another account);
 * - POST: the staged 503s, then the envelope parsed strictly and the UsernameToken checked
 *   (401 / 403 with a SOAP Fault), then the call handed to node-soap.
 * node-soap gets a stripped envelope naming only the operation: the gate has already read the
 * request, and node-soap's own parser crashes on some input (an unknown operation answers a
 * stack trace) and, seeing a WS-Security Timestamp, adds one to the response with an
 * undeclared `soap:` prefix when the envelope prefix is `S`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { basicCredentials, usernameToken, type AuthOutcome, type Credentials } from './credentials.ts';
import type { Controls } from './controls.ts';
import { describe } from './description.ts';
import { FakeFault, faultEnvelope } from './soap-faults.ts';
import { HANDLERS } from './handlers/index.ts';
import { SOAP_ENV } from './namespaces.ts';
import { attachPrepared, type SoapListener } from './soap-service.ts';
import { parseEnvelope } from './xml/envelope.ts';
import type { ServedWsdl } from './wsdl.ts';

export const ENDPOINT_PATH = /^\/partner\/api\/soap\/v1\/([A-Za-z0-9._-]+)\/?$/;
const MAX_BODY = 16 * 1024 * 1024;

/** Boomi's words for a credentials failure (protocol notes §10). */
const UNAUTHENTICATED = 'An error occurred as a result of missing credentials or unauthorized access.';
const FORBIDDEN = 'Access denied due to insufficient permissions.';
const BUSY = "The Boomi server is currently unavailable or your account's rate limits have been exceeded. Retry later.";

export interface GateContext {
  wsdl: ServedWsdl;
  credentials: Credentials;
  controls: Controls;
  soap: SoapListener;
}

export function gate(context: GateContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const match = ENDPOINT_PATH.exec(url.pathname);
    if (!match) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    const account = match[1]!;
    if (req.method === 'GET') return description(context, req, res, url, account);
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'GET, POST', 'content-type': 'text/plain' }).end('Method Not Allowed');
    readBody(req)
      .then((body) => call(context, req, res, body, account))
      .catch((error: unknown) => {
        if (error instanceof TooLarge) res.writeHead(413, { 'content-type': 'text/plain' }).end('Request Entity Too Large');
        else res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad Request');
      });
  };
}

function description(context: GateContext, req: IncomingMessage, res: ServerResponse, url: URL, account: string): void {
  const outcome = context.credentials.check(basicCredentials(req.headers.authorization), account);
  if (outcome === 'unauthenticated') return void res.writeHead(401, { 'www-authenticate': 'Basic realm="Boomi Platform API"', 'content-type': 'text/plain' }).end('Unauthorized');
  if (outcome === 'forbidden') return void res.writeHead(403, { 'content-type': 'text/plain' }).end(FORBIDDEN);
  const endpoint = `http://${req.headers.host ?? 'localhost'}${url.pathname.replace(/\/$/, '')}`;
  const text = describe(context.wsdl, url.searchParams, endpoint);
  if (text === undefined) {
    const numbers = [...context.wsdl.schemaDocuments.keys()].map((n) => `?xsd=${n}`);
    return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`Ask for ${['?wsdl', ...numbers].join(', ')}`);
  }
  res.writeHead(200, { 'content-type': 'text/xml;charset=utf-8' }).end(text);
}

function call(context: GateContext, req: IncomingMessage, res: ServerResponse, body: Buffer, account: string): void {
  context.controls.httpRequests++;
  const limited = context.controls.takeRateLimit();
  if (limited) {
    const retryAfter = limited.retryAfterSeconds === undefined ? {} : { 'retry-after': String(limited.retryAfterSeconds) };
    return void res.writeHead(503, { 'content-type': 'text/html', ...retryAfter }).end(`<html><body><h1>503 Service Unavailable</h1><p>${BUSY}</p></body></html>`);
  }
  if (!/^text\/xml\b/i.test(req.headers['content-type'] ?? '')) {
    return void res.writeHead(415, { 'content-type': 'text/plain' }).end('Unsupported Content-Type: SOAP 1.1 requests are text/xml');
  }
  let envelope;
  try {
    envelope = parseEnvelope(body.toString('utf8'));
  } catch (error) {
    return answerFault(res, error instanceof FakeFault ? error : new FakeFault('Invalid request.'));
  }
  const outcome: AuthOutcome = context.credentials.check(usernameToken(envelope.header), account);
  if (outcome === 'unauthenticated') return answerFault(res, new FakeFault(UNAUTHENTICATED, 'S:Client', 401));
  if (outcome === 'forbidden') return answerFault(res, new FakeFault(FORBIDDEN, 'S:Client', 403));
  const operation = envelope.wrapper.localName ?? '';
  // Wrappers are in the namespace the schemas put them in (api for get, query and queryMore);
  // only the operations of the WSDL's port are answered, whatever else its schemas declare.
  const namespace = envelope.wrapper.namespaceURI ?? '';
  if (!Object.hasOwn(HANDLERS, operation) || !context.wsdl.operations.has(operation) || !context.wsdl.schema.element(namespace, operation)) {
    return answerFault(res, new FakeFault(`Invalid request: {${namespace}}${operation} is not an operation of this service.`));
  }
  attachPrepared(req, { caller: account, wrapper: envelope.wrapper });
  (req as IncomingMessage & { body?: Buffer }).body = Buffer.from(`<S:Envelope xmlns:S="${SOAP_ENV}"><S:Body><p:${operation} xmlns:p="${namespace}"/></S:Body></S:Envelope>`);
  // node-soap routes by SOAPAction when one is given and echoes the request's content type.
  delete req.headers.soapaction;
  delete req.headers['content-encoding'];
  req.headers['content-type'] = 'text/xml; charset=utf-8';
  context.soap(req, res);
}

function answerFault(res: ServerResponse, fault: FakeFault): void {
  res.writeHead(fault.httpStatus, { 'content-type': 'text/xml; charset=utf-8' }).end(faultEnvelope(fault));
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is drained, not kept, so the 413 still reaches the client.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reject(new TooLarge());
      try {
        const raw = Buffer.concat(chunks);
        resolve(req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    req.on('error', reject);
  });
}
