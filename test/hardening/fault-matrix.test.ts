// One named case per way the network or the server can fail, through a loopback proxy in front
// of the fake Partner API: each ends in its exact error class, no record lost or read twice, and
// the password in no message.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { BoomiApiError, MalformedResponseError, NetworkError, PartnerApiClient, RateLimitError, SoapFaultError, TimeoutError } from '../../generated/index.ts';
import { repoTemp } from '../support/paths.ts';
import { generateBin, runNode } from '../support/run.ts';

const PASSWORD = 's3cret';
type Mode = 'pass' | 'reset' | 'truncate' | 'drip' | 'html' | 'content-type' | 'doctype' | 'laughs' | 'huge' | 'deep';
let mode: Mode = 'pass';
let fake: RunningFake;
let proxy: Server;
let boomi: PartnerApiClient;

function mangle(body: string): { status?: number; type?: string; body: string } | 'reset' | 'drip' | 'truncate' {
  switch (mode) {
    case 'reset':
    case 'drip':
    case 'truncate':
      return mode;
    case 'html':
      return { type: 'text/html', body: '<html><body>Service maintenance</body></html>' };
    case 'content-type':
      return { type: 'application/json', body: '{"error":{"message":"wrong door"}}' };
    case 'doctype':
      return { body: `<?xml version="1.0"?><!DOCTYPE S:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${body.replace(/ name="[^"]*"/, ' name="&xxe;"')}` };
    case 'laughs':
      return { body: `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>&lol2;</S:Body></S:Envelope>` };
    case 'huge':
      return { body: body.replace('</S:Body>', `<!--${'x'.repeat(200_000)}--></S:Body>`).replace('</soap:Body>', `<!--${'x'.repeat(200_000)}--></soap:Body>`) };
    case 'deep':
      return { body: body.replace(/<(\w+:)?result /, (m) => `${'<a:x xmlns:a="urn:deep">'.repeat(300)}${'</a:x>'.repeat(300)}${m}`) };
    default:
      return { body };
  }
}

