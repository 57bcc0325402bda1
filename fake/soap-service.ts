/**
 * The fake on node-soap's server: node-soap routes each call to its operation and writes the
 * envelope (`S:` prefix) and faults; the operation functions here decode the request with the
 * fake's strict decoder, run the handler and hand back the response wrapper as raw XML
 * (node-soap's `_xml`), because node-soap cannot write xsi:type objects with schema-placed
 * attributes on its own.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Element } from '@xmldom/xmldom';
import { listen } from 'soap';
import type { Controls } from './controls.ts';
import { FakeFault } from './soap-faults.ts';
import { HANDLERS, type FakeState } from './handlers/index.ts';
import { decodeWrapper, type Decoded } from './xml/decode.ts';
import { encodeResponse } from './xml/encode.ts';
import type { ServedWsdl } from './wsdl.ts';

/** What the HTTP gate learnt about a request before node-soap sees it. */
export interface PreparedCall {
  /** The account in the URL, whose credentials were checked. */
  caller: string;
  /** The operation wrapper of the request as sent. */
  wrapper: Element;
}

const PREPARED = Symbol('fake.preparedCall');

export function attachPrepared(req: IncomingMessage, call: PreparedCall): void {
  (req as IncomingMessage & { [PREPARED]?: PreparedCall })[PREPARED] = call;
}

function preparedOf(req: IncomingMessage): PreparedCall {
  const call = (req as IncomingMessage & { [PREPARED]?: PreparedCall })[PREPARED];
  if (!call) throw new FakeFault('Internal error: the request did not pass the gate.', 'S:Server');
  return call;
}

type Operation = (args: unknown, callback: unknown, headers: unknown, req: IncomingMessage) => { _xml: string };

/** An operation function for each operation of the WSDL's port that the fake has a handler for. */
function operations(state: FakeState, controls: Controls, wsdl: ServedWsdl): Record<string, Operation> {
  const port: Record<string, Operation> = {};
  for (const [name, handler] of Object.entries(HANDLERS)) {
    if (!wsdl.operations.has(name)) continue;
    port[name] = (_args, _callback, _headers, req) => {
      try {
        const prepared = preparedOf(req);
        // Decoded before a staged fault is taken, so the log shows what a failed call asked.
        let request: Decoded | undefined;
        let invalid: unknown;
        try {
          request = decodeWrapper(state.schema, prepared.wrapper).request;
        } catch (error) {
          invalid = error;
        }
        controls.record({ operation: name, endpointAccount: prepared.caller, request });
        const staged = controls.takeFault(name);
        if (staged) throw staged;
        if (!request) throw invalid;
        return { _xml: encodeResponse(state.schema, name, prepared.wrapper.namespaceURI ?? '', handler(state, { operation: name, caller: prepared.caller, request })) };
      } catch (error) {
        // node-soap writes `{ Fault }` as a SOAP 1.1 Fault with its statusCode.
        throw (error instanceof FakeFault ? error : new FakeFault(`Internal error: ${error instanceof Error ? error.message : String(error)}`, 'S:Server')).toNodeSoap();
      }
    };
  }
  return port;
}

export type SoapListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Starts node-soap on `server` for every `/partner/api/soap/v1/<account>` path (node-soap takes
 * a RegExp path) and returns its request listener, detached, for the gate to call.
 */
export async function startSoapService(server: Server, state: FakeState, controls: Controls, wsdl: ServedWsdl): Promise<SoapListener> {
  await new Promise<void>((resolve, reject) => {
    const soapServer = listen(server, {
      path: /^\/partner\/api\/soap\/v1\/[^/]+\/?$/,
      services: { [wsdl.service]: { [wsdl.port]: operations(state, controls, wsdl) } },
      xml: wsdl.text,
      // Resolves the WSDL's relative schema imports.
      uri: wsdl.file,
      envelopeKey: 'S',
      suppressStack: true,
      enableChunkedEncoding: false,
      callback: (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
    });
    soapServer.log = () => {};
  });
  const [listener] = server.listeners('request') as SoapListener[];
  server.removeAllListeners('request');
  if (!listener) throw new Error('node-soap installed no request listener');
  return listener;
}
