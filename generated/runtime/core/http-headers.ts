/**
 * The HTTP headers a client adds to every request: its User-Agent and the application's own
 * (`httpHeaders`). They cannot replace what the SOAP binding needs (content-type, which carries
 * SOAP 1.2's action, SOAPAction, accept) nor what fetch manages, so such a name is refused when
 * the client is made rather than sent and overridden, or sent and breaking calls.
 */
import { SDK_USER_AGENT } from './sdk-identity.js';

const RESERVED: Record<string, string> = {
  'content-type': 'the SOAP binding sets it (with the action, in SOAP 1.2)',
  soapaction: 'the SOAP binding sets it from the operation',
  accept: 'the SOAP binding sets it',
  'user-agent': 'use the userAgent option',
  'content-length': 'fetch sets it',
  'transfer-encoding': 'fetch sets it',
  host: 'fetch sets it from the endpoint',
  connection: 'fetch manages connections',
};

/** Headers whose values are credentials: kept out of hooks, logs and errors like the password. */
const SECRET_HEADER = /^(proxy-)?authorization$|^cookie$|token|secret|password|api-?key/i;

export interface ClientHeaders {
  /** Lower-case names; the User-Agent included. */
  headers: Record<string, string>;
  /** Values of the headers that carry credentials, for the client's redaction. */
  secrets: string[];
}

export function clientHeaders(userAgent: string | undefined, custom: Record<string, string> | undefined): ClientHeaders {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  for (const [rawName, value] of Object.entries(custom ?? {})) {
    const name = rawName.toLowerCase();
    if (RESERVED[name]) throw new TypeError(`httpHeaders cannot set ${rawName}: ${RESERVED[name]}`);
    if (name in headers) throw new TypeError(`httpHeaders sets ${rawName} twice (header names are case-insensitive)`);
    checkHeader(name, value, 'httpHeaders');
    headers[name] = value;
    if (SECRET_HEADER.test(name)) secrets.push(value);
  }
  const agent = userAgent ?? SDK_USER_AGENT;
  checkHeader('user-agent', agent, 'userAgent');
  return { headers: { 'user-agent': agent, ...headers }, secrets };
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

/** Names the header, never its value (it may be a credential). */
function checkHeader(name: string, value: unknown, option: string): void {
  if (!TOKEN.test(name)) throw new TypeError(`${option}: ${JSON.stringify(name)} is not a valid HTTP header name`);
  if (typeof value !== 'string') throw new TypeError(`${option}: the value of ${name} is not a string`);
  try {
    new Headers([[name, value]]);
  } catch {
    throw new TypeError(`${option}: the value of ${name} cannot be sent in HTTP (it has CR, LF, NUL or a character beyond U+00FF)`);
  }
}
