// The password in none of what the SDK shows of a call: hook arguments (per client and per
// call), logger lines and the wire debug output, in any spelling a server might echo it —
// raw, XML-escaped, URL-encoded, base64 alone or as Basic `user:password`. The fake answers a
// fault that echoes every spelling; the raw traffic is recorded to show that each one arrived.
import { inspect } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { SoapFaultError, type SoapHooks } from '../../generated/index.ts';
import { keepingLogger, sdkClient } from './support.ts';

const USER = 'ops@acme.example';
const PASSWORD = 'pä&ss <wörd> 42';
// Written out rather than computed with the SDK's own escaping, which is under test.
const SPELLINGS = {
  raw: PASSWORD,
  'XML-escaped': 'pä&amp;ss &lt;wörd&gt; 42',
  'URL-encoded': 'p%C3%A4%26ss%20%3Cw%C3%B6rd%3E%2042',
  'form-encoded': 'p%C3%A4%26ss+%3Cw%C3%B6rd%3E+42',
  base64: Buffer.from(PASSWORD).toString('base64'),
  'base64 of user:password': Buffer.from(`${USER}:${PASSWORD}`).toString('base64'),
};

let fake: RunningFake;
beforeAll(async () => {
  fake = await startFakePartnerApi({ users: { [USER]: PASSWORD } });
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
});
afterAll(() => fake.close());

it('is in no hook argument, log line or debug output', async () => {
  expect(encodeURIComponent(PASSWORD)).toBe(SPELLINGS['URL-encoded']);
  const traffic: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    traffic.push(String(init?.body));
    const response = await fetch(input, init);
    const text = await response.text();
    traffic.push(text);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  const shown: string[] = [];
  const keep = (event: object) => void shown.push(inspect(event, { depth: 10 }));
  const hooks: SoapHooks = { request: keep, response: (e) => (keep(e), void shown.push(e.body())), retry: keep, error: keep };
  const logger = keepingLogger();
  const boomi = sdkClient(fake, { username: USER, password: PASSWORD, fetch: recording, hooks, logger, debug: 'wire' });

  expect((await boomi.environment.get('env-1', { hooks })).name).toBe('Staging');
  fake.setRateLimited(1);
  expect((await boomi.environment.get('env-1', { hooks })).name).toBe('Staging');
  const echoed = [SPELLINGS.raw, SPELLINGS['URL-encoded'], SPELLINGS['form-encoded'], SPELLINGS.base64, SPELLINGS['base64 of user:password']];
  fake.failNext({ faultstring: `echo ${echoed.join(' | ')}` });
  const error = await boomi.environment.get('env-1', { hooks }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SoapFaultError);

  // Every spelling reached the client: in the envelopes sent and the fault received, and
  // (raw) in the fault's text once decoded, where each was replaced.
  const wire = traffic.join('\n');
  for (const spelling of ['XML-escaped', 'URL-encoded', 'form-encoded', 'base64', 'base64 of user:password'] as const) expect(wire, spelling).toContain(SPELLINGS[spelling]);
  expect((error as SoapFaultError).faultstring).toBe('echo *** | *** | *** | *** | ***');
  // What was shown (to hooks and through the logger) holds both envelopes of each exchange, the retry and the failure.
  shown.push(...Object.values(logger.lines).flat());
  const all = shown.join('\n');
  expect(all).toMatch(/<wsse:Password [^>]*>\*\*\*<\/wsse:Password>/);
  expect(all).toContain('retrying in');
  expect(all).toContain('echo *** | *** | *** | *** | ***');
  expect(shown.length).toBeGreaterThan(20);

  for (const [spelling, secret] of Object.entries(SPELLINGS)) {
    const leaks = shown.filter((text) => text.includes(secret));
    expect(leaks, `the password ${spelling}`).toEqual([]);
  }
});
