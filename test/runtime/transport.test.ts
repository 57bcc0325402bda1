// The SOAP layer on its own: the WS-Security header, envelopes and their HTTP headers, the errors a call throws, retry delays, the rate limiter, odd HTTP answers from a raw server,
// and SoapClient calls of a small port of our own against a raw server: the request on the wire and each answer's value or error.
import { createHash } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AbortedError, AuthenticationError, DeclaredFaultError, GetMeta, GetResponseMeta, HttpStatusError, InvalidRequestError, MalformedResponseError, NetworkError, NotFoundError, RateLimitError, RedirectError, SoapCallError, SoapClient, SoapFaultError, TimeoutError, XmlEncodeError, type CallOptions, type CallScope, type SoapClientOptions } from '../../generated/index.ts';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import type { OperationInfo } from '../../generated/runtime/core/soap/message.ts';
import { RateLimiter } from '../../generated/runtime/boomi/rate-limit.ts';
import { parseRetryAfter, realClock, retryDelayMs, withRetries, DEFAULT_RETRY } from '../../generated/runtime/core/retry.ts';
import { soapEnvelope, soapHttpHeaders } from '../../generated/runtime/core/soap/envelope.ts';
import { usernameTokenHeader } from '../../generated/runtime/core/soap/security.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';

describe('WS-Security UsernameToken', () => {
  it('is PasswordText with a wsu:Id and nothing else, values escaped', () => {
    const header = usernameTokenHeader({ username: 'BOOMI_TOKEN.a&b@example.com', password: 'p<w>"' });
    expect(header).toMatch(
      /^<wsse:Security xmlns:wsse="[^"]+secext-1\.0\.xsd" xmlns:wsu="[^"]+utility-1\.0\.xsd"><wsse:UsernameToken wsu:Id="UsernameToken"><wsse:Username>BOOMI_TOKEN\.a&amp;b@example\.com<\/wsse:Username><wsse:Password Type="http:\/\/docs\.oasis-open\.org\/wss\/2004\/01\/oasis-200401-wss-username-token-profile-1\.0#PasswordText">p&lt;w&gt;"<\/wsse:Password><\/wsse:UsernameToken><\/wsse:Security>$/,
    );
  });

  it('offers PasswordDigest: Base64(SHA-1(nonce + created + password)) with Nonce and Created', () => {
    const nonce = Buffer.from('0123456789abcdef');
    const header = usernameTokenHeader({ username: 'u', password: 'secret', passwordType: 'PasswordDigest' }, () => new Date('2024-03-01T12:00:00.123Z'), () => nonce);
    const digest = createHash('sha1').update(Buffer.concat([nonce, Buffer.from('2024-03-01T12:00:00Zsecret')])).digest('base64');
    expect(header).toContain(`#PasswordDigest">${digest}</wsse:Password>`);
    expect(header).toContain(`>${nonce.toString('base64')}</wsse:Nonce>`);
    expect(header).toContain('<wsu:Created>2024-03-01T12:00:00Z</wsu:Created>');
    expect(header).not.toContain('secret');
  });

  it('digests with the time and a fresh 16-byte nonce when given neither', () => {
    const before = Date.now();
    const header = usernameTokenHeader({ username: 'u', password: 'secret', passwordType: 'PasswordDigest' });
    const nonce = Buffer.from(/>([^<]+)<\/wsse:Nonce>/.exec(header)![1]!, 'base64');
    const created = /<wsu:Created>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)<\/wsu:Created>/.exec(header)![1]!;
    expect(nonce).toHaveLength(16);
    expect(Date.parse(created)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(Date.parse(created)).toBeLessThanOrEqual(Date.now());
    const digest = createHash('sha1').update(Buffer.concat([nonce, Buffer.from(`${created}secret`)])).digest('base64');
    expect(header).toContain(`#PasswordDigest">${digest}</wsse:Password>`);
  });

  it('refuses a user name or password XML cannot carry, naming which and the character', () => {
    expect(() => usernameTokenHeader({ username: 'u\u0000', password: 'p' })).toThrow(new XmlEncodeError('username: character U+0000 cannot be written in XML'));
    expect(() => usernameTokenHeader({ username: 'u', password: 'p\u001b' })).toThrow(new XmlEncodeError('password: character U+001B cannot be written in XML'));
  });
});

