// Hooks against the fake: every attempt of a retried call in order, per client and per call;
// the error a call ends with, before anything was sent too; and hooks as observers only — a
// hook that throws, rejects or tries to change what it is shown leaves the call as it was.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';
import type { SoapCallInfo, SoapHooks } from '../../generated/index.ts';
import { keepingLogger, sdkClient } from './support.ts';

let fake: RunningFake;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
  fake.store.put('sub-XY34ZW', 'Environment', { id: 'env-1', name: 'Sub staging', classification: 'TEST' });
});
beforeEach(() => fake.reset());
afterAll(() => fake.close());

/** Hooks that write each event as a line into `log`, tagged; and keep every call info they were shown. */
function recorder(tag: string, log: string[], calls: SoapCallInfo[] = []): SoapHooks {
  return {
    request: (e) => void (calls.push(e.call), log.push(`${tag} request ${e.attempt}`)),
    response: (e) => void (calls.push(e.call), log.push(`${tag} response ${e.attempt}: ${e.status}${e.error ? ` ${e.error.name}` : ''}`)),
    retry: (e) => void (calls.push(e.call), log.push(`${tag} retry ${e.attempt} in ${e.delayMs} ms: ${e.cause.name}`)),
    error: (e) => void (calls.push(e.call), log.push(`${tag} error ${e.attempt}: ${(e.error as Error).name}`)),
  };
}

/** Real timers, and jitter fixed at one half: backoff delays of base·2^(n-1)/2. */
const halfJitter = { now: () => performance.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), random: () => 0.5 };

