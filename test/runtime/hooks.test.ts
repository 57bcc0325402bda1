// The hooks' events and the debug output on their own, fed by hand: the exact lines BOOMI_SDK_DEBUG
// writes, the durations the events carry, and what a hook that throws leaves in the log (the SDK
// tests in test/sdk/ check the same through calls to the fake).
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, RateLimitError } from '../../generated/index.ts';
import { debugHooks, debugMode, DEBUG_VARIABLE, WIRE_BODY_LIMIT } from '../../generated/runtime/core/debug-output.ts';
import { CallEvents, type SoapCallInfo, type SoapHooks } from '../../generated/runtime/core/hooks.ts';
import { redactor } from '../../generated/runtime/core/redact.ts';
import { keepingLogger } from '../sdk/support.ts';

const call = { operation: 'get', soapAction: 'urn:get', endpoint: 'https://api.example/soap', objectType: 'Environment', accountId: 'acct-1' };
const context = { operation: 'get', objectType: 'Environment' };
const noRedact = (text: string) => text;

describe('debugMode', () => {
  const saved = process.env[DEBUG_VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[DEBUG_VARIABLE];
    else process.env[DEBUG_VARIABLE] = saved;
  });

  it('reads calls or wire from the environment, around white space; the option wins', () => {
    const logger = keepingLogger();
    const fromEnvironment = (value: string) => {
      process.env[DEBUG_VARIABLE] = value;
      return debugMode(undefined, logger);
    };
    expect([fromEnvironment('calls'), fromEnvironment(' wire\n'), fromEnvironment(''), fromEnvironment('  ')]).toEqual(['calls', 'wire', undefined, undefined]);
    expect([debugMode('calls', logger), debugMode(false, logger)]).toEqual(['calls', undefined]);
    expect(logger.lines.warn).toEqual([]);
    expect(fromEnvironment('Calls')).toBeUndefined();
    expect(logger.lines.warn).toEqual(['BOOMI_SDK_DEBUG=Calls is not a debug mode; use calls or wire']);
  });
});

describe('the debug output', () => {
  const info = (extra: Partial<SoapCallInfo> = {}): SoapCallInfo => ({ id: 7, ...call, ...extra });
  const headers = { 'content-type': 'text/xml; charset=utf-8', soapaction: '"urn:get"' };
  const request = (envelope: string) => ({ call: info(), attempt: 1, url: 'https://api.example/soap', headers, envelope, bytes: envelope.length });
  const response = (body: string, error?: RateLimitError) => ({ call: info(), attempt: 2, status: error ? 503 : 200, durationMs: 41.6, bytes: body.length, headers: { 'content-type': 'text/xml' }, error, body: () => body });

  it('calls: one line per request, response, retry and failure, labelled with the call', () => {
    const logger = keepingLogger();
    const hooks = debugHooks('calls', logger);
    const limited = new RateLimitError(503, 'busy', undefined, context);
    hooks.request!(request('<e/>'));
    hooks.response!(response('<r/>'));
    hooks.response!(response('busy', limited));
    hooks.retry!({ call: info(), attempt: 2, delayMs: 250, cause: limited });
    hooks.error!({ call: info(), attempt: 1, durationMs: 12.4, error: limited });
    hooks.error!({ call: info({ objectType: undefined, accountId: undefined }), attempt: 3, durationMs: 0.5, error: 'stopped' });
    expect(logger.lines.debug).toEqual([
      '[soap #7 get Environment as acct-1] → attempt 1: POST https://api.example/soap (4 bytes)',
      '[soap #7 get Environment as acct-1] ← attempt 2: HTTP 200, 4 bytes in 42 ms',
      '[soap #7 get Environment as acct-1] ← attempt 2: HTTP 503, 4 bytes in 42 ms (RateLimitError)',
      '[soap #7 get Environment as acct-1] retrying in 250 ms after attempt 2: get Environment: HTTP 503: rate limited or unavailable: busy',
      '[soap #7 get Environment as acct-1] failed after 1 attempt in 12 ms: get Environment: HTTP 503: rate limited or unavailable: busy',
      '[soap #7 get] failed after 3 attempts in 1 ms: stopped',
    ]);
  });

  it('wire: adds the headers, a line each, and the body; a body is cut past WIRE_BODY_LIMIT characters, not at it', () => {
    const logger = keepingLogger();
    const hooks = debugHooks('wire', logger);
    const atLimit = 'a'.repeat(WIRE_BODY_LIMIT);
    hooks.request!(request('<e/>'));
    hooks.response!(response(atLimit));
    hooks.response!(response(`${atLimit}bcd`));
    expect(logger.lines.debug).toEqual([
      '[soap #7 get Environment as acct-1] → attempt 1: POST https://api.example/soap (4 bytes)\ncontent-type: text/xml; charset=utf-8\nsoapaction: "urn:get"\n\n<e/>',
      `[soap #7 get Environment as acct-1] ← attempt 2: HTTP 200, ${WIRE_BODY_LIMIT} bytes in 42 ms\ncontent-type: text/xml\n\n${atLimit}`,
      `[soap #7 get Environment as acct-1] ← attempt 2: HTTP 200, ${WIRE_BODY_LIMIT + 3} bytes in 42 ms\ncontent-type: text/xml\n\n${atLimit}… (3 more characters)`,
    ]);
  });
});

