// rpc/encoded end to end, on a WSDL of our own (a struct, a string and an int part, SOAP-encoded
// arrays of structs and of strings): the SDK generated from it compiles under strict with a program
// whose annotations hold the decoded types, and that program, in a fresh Node process, calls a
// node-soap server built from the same WSDL over loopback (the request arrives as node-soap reads
// SOAP encoding, the answer comes back typed), then a plain HTTP server answering in Apache Axis 1's
// shape, with multiRef elements referred to by href.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { listen } from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { repoRoot, repoTemp } from '../support/paths.ts';
import { runNodeAsync, typeCheckStrict, type RunResult } from '../support/run.ts';
import { wsdlFixture } from '../support/wsdl-fixtures.ts';

const wsdl = wsdlFixture('rpc-encoded-library.wsdl');
const axisAnswer = readFileSync(join(repoRoot, 'test/fixtures/envelopes/axis1-multiref-shelve.xml'), 'utf8');

const program = `
import { LibraryPort, type ArrayOfBook, type Book, type Shelf, type Shelve } from './sdk/index.js';

const envelopes: string[] = [];
const request: Shelve = {
  shelf: { name: 'Main', floor: 1 },
  owner: 'Ann & Bob',
  count: 3,
  books: [{ title: 'Dune', year: 1965, note: null }, { title: 'Emma', year: 1815, note: 'classic' }],
  labels: ['sf', 'novel'],
};
const nodeSoap = new LibraryPort({ endpoint: process.env.NODE_SOAP!, allowInsecureHttp: true, hooks: { request: (event) => void envelopes.push(event.envelope) } });
const answer = await nodeSoap.shelve(request);
// SOAP-encoded arrays are arrays of their items.
const books: Book[] = answer.books;
const named: ArrayOfBook = books;
const labels: string[] = answer.labels;
const shelf: Shelf = answer.shelf;
const total: number = answer.total;

const axis = await new LibraryPort({ endpoint: process.env.AXIS!, allowInsecureHttp: true }).shelve(request);
console.log(JSON.stringify({ envelope: envelopes[0], answer: { shelf, books: named, labels, total }, axis, axisShared: axis.books[0] === axis.books[2] }));
`;

interface Output {
  envelope: string;
  answer: unknown;
  axis: unknown;
  axisShared: boolean;
}

let temp: string;
let warnings: string[];
let tsc: RunResult;
let run: RunResult;
let got: Output;
let received: unknown;
const servers: Server[] = [];

