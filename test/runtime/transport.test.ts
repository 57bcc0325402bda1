// The SOAP layer on its own: the WS-Security header, envelopes and their HTTP headers, the errors a call throws, retry delays, the rate limiter, and odd HTTP answers from a raw server.
import { createHash } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError, AuthenticationError, DeclaredFaultError, GetMeta, GetResponseMeta, HttpStatusError, InvalidRequestError, MalformedResponseError, NetworkError, NotFoundError, RateLimitError, RedirectError, SoapCallError, SoapClient, SoapFaultError, TimeoutError, XmlEncodeError } from '../../generated/index.ts';
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
