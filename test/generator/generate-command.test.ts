// The generate command run in the test process (cli.test.ts runs the built command in a child
// process, for its exit codes and terminal output): what it prints, writes and checks for each
// option.
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../generator/command.ts';
import { generateCommand, USAGE } from '../../generator/generate-command.ts';
import { LoadError } from '../../generator/load/load-error.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';
import { wsdl, writeFixture } from '../support/fixtures.ts';

const temp = repoTemp('generate-command-test');
mkdirSync(temp, { recursive: true });
const fixture = writeFixture({ 'service.wsdl': wsdl('<xs:complexType name="Thing"><xs:sequence><xs:element name="n" type="xs:int"/></xs:sequence></xs:complexType>') });
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  fixture.dispose();
});

let stderr: string[];
let stdout: string[];
beforeEach(() => {
  stderr = [];
  stdout = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')));
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const out = (name: string) => join(temp, name);
/** The progress lines without their timings. */
const steps = () => stderr.map((line) => line.replace(/^\[\d+\.\ds\] /, ''));

describe('generateCommand', () => {
  it('prints the usage for --help and does nothing else', async () => {
    expect(await generateCommand(['--help', '--out', out('help')])).toBe(0);
    expect(stdout).toEqual([USAGE]);
    expect(existsSync(out('help'))).toBe(false);
  });

  it('refuses an unknown option as a usage error', async () => {
    const error = await generateCommand(['--wsld', 'x']).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^Unknown option '--wsld'/);
  });

  it('writes the SDK and says what it did, step by step with the time taken', async () => {
    expect(await generateCommand(['--wsdl', fixture.path('service.wsdl'), '--out', out('written')])).toBe(0);
    expect(stderr.every((line) => /^\[\d+\.\ds\] /.test(line))).toBe(true);
    // Seconds since the command started: a run of this size takes well under a minute.
    expect(stderr.map((line) => Number(/^\[(\d+\.\d)s\]/.exec(line)![1])).every((seconds) => seconds >= 0 && seconds < 60)).toBe(true);
    expect(steps()[0]).toBe(`loading ${fixture.path('service.wsdl')}`);
    expect(steps().at(-1)).toMatch(new RegExp(`^wrote \\d+ files to ${relative(process.cwd(), out('written'))}$`));
    expect(readFileSync(join(out('written'), 'index.ts'), 'utf8')).toContain('from service.wsdl');
  });

  describe('on a terminal', () => {
    let events: string[];
    let tty: PropertyDescriptor | undefined;
    beforeEach(() => {
      events = [];
      vi.mocked(console.error).mockImplementation((...args: unknown[]) => void events.push(`step: ${args.join(' ').replace(/^\[\d+\.\ds\] /, '')}`));
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        events.push(`terminal: ${JSON.stringify(String(chunk))}`);
        return true;
      });
      tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
      Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    });
    afterEach(() => {
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    });
    const CLEAR = `terminal: ${JSON.stringify('\r\x1b[K')}`;
    const reading = (n: number, total: number, path: string) => `terminal: ${JSON.stringify(`\r\x1b[Kread ${n}/${total}: ${relative(process.cwd(), path)}`)}`;

    it('shows the document being read on one line, cleared before the next step is printed', async () => {
      expect(await generateCommand(['--wsdl', fixture.path('service.wsdl'), '--out', out('terminal')])).toBe(0);
      expect(events.slice(0, 4)).toEqual([`step: loading ${fixture.path('service.wsdl')}`, reading(1, 1, fixture.path('service.wsdl')), CLEAR, 'step: read 1 documents; building the model']);
      expect(events.filter((e) => e.startsWith('terminal:'))).toHaveLength(2);
    });

    it('clears the line when loading fails before the next step', async () => {
      const broken = writeFixture({ 'a.wsdl': wsdl('<xs:import namespace="urn:b" schemaLocation="b.xsd"/>'), 'b.xsd': '<xs:schema' });
      try {
        await expect(generateCommand(['--wsdl', broken.path('a.wsdl'), '--out', out('broken')])).rejects.toThrow(LoadError);
        expect(events).toEqual([`step: loading ${broken.path('a.wsdl')}`, reading(1, 1, broken.path('a.wsdl')), CLEAR]);
      } finally {
        broken.dispose();
      }
    });
  });

  it('reads wsdl/ and compares or writes generated/ of the working folder by default', async () => {
    // The tests run at the repository's root, whose generated/ is the SDK of its wsdl/.
    expect(process.cwd()).toBe(repoRoot);
    expect(await generateCommand(['--check'])).toBe(0);
    expect([steps()[0], steps().at(-1)?.replace(/^\d+/, 'N')]).toEqual(['loading wsdl', 'N files up to date']);
  });

  it('prints nothing with --quiet', async () => {
    expect(await generateCommand(['--quiet', '--wsdl', fixture.path('service.wsdl'), '--out', out('quiet')])).toBe(0);
    expect([...stderr, ...stdout]).toEqual([]);
    expect(existsSync(join(out('quiet'), 'index.ts'))).toBe(true);
  });

  it('checks an output folder: 0 when up to date, 1 listing what changed, is missing or is extra', async () => {
    const folder = out('checked');
    await generateCommand(['--quiet', '--wsdl', fixture.path('service.wsdl'), '--out', folder]);
    expect(await generateCommand(['--check', '--wsdl', fixture.path('service.wsdl'), '--out', folder])).toBe(0);
    expect(steps().at(-1)).toMatch(/^\d+ files up to date$/);

    stderr.length = 0;
    writeFileSync(join(folder, 'index.ts'), '// edited\n');
    unlinkSync(join(folder, 'package.json'));
    writeFileSync(join(folder, 'stray.ts'), '');
    expect(await generateCommand(['--check', '--quiet', '--wsdl', fixture.path('service.wsdl'), '--out', folder])).toBe(1);
    expect(stderr).toEqual([`${relative(process.cwd(), folder)} is stale (3 files); run the generator to update it:\n  changed: index.ts\n  missing: package.json\n  extra:   stray.ts`]);
    expect(readFileSync(join(folder, 'index.ts'), 'utf8')).toBe('// edited\n');
  });

  it('checks quietly: 0 and nothing printed when up to date', async () => {
    const folder = out('checked-quietly');
    await generateCommand(['--quiet', '--wsdl', fixture.path('service.wsdl'), '--out', folder]);
    expect(await generateCommand(['--check', '--quiet', '--wsdl', fixture.path('service.wsdl'), '--out', folder])).toBe(0);
    expect([...stderr, ...stdout]).toEqual([]);
  });

  it('names the package after the output folder unless told, with npm’s characters only', async () => {
    const cases: [folder: string, extra: string[], name: string, version: string][] = [
      ['My SDK!!', [], 'my-sdk-', '0.0.0'],
      ['__Orders.v2', [], 'orders.v2', '0.0.0'],
      ['!!!', [], 'soap-client', '0.0.0'],
      ['any', ['--package-name', '@acme/orders', '--package-version', '1.2.3'], '@acme/orders', '1.2.3'],
    ];
    for (const [folder, extra, name, version] of cases) {
      expect(await generateCommand(['--quiet', '--package', ...extra, '--wsdl', fixture.path('service.wsdl'), '--out', out(folder)])).toBe(0);
      expect(JSON.parse(readFileSync(join(out(folder), 'package.json'), 'utf8'))).toMatchObject({ name, version });
      expect(existsSync(join(out(folder), 'index.js'))).toBe(true);
    }
  });

  it('formats with prettier when asked', async () => {
    expect(await generateCommand(['--quiet', '--prettier', '--wsdl', fixture.path('service.wsdl'), '--out', out('pretty')])).toBe(0);
    // prettier's defaults: double quotes.
    expect(readFileSync(join(out('pretty'), 'index.ts'), 'utf8')).toContain('from "./models/index.js";');
  });

  it('applies the Boomi profile from the capabilities file beside the WSDL, another one, or none', async () => {
    const snapshot = join(repoRoot, 'wsdl');
    expect(await generateCommand(['--quiet', '--wsdl', snapshot, '--out', out('profiled')])).toBe(0);
    expect(existsSync(join(out('profiled'), 'objects/account.ts'))).toBe(true);
    expect(await generateCommand(['--quiet', '--no-profile', '--wsdl', snapshot, '--out', out('plain')])).toBe(0);
    expect(existsSync(join(out('plain'), 'objects'))).toBe(false);
    const missing = join(temp, 'absent.capabilities.json');
    await expect(generateCommand(['--quiet', '--capabilities', missing, '--wsdl', snapshot, '--out', out('other')])).rejects.toThrow(LoadError);
  });

  it('prints each warning as file:line:column: severity: message (path), or the file alone', async () => {
    // Relative, as a user types them: the warnings name the files as given.
    const fixtureWsdl = 'test/fixtures/wsdl/part-type-names-element.wsdl';
    expect(await generateCommand(['--quiet', '--wsdl', fixtureWsdl, '--capabilities', 'wsdl/partner-api.capabilities.json', '--out', out('warned')])).toBe(0);
    expect(stderr[0]).toBe(`${fixtureWsdl}:13:75: warning: part trace of message measureResponse: type= names element {urn:fx}trace, not a type; read as element= (message[measureResponse]/part[trace])`);
    expect(stderr).toContain('wsdl/partner-api.capabilities.json: warning: object Account left out: the WSDL has no type Account');
  });

  describe('from a URL', () => {
    const USER = 'BOOMI_TOKEN.ops@acme.example';
    const PASSWORD = 's3cret';
    const servers: Server[] = [];
    /** A loopback server: the WSDL behind Basic auth at /service?wsdl, a redirect to `to()` at /moved. */
    const serve = (to?: () => string) =>
      new Promise<string>((done) => {
        const server = createServer((req, res) => {
          if (req.url === '/moved' && to) return void res.writeHead(302, { location: to() }).end();
          if (req.headers.authorization !== `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`) return void res.writeHead(401).end();
          res.writeHead(200, { 'content-type': 'text/xml' }).end(readFileSync(fixture.path('service.wsdl')));
        });
        servers.push(server);
        server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      });
    afterEach(() => {
      vi.unstubAllEnvs();
      for (const server of servers.splice(0)) server.close();
    });
    const run = (location: string, ...flags: string[]) => generateCommand(['--quiet', ...flags, '--wsdl', location, '--out', out('from-url')]);
    const refusal = (location: string, ...flags: string[]) => run(location, ...flags).then(() => '', (e: unknown) => (e as Error).message);

    it('refuses a private address unless allowed, and sends the credentials of the environment', async () => {
      const origin = await serve();
      const location = `${origin}/service?wsdl`;
      expect(await refusal(location)).toMatch(/refused: its host is 127\.0\.0\.1, a loopback address; .* only with --allow-private-addresses/);
      vi.stubEnv('BOOMI_USERNAME', '');
      vi.stubEnv('BOOMI_PASSWORD', '');
      expect(await refusal(location, '--allow-private-addresses')).toBe(`${location}: HTTP 401: the server refused the credentials (none were given)`);
      // A user name without a password is no credentials either.
      vi.stubEnv('BOOMI_USERNAME', USER);
      expect(await refusal(location, '--allow-private-addresses')).toBe(`${location}: HTTP 401: the server refused the credentials (none were given)`);
      vi.stubEnv('BOOMI_PASSWORD', PASSWORD);
      expect(await run(location, '--allow-private-addresses')).toBe(0);
      expect(readFileSync(join(out('from-url'), 'index.ts'), 'utf8')).toContain('service');
    });

    it('follows a redirect to another origin only when allowed', async () => {
      const target = await serve();
      const origin = await serve(() => `${target}/service?wsdl`);
      vi.stubEnv('BOOMI_USERNAME', USER);
      vi.stubEnv('BOOMI_PASSWORD', PASSWORD);
      expect(await refusal(`${origin}/moved`, '--allow-private-addresses')).toBe(`${origin}/moved: redirects to another origin, ${target}/service?wsdl; redirects are followed within ${origin} only, unless with --allow-cross-origin-redirects (allowCrossOriginRedirects: true)`);
      // Credentials stay with the origin they were given for: the other origin asks for them.
      expect(await refusal(`${origin}/moved`, '--allow-private-addresses', '--allow-cross-origin-redirects')).toBe(`${origin}/moved: HTTP 401: the server refused the credentials`);
    });
  });
});
