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
import { Client, listen, type IServerOptions } from 'soap';
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
interface NodeSoapBinding {
  style?: string;
  transport?: string;
}
interface WsdlInternals {
  describeServices(): Description;
  definitions: { bindings: Record<string, NodeSoapBinding>; services: Record<string, { ports: Record<string, { location?: string; binding?: NodeSoapBinding }> }> };
}

/** node-soap's server for the WSDL text on `http`; resolves, once it has read the WSDL, with the WSDL as it parsed it (which it keeps private). */
function serve(http: Server, services: IServerOptions['services'], xml: string, uri: string, soap12: boolean): Promise<WsdlInternals> {
  return new Promise((resolve, reject) => {
    const soapServer = listen(http, {
      // Every path: node-soap picks the port whose address has the request's path, so the
      // client calls the chosen port's own path.
      path: /^\/.*/,
      services,
      xml,
      uri,
      forceSoap12Headers: soap12,
      callback: (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve((soapServer as unknown as { wsdl: WsdlInternals }).wsdl)),
    } satisfies IServerOptions);
  });
}

/** The SOAP-over-HTTP bindings (the ones node-soap keeps) that no wsdl:port names. */
function unboundBindings(wsdl: WsdlInternals): string[] {
  const bound = new Set(Object.values(wsdl.definitions.services).flatMap((s) => Object.values(s.ports).map((p) => p.binding)));
  return Object.entries(wsdl.definitions.bindings)
    .filter(([, binding]) => !bound.has(binding))
    .map(([name]) => name);
}

/**
 * node-soap serves only what a wsdl:port names. A SOAP binding no port names (ONVIF's WSDLs
 * declare none: the device says where it listens) gets a service and port of its own, both
 * named after it, in the text node-soap reads; the SDK is generated from the WSDL as it is, and
 * its class for the binding (named the same) is given the port's endpoint. node-soap reads a
 * binding reference by its local name only.
 */
function withPorts(xml: string, bindings: string[]): string {
  const close = /<\/((?:[\w.-]+:)?)definitions\s*>\s*$/.exec(xml);
  if (!close) throw new Error('the WSDL does not end with its definitions element');
  const wsdl = close[1]!;
  const services = bindings.map(
    (name) =>
      `<${wsdl}service name="${name}"><${wsdl}port name="${name}" binding="unbound:${name}" xmlns:unbound="urn:unbound"><address xmlns="http://schemas.xmlsoap.org/wsdl/soap/" location="http://localhost/${name}"/></${wsdl}port></${wsdl}service>`,
  );
  return `${xml.slice(0, close.index)}${services.join('')}${xml.slice(close.index)}`;
}

export async function roundTrip(wsdlPath: string, options: { soap12: boolean; sdkDir?: string }): Promise<RoundTripResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  try {
    const services: Record<string, Record<string, Record<string, () => Sample>>> = {};
    const original = readFileSync(wsdlPath, 'utf8');
    let wsdl = await serve(http, services, original, wsdlPath, options.soap12);
    const unbound = unboundBindings(wsdl);
    if (unbound.length > 0) {
      http.removeAllListeners('request');
      wsdl = await serve(http, services, withPorts(original, unbound), wsdlPath, options.soap12);
    }
    const chosen = choosePort(wsdl);
    if (!chosen) return failedBoth('node-soap finds no port with a SOAP binding over HTTP in this WSDL', elapsed());
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

    const client = new Client(wsdl as never, endpoint, { forceSoap12Headers: options.soap12 });
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