beforeAll(async () => {
  fake = await startFakePartnerApi();
  for (let i = 0; i < 250; i++) fake.store.put(fake.primaryAccount, 'Environment', { id: `env-${String(i).padStart(3, '0')}`, name: `Environment ${i}` });
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const upstream = await fetch(fake.url, { method: 'POST', body: Buffer.concat(chunks), headers: { 'content-type': 'text/xml' } });
    const text = await upstream.text();
    const answer = mangle(text);
    if (answer === 'reset') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write(text.slice(0, 40));
      setTimeout(() => res.socket?.destroy(), 10);
    } else if (answer === 'truncate') {
      res.writeHead(upstream.status, { 'content-type': 'text/xml' }).end(text.slice(0, Math.floor(text.length / 2)));
    } else if (answer === 'drip') {
      res.writeHead(200, { 'content-type': 'text/xml' });
      let i = 0;
      const timer = setInterval(() => (i < text.length && !res.destroyed ? res.write(text[i++]) : (clearInterval(timer), res.end())), 50);
      res.on('close', () => clearInterval(timer));
    } else {
      res.writeHead(answer.status ?? upstream.status, { 'content-type': answer.type ?? 'text/xml; charset=utf-8' }).end(answer.body);
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/partner/api/soap/v1/${fake.primaryAccount}`;
  boomi = new PartnerApiClient({ accountId: fake.primaryAccount, username: 'ops@acme.example', password: PASSWORD, endpoint, allowInsecureHttp: true, requestsPerSecond: 1000, timeoutMs: 1000, retry: { baseDelayMs: 1, maxDelayMs: 5 }, maxResponseBytes: 100_000 });
});
beforeEach(() => {
  mode = 'pass';
  fake.setRateLimited(0);
});
afterAll(async () => {
  proxy.closeAllConnections();
  proxy.close();
  await fake.close();
});

async function failure(run: () => Promise<unknown>): Promise<BoomiApiError> {
  const error = await run().then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BoomiApiError);
  expect(`${String(error)}\n${JSON.stringify(error)}`).not.toContain(PASSWORD);
  return error as BoomiApiError;
}

describe('fault matrix: what users send', () => {
  it('injection: no value alters the XML structure', async () => {
    const hostile = '"/><api:Environment id="x"/></object><evil/>';
    const created = await boomi.environment.create({ name: hostile, classification: 'TEST' });
    expect((await boomi.environment.get(created.id!)).name).toBe(hostile);
    const filtered: string[] = [];
    for await (const e of boomi.environment.query((f) => f.name.equals(hostile))) filtered.push(e.id!);
    expect(filtered).toEqual([created.id]);
  });

  it('secrets: the password is in no error, inspect() or JSON of the client', async () => {
    const wrong = new PartnerApiClient({ accountId: fake.primaryAccount, username: 'ops@acme.example', password: 'hunter2-secret', endpoint: fake.url, allowInsecureHttp: true });
    const error = await failure(() => wrong.environment.get('env-001'));
    expect(`${error.stack}\n${inspect(error)}\n${inspect(wrong)}\n${JSON.stringify(wrong)}`).not.toContain('hunter2-secret');
  });

  it('plain http: refused unless allowed', () => {
    expect(() => new PartnerApiClient({ accountId: 'a', username: 'u', password: 'p', endpoint: fake.url })).toThrow(/only https/);
  });
});

describe('fault matrix: generator input', () => {
  it('malformed WSDL: an error with file:line:column, and the output folder left as it was', () => {
    const dir = repoTemp('bad-wsdl');
    writeFileSync(join(dir, 'api.wsdl'), '<?xml version="1.0"?>\n<definitions xmlns="http://schemas.xmlsoap.org/wsdl/">\n  <types>\n</definitions>\n');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.ts'), 'export {};\n');
    const result = runNode([generateBin, '--quiet', '--wsdl', join(dir, 'api.wsdl'), '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^generate: [^\n]*api\.wsdl:\d+:\d+: malformed XML: Opening and ending tag mismatch/);
    expect(readdirSync(out)).toEqual(['keep.ts']);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('fault matrix', () => {
  it('connection reset mid-response → NetworkError (after the retries)', async () => {
    mode = 'reset';
    expect(await failure(() => boomi.environment.get('env-001'))).toBeInstanceOf(NetworkError);
  });

  it('truncated body → MalformedResponseError', async () => {
    mode = 'truncate';
    expect(await failure(() => boomi.environment.get('env-001'))).toBeInstanceOf(MalformedResponseError);
  });

  it('slow drip past the timeout → TimeoutError', async () => {
    mode = 'drip';
    const error = await failure(() => boomi.environment.get('env-001', { retry: false }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('503 storm → RateLimitError after five attempts', async () => {
    fake.setRateLimited(100);
    const error = await failure(() => boomi.environment.get('env-001'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(503);
  });

  it('500 with a fault → SoapFaultError', async () => {
    fake.failNext('Internal server error');
    const error = await failure(() => boomi.environment.get('env-001'));
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ status: 500, faultstring: 'Internal server error' });
  });

  it('200 with HTML → MalformedResponseError', async () => {
    mode = 'html';
    expect(await failure(() => boomi.environment.get('env-001'))).toBeInstanceOf(MalformedResponseError);
  });

  it('wrong content type → MalformedResponseError', async () => {
    mode = 'content-type';
    expect(await failure(() => boomi.environment.get('env-001'))).toBeInstanceOf(MalformedResponseError);
  });

  it('a DOCTYPE with an external entity (XXE) → MalformedResponseError, nothing read', async () => {
    mode = 'doctype';
    const error = await failure(() => boomi.environment.get('env-001'));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/DOCTYPE/);
  });

  it('entity expansion (billion laughs) → MalformedResponseError', async () => {
    mode = 'laughs';
    expect((await failure(() => boomi.environment.get('env-001'))).message).toMatch(/DOCTYPE/);
  });

  it('a response past the size limit → MalformedResponseError', async () => {
    mode = 'huge';
    expect((await failure(() => boomi.environment.get('env-001'))).message).toMatch(/larger than 100000 bytes/);
  });

  it('nesting past the depth limit → MalformedResponseError', async () => {
    mode = 'deep';
    const error = await failure(() => boomi.environment.get('env-001'));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/deeper than 200/);
  });

  it('queryToken rejected mid-iteration → the error carries the last good token; resuming reads the rest, each record once', async () => {
    const read: string[] = [];
    let error: BoomiApiError | undefined;
    try {
      for await (const page of boomi.environment.pages()) {
        read.push(...page.records.map((e) => e.id!));
        if (read.length === 100) fake.failNext('Invalid or expired query token');
      }
    } catch (e) {
      error = e as BoomiApiError;
    }
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error!.resumeToken).toBeTypeOf('string');
    expect(read).toHaveLength(100);
    for await (const page of boomi.environment.pages(undefined, { fromToken: error!.resumeToken! })) read.push(...page.records.map((e) => e.id!));
    const total = fake.store.all(fake.primaryAccount, 'Environment').length;
    expect(total).toBeGreaterThan(200);
    expect(read).toHaveLength(total);
    expect(new Set(read).size).toBe(total);
  });
});
