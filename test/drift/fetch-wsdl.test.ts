// fetch-wsdl against the fake Partner API on loopback: the files as committed, or nothing changed.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { fetchWsdl } from '../../tools/fetch-wsdl/fetch-wsdl.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';

const FILES = ['PartnerApi.wsdl', 'PartnerApi.xsd1.xsd', 'PartnerApi.xsd2.xsd'];
let fake: RunningFake;
const temp = repoTemp('fetch-wsdl');
const base = () => fake.url.replace(/\/[^/]+$/, '');

beforeAll(async () => {
  fake = await startFakePartnerApi();
});
afterAll(async () => {
  await fake.close();
  rmSync(temp, { recursive: true, force: true });
});

function copyOfWsdl(name: string): string {
  const dir = join(temp, name);
  cpSync(join(repoRoot, 'wsdl'), dir, { recursive: true });
  for (const f of FILES) writeFileSync(join(dir, f), `stale ${f}\n`);
  return dir;
}

describe('fetch-wsdl', () => {
  it('downloads ?wsdl and each ?xsd=N with Basic auth and writes the committed files; a re-fetch gives no diff', async () => {
    const out = copyOfWsdl('ok');
    const fetchInto = (dir: string) => fetchWsdl({ account: fake.primaryAccount, base: base(), outDir: dir, auth: { username: 'ops@acme.example', password: 's3cret' }, allowPrivateAddresses: true });
    expect((await fetchInto(out)).sort()).toEqual(FILES);
    // The files as committed, but for the address: it names the base fetched from, with the account left out.
    const committed = (f: string) => readFileSync(join(repoRoot, 'wsdl', f), 'utf8').replace('https://api.boomi.com/partner/api/soap/v1/{accountId}', `${base()}/{accountId}`);
    for (const f of FILES) expect(readFileSync(join(out, f), 'utf8'), f).toBe(committed(f));
    // A re-fetch of an unchanged API: no diff.
    const again = copyOfWsdl('again');
    await fetchInto(again);
    for (const f of FILES) expect(readFileSync(join(again, f), 'utf8'), f).toBe(readFileSync(join(out, f), 'utf8'));
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(readFileSync(join(repoRoot, 'wsdl/README.md'), 'utf8'));
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a wrong password clearly and leaves the folder untouched', async () => {
    const out = copyOfWsdl('wrong-password');
    const error = await fetchWsdl({ account: fake.primaryAccount, base: base(), outDir: out, auth: { username: 'ops@acme.example', password: 'nope' }, allowPrivateAddresses: true }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/\?wsdl: HTTP 401: the server refused the credentials/);
    expect((error as Error).message).not.toContain('nope');
    for (const f of FILES) expect(readFileSync(join(out, f), 'utf8')).toBe(`stale ${f}\n`);
  });

  it('changes nothing when the server dies in the middle of the downloads', async () => {
    const out = copyOfWsdl('server-dies');
    // In front of the fake: ?wsdl and ?xsd=2 pass, ?xsd=1 is cut off halfway and the connection dropped.
    const dying = createServer(async (req, res) => {
      const upstream = await fetch(`${fake.url}${req.url!.slice(req.url!.indexOf('?'))}`, { headers: { authorization: req.headers.authorization ?? '' } });
      const text = (await upstream.text()).replaceAll(fake.url, `http://127.0.0.1:${(dying.address() as AddressInfo).port}/v1/${fake.primaryAccount}`);
      res.writeHead(upstream.status, { 'content-type': 'text/xml' });
      if (req.url!.endsWith('?xsd=1')) {
        res.write(text.slice(0, text.length / 2));
        setTimeout(() => res.socket?.destroy(), 20);
      } else res.end(text);
    });
    await new Promise<void>((resolve) => dying.listen(0, '127.0.0.1', resolve));
    const dyingBase = `http://127.0.0.1:${(dying.address() as AddressInfo).port}/v1`;
    const error = await fetchWsdl({ account: fake.primaryAccount, base: dyingBase, outDir: out, auth: { username: 'ops@acme.example', password: 's3cret' }, allowPrivateAddresses: true }).catch((e: Error) => e);
    dying.closeAllConnections();
    dying.close();
    expect((error as Error).message).toMatch(/\?xsd=1: the download broke off/);
    for (const f of FILES) expect(readFileSync(join(out, f), 'utf8')).toBe(`stale ${f}\n`);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
