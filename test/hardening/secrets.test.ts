// The password in every spelling a server may echo it in (issue #14): raw, XML-escaped in text or
// in an attribute or as character references, URL-encoded or form-encoded, and as the base64 of
// the Basic `user:password` pair. A loopback server echoes it in a 401 page, a fault's detail and
// other answers; the error keeps the server's words with the password masked, and no spelling
// shows in its message, fields, stack, inspect() or JSON, nor in those of the client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, BoomiApiError, MalformedResponseError, PartnerApiClient, PartnerClient, RateLimitError, RedirectError, SoapClient, SoapFaultError, environment } from '../../generated/index.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';

const USERNAME = 'BOOMI_TOKEN.ops@acme.example';
/** Every character below is spelled differently by at least one of the encodings. */
const PASSWORD = `Tr0ub&dor <3 "x'y"!é+/=~*(z)`;

// Each encoder written out here, apart from the SDK's, the way common servers and libraries spell.
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlAttribute = (s: string) => xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const xmlCharacterReferences = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const formEncoded = (s: string) => new URLSearchParams({ p: s }).toString().slice('p='.length);

/** name → what the server writes, and how it stands in XML (an attribute value, element content or CDATA). */
const SPELLINGS: [string, string, string][] = [
  ['raw', PASSWORD, `<![CDATA[${PASSWORD}]]>`],
  ['XML-escaped as text (&amp; &lt; &gt;)', xmlText(PASSWORD), xmlText(PASSWORD)],
  ['XML-escaped as an attribute (&quot; &apos;)', xmlAttribute(PASSWORD), `<e:was value="${xmlAttribute(PASSWORD)}"/>`],
  ['XML character references (&#38; &#39;)', xmlCharacterReferences(PASSWORD), xmlCharacterReferences(PASSWORD)],
  ['URL-encoded (encodeURIComponent)', encodeURIComponent(PASSWORD), encodeURIComponent(PASSWORD)],
  ['URL-encoded (RFC 3986, ! \' ( ) * too)', rfc3986(PASSWORD), rfc3986(PASSWORD)],
  ['form-encoded (+ for space, %21 for !)', formEncoded(PASSWORD), formEncoded(PASSWORD)],
  ['form-encoded with lower-case hex', formEncoded(PASSWORD).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()), formEncoded(PASSWORD).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
  ['base64 of user:password (Basic)', Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64'), Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')],
  ['base64 of the password', Buffer.from(PASSWORD).toString('base64'), Buffer.from(PASSWORD).toString('base64')],
];

/** Every spelling, and each as JSON.stringify writes it inside a string (`"` → `\"`). */
const FORBIDDEN = SPELLINGS.flatMap(([, spelling]) => [spelling, JSON.stringify(spelling).slice(1, -1)]);

interface Answer {
  status: number;
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

let server: Server;
let endpoint: string;
let answer: Answer;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume().on('end', () => res.writeHead(answer.status, { 'content-type': answer.type, ...answer.headers }).end(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/api/soap/v1/acme-AB12CD`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const options = () => ({ accountId: 'acme-AB12CD', username: USERNAME, password: PASSWORD, endpoint, allowInsecureHttp: true, retry: false as const });

/** The error of a call through the aggregate client, with the client. */
async function failWith(respond: Answer): Promise<{ error: BoomiApiError; client: PartnerApiClient }> {
  answer = respond;
  const client = new PartnerApiClient(options());
  const error = await client.environment.get('env-1').then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BoomiApiError);
  return { error: error as BoomiApiError, client };
}

/** Everything a user may print or log of an error and of the client that made it. */
function shown(error: unknown, client: unknown): string {
  const e = error as Error & Record<string, unknown>;
  return [
    e.message, e.stack, String(e), inspect(e, { depth: Infinity }), inspect(e, { depth: Infinity, showHidden: true }), JSON.stringify(e),
    e['bodyExcerpt'], e['detail'], e['faultstring'], JSON.stringify(e['detailValue']),
    inspect(client, { depth: Infinity, showHidden: true }), JSON.stringify(client),
  ].join('\n');
}

function expectNoPassword(text: string): void {
  for (const spelling of FORBIDDEN) expect(text, `shows the password as ${spelling}`).not.toContain(spelling);
}

const soapFault = (faultstring: string, detail: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>${faultstring}</faultstring><detail>${detail}</detail></S:Fault></S:Body></S:Envelope>`;

describe.each(SPELLINGS)('the password %s', (_name, spelling, inXml) => {
  it('in a 401 page: AuthenticationError keeps the page with the password masked', async () => {
    const { error, client } = await failWith({ status: 401, type: 'text/html', body: `<p>Login failed: password ${spelling} is wrong</p>` });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, bodyExcerpt: '<p>Login failed: password *** is wrong</p>' });
    expect(error.message).toBe('get Environment: HTTP 401: <p>Login failed: password *** is wrong</p>');
    expectNoPassword(shown(error, client));
  });

  it('in a fault’s detail: SoapFaultError keeps the detail with the password masked', async () => {
    const detail = (password: string) => `<e:loginError xmlns:e="urn:example:errors">password ${password} is wrong</e:loginError>`;
    const { error, client } = await failWith({ status: 500, type: 'text/xml; charset=utf-8', body: soapFault('Login failed', detail(inXml)) });
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ status: 500, faultcode: 'S:Client', faultstring: 'Login failed', detail: detail(inXml.replace(spelling, '***')) });
    expectNoPassword(shown(error, client));
  });
});

