/**
 * The development corpus tooling on small fixtures of its own (test/fixtures/corpus/): the
 * reference closure and local layout, the rebuild from git copies with its checks, what an
 * entry exercises, samples, the round-trip harness on a real node-soap server (called by
 * node-soap's client and by the SDK generated from the same WSDL), and one entry
 * through the whole runner.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { closureOf, localPaths, sha256 } from '../../tools/corpus/closure.ts';
import { fetchCorpus, gitCopiesSource } from '../../tools/corpus/fetch-corpus.ts';
import { gitDirOf, headCommit, readAtCommit } from '../../tools/corpus/git-copies.ts';
import { readManifest, type ManifestEntry } from '../../tools/corpus/manifest.ts';
import { causeOf, summarize } from '../../tools/corpus/report.ts';
import { roundTrip } from '../../tools/corpus/roundtrip.ts';
import { runCorpus } from '../../tools/corpus/run-corpus.ts';
import { missingLeaves, sampleOf } from '../../tools/corpus/sample.ts';
import { describeEntry, scanDocument } from '../../tools/corpus/scan.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';

const fixtures = join(repoRoot, 'test/fixtures/corpus');
const temp = repoTemp('corpus-test');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The fixture repository as a git copy laid out the way corpus:fetch --from-git expects: `<dir>/<owner>+<name>/repo`. */
const copies = join(temp, 'copies');
const repo = 'example/wsdls';
let gitDir: string;
let commit: string;

