// The debug output: BOOMI_SDK_DEBUG=wire in a process prints both envelopes of each exchange
// (through console by default), `calls` a line per step; the `debug` option wins over the
// environment; bodies past WIRE_BODY_LIMIT are cut, saying how much was left out.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { WIRE_BODY_LIMIT } from '../../generated/runtime/core/debug-output.ts';
import { getOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';
import { repoRoot } from '../support/paths.ts';
import { runNodeAsync } from '../support/run.ts';
import { collect, keepingLogger, sdkClient } from './support.ts';

const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const child = join(repoRoot, 'test/sdk/debug-switch-child.ts');
let fake: RunningFake;

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: 'Staging', classification: 'TEST' });
});
afterAll(() => fake.close());

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('BOOMI_SDK_DEBUG in a process', () => {
  it('wire: prints both envelopes of a call to the console, the password left out', async () => {
    const run = await runNodeAsync([tsx, child, fake.url], { env: { BOOMI_SDK_DEBUG: 'wire' } });
    expect(run.stderr).toContain('got Staging');
    const out = run.stdout;
    expect(out).toContain(`[soap #1 get Environment as ${fake.primaryAccount}] → attempt 1: POST ${fake.url} (`);
    expect(out).toContain(`soapaction: "${getOperation.soapAction}"`);
    expect(out).toMatch(/<soapenv:Envelope [^]*<wsse:Password [^>]*>\*\*\*<\/wsse:Password>[^]*<(\w+:)?objectId>env-1<\/\1objectId>[^]*<\/soapenv:Envelope>/);
    expect(out).toMatch(new RegExp(`\\[soap #1 get Environment as ${fake.primaryAccount}\\] ← attempt 1: HTTP 200, \\d+ bytes in \\d+ ms`));
    expect(out).toMatch(/<S:Envelope [^]*<(\w+:)?getResponse [^]*name="Staging"[^]*<\/S:Envelope>/);
    expect(out).not.toContain(DEFAULT_PASSWORD);
  });
});

describe('the debug option', () => {
  it('calls: a line per attempt, retry and failure, no envelopes', async () => {
    const logger = keepingLogger();
    const boomi = sdkClient(fake, { logger, debug: 'calls', retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    fake.setRateLimited(3);
    await expect(boomi.environment.get('env-1')).rejects.toThrow(/rate limited/);
    const id = /#(\d+)/.exec(logger.lines.debug[0]!)![1];
    const label = `[soap #${id} get Environment as ${fake.primaryAccount}]`;
    expect(logger.lines.debug.map((line) => line.replace(/\d+ bytes/g, 'N bytes').replace(/(bytes|attempts) in \d+ ms/g, '$1 in T ms'))).toEqual([
      `${label} → attempt 1: POST ${fake.url} (N bytes)`,
      `${label} ← attempt 1: HTTP 503, N bytes in T ms (RateLimitError)`,
      expect.stringMatching(new RegExp(`^${escapeRegExp(label)} retrying in 0 ms after attempt 1: get Environment: HTTP 503: rate limited or unavailable: <html>`)),
      `${label} → attempt 2: POST ${fake.url} (N bytes)`,
      `${label} ← attempt 2: HTTP 503, N bytes in T ms (RateLimitError)`,
      expect.stringMatching(new RegExp(`^${escapeRegExp(label)} failed after 2 attempts in T ms: get Environment: HTTP 503: rate limited or unavailable: <html>`)),
    ]);
    fake.setRateLimited(0);
  });

  it('wins over the environment, which is read when the client is made: unset, nothing; unknown, a warning', async () => {
    const saved = process.env.BOOMI_SDK_DEBUG;
    const made = (value: string | undefined, debug?: false) => {
      if (value === undefined) delete process.env.BOOMI_SDK_DEBUG;
      else process.env.BOOMI_SDK_DEBUG = value;
      const logger = keepingLogger();
      return { logger, client: sdkClient(fake, { logger, ...(debug === false ? { debug } : {}) }) };
    };
    const runs = [made('wire', false), made('wire'), made(undefined), made('verbose')];
    if (saved === undefined) delete process.env.BOOMI_SDK_DEBUG;
    else process.env.BOOMI_SDK_DEBUG = saved;
    await Promise.all(runs.map((r) => r.client.environment.get('env-1')));
    const [off, wire, unset, unknown] = runs.map((r) => r.logger.lines);
    expect(off!.debug).toEqual([]);
    expect(wire!.debug).toEqual([expect.stringContaining('</soapenv:Envelope>'), expect.stringContaining('</S:Envelope>')]);
    expect(unset!.debug).toEqual([]);
    expect(unknown!.debug).toEqual([]);
    expect(unknown!.warn).toEqual(['BOOMI_SDK_DEBUG=verbose is not a debug mode; use calls or wire']);
    expect([off, wire, unset].flatMap((lines) => lines!.warn)).toEqual([]);
  });

  it('wire: a body longer than the limit is cut there, saying how much was left out', async () => {
    fake.store.putAll(fake.primaryAccount, 'Environment', Array.from({ length: 120 }, (_, i) => ({ id: `env-big-${i}`, name: `Environment ${i}`, classification: 'PROD' })));
    const logger = keepingLogger();
    let length = 0;
    const boomi = sdkClient(fake, { logger, debug: 'wire', hooks: { response: (e) => void (length = Math.max(length, e.body().length)) } });
    await collect(boomi.environment.query((f) => f.classification.equals('PROD')));
    expect(length).toBeGreaterThan(WIRE_BODY_LIMIT);
    const page = logger.lines.debug.find((line) => line.includes('← attempt 1') && line.includes(`(${length - WIRE_BODY_LIMIT} more characters)`));
    expect(page).toBeDefined();
    const body = page!.slice(page!.indexOf('\n\n') + 2);
    expect(body).toHaveLength(WIRE_BODY_LIMIT + `… (${length - WIRE_BODY_LIMIT} more characters)`.length);
  });
});