describe('CallEvents', () => {
  const answer = { status: 200, headers: new Headers({ 'x-pw': 'hunter2' }), body: '<pw>hunter2</pw>', bytes: 16 };

  it('times a response from its request, and an error from the start of the call', () => {
    const seen: { response?: number; error?: number } = {};
    const hooks: SoapHooks = { response: (e) => void (seen.response = e.durationMs), error: (e) => void (seen.error = e.durationMs) };
    const started = performance.now();
    const events = new CallEvents(call, [hooks], keepingLogger(), noRedact);
    const sentAt = performance.now();
    events.response(1, sentAt, answer, undefined);
    events.error(1, new AuthenticationError(401, '', context));
    const elapsed = performance.now() - started;
    expect(seen.response).toBeGreaterThanOrEqual(0);
    expect(seen.response).toBeLessThanOrEqual(performance.now() - sentAt);
    expect(seen.error).toBeGreaterThanOrEqual(seen.response!);
    expect(seen.error).toBeLessThanOrEqual(elapsed);
  });

  it('passes each event to the hooks that have it, redacted, and skips those that do not', () => {
    const logger = keepingLogger();
    const bodies: string[] = [];
    const events = new CallEvents(call, [{ request: () => {} }, { response: (e) => void bodies.push(e.body(), e.headers['x-pw']!) }], logger, redactor('u', ['hunter2']));
    events.request(1, call.endpoint, {}, '<e/>');
    events.response(1, performance.now(), answer, undefined);
    events.retry(1, 5, new RateLimitError(503, '', undefined, context));
    expect(bodies).toEqual(['<pw>***</pw>', '***']);
    expect(logger.lines.warn).toEqual([]);
  });

  it('reports a hook that throws to warn with its stack, or its name and message when it has none, and goes on', () => {
    const logger = keepingLogger();
    const stackless = new TypeError('no stack hunter2');
    stackless.stack = undefined;
    const after: number[] = [];
    const events = new CallEvents(call, [
      { request: () => { throw new RangeError('with stack'); }, retry: () => { throw stackless; }, error: () => { throw 'a string hunter2'; } },
      { request: (e) => void after.push(e.attempt) },
    ], logger, redactor('u', ['hunter2']));
    events.request(1, call.endpoint, {}, '<e/>');
    events.retry(1, 5, new RateLimitError(503, '', undefined, context));
    events.error(1, new Error('x'));
    const id = events.call.id;
    expect(after).toEqual([1]);
    expect(logger.lines.warn).toHaveLength(3);
    expect(logger.lines.warn[0]).toMatch(new RegExp(`^the request hook of get #${id} threw; the call goes on: RangeError: with stack\\n\\s+at `));
    expect(logger.lines.warn.slice(1)).toEqual([
      `the retry hook of get #${id} threw; the call goes on: TypeError: no stack ***`,
      `the error hook of get #${id} threw; the call goes on: a string ***`,
    ]);
  });
});