async function started(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('rpc/encoded against node-soap and an Axis 1 shaped server, from a fresh process', () => {
  beforeAll(async () => {
    temp = repoTemp('rpc-encoded');
    const { files, diagnostics } = await generate({ wsdl });
    warnings = diagnostics.map((d) => d.message);
    await writeOutput(join(temp, 'sdk'), files);
    writeFileSync(join(temp, 'program.ts'), program);
    tsc = typeCheckStrict(join(temp, 'tsconfig.json'), [join(temp, 'sdk', 'index.ts'), join(temp, 'program.ts')]);

    const soapHttp = createServer();
    const nodeSoap = await started(soapHttp);
    const answer = { shelf: { name: 'Top', floor: 2 }, books: [{ title: 'Kim', year: 1901, note: 'first' }, { title: 'Ulysses', year: 1922, note: 'second' }], labels: ['x', 'y & z'], total: 2 };
    await new Promise<void>((resolve, reject) => {
      const server = listen(soapHttp, {
        path: '/library',
        xml: readFileSync(wsdl, 'utf8'),
        services: { LibraryService: { LibraryPort: { shelve: (args: unknown) => ((received = args), answer) } } },
        callback: (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
      } as Parameters<typeof listen>[1]);
      server.log = () => {};
    });
    const axis = await started(createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(axisAnswer)));
    run = await runNodeAsync(['--import', 'tsx', join(temp, 'program.ts')], { env: { NODE_SOAP: `${nodeSoap}/library`, AXIS: `${axis}/axis/services/Library` } });
    if (run.status === 0) got = JSON.parse(run.stdout) as Output;
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('generates a method for the operation, with encoded arrays typed as arrays, that compiles under strict', () => {
    expect(warnings).toEqual([]);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('sends the wrapper with encodingStyle, every element with its xsi:type, arrays with their item type and count, null as xsi:nil', () => {
    const body = /<soapenv:Body>(.*)<\/soapenv:Body>/.exec(got.envelope)![1]!;
    expect(body).toBe(
      '<ns2:shelve soapenv:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns2="urn:library" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/">' +
        '<shelf xsi:type="ns2:Shelf"><name xsi:type="xsd:string">Main</name><floor xsi:type="xsd:int">1</floor></shelf>' +
        '<owner xsi:type="xsd:string">Ann &amp; Bob</owner><count xsi:type="xsd:int">3</count>' +
        '<books xsi:type="soapenc:Array" soapenc:arrayType="ns2:Book[2]">' +
        '<item xsi:type="ns2:Book"><title xsi:type="xsd:string">Dune</title><year xsi:type="xsd:int">1965</year><note xsi:nil="true"/></item>' +
        '<item xsi:type="ns2:Book"><title xsi:type="xsd:string">Emma</title><year xsi:type="xsd:int">1815</year><note xsi:type="xsd:string">classic</note></item></books>' +
        '<labels xsi:type="soapenc:Array" soapenc:arrayType="xsd:string[2]"><item xsi:type="xsd:string">sf</item><item xsi:type="xsd:string">novel</item></labels>' +
        '</ns2:shelve>',
    );
  });

  it('reaches node-soap decoded as it reads SOAP encoding: each part by name, the arrays’ items, the types it was told', () => {
    const type = (t: string) => ({ attributes: { 'xsi:type': t } });
    const text = (t: string, value: unknown) => ({ ...type(t), $value: value });
    const book = (title: string, year: number) => ({ ...type('ns2:Book'), title: text('xsd:string', title), year: text('xsd:int', year) });
    expect(received).toEqual({
      attributes: { 'soapenv:encodingStyle': 'http://schemas.xmlsoap.org/soap/encoding/' },
      shelf: { ...type('ns2:Shelf'), name: text('xsd:string', 'Main'), floor: text('xsd:int', 1) },
      owner: text('xsd:string', 'Ann & Bob'),
      // node-soap converts the ints of a struct, not an int part; it drops a nil element.
      count: text('xsd:int', '3'),
      books: { attributes: { 'xsi:type': 'soapenc:Array', 'soapenc:arrayType': 'ns2:Book[2]' }, item: [book('Dune', 1965), { ...book('Emma', 1815), note: text('xsd:string', 'classic') }] },
      labels: { attributes: { 'xsi:type': 'soapenc:Array', 'soapenc:arrayType': 'xsd:string[2]' }, item: [text('xsd:string', 'sf'), text('xsd:string', 'novel')] },
    });
  });

  it('decodes node-soap’s answer typed, its array items under their own element names', () => {
    expect(got.answer).toEqual({ shelf: { name: 'Top', floor: 2 }, books: [{ title: 'Kim', year: 1901, note: 'first' }, { title: 'Ulysses', year: 1922, note: 'second' }], labels: ['x', 'y & z'], total: 2 });
  });

  it('decodes an Axis 1 answer whose structs, arrays and int stand in multiRef elements, a shared one shared, nil as null', () => {
    const dune = { title: 'Dune', year: 1965, note: 'first' };
    expect(got.axis).toEqual({ shelf: { name: 'Main', floor: 1 }, books: [dune, { title: 'Emma', year: 1815, note: null }, dune], labels: ['sf', 'novel'], total: 2 });
    expect(got.axisShared).toBe(true);
  });
});
