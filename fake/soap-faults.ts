/**
 * Failures the fake answers with. Boomi's WSDL declares no faults, so every failure is a plain
 * SOAP 1.1 Fault (`S:Client` for the caller's mistakes, `S:Server` otherwise) with HTTP 500, as
 * JAX-WS writes them; credentials fail before the SOAP layer with 401/403 (see README.md).
 */
import { SOAP_ENV } from './namespaces.ts';

export class FakeFault extends Error {
  constructor(
    readonly faultstring: string,
    readonly faultcode: 'S:Client' | 'S:Server' = 'S:Client',
    readonly httpStatus = 500,
  ) {
    super(faultstring);
  }

  /** The shape node-soap's server turns into a SOAP 1.1 Fault and an HTTP status. */
  toNodeSoap(): { Fault: { faultcode: string; faultstring: string; statusCode: number } } {
    return { Fault: { faultcode: this.faultcode, faultstring: this.faultstring, statusCode: this.httpStatus } };
  }
}

/** A caller error: the request is well-formed SOAP but not something the API accepts. */
export const clientFault = (message: string): FakeFault => new FakeFault(message);

/** Boomi's words for an id that does not exist ("No such process", Bulk GET operations page), for any object type. */
export const noSuch = (objectType: string): string => `No such ${objectType.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}`;

export const notFound = (objectType: string): FakeFault => new FakeFault(noSuch(objectType));

export const accessDenied = (detail: string): FakeFault => new FakeFault(`Access denied due to insufficient permissions. ${detail}`);

/**
 * The same envelope node-soap writes for a thrown fault, for the failures the fake answers
 * before node-soap sees the request (credentials, malformed envelopes).
 */
export function faultEnvelope(fault: FakeFault): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?><S:Envelope xmlns:S="${SOAP_ENV}"><S:Body><S:Fault>` +
    `<faultcode>${fault.faultcode}</faultcode><faultstring>${escapeText(fault.faultstring)}</faultstring>` +
    `</S:Fault></S:Body></S:Envelope>`
  );
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