describe('hooks see every attempt', () => {
  it('of a call answered 503 twice: per client and per call, in order, with their attempt numbers', async () => {
    const log: string[] = [];
    const calls: SoapCallInfo[] = [];
    const boomi = sdkClient(fake, { hooks: recorder('client', log, calls), retry: { baseDelayMs: 8, maxDelayMs: 100 }, clock: halfJitter });
    fake.setRateLimited(2);
    const env = await boomi.environment.get('env-1', { hooks: recorder('call', log) });
    expect(env.name).toBe('Staging');
    expect(fake.httpRequests).toBe(3);
    expect(log).toEqual([
      'client request 1', 'call request 1',
      'client response 1: 503 RateLimitError', 'call response 1: 503 RateLimitError',
      'client retry 1 in 4 ms: RateLimitError', 'call retry 1 in 4 ms: RateLimitError',
      'client request 2', 'call request 2',
      'client response 2: 503 RateLimitError', 'call response 2: 503 RateLimitError',
      'client retry 2 in 8 ms: RateLimitError', 'call retry 2 in 8 ms: RateLimitError',
      'client request 3', 'call request 3',
      'client response 3: 200', 'call response 3: 200',
    ]);
    // One call: the same frozen description in every event.
    expect(new Set(calls).size).toBe(1);
    expect(calls[0]).toEqual({ id: expect.any(Number), operation: 'get', soapAction: getOperation.soapAction, endpoint: fake.url, objectType: 'Environment', accountId: fake.primaryAccount });
    expect(Object.isFrozen(calls[0])).toBe(true);
  });

  it('name the account the call acts as, with the override', async () => {
    const calls: SoapCallInfo[] = [];
    const boomi = sdkClient(fake, { hooks: recorder('client', [], calls) });
    await boomi.withAccount('sub-XY34ZW').environment.get('env-1');
    await boomi.environment.get('env-1', { accountId: 'sub-XY34ZW' });
    await boomi.environment.get('env-1');
    expect(calls.map((c) => c.accountId)).toEqual(['sub-XY34ZW', 'sub-XY34ZW', 'sub-XY34ZW', 'sub-XY34ZW', fake.primaryAccount, fake.primaryAccount]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(3);
  });

  it('show what went out and came back: headers, envelope and sizes, the body when asked', async () => {
    const seen: { envelope: string; headers: Readonly<Record<string, string>>; bytes: number; body: string; received: number; status: number; durationMs: number }[] = [];
    let request: { envelope: string; headers: Readonly<Record<string, string>>; bytes: number } | undefined;
    const boomi = sdkClient(fake, {
      hooks: {
        request: (e) => void (request = e),
        response: (e) => void seen.push({ ...request!, body: e.body(), received: e.bytes, status: e.status, durationMs: e.durationMs }),
      },
    });
    await boomi.environment.get('env-1');
    const [exchange] = seen;
    expect(exchange!.envelope).toMatch(/<wsse:Username>ops@acme\.example<\/wsse:Username><wsse:Password [^>]*>\*\*\*<\/wsse:Password>/);
    expect(exchange!.envelope).toMatch(/<(\w+:)?objectId>env-1<\/\1objectId>/);
    expect(exchange!.bytes).toBe(Buffer.byteLength(exchange!.envelope.replace('***', DEFAULT_PASSWORD)));
    expect(exchange!.headers).toMatchObject({ soapaction: `"${getOperation.soapAction}"`, 'content-type': 'text/xml; charset=utf-8', 'user-agent': expect.stringMatching(/^boomi-soap-codegen\//) });
    expect(exchange!.status).toBe(200);
    expect(exchange!.body).toContain('name="Staging"');
    expect(exchange!.received).toBe(Buffer.byteLength(exchange!.body));
    expect(exchange!.durationMs).toBeGreaterThanOrEqual(0);
  });
});

describe('the error hook', () => {
  it('ends a call that fails after its retries, its last response carrying the same error', async () => {
    const log: string[] = [];
    const boomi = sdkClient(fake, { hooks: recorder('client', log), retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    fake.setRateLimited(5);
    await expect(boomi.environment.get('env-1')).rejects.toThrow(/rate limited/);
    expect(log).toEqual(['client request 1', 'client response 1: 503 RateLimitError', 'client retry 1 in 0 ms: RateLimitError', 'client request 2', 'client response 2: 503 RateLimitError', 'client error 2: RateLimitError']);
  });

  it('hears of a call refused before anything is sent, as attempt 0', async () => {
    const log: string[] = [];
    const boomi = sdkClient(fake, { hooks: recorder('client', log) });
    await expect(boomi.environment.get('env\u0000')).rejects.toThrow(/character U\+0000 cannot be written in XML/);
    // Boomi refuses the override on Account DELETE: from JavaScript, past the types.
    await expect(boomi.account.delete('acct-1', { accountId: 'sub-XY34ZW' } as never)).rejects.toThrow(/Boomi does not accept the account override for delete of Account/);
    expect(log).toEqual(['client error 0: InvalidRequestError', 'client error 0: InvalidRequestError']);
    expect(fake.httpRequests).toBe(0);
  });
});

describe('hooks only observe', () => {
  it('a hook that throws, rejects or writes to its event changes nothing of the call, and is reported', async () => {
    const logger = keepingLogger();
    const log: string[] = [];
    const boomi = sdkClient(fake, {
      logger,
      hooks: {
        request: (e) => {
          (e.headers as Record<string, string>)['soapaction'] = '"urn:other"';
        },
        response: (e) => {
          (e as { status: number }).status = 500;
        },
        retry: () => {
          throw new Error('exporter down');
        },
        error: () => Promise.reject(new Error('async exporter down')),
      },
    });
    const created = await boomi.environment.create({ name: 'Production', classification: 'PROD' }, { hooks: recorder('call', log) });
    expect(created.name).toBe('Production');
    expect(fake.callCount('create')).toBe(1);
    fake.setRateLimited(1);
    const env = await boomi.environment.get('env-1', { hooks: recorder('call', log) });
    expect(env.name).toBe('Staging');
    await expect(boomi.environment.get('env\u0000')).rejects.toThrow(/U\+0000/);
    await new Promise((resolve) => setImmediate(resolve));

    // The call's own hooks ran after the client's failed, and saw the events as they were.
    expect(log).toEqual(['call request 1', 'call response 1: 200', 'call request 1', 'call response 1: 503 RateLimitError', 'call retry 1 in 0 ms: RateLimitError', 'call request 2', 'call response 2: 200']);
    const readOnly = (hook: string, op: string, property: string) => expect.stringMatching(new RegExp(`^the ${hook} hook of ${op} #\\d+ threw; the call goes on: TypeError: Cannot assign to read only property '${property}'`));
    expect(logger.lines.warn).toEqual([
      readOnly('request', 'create', 'soapaction'),
      readOnly('response', 'create', 'status'),
      readOnly('request', 'get', 'soapaction'),
      readOnly('response', 'get', 'status'),
      expect.stringMatching(/^the retry hook of get #\d+ threw; the call goes on: Error: exporter down/),
      readOnly('request', 'get', 'soapaction'),
      readOnly('response', 'get', 'status'),
      expect.stringMatching(/^the error hook of get #\d+ threw; the call goes on: Error: async exporter down/),
    ]);
  });
});