describe('SOAP envelopes and their HTTP headers', () => {
  it('wraps a body, with an empty Header or the one given, in the version’s namespace', () => {
    expect(soapEnvelope('1.1', '<b/>')).toBe('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/><soapenv:Body><b/></soapenv:Body></soapenv:Envelope>');
    expect(soapEnvelope('1.2', '<b/>', '<h/>')).toBe('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope"><soapenv:Header><h/></soapenv:Header><soapenv:Body><b/></soapenv:Body></soapenv:Envelope>');
  });

  it('names the action in SOAPAction for 1.1, in the content type for 1.2', () => {
    expect(soapHttpHeaders('1.1', 'urn:get')).toEqual({ 'content-type': 'text/xml; charset=utf-8', soapaction: '"urn:get"', accept: 'text/xml' });
    expect(soapHttpHeaders('1.1', '')).toEqual({ 'content-type': 'text/xml; charset=utf-8', soapaction: '""', accept: 'text/xml' });
    expect(soapHttpHeaders('1.2', 'urn:get')).toEqual({ 'content-type': 'application/soap+xml; charset=utf-8; action="urn:get"', accept: 'application/soap+xml, text/xml' });
    expect(soapHttpHeaders('1.2', '')).toEqual({ 'content-type': 'application/soap+xml; charset=utf-8', accept: 'application/soap+xml, text/xml' });
  });
});

describe('the errors a call throws', () => {
  const context = { operation: 'get', objectType: 'Environment' };

  it('are named after their class, for logs and for code that switches on the name', () => {
    const errors = [
      new SoapCallError('m', context),
      new SoapFaultError('soap:Server', 'boom', undefined, 500, context),
      new NotFoundError('soap:Server', 'No such Environment', undefined, 500, context),
      new DeclaredFaultError('ApiFault', {}, 'soap:Server', 'boom', '<d/>', 500, context),
      new HttpStatusError(500, '', context),
      new RedirectError(302, '', false, context),
      new AuthenticationError(401, '', context),
      new RateLimitError(503, '', undefined, context),
      new TimeoutError(100, context),
      new AbortedError('aborted by the caller', context),
      new NetworkError('fetch failed', context),
      new MalformedResponseError('not XML', '<html>', context),
      new InvalidRequestError('bad', context),
      new XmlEncodeError('bad'),
    ];
    expect(errors.map((error) => error.name)).toEqual(errors.map((error) => error.constructor.name));
    expect(errors.every((error) => error instanceof Error)).toBe(true);
  });

  it('say the operation, and the object type when there is one, before what went wrong', () => {
    expect(new TimeoutError(100, context)).toMatchObject({ message: 'get Environment: no complete response within 100 ms', operation: 'get', objectType: 'Environment', timeoutMs: 100 });
    expect(new NetworkError('fetch failed', { operation: 'getAccount' })).toMatchObject({ message: 'getAccount: fetch failed', operation: 'getAccount', objectType: undefined });
    expect(new DeclaredFaultError('ApiFault', { code: 1 }, 'soap:Server', 'boom', '<d/>', 500, context)).toMatchObject({ message: 'get Environment: SOAP fault soap:Server: boom', fault: 'ApiFault', detailValue: { code: 1 }, detail: '<d/>', status: 500 });
  });
});