describe('the password in other answers', () => {
  it('in a faultstring, XML-escaped: read as text, masked in the faultstring and the message', async () => {
    const { error, client } = await failWith({ status: 500, type: 'text/xml', body: soapFault(`Invalid password ${xmlText(PASSWORD)} for ${USERNAME}`, '') });
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ faultstring: `Invalid password *** for ${USERNAME}` });
    expect(error.message).toBe(`get Environment: SOAP fault S:Client: Invalid password *** for ${USERNAME}`);
    expectNoPassword(shown(error, client));
  });

  it('in a 200 HTML page: MalformedResponseError', async () => {
    const { error, client } = await failWith({ status: 200, type: 'text/html', body: `<html>Welcome back! <input name="password" value="${xmlAttribute(PASSWORD)}"></html>` });
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ bodyExcerpt: '<html>Welcome back! <input name="password" value="***"></html>' });
    expectNoPassword(shown(error, client));
  });

  it('in a 503 page: RateLimitError', async () => {
    const { error, client } = await failWith({ status: 503, type: 'text/plain', body: `busy; retry with Authorization: Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}` });
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 503, bodyExcerpt: 'busy; retry with Authorization: Basic ***' });
    expectNoPassword(shown(error, client));
  });

  it('in a value that does not fit its type: MalformedResponseError, its cause masked too', async () => {
    const body = `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><p:getResponse xmlns:p="${getOperation.output!.body[0]![1]}" xmlns:a="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><p:result xsi:type="a:Account" accountId="acme-AB12CD" widgetAccount="${xmlAttribute(PASSWORD)}"/></p:getResponse></S:Body></S:Envelope>`;
    answer = { status: 200, type: 'text/xml; charset=utf-8', body };
    const client = new PartnerApiClient(options());
    const error = await client.account.get('acme-AB12CD').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect((error as Error).message).toMatch(/^get Account: unreadable SOAP response: .*"\*\*\*" is not a boolean/);
    expectNoPassword(shown(error, client));
  });

  it('in a body that is not valid UTF-8: MalformedResponseError with the excerpt masked', async () => {
    const body = Buffer.concat([Buffer.from(`<S:Envelope>password=${formEncoded(PASSWORD)} `), Buffer.from([0xff, 0xfe]), Buffer.from('</S:Envelope>')]);
    const { error, client } = await failWith({ status: 200, type: 'text/xml; charset=utf-8', body });
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ bodyExcerpt: '<S:Envelope>password=*** \uFFFD\uFFFD</S:Envelope>' });
    expectNoPassword(shown(error, client));
  });

  it('at the end of the excerpt an error keeps: masked before the cut, not kept in part', async () => {
    const { error, client } = await failWith({ status: 401, type: 'text/plain', body: `${'.'.repeat(490)}${PASSWORD} and more` });
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ bodyExcerpt: `${'.'.repeat(490)}*** and mo` });
    expectNoPassword(shown(error, client));
    expect(shown(error, client)).not.toContain(PASSWORD.slice(0, 5));
  });

  it('in a redirect’s Location: RedirectError names the target with the password masked', async () => {
    const { error, client } = await failWith({ status: 302, type: 'text/plain', body: '', headers: { location: `/login?user=ops&password=${formEncoded(PASSWORD)}` } });
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, location: `${new URL(endpoint).origin}/login?user=ops&password=***` });
    expectNoPassword(shown(error, client));
  });

  it('a password of every printable ASCII character is masked in each spelling', async () => {
    const password = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const spellings = [password, xmlText(password), xmlAttribute(password), xmlCharacterReferences(password), encodeURIComponent(password), rfc3986(password), formEncoded(password)];
    answer = { status: 401, type: 'text/plain', body: spellings.join('\n') };
    const client = new PartnerApiClient({ ...options(), password });
    const error = await client.environment.get('env-1').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ bodyExcerpt: spellings.map(() => '***').join('\n') });
  });

  it('the generic SoapClient and a PartnerClient with an object accessor mask it the same way', async () => {
    const spellings = [PASSWORD, xmlAttribute(PASSWORD), formEncoded(PASSWORD), Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')];
    answer = { status: 401, type: 'text/plain', body: spellings.join(' | ') };
    const soap = new SoapClient({ endpoint, security: { username: USERNAME, password: PASSWORD }, allowInsecureHttp: true });
    const partner = new PartnerClient(options());
    for (const [client, call] of [[soap, () => soap.call(getOperation, { objectType: 'Environment', objectId: 'env-1' })], [partner, () => environment(partner).get('env-1')]] as const) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ bodyExcerpt: '*** | *** | *** | ***' });
      expectNoPassword(shown(error, client));
    }
  });
});
