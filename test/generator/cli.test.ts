// The commands as a user runs them: exit codes, what is left on disk when writing fails, and
// progress per document on a terminal (a real pseudo-terminal, through util-linux `script`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakePartnerApi, type RunningFake } from '../../fake/index.ts';
import { OutputError, writeOutput } from '../../generator/output-dir.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';
import { generateBin, runAsync, runNode, runNodeAsync } from '../support/run.ts';

const temp = repoTemp('cli');
let wsdlServer: Server;
let fake: RunningFake;
const wsdlUrl = () => `http://127.0.0.1:${(wsdlServer.address() as AddressInfo).port}/PartnerApi.wsdl`;

beforeAll(async () => {
  wsdlServer = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(readFileSync(join(repoRoot, 'wsdl', req.url!.slice(1)))));
  await new Promise<void>((resolve) => wsdlServer.listen(0, '127.0.0.1', resolve));
  fake = await startFakePartnerApi();
});

afterAll(async () => {
  wsdlServer.close();
  await fake.close();
  rmSync(temp, { recursive: true, force: true });
});

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('exit codes', () => {
  it('2 with the usage for an unknown option', () => {
    const result = runNode([generateBin, '--wsld', 'x.wsdl']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^generate: Unknown option '--wsld'.*\nusage: boomi-soap-codegen \[--wsdl/);
  });

  it('3 with "internal error" and the stack for anything that is not an input problem', () => {
    const script = join(temp, 'crash.ts');
    writeFileSync(script, `import { runCommand } from '${join(repoRoot, 'generator/command.ts')}';\nrunCommand('probe', 'usage: probe', async () => { throw new TypeError("Cannot read properties of undefined (reading 'element')"); });\n`);
    const result = runNode(['--import', 'tsx', script]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^probe: internal error \(a bug, not a problem of the input; please report it with this output\):\nTypeError: Cannot read properties of undefined \(reading 'element'\)\n\s+at /);
  });
});

describe('warnings', () => {
  it('name file:line:column where the input has a position, and only the file where it has none', () => {
    const result = runNode([generateBin, '--quiet', '--wsdl', 'test/fixtures/wsdl/part-type-names-element.wsdl', '--capabilities', 'wsdl/partner-api.capabilities.json', '--out', join(temp, 'warned')]);
    expect(result.status).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('test/fixtures/wsdl/part-type-names-element.wsdl:13:75: warning: part trace of message measureResponse: type= names element {urn:fx}trace, not a type; read as element= (message[measureResponse]/part[trace])');
    expect(lines).toContain('wsdl/partner-api.capabilities.json: warning: object Account left out: the WSDL has no type Account');
    expect(lines.filter((l) => !/^[\w/.-]+(:\d+:\d+)?: warning: /.test(l))).toEqual([]);
  });
});

describe('writing the output', () => {
  it('keeps to a bounded number of open files: succeeds with the open-file limit at 64, and leaves no staging folder', () => {
    const out = join(temp, 'limited');
    const result = spawnSync('sh', ['-c', `ulimit -n 64 && exec "${process.execPath}" "${generateBin}" --quiet --out "${out}"`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'models')).length).toBeGreaterThan(100);
    expect(leftovers(temp)).toEqual([]);
  });

  it('fails with OutputError, removes its staging folder and leaves the previous output as it was', async () => {
    const out = join(temp, 'kept');
    mkdirSync(out);
    writeFileSync(join(out, 'previous.ts'), 'export {};\n');
    // `a` must be a folder for `a/b.ts` and a file for itself: the write fails midway.
    const error = await writeOutput(out, new Map([['a/b.ts', 'export {};\n'], ['a', 'x'], ...Array.from({ length: 40 }, (_, i) => [`c/${i}.ts`, 'export {};\n'] as [string, string])])).catch((e: Error) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/^cannot write .*kept: EISDIR: illegal operation on a directory/);
    expect(readdirSync(out)).toEqual(['previous.ts']);
    expect(leftovers(temp)).toEqual([]);
  });

  it('exits 2 naming the folder when it cannot be created', () => {
    const blocker = join(temp, 'a-file');
    writeFileSync(blocker, '');
    const result = runNode([generateBin, '--quiet', '--out', join(blocker, 'sdk')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^generate: cannot write .*a-file\/sdk: EEXIST: file already exists, mkdir /);
    expect(existsSync(join(blocker, 'sdk'))).toBe(false);
  });
});

/** Runs a command in a pseudo-terminal and gives what it showed; undefined (with the reason printed) where util-linux `script` is missing. */
async function inTerminal(command: string[], env: Record<string, string> = {}): Promise<string | undefined> {
  if (spawnSync('script', ['--version']).error) {
    console.log('skipping: util-linux `script` is not installed, so no pseudo-terminal can be opened');
    return undefined;
  }
  const quoted = command.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  return (await runAsync('script', ['-qefc', quoted, '/dev/null'], { env })).stdout;
}

describe('progress per document', () => {
  it('generate from a URL shows each document on a terminal, in one line rewritten in place', async () => {
    const output = await inTerminal([process.execPath, generateBin, '--wsdl', wsdlUrl(), '--allow-private-addresses', '--out', join(temp, 'tty')]);
    if (output === undefined) return;
    expect(output).toContain(`\r\x1b[Kread 1/1: ${wsdlUrl()}`);
    expect(output).toMatch(/\r\x1b\[Kread 3\/3: http:\/\/127\.0\.0\.1:\d+\/PartnerApi\.xsd\d\.xsd/);
    expect(output).toMatch(/\r\x1b\[K\[\d+\.\ds\] read 3 documents; building the model/);
  });

  it('generate stays quiet about documents when not on a terminal, and entirely with --quiet', async () => {
    const piped = await runNodeAsync([generateBin, '--wsdl', wsdlUrl(), '--allow-private-addresses', '--out', join(temp, 'piped')]);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toContain('read 3 documents; building the model');
    expect(piped.stderr).not.toContain('read 1/');
    const quiet = await inTerminal([process.execPath, generateBin, '--quiet', '--wsdl', wsdlUrl(), '--allow-private-addresses', '--out', join(temp, 'quiet')]);
    if (quiet !== undefined) expect(quiet).toBe('');
  });

  it('fetch-wsdl shows each download on a terminal', async () => {
    const base = fake.url.replace(/\/[^/]+$/, '');
    const output = await inTerminal([process.execPath, '--import', 'tsx', join(repoRoot, 'tools/fetch-wsdl/cli.ts'), '--account', fake.primaryAccount, '--base', base, '--out', join(temp, 'fetched'), '--allow-private-addresses'], {
      BOOMI_USERNAME: 'ops@acme.example',
      BOOMI_PASSWORD: 's3cret',
    });
    if (output === undefined) return;
    expect(output).toContain(`\r\x1b[Kdownloaded 1/3: ${base}/${fake.primaryAccount}?wsdl`);
    expect(output).toContain(`\r\x1b[Kdownloaded 3/3: ${base}/${fake.primaryAccount}?xsd=`);
    expect(output).toMatch(/\r\x1b\[Kwrote PartnerApi\.wsdl, PartnerApi\.xsd\d\.xsd, PartnerApi\.xsd\d\.xsd to .*fetched; now run: npm run generate/);
  });
});
