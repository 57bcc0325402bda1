/**
 * The round-trip stage: a `soap` package server built from the entry's own WSDL, implementing
 * every operation of one SOAP port with a sample answer built from node-soap's description of
 * the operation's output, on loopback. node-soap's own client calls one operation first, which
 * checks the server side (the sample must come back); then the generated SDK's client calls it
 * and must decode the same sample.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { createClientAsync, listen, type Client, type IServerOptions } from 'soap';
import { missingLeaves, sampleOf, type Sample } from './sample.ts';
import { callThroughGeneratedClient } from './generated-call.ts';
import type { StageResult } from './stages.ts';

export interface GeneratedClientCall {
  sdkDir: string;
  /** The loopback URL the server answers on. */
  endpoint: string;
  service: string;
  port: string;
  operation: string;
}

export interface RoundTripResult {
  /** node-soap's client against the server: the harness itself works for this WSDL. */
  server: StageResult;
  /** The generated SDK's client against the same server. */
  roundTrip: StageResult;
  service?: string;
  port?: string;
  operation?: string;
}

type Description = Record<string, Record<string, Record<string, { input: never; output: never }>>>;
interface WsdlInternals {
  describeServices(): Description;
  definitions: { services: Record<string, { ports: Record<string, { location?: string; binding?: { style?: string; transport?: string } }> }> };
}

export async function roundTrip(wsdlPath: string, options: { soap12: boolean; sdkDir?: string }): Promise<RoundTripResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  try {
    const services: Record<string, Record<string, Record<string, () => Sample>>> = {};
    // Every path: node-soap picks the port whose address has the request's path, so the
    // client calls the chosen port's own path.
    const path = /^\/.*/;
    let settle: (error?: unknown) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve());
    });
    const soapServer = listen(http, {
      path,
      services,
      xml: readFileSync(wsdlPath, 'utf8'),
      uri: wsdlPath,
      forceSoap12Headers: options.soap12,
      callback: (error: unknown) => settle(error),
    } satisfies IServerOptions);
    await ready;
    // node-soap keeps the parsed WSDL private; its description and port table are what the sample needs.
    const wsdl = (soapServer as unknown as { wsdl: WsdlInternals }).wsdl;
    const chosen = choosePort(wsdl);
    if (!chosen) return failedBoth('node-soap finds no port with a SOAP binding in this WSDL', elapsed());
    const { service, port, operations, location } = chosen;
    // Every port answers, in case node-soap binds a request to another port of the same address.
    for (const [s, ports] of Object.entries(wsdl.describeServices())) {
      services[s] = Object.fromEntries(Object.entries(ports).map(([p, ops]) => [p, Object.fromEntries(Object.entries(ops).map(([name, d]) => [name, () => sampleOf(d.output)]))]));
    }
    // One with a request and an answer to carry samples both ways: node-soap's server finds the
    // operation by the request's body element, so it cannot route an empty body.
    const names = Object.keys(operations);
    const operation = names.find((name) => operations[name]!.output && hasFields(operations[name]!.input)) ?? names.find((name) => operations[name]!.output) ?? names[0]!;
    const input = sampleOf(operations[operation]!.input);
    const expected = sampleOf(operations[operation]!.output);
    const endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}${new URL(location ?? '/', 'http://localhost').pathname}`;

    const client = await createClientAsync(wsdlPath, { forceSoap12Headers: options.soap12 }, endpoint);
    const answer = await callWithNodeSoap(client, service, port, operation, input);
    const lost = missingLeaves(expected, answer);
    const named = { service, port, operation };
    const server: StageResult = lost.length === 0 ? { status: 'pass', ms: elapsed() } : { status: 'fail', ms: elapsed(), message: `node-soap's client did not get the sample back: missing ${lost.slice(0, 5).join(', ')}` };
    if (server.status !== 'pass') return { server, roundTrip: { status: 'skip', ms: 0, message: 'the server check failed' }, ...named };
    if (!options.sdkDir) return { server, roundTrip: { status: 'n/a', ms: 0, message: 'no SDK was generated for the round trip' }, ...named };
    const viaSdk = performance.now();
    try {
      const decoded = await callThroughGeneratedClient({ sdkDir: options.sdkDir, endpoint, service, port, operation });
      const missing = missingLeaves(expected, decoded);
      const ms = performance.now() - viaSdk;
      return { server, roundTrip: missing.length === 0 ? { status: 'pass', ms } : { status: 'fail', ms, message: `the decoded answer lacks ${missing.slice(0, 5).join(', ')}` }, ...named };
    } catch (error) {
      return { server, roundTrip: { status: 'fail', ms: performance.now() - viaSdk, message: oneLine(error) }, ...named };
    }
  } catch (error) {
    return failedBoth(`node-soap: ${oneLine(error)}`, elapsed());
  } finally {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  }
}

function hasFields(description: unknown): boolean {
  return typeof description === 'object' && description !== null && Object.keys(description).some((key) => key !== 'targetNSAlias' && key !== 'targetNamespace');
}

function failedBoth(message: string, ms: number): RoundTripResult {
  return { server: { status: 'fail', ms, message }, roundTrip: { status: 'skip', ms: 0, message: 'the server check failed' } };
}

/** The first port whose binding is SOAP and has operations, with node-soap's description of them. */
function choosePort(wsdl: WsdlInternals): { service: string; port: string; location?: string; operations: Record<string, { input: never; output: never }> } | undefined {
  const described = wsdl.describeServices();
  for (const [service, s] of Object.entries(wsdl.definitions.services)) {
    for (const [port, p] of Object.entries(s.ports)) {
      const operations = described[service]?.[port];
      if ((p.binding?.style || p.binding?.transport) && operations && Object.keys(operations).length > 0) return { service, port, operations, ...(p.location ? { location: p.location } : {}) };
    }
  }
  return undefined;
}

function callWithNodeSoap(client: Client, service: string, port: string, operation: string, input: Sample): Promise<unknown> {
  const method = (client as unknown as Record<string, Record<string, Record<string, (args: unknown, cb: (error: unknown, result: unknown) => void) => void>>>)[service]?.[port]?.[operation];
  if (!method) return Promise.reject(new Error(`node-soap's client has no ${service}.${port}.${operation}`));
  return new Promise((resolve, reject) => method(input, (error, result) => (error ? reject(error) : resolve(result))));
}

function oneLine(error: unknown): string {
  // node-soap rejects with plain objects too (a Fault as it parsed it).
  const text = error instanceof Error ? error.message : inspect(error, { depth: 4, breakLength: Infinity });
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 400);
}