describe('retries and the rate limit', () => {
  it('backs off exponentially with full jitter, and honours Retry-After', () => {
    const clock = { sleep: async () => {}, random: () => 0.5 };
    expect([1, 2, 3].map((n) => retryDelayMs(new NetworkError('x', { operation: 'get' }), n, DEFAULT_RETRY, clock))).toEqual([125, 250, 500]);
    expect(retryDelayMs(new RateLimitError(503, '', 3000, { operation: 'get' }), 1, DEFAULT_RETRY, clock)).toBe(3000);
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
  });

  it('reads Retry-After as whole seconds around white space, or as a date; anything else is no hint', () => {
    expect([parseRetryAfter(' 7 '), parseRetryAfter('120')]).toEqual([7000, 120_000]);
    expect([parseRetryAfter('7x'), parseRetryAfter('x7'), parseRetryAfter('soon'), parseRetryAfter(''), parseRetryAfter(null)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:28:05 GMT'))).toBe(0);
  });

  it('sleeps on the real clock until its time, or rejects with the abort’s reason at once', async () => {
    await expect(realClock.sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const sleeping = realClock.sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });

  it('leaves no listener on the caller’s signal once a sleep is over, either way', async () => {
    const controller = new AbortController();
    await realClock.sleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const sleeping = realClock.sleep(60_000, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('stops after the policy’s attempts', async () => {
    let attempts = 0;
    const sleeps: number[] = [];
    const run = withRetries(async () => { attempts++; throw new RateLimitError(503, '', undefined, { operation: 'get' }); }, true, DEFAULT_RETRY, { sleep: async (ms) => void sleeps.push(ms), random: () => 1 });
    await expect(run).rejects.toBeInstanceOf(RateLimitError);
    expect(attempts).toBe(5);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it('spaces requests per account', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter(10, { now: () => now, sleep: async (ms) => { slept.push(ms); } });
    for (let i = 0; i < 3; i++) await limiter.acquire('acme');
    await limiter.acquire('other');
    expect(slept).toEqual([100, 200]);
    now = 1000;
    await limiter.acquire('acme');
    expect(slept).toEqual([100, 200]);
  });

  it('counts from the clock’s time, not from zero', async () => {
    let now = 5000;
    const slept: number[] = [];
    const limiter = new RateLimiter(4, { now: () => now, sleep: async (ms) => { slept.push(ms); } });
    for (let i = 0; i < 3; i++) await limiter.acquire('acme');
    expect(slept).toEqual([250, 500]);
  });

  it('does not limit at all when the rate is not a positive finite number', async () => {
    for (const requestsPerSecond of [Infinity, 0, -1, Number.NaN]) {
      const slept: number[] = [];
      const limiter = new RateLimiter(requestsPerSecond, { now: () => 0, sleep: async (ms) => { slept.push(ms); } });
      for (let i = 0; i < 3; i++) await limiter.acquire('acme');
      expect(slept, `${requestsPerSecond}`).toEqual([]);
    }
  });
});

describe('odd HTTP answers', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path.endsWith('/html')) return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
      if (path.endsWith('/truncated')) return void res.writeHead(200, { 'content-type': 'text/xml' }).end('<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><par:getResponse xmlns:par="http://partner.api.platform.boomi.com/"><par:res');
      if (path.endsWith('/slow')) return void setTimeout(() => res.end(), 2000);
      if (path.endsWith('/reset')) return void req.socket.destroy();
      if (path.endsWith('/big')) return void res.writeHead(200, { 'content-type': 'text/xml' }).end('<S:Envelope>' + 'x'.repeat(5000));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  const call = (path: string, extra: object = {}, callOptions: object = {}) =>
    new SoapClient({ security: { username: 'u', password: 'p' }, endpoint: `${url}${path}`, allowInsecureHttp: true, retry: false, ...extra }).call(getOperation, { objectType: 'Environment', objectId: 'e' }, callOptions, { objectType: 'Environment' });

  it.each([
    ['/html', MalformedResponseError],
    ['/truncated', MalformedResponseError],
    ['/reset', NetworkError],
  ])('%s → %o', async (path, type) => {
    await expect(call(path)).rejects.toBeInstanceOf(type);
  });

  it('times out, aborts, and bounds the body', async () => {
    await expect(call('/slow', { timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
    await expect(call('/slow', {}, { signal: AbortSignal.timeout(50) })).rejects.toBeInstanceOf(AbortedError);
    await expect(call('/big', { maxResponseBytes: 1000 })).rejects.toThrow(/larger than 1000 bytes/);
  });

  it('uses the generated wrappers', () => {
    expect(getOperation.input.body[0]![3]).toBeTypeOf('function');
    expect((getOperation.input.body[0]![3] as () => unknown)()).toBe(GetMeta);
    expect((getOperation.output!.body[0]![3] as () => unknown)()).toBe(GetResponseMeta);
  });
});

/** A small port of our own: `place` answers `placed` or the declared fault `rejected`; `notify` is one-way. */
const NS = 'urn:orders';
const Order: XmlTypeInfo = { name: 'order', namespace: NS, tsName: 'Order', fields: [['id', NS, 'id', 'string', '']] };
const Rejected: XmlTypeInfo = { name: 'rejected', namespace: NS, tsName: 'Rejected', fields: [['reason', NS, 'reason', 'string', '']] };
const placeOperation: OperationInfo = {
  name: 'place',
  soapAction: 'urn:place',
  input: { body: [['place', NS, 'parameters', () => Order, '']] },
  output: { body: [['placed', NS, 'parameters', () => Order, '']] },
  faults: [['rejected', NS, 'rejected', () => Rejected, '']],
};
const notifyOperation: OperationInfo = { name: 'notify', soapAction: 'urn:notify', input: { body: [['notify', NS, 'parameters', () => Order, '']] } };
const envelope = (body: string) => `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;
const PLACED = envelope(`<placed xmlns="${NS}"><id>o-1</id></placed>`);
const fault = (detail: string) => envelope(`<S:Fault><faultcode>S:Client</faultcode><faultstring>no such item</faultstring>${detail}</S:Fault>`);

interface Received {
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('a SoapClient call against a raw server', () => {
  let server: Server;
  let origin: string;
  const received: Received[] = [];
  /** How the server answers the next requests. */
  let answer: (req: IncomingMessage, res: ServerResponse) => void;
  const reply = (status: number, headers: Record<string, string>, body: string | Buffer = '') => (answer = (_req, res) => void res.writeHead(status, headers).end(body));
  const XML = { 'content-type': 'text/xml; charset=utf-8' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    received.length = 0;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const client = (extra: Partial<SoapClientOptions> = {}) => new SoapClient({ endpoint: `${origin}/orders`, allowInsecureHttp: true, retry: false, ...extra });
  const place = (extra: Partial<SoapClientOptions> = {}, callOptions: CallOptions = {}, scope: CallScope = {}) => client(extra).call(placeOperation, { id: 'o-1' }, callOptions, scope);
  const failure = (call: Promise<unknown>) => call.then(() => { throw new Error('the call succeeded'); }, (error: unknown) => error as Error);

  it('refuses a missing endpoint, one that is not a URL or has credentials in it, and one that is not https:// (or http:// when allowed) from its start', () => {
    expect(() => new SoapClient({ endpoint: '' })).toThrow(new TypeError('endpoint is required'));
    expect(() => new SoapClient({ endpoint: 'ftp://host/https://x' })).toThrow(new TypeError('refusing ftp://host/https://x: only https:// endpoints (set allowInsecureHttp for http://)'));
    expect(() => new SoapClient({ endpoint: 'ftp://host/http://x', allowInsecureHttp: true })).toThrow(new TypeError('refusing ftp://host/http://x: only https:// endpoints (set allowInsecureHttp for http://)'));
    expect(new SoapClient({ endpoint: 'HTTPS://host/x' }).endpoint).toBe('HTTPS://host/x');
    expect(() => new SoapClient({ endpoint: 'https://exa mple/x' })).toThrow(new TypeError('refusing https://exa mple/x: not a URL'));
    for (const endpoint of ['https://ann:s3cret@host/x', 'https://ann@host/x', 'http://:s3cret@host/x']) {
      expect(() => new SoapClient({ endpoint, allowInsecureHttp: true }), endpoint).toThrow(new TypeError('refusing an endpoint with credentials in its URL (user:password@host): give them as `security`'));
    }
  });

  it('without security: no WS-Security header on the wire, no user name anywhere', async () => {
    reply(200, XML, PLACED);
    const plain = client();
    expect(await plain.call(placeOperation, { id: 'o-1' })).toEqual({ id: 'o-1' });
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toBe(`<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header/><soapenv:Body><ns1:place xmlns:ns1="${NS}"><ns1:id>o-1</ns1:id></ns1:place></soapenv:Body></soapenv:Envelope>`);
    expect(received[0]!.headers).toMatchObject({ 'content-type': 'text/xml; charset=utf-8', soapaction: '"urn:place"', accept: 'text/xml' });
    expect(plain.username).toBeUndefined();
    expect(plain.toJSON()).toStrictEqual({ endpoint: `${origin}/orders` });
    expect(plain.redact('o-1 secret')).toBe('o-1 secret');
  });

  it('with security: the UsernameToken in the Header, the password masked by redact()', async () => {
    reply(200, XML, PLACED);
    const secured = client({ security: { username: 'ann', password: 's3cret' } });
    await secured.call(placeOperation, { id: 'o-1' });
    expect(received[0]!.body).toContain(`<soapenv:Header>${usernameTokenHeader({ username: 'ann', password: 's3cret' })}</soapenv:Header>`);
    expect(JSON.stringify(secured)).toBe(`{"endpoint":"${origin}/orders","username":"ann"}`);
    expect(secured.redact('pw s3cret, s&#x33;cret')).toBe('pw ***, ***');
  });

  it('401 and 403 are an AuthenticationError; 429 and 503 a RateLimitError with the server’s Retry-After', async () => {
    for (const status of [401, 403]) {
      reply(status, XML, 'denied');
      const error = await failure(place());
      expect(error, String(status)).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status, bodyExcerpt: 'denied' });
    }
    for (const status of [429, 503]) {
      reply(status, { 'retry-after': '3' }, 'busy');
      const error = await failure(place());
      expect(error, String(status)).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status, retryAfterMs: 3000, bodyExcerpt: 'busy' });
    }
  });

  it('retries only idempotent operations, or a call that asks; `retry: false` on the client retries nothing', async () => {
    const noWait = { sleep: async () => {}, random: () => 0 };
    const attempts = async (extra: Partial<SoapClientOptions>, callOptions: CallOptions = {}) => {
      received.length = 0;
      reply(503, {}, 'busy');
      await failure(place({ clock: noWait, ...extra }, callOptions));
      return received.length;
    };
    const retrying = { retry: { maxAttempts: 3 } };
    expect(await attempts(retrying)).toBe(1);
    expect(await attempts({ ...retrying, idempotentOperations: ['place'] })).toBe(3);
    expect(await attempts(retrying, { retry: true })).toBe(3);
    expect(await attempts({ retry: false, idempotentOperations: ['place'] })).toBe(1);
    expect(await attempts({ retry: false }, { retry: true })).toBe(1);
  });

  it('a request that cannot be encoded: InvalidRequestError with the encoder’s error as cause, nothing sent', async () => {
    const error = await failure(client().call(placeOperation, { id: 'o\u0000' }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.cause).toBeInstanceOf(XmlEncodeError);
    expect(error.message).toBe(`place: ${(error.cause as Error).message}`);
    expect(received).toEqual([]);
  });

  it('one-way: 200 or 202 without an envelope is done; another status is an HttpStatusError', async () => {
    const notify = () => client().call(notifyOperation, { id: 'o-1' });
    for (const status of [200, 202]) {
      reply(status, {});
      await expect(notify()).resolves.toBeUndefined();
    }
    reply(204, {});
    await expect(notify()).resolves.toBeUndefined();
    reply(200, { 'content-type': 'text/plain' }, `${'queued '.repeat(300)}Envelope`);
    await expect(notify(), 'only the start of the body is looked at').resolves.toBeUndefined();
    for (const status of [400, 500]) {
      reply(status, {});
      const error = await failure(notify());
      expect(error).toBeInstanceOf(HttpStatusError);
      expect(error).toMatchObject({ message: `notify: HTTP ${status}`, status, bodyExcerpt: '' });
    }
  });

  it('an answer that is not SOAP: MalformedResponseError naming its content type on 200, HttpStatusError otherwise', async () => {
    reply(200, { 'content-type': 'text/html' }, '<html>maintenance</html>');
    expect(await failure(place())).toMatchObject({ name: 'MalformedResponseError', message: 'place: expected a SOAP envelope, got text/html', bodyExcerpt: '<html>maintenance</html>' });
    reply(200, {}, 'maintenance');
    expect(await failure(place())).toMatchObject({ name: 'MalformedResponseError', message: 'place: expected a SOAP envelope, got no content type', bodyExcerpt: 'maintenance' });
    reply(200, XML, `<log>${' '.repeat(2000)}<S:Envelope/></log>`);
    expect(await failure(place()), 'only the start of the body is looked at').toMatchObject({ name: 'MalformedResponseError', message: 'place: expected a SOAP envelope, got text/xml; charset=utf-8' });
    reply(500, { 'content-type': 'text/html' }, '<html>down</html>');
    const error = await failure(place());
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ message: 'place: HTTP 500: <html>down</html>', status: 500, bodyExcerpt: '<html>down</html>' });
    reply(204, {});
    expect(await failure(place())).toMatchObject({ name: 'HttpStatusError', message: 'place: HTTP 204', status: 204, bodyExcerpt: '' });
  });

  it('an envelope that does not decode: MalformedResponseError with the decoder’s error as cause on 200, HttpStatusError otherwise', async () => {
    const truncated = PLACED.slice(0, -20);
    reply(200, XML, truncated);
    const error = await failure(place());
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toBe(`place: unreadable SOAP response: ${(error.cause as Error).message}`);
    reply(502, XML, truncated);
    expect(await failure(place())).toMatchObject({ name: 'HttpStatusError', status: 502, bodyExcerpt: truncated });
  });

  it('an envelope with a value: the value on 200 and 202, an HttpStatusError on another status', async () => {
    for (const status of [200, 202]) {
      reply(status, XML, PLACED);
      expect(await place()).toEqual({ id: 'o-1' });
    }
    reply(500, XML, PLACED);
    expect(await failure(place())).toMatchObject({ name: 'HttpStatusError', message: `place: HTTP 500: ${PLACED}`, status: 500 });
  });

  it('faults: a declared one is a DeclaredFaultError with its decoded detail; another a SoapFaultError', async () => {
    const detail = `<rejected xmlns="${NS}"><reason>sold out</reason></rejected>`;
    reply(500, XML, fault(`<detail>${detail}</detail>`));
    const declared = await failure(place());
    expect(declared).toBeInstanceOf(DeclaredFaultError);
    expect(declared).toMatchObject({ message: 'place: SOAP fault S:Client: no such item', fault: 'rejected', detailValue: { reason: 'sold out' }, faultcode: 'S:Client', faultstring: 'no such item', detail, status: 500 });
    reply(500, XML, fault('<detail><other/></detail>'));
    const other = await failure(place());
    expect(other.constructor).toBe(SoapFaultError);
    expect(other).toMatchObject({ faultcode: 'S:Client', faultstring: 'no such item', detail: '<other/>', status: 500 });
    reply(500, XML, fault(''));
    expect(await failure(place({}, {}, { classifyFault: (f, status, context) => new NotFoundError(f.code, f.reason, f.detail?.xml, status, context) }))).toBeInstanceOf(NotFoundError);
  });

  it('redirects: any 3xx is a RedirectError (even one without a body), 4xx is not; same-origin follows five hops and no more', async () => {
    for (const status of [300, 304, 399]) {
      reply(status, { location: '/elsewhere' });
      expect(await failure(place()), `${status}`).toMatchObject({ name: 'RedirectError', status, location: `${origin}/elsewhere` });
    }
    reply(400, { location: '/elsewhere' }, 'bad request');
    expect(await failure(place())).toMatchObject({ name: 'HttpStatusError', status: 400, bodyExcerpt: 'bad request' });
    received.length = 0;
    answer = (req, res) => void res.writeHead(307, { location: `/hop${Number(/\d+$/.exec(req.url ?? '')?.[0] ?? 0) + 1}` }).end();
    const error = await failure(place({ redirects: 'same-origin' }));
    expect(received.map((r) => r.url)).toEqual(['/orders', '/hop1', '/hop2', '/hop3', '/hop4', '/hop5']);
    expect(error).toMatchObject({ name: 'RedirectError', status: 307, message: `place: HTTP 307 redirect to ${origin}/hop6 not followed: only 307/308 within the endpoint's origin are` });
  });

  it('transport failures: a NetworkError naming the cause’s code, or its message; an abort is the caller’s, with its reason', async () => {
    answer = (req) => void req.socket.destroy();
    const reset = await failure(place());
    expect(reset).toBeInstanceOf(NetworkError);
    expect(reset.message).toBe('place: connection failed: fetch failed (UND_ERR_SOCKET)');
    expect(reset.cause).toBeInstanceOf(TypeError);
    answer = (req, res) => {
      res.writeHead(200, { ...XML, 'content-length': '1000' }).write('<S:Envelope');
      setTimeout(() => req.socket.destroy(), 5);
    };
    expect(await failure(place())).toMatchObject({ name: 'NetworkError', message: 'place: connection failed: terminated (UND_ERR_SOCKET)' });
    // fetch refuses the ports browsers block before connecting; its cause has a message and no code.
    const badPort = await failure(new SoapClient({ endpoint: 'http://127.0.0.1:1/orders', allowInsecureHttp: true, retry: false }).call(placeOperation, { id: 'o-1' }));
    expect(badPort).toMatchObject({ name: 'NetworkError', message: 'place: connection failed: fetch failed (bad port)' });
    answer = () => {};
    const controller = new AbortController();
    const reason = new Error('user left');
    const aborted = failure(place({}, { signal: controller.signal }));
    setTimeout(() => controller.abort(reason), 5);
    const error = await aborted;
    expect(error).toBeInstanceOf(AbortedError);
    expect(error.message).toBe('place: aborted by the caller');
    expect(error.cause).toBe(reason);
  });

  it('reads a body of up to maxResponseBytes, no more; the error keeps none of it', async () => {
    const bytes = Buffer.byteLength(PLACED);
    reply(200, XML, PLACED);
    expect(await place({ maxResponseBytes: bytes })).toEqual({ id: 'o-1' });
    expect(await failure(place({ maxResponseBytes: bytes - 1 }))).toMatchObject({ name: 'MalformedResponseError', message: `place: the response is larger than ${bytes - 1} bytes`, bodyExcerpt: '' });
  });

  it('decodes in the charset the content type declares, spaces around "=" allowed; an unknown one keeps no excerpt', async () => {
    const latin1 = envelope(`<placed xmlns="${NS}"><id>café</id></placed>`);
    reply(200, { 'content-type': 'text/xml; charset = ISO-8859-1' }, Buffer.from(latin1, 'latin1'));
    expect(await place()).toEqual({ id: 'café' });
    reply(200, { 'content-type': 'text/xml; charset=x-klingon' }, PLACED);
    expect(await failure(place())).toMatchObject({ name: 'MalformedResponseError', message: 'place: the response declares an unknown charset "x-klingon"', bodyExcerpt: '' });
  });

  it('numbers the calls the hooks see, and makes no events for a client with neither hooks nor debug output', async () => {
    reply(200, XML, PLACED);
    const ids: number[] = [];
    const observed = client({ debug: false, hooks: { request: (e) => void ids.push(e.call.id) } });
    await observed.call(placeOperation, { id: 'o-1' });
    await client({ debug: false }).call(placeOperation, { id: 'o-1' });
    await observed.call(placeOperation, { id: 'o-1' });
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]! + 1);
  });
});
