// Response bytes that are not text in their declared charset (issue #14): a MalformedResponseError
// naming the charset, never a value or a fault with U+FFFD in place of what the server sent. A
// loopback proxy in front of the fake Partner API swaps the bytes of one name for a broken
// sequence, or changes the declared charset; the untouched answer is read as before.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { MalformedResponseError, type PartnerApiClient } from '../../generated/index.ts';
import { sdkClient } from '../sdk/support.ts';

const NAME = 'Café';
const NAME_UTF8 = Buffer.from(NAME, 'utf8');

interface Mangling {
  /** What stands in the body in place of the name's UTF-8 bytes. */
  name?: Buffer;
  /** The body ends after this many bytes of the name. */
  cutInName?: number;
  /** The Content-Type sent instead of the fake's. */
  contentType?: string;
  /** The body re-encoded in this charset (from the fake's UTF-8). */
  encodeAs?: BufferEncoding;
}

let fake: RunningFake;
let proxy: Server;
let boomi: PartnerApiClient;
let mangling: Mangling = {};

function mangle(body: Buffer): Buffer {
  const at = body.indexOf(NAME_UTF8);
  if (mangling.encodeAs) return Buffer.from(body.toString('utf8'), mangling.encodeAs);
  if (at < 0) return body;
  if (mangling.cutInName !== undefined) return body.subarray(0, at + mangling.cutInName);
  if (mangling.name) return Buffer.concat([body.subarray(0, at), mangling.name, body.subarray(at + NAME_UTF8.length)]);
  return body;
}

beforeAll(async () => {
  fake = await startFakePartnerApi();
  fake.store.put(fake.primaryAccount, 'Environment', { id: 'env-1', name: NAME, classification: 'TEST' });
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const upstream = await fetch(fake.url, { method: 'POST', body: Buffer.concat(chunks), headers: { 'content-type': req.headers['content-type'] ?? 'text/xml' } });
    const body = mangle(Buffer.from(await upstream.arrayBuffer()));
    res.writeHead(upstream.status, { 'content-type': mangling.contentType ?? upstream.headers.get('content-type') ?? '' }).end(body);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  boomi = sdkClient(fake, { endpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${new URL(fake.url).pathname}` });
});
beforeEach(() => {
  mangling = {};
});
afterAll(async () => {
  proxy.closeAllConnections();
  proxy.close();
  await fake.close();
});

async function malformed(call: Promise<unknown>): Promise<MalformedResponseError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(MalformedResponseError);
  return error as MalformedResponseError;
}

describe('the answer read as it was sent', () => {
  it('UTF-8, declared or not, and a quoted charset', async () => {
    for (const contentType of [undefined, 'text/xml', 'text/xml; charset="UTF-8"']) {
      mangling = { contentType };
      expect(await boomi.environment.get('env-1')).toMatchObject({ id: 'env-1', name: NAME });
    }
  });

  it('another charset the body is valid in', async () => {
    mangling = { encodeAs: 'latin1', contentType: 'text/xml; charset=ISO-8859-1' };
    expect(await boomi.environment.get('env-1')).toMatchObject({ id: 'env-1', name: NAME });
  });
});

describe('bytes that are not valid in the declared charset → MalformedResponseError', () => {
  const broken: [string, number[]][] = [
    ['a stray continuation byte', [0x43, 0x61, 0x66, 0xa9]],
    ['a lead byte without its continuation', [0x43, 0x61, 0x66, 0xc3, 0x28]],
    ['an overlong encoding', [0x43, 0x61, 0x66, 0xc0, 0xa9]],
    ['a UTF-16 surrogate written as UTF-8 (CESU-8)', [0x43, 0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0x43, 0xf4, 0x90, 0x80, 0x80]],
    ['a byte UTF-8 never uses', [0x43, 0x61, 0x66, 0xff]],
    ['Latin-1 where UTF-8 is declared', [0x43, 0x61, 0x66, 0xe9]],
  ];
  it.each(broken)('%s', async (_name, bytes) => {
    mangling = { name: Buffer.from(bytes) };
    const error = await malformed(boomi.environment.get('env-1'));
    expect(error.message).toBe('get Environment: the response is not valid utf-8');
    expect(error.bodyExcerpt).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?><S:Envelope /);
    expect(error).toMatchObject({ operation: 'get', objectType: 'Environment' });
  });

  it('no charset declared: read as UTF-8, Latin-1 bytes refused', async () => {
    mangling = { encodeAs: 'latin1', contentType: 'text/xml' };
    expect((await malformed(boomi.environment.get('env-1'))).message).toBe('get Environment: the response is not valid utf-8');
  });

  it('a body that ends inside a character', async () => {
    mangling = { cutInName: NAME_UTF8.length - 1 };
    expect((await malformed(boomi.environment.get('env-1'))).message).toBe('get Environment: the response is not valid utf-8');
  });

  it('in a fault, not a SoapFaultError with U+FFFD in its text', async () => {
    fake.failNext(`${NAME} is locked`);
    mangling = { name: Buffer.from([0x43, 0x61, 0x66, 0xe9]) };
    expect((await malformed(boomi.environment.get('env-1'))).message).toBe('get Environment: the response is not valid utf-8');
  });

  it('in a page of a query', async () => {
    mangling = { name: Buffer.from([0x43, 0x61, 0x66, 0xff]) };
    const error = await malformed(boomi.environment.query().next());
    expect(error).toMatchObject({ operation: 'query', objectType: 'Environment' });
  });
});

describe('an unknown charset → MalformedResponseError naming it', () => {
  it.each(['x-klingon', 'utf-9', 'ebcdic-mars'])('%s', async (charset) => {
    mangling = { contentType: `text/xml; charset=${charset}` };
    const error = await malformed(boomi.environment.get('env-1'));
    expect(error.message).toBe(`get Environment: the response declares an unknown charset "${charset}"`);
  });
});