beforeAll(() => {
  const work = join(copies, 'example+wsdls/repo');
  mkdirSync(work, { recursive: true });
  cpSync(join(fixtures, 'repo'), work, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=corpus test', '-c', 'user.email=corpus@example.com', ...args], { cwd: work, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'fixtures');
  gitDir = gitDirOf(copies, repo);
  commit = headCommit(gitDir);
});

const read = (path: string) => readAtCommit(gitDir, commit, path);

describe('the files an entry needs', () => {
  it('follows wsdl:import, xs:import and xs:include to every file, and keeps their relative layout', () => {
    const { files, exercises } = closureOf('service/orders.wsdl', read);
    expect(files.map((f) => f.source)).toEqual(['service/orders.wsdl', 'types/orders-types.wsdl', 'types/common.xsd', 'types/chameleon.xsd']);
    expect([...localPaths(files.map((f) => f.source)).values()]).toEqual(['service/orders.wsdl', 'types/orders-types.wsdl', 'types/common.xsd', 'types/chameleon.xsd']);
    expect(localPaths(['a/b/x.wsdl', 'a/b/c/y.xsd'])).toEqual(new Map([['a/b/x.wsdl', 'x.wsdl'], ['a/b/c/y.xsd', 'c/y.xsd']]));
    expect(exercises.tags).toEqual(['chameleon-include', 'document-literal', 'soap-1.1', 'wrapped', 'wsdl-1.1', 'wsdl-import', 'xs-import', 'xs-include']);
    expect(exercises).toMatchObject({ services: 1, ports: 1, operations: 1 });
  });

  it('refuses a reference to another host, and one to a missing file, naming file, line and reference', () => {
    expect(() => closureOf('service/remote.wsdl', read)).toThrow('service/remote.wsdl:3 (wsdl:import https://example.com/orders-types.wsdl): refers outside the repository');
    expect(() => closureOf('service/dangling.wsdl', read)).toThrow('types/missing.wsdl: no such file in the repository (referenced from service/dangling.wsdl:3 (wsdl:import ../types/missing.wsdl))');
  });

  it('describes SOAP 1.2 rpc/literal with a one-way operation, a header and a fault', () => {
    const { tags } = describeEntry([scanDocument(readFileSync(join(fixtures, 'shapes.wsdl'), 'utf8'))]);
    expect(tags).toEqual(['faults', 'headers', 'one-way', 'rpc-literal', 'rpc-several-parts', 'soap-1.2', 'type-parts', 'wsdl-1.1']);
  });

  it('names the line and column of XML that is not well-formed', () => {
    expect(() => scanDocument('<definitions>\n  <types>\n</definitions>')).toThrow(/not well-formed XML: 3:\d+/);
  });
});

describe('corpus:fetch from git copies', () => {
  const entry = (overrides: Partial<ManifestEntry> = {}): ManifestEntry => {
    const { files } = closureOf('service/orders.wsdl', read);
    const local = localPaths(files.map((f) => f.source));
    return {
      id: 'orders',
      repo,
      commit,
      license: 'unknown',
      entry: 'service/orders.wsdl',
      files: files.map((f) => ({ source: f.source, path: local.get(f.source)!, sha256: sha256(f.bytes), size: f.bytes.length })),
      size: files.reduce((n, f) => n + f.bytes.length, 0),
      exercises: { tags: [], services: 1, ports: 1, operations: 1 },
      ...overrides,
    };
  };

  it('writes every file of every entry, each checked', async () => {
    const out = join(temp, 'corpus-ok');
    const result = await fetchCorpus([entry()], gitCopiesSource(copies), out);
    expect(result.files).toBe(4);
    expect(readFileSync(join(out, 'orders/types/chameleon.xsd'), 'utf8')).toContain('Currency');
  });

  it('writes nothing, and keeps the corpus it had, when a file does not match its sha256 or is missing', async () => {
    const out = join(temp, 'corpus-kept');
    await fetchCorpus([entry()], gitCopiesSource(copies), out);
    const good = entry();
    const tampered = entry({ id: 'tampered', files: good.files.map((f, i) => (i === 2 ? { ...f, sha256: '0'.repeat(64) } : f)) });
    const missing = entry({ id: 'missing', files: [...good.files, { source: 'types/gone.xsd', path: 'types/gone.xsd', sha256: '0'.repeat(64), size: 1 }] });
    const error = await fetchCorpus([good, tampered, missing], gitCopiesSource(copies), out).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('tampered: types/common.xsd: expected');
    expect((error as Error).message).toContain(`missing: types/gone.xsd: types/gone.xsd is not in ${repo} at ${commit}`);
    expect(existsSync(join(out, 'tampered'))).toBe(false);
    expect(existsSync(join(out, 'orders/service/orders.wsdl'))).toBe(true);
  });

  it('says which repository has no git copy', () => {
    expect(() => gitDirOf(copies, 'nobody/nothing')).toThrow('no git copy of nobody/nothing');
  });
});

describe('the committed manifest', () => {
  it('is valid, has at least 70 entries, a WSDL 2.0 entry that must be refused, and four of 3–4 MB', () => {
    const { entries } = readManifest();
    expect(entries.length).toBeGreaterThanOrEqual(70);
    expect(entries.filter((e) => e.exercises.tags.includes('wsdl-2.0')).map((e) => e.expect?.refusal)).toEqual(['WSDL 2.0']);
    const large = entries.filter((e) => e.size >= 3e6 && e.size <= 4.2e6);
    expect(large.length).toBeGreaterThanOrEqual(4);
    const heldBack = ['apache/cxf', 'hooklift/gowsdl', 'mvantellingen/python-zeep', 'vpulim/node-soap', 'savonrb/savon', 'loopbackio/strong-soap'];
    expect(entries.filter((e) => heldBack.includes(e.repo))).toEqual([]);
  });
});

describe('samples from node-soap descriptions', () => {
  it('gives each type a value of its kind, repeated elements as one-item arrays, enumerations their first value', () => {
    const sample = sampleOf({ id: 'xs:int', 'tag[]': 'xs:string', when: 'xs:dateTime', colour: 'tns:Colour|xs:string|red,green', nested: { ok: 'xs:boolean', targetNSAlias: 'tns', targetNamespace: 'urn:x' } });
    expect(sample).toEqual({ id: '7', tag: ['sample-tag'], when: '2024-01-02T03:04:05Z', colour: 'red', nested: { ok: 'true' } });
  });

  it('stops, with an empty value, where node-soap’s description holds its own schema object instead of a description', () => {
    class ComplexTypeElement {
      allowedChildren = { sequence: {} };
      children = [{ name: 'x' }];
    }
    expect(sampleOf({ key: 'xs:string', value: new ComplexTypeElement() as never })).toEqual({ key: 'sample-key', value: {} });
  });

  it('finds what a decoded answer lacks, whatever type the decoder gave the scalars', () => {
    const sample = { id: '7', rate: '1.50', when: '2024-01-02T03:04:05Z' };
    expect(missingLeaves(sample, { id: 7, rate: 1.5, when: new Date('2024-01-02T03:04:05Z') })).toEqual([]);
    expect(missingLeaves(sample, { id: 7 })).toEqual(['1.50', '2024-01-02T03:04:05Z']);
  });
});

describe('the round-trip harness', () => {
  /** The SDK generated from a fixture (or a WSDL written by the test), written where the harness imports it. */
  async function sdkOf(fixture: string): Promise<string> {
    const out = join(temp, 'sdk', basename(fixture).replace(/\W/g, '-'));
    await writeOutput(out, (await generate({ wsdl: resolve(fixtures, fixture) })).files);
    return out;
  }

  it("checks the server with node-soap's client, then calls it through the generated client, which decodes the sample", async () => {
    const result = await roundTrip(join(fixtures, 'echo.wsdl'), { soap12: false, sdkDir: await sdkOf('echo.wsdl') });
    expect(result).toMatchObject({ service: 'EchoService', port: 'EchoPort', operation: 'echo' });
    expect(result.server).toMatchObject({ status: 'pass' });
    expect(result.roundTrip, result.roundTrip.message).toMatchObject({ status: 'pass' });
  });

  it('fails the round trip, naming the missing class, when the SDK is not the WSDL’s', async () => {
    const result = await roundTrip(join(fixtures, 'echo.wsdl'), { soap12: false, sdkDir: await sdkOf('shapes.wsdl') });
    expect(result.server.status).toBe('pass');
    expect(result.roundTrip).toMatchObject({ status: 'fail', message: "the SDK's index exports no class for service EchoService, port EchoPort" });
  });

  it('reports the round trip as not available, not as a pass, when no SDK was generated', async () => {
    const result = await roundTrip(join(fixtures, 'echo.wsdl'), { soap12: false });
    expect(result.server).toMatchObject({ status: 'pass' });
    expect(result.roundTrip).toMatchObject({ status: 'n/a', message: 'no SDK was generated for the round trip' });
  });

  it('serves a binding no port names at a port of its own, and calls it through the class the SDK has for the binding', async () => {
    const portless = join(temp, 'portless.wsdl');
    writeFileSync(portless, readFileSync(join(fixtures, 'echo.wsdl'), 'utf8').replace(/<service[^]*<\/service>/, ''));
    const result = await roundTrip(portless, { soap12: false, sdkDir: await sdkOf(portless) });
    expect(result).toMatchObject({ service: 'EchoBinding', port: 'EchoBinding', operation: 'echo' });
    expect(result.server).toMatchObject({ status: 'pass' });
    expect(result.roundTrip, result.roundTrip.message).toMatchObject({ status: 'pass' });
  });

  it('fails the server check, saying why, when node-soap has no SOAP binding over HTTP to serve', async () => {
    const pipe = join(temp, 'named-pipe.wsdl');
    writeFileSync(pipe, readFileSync(join(fixtures, 'echo.wsdl'), 'utf8').replace('http://schemas.xmlsoap.org/soap/http', 'http://schemas.microsoft.com/soap/named-pipe'));
    const result = await roundTrip(pipe, { soap12: false });
    expect(result.server.status).toBe('fail');
    expect(result.server.message).toBe('node-soap finds no port with a SOAP binding over HTTP in this WSDL');
    expect(result.roundTrip.status).toBe('skip');
  });
});

describe('npm run corpus on one entry', () => {
  it('generates, type-checks, imports and serves it, and calls it through the generated client', async () => {
    const corpus = join(temp, 'corpus-run');
    mkdirSync(join(corpus, 'echo'), { recursive: true });
    cpSync(join(fixtures, 'echo.wsdl'), join(corpus, 'echo/echo.wsdl'));
    const bytes = readFileSync(join(fixtures, 'echo.wsdl'));
    const entry: ManifestEntry = {
      id: 'echo',
      repo,
      commit: '0'.repeat(40),
      license: 'unknown',
      entry: 'echo.wsdl',
      files: [{ source: 'echo.wsdl', path: 'echo.wsdl', sha256: sha256(bytes), size: bytes.length }],
      size: bytes.length,
      exercises: describeEntry([scanDocument(bytes.toString('utf8'))]),
    };
    const [report] = await runCorpus([entry], { corpusDir: corpus, workDir: join(temp, 'runs'), concurrency: 1, timeoutMs: 120_000 });
    const statuses = Object.fromEntries(Object.entries(report!.stages).map(([stage, r]) => [stage, r.status]));
    expect(statuses, JSON.stringify(report!.stages, null, 1)).toEqual({ generate: 'pass', typecheck: 'pass', import: 'pass', server: 'pass', roundTrip: 'pass' });
    expect(summarize([report!])).toMatchObject({ allThree: 1, serverChecked: 1, roundTripped: 1, roundTripNotAvailable: 0 });
  });

  it('groups failures by their cause, without the entry’s own file, position and names', () => {
    expect(causeOf('generate: .corpus/a/x.wsdl:12:3: operation "foo" needs an input and an output')).toBe(causeOf('generate: .corpus/b/y.wsdl:40:7: operation "bar" needs an input and an output'));
  });
});
