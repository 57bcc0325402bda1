// Clients for the fake Partner API tests: node-soap's client built from the served WSDL, and raw
// POSTs for the requests a well-behaved client would never send.
import * as soap from 'soap';
import type { RunningFake } from '../../fake/index.ts';

export const API = 'http://api.platform.boomi.com/';
export const PARTNER = 'http://partner.api.platform.boomi.com/';
export const USER = 'ops@acme.example';
export const PASSWORD = 's3cret';

export interface SoapFault {
  status: number | undefined;
  faultcode: string | undefined;
  faultstring: string | undefined;
  body: string;
}

export interface FakeClient {
  /** Calls a WSDL operation by name (node-soap's `<op>Async` helpers collide with the WSDL's own `queryAsync`). */
  call(operation: string, args: object): Promise<Record<string, unknown>>;
  /** The same call, expected to fail: the HTTP status and the SOAP Fault. */
  fault(operation: string, args: object): Promise<SoapFault>;
  lastRequest(): string;
}

interface ClientOptions {
  account?: string;
  username?: string;
  password?: string;
  /**
   * For create and update, whose children are unqualified: node-soap writes the wrapper with a
   * default namespace, which would put them in the partner namespace, so this client writes the
   * wrapper with a `par:` prefix instead (which in turn leaves qualified children unqualified).
   */
  unqualifiedChildren?: boolean;
}

export async function fakeClient(fake: RunningFake, options: ClientOptions = {}): Promise<FakeClient> {
  // The description is the same for every account: read it from the primary account's endpoint
  // with its user, then call the account's own endpoint with the credentials under test.
  const client = await soap.createClientAsync(fake.wsdlUrl, {
    // Each client reads the WSDL itself: node-soap would otherwise share one parsed WSDL, and
    // with it the root-element override, between clients of the same URL.
    disableCache: true,
    wsdl_options: { auth: { username: USER, password: PASSWORD } },
    ...(options.unqualifiedChildren ? { overrideRootElement: { namespace: 'par', xmlnsAttributes: [{ name: 'xmlns:par', value: PARTNER }] } } : {}),
  });
  // xsi:type values name types as api:<Type>; node-soap declares only the WSDL's own prefixes.
  const wsdl = client.wsdl as unknown as { xmlnsInEnvelope: string };
  if (!wsdl.xmlnsInEnvelope.includes('xmlns:api=')) wsdl.xmlnsInEnvelope += ` xmlns:api="${API}"`;
  client.setEndpoint(fake.endpoint(options.account ?? fake.primaryAccount));
  client.setSecurity(new soap.WSSecurity(options.username ?? USER, options.password ?? PASSWORD, { passwordType: 'PasswordText', hasTimeStamp: false, hasNonce: false }));
  const port = (client as unknown as Record<string, Record<string, Record<string, (args: object, cb: (error: unknown, result: Record<string, unknown>) => void) => void>>>)['BoomiPartnerApiVersion1Service']!['BoomiPartnerApiVersion1Port']!;
  const call = (operation: string, args: object) =>
    new Promise<Record<string, unknown>>((resolve, reject) => port[operation]!(args, (error, result) => (error ? reject(error) : resolve(result ?? {}))));
  return {
    call,
    fault: async (operation, args) => {
      try {
        await call(operation, args);
      } catch (error) {
        return faultOf(error);
      }
      throw new Error(`${operation} succeeded where a fault was expected`);
    },
    lastRequest: () => client.lastRequest ?? '',
  };
}

function faultOf(error: unknown): SoapFault {
  const e = error as { response?: { status?: number }; body?: string; root?: { Envelope?: { Body?: { Fault?: { faultcode?: string; faultstring?: string } } } } };
  const fault = e.root?.Envelope?.Body?.Fault;
  return { status: e.response?.status, faultcode: fault?.faultcode, faultstring: fault?.faultstring, body: e.body ?? '' };
}

/**
 * node-soap's view of an object (`{ attributes: { 'xsi:type': 'ns4:Environment', id } }`) as
 * plain fields with `$type`, recursively; repeated elements stay arrays.
 */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k !== 'attributes') out[k] = plain(v);
    else for (const [name, attr] of Object.entries(v as Record<string, string>)) out[name === 'xsi:type' ? '$type' : name] = name === 'xsi:type' ? attr.slice(attr.indexOf(':') + 1) : attr;
  }
  return out;
}

export const simple = (property: string, operator: string, ...argument: string[]) => ({
  attributes: { 'xsi:type': 'api:SimpleExpression', operator, property },
  ...(argument.length ? { argument } : {}),
});

export const grouping = (operator: 'and' | 'or', ...nestedExpression: object[]) => ({
  attributes: { 'xsi:type': 'api:GroupingExpression', operator },
  nestedExpression,
});

export const filter = (expression: object) => ({ QueryFilter: { expression } });

/** A SOAP request written by hand, for what node-soap would not send. */
export async function post(url: string, body: string, options: { username?: string; password?: string; passwordType?: string; header?: string; contentType?: string } = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const passwordType = options.passwordType ?? 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';
  const security =
    options.header ??
    `<wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken>` +
      `<wsse:Username>${options.username ?? USER}</wsse:Username><wsse:Password Type="${passwordType}">${options.password ?? PASSWORD}</wsse:Password>` +
      `</wsse:UsernameToken></wsse:Security>`;
  const envelope =
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:par="${PARTNER}" xmlns:api="${API}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<soapenv:Header>${security}</soapenv:Header><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': options.contentType ?? 'text/xml; charset=utf-8', soapaction: '""' }, body: envelope });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

export function basic(username = USER, password = PASSWORD): { authorization: string } {
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}
