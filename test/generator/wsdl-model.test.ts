// The WSDL model on fixtures of our own (test/fixtures/wsdl/): services, ports, bindings and, per
// operation, what goes on the wire; then generation from each, type-checked by the compiler.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { MessageElementDef, SchemaModel, TypeRef } from '../../generator/model/ir.ts';
import { portViews } from '../../generator/model/ports.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { repoTemp } from '../support/paths.ts';
import { typeCheckStrict } from '../support/run.ts';
import { bindingNamed, modelOf, typeOfId, wsdlFixture } from '../support/wsdl-fixtures.ts';

const temp = repoTemp('wsdl-model');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The model of a committed fixture edited by `edit`, written as `name` into this file's folder. */
async function modelOfEdited(fixture: string, name: string, edit: (text: string) => string): Promise<SchemaModel> {
  writeFileSync(join(temp, name), edit(readFileSync(wsdlFixture(fixture), 'utf8')));
  return buildModel(await loadWsdl(join(temp, name)));
}

/** An element as `{namespace}name: type` with where it comes from. */
function described(model: SchemaModel, e: MessageElementDef): string {
  return `{${e.qname.namespace}}${e.qname.name}: ${typeText(model, e.type)} (${e.origin}${e.part ? ` ${e.part}` : ''})`;
}

function typeText(model: SchemaModel, t: TypeRef): string {
  if (t.kind === 'builtin') return t.xsdName;
  if (t.kind === 'opaque') return 'opaque';
  return t.kind === 'complex' ? (typeOfId(model, t.id).qname?.name ?? t.id) : t.id;
}

describe('services, ports and bindings', () => {
  it('models every SOAP binding and port, 1.1 and 1.2, and skips the HTTP binding with a warning naming it', async () => {
    const m = await modelOf('multi-binding.wsdl');
    expect(m.services.map((s) => [s.qname.name, s.ports.map((p) => [p.name, p.binding, p.address])])).toEqual([
      ['DirectoryService', [['DirectorySoap', '{urn:fx}DirectorySoap', 'https://example.invalid/soap11'], ['DirectorySoap12', '{urn:fx}DirectorySoap12', 'https://example.invalid/soap12']]],
      ['BackupDirectoryService', [['BackupSoap12', '{urn:fx}DirectorySoap12', 'https://backup.example.invalid/soap12']]],
    ]);
    expect([...m.bindings.values()].map((b) => [b.qname.name, b.soapVersion, b.portType.name, b.operations.map((o) => o.name)])).toEqual([
      ['DirectorySoap', '1.1', 'Directory', ['lookup']],
      ['DirectorySoap12', '1.2', 'Directory', ['lookup']],
    ]);
    const [soap11, soap12] = [bindingNamed(m, 'DirectorySoap').operations[0]!, bindingNamed(m, 'DirectorySoap12').operations[0]!];
    expect([soap11.soapAction, soap11.soapActionRequired, soap12.soapAction, soap12.soapActionRequired]).toEqual(['urn:fx/lookup', true, 'urn:fx/lookup', false]);
    expect(soap12).toMatchObject({ style: 'document', use: 'literal', oneWay: false, doc: 'Finds a value by its key.', source: { file: expect.stringContaining('multi-binding.wsdl'), line: 23 } });
    expect(described(m, soap12.input.body[0]!)).toBe('{urn:fx}lookup: {urn:fx}lookup#element (element parameters)');
    expect(m.diagnostics.filter((d) => d.message.includes('HTTP')).map((d) => `${d.source.line}: ${d.message}`)).toEqual([
      '25: binding DirectoryHttpGet is an HTTP binding (http:binding): skipped, only SOAP bindings are generated',
    ]);
  });

  it('models a WSDL whose only binding is SOAP 1.2', async () => {
    const m = await modelOf('soap12-only.wsdl');
    expect([...m.bindings.values()].map((b) => [b.qname.name, b.soapVersion, b.operations.map((o) => o.soapAction)])).toEqual([['ClockSoap12', '1.2', ['urn:fx/now']]]);
    expect(m.services[0]!.ports).toMatchObject([{ name: 'ClockSoap12', address: 'https://example.invalid/clock' }]);
  });

  it('gives a binding that no port names a class of its own, which takes the endpoint from its user, and names a transport that is not HTTP', async () => {
    const m = await modelOf('unbound-binding.wsdl');
    expect(m.services).toEqual([]);
    expect(portViews(m).map((p) => [p.service, p.port, p.address, p.unbound, p.operations.map((o) => `${o.name} ${o.soapVersion}`)])).toEqual([
      ['DoorControlBinding', 'DoorControlBinding', undefined, true, ['GetDoorState 1.2']],
      ['DoorControlPipe', 'DoorControlPipe', undefined, true, ['GetDoorState 1.1']],
    ]);
    expect(m.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual([
      '19: binding DoorControlPipe is SOAP over http://schemas.microsoft.com/soap/named-pipe, not HTTP: its client sends SOAP over HTTP to the endpoint it is given',
    ]);
    const module = (await generate({ wsdl: wsdlFixture('unbound-binding.wsdl') })).files.get('services/door-control-binding.ts')!;
    expect(module).toContain('The DoorControlBinding binding, which no wsdl:port of the WSDL names: one method per operation.');
    expect(module).toContain('constructor(options: SoapClientOptions | SoapClient) {');
    expect(module).toContain('GetDoorState(request: GetDoorState, options: CallOptions = {}): Promise<GetDoorStateResponse>');
  });
});

describe('document style', () => {
  it('puts one element per body part in order, honours parts=, and keeps header parts out of the body', async () => {
    const m = await modelOf('document-parts.wsdl');
    const [placeOrder, ping, notify, ...rest] = bindingNamed(m, 'OrdersSoap').operations;
    expect(rest).toEqual([]);
    expect(placeOrder!.input.body.map((e) => described(m, e))).toEqual([
      '{urn:fx}order: {urn:fx}order#element (element order)',
      '{urn:fx}customer: {urn:fx}customer#element (element customer)',
    ]);
    expect(placeOrder!.input.headers.map((h) => [h.message.name, described(m, h.element), h.required, h.use])).toEqual([
      ['sessionHeader', '{urn:fx}session: {urn:fx}session#element (element session)', true, 'literal'],
      ['placeOrder', '{}trace: string (type trace)', false, 'literal'],
    ]);
    expect(placeOrder!.output!.body.map((e) => described(m, e))).toEqual(['{urn:fx}receipt: string (element receipt)']);
    expect(placeOrder!.faults.map((f) => [f.name, f.message.name, f.element && described(m, f.element)])).toEqual([['rejected', 'rejectedFault', '{urn:fx}rejected: {urn:fx}rejected#element (element detail)']]);
    expect([ping!.input.body, ping!.output!.body]).toEqual([[], []]);
    expect(notify).toMatchObject({ name: 'notify', oneWay: true, style: 'document' });
    expect(notify!.output).toBeUndefined();
    expect(notify!.input.body.map((e) => described(m, e))).toEqual(['{}note: string (type note)']);
    expect(notify!.input.headers.map((h) => [h.message.name, described(m, h.element)])).toEqual([['notify', '{}priority: int (type priority)']]);
  });

  it('keeps an operation whose elements have simple types', async () => {
    const m = await modelOf('simple-element.wsdl');
    const op = bindingNamed(m, 'WordsSoap').operations[0]!;
    expect([described(m, op.input.body[0]!), described(m, op.output!.body[0]!)]).toEqual(['{urn:fx}word: string (element word)', '{urn:fx}length: int (element length)']);
  });
  it('sends a header repeated in the binding once, with a warning where the repetition stands', async () => {
    const m = await modelOf('repeated-header.wsdl');
    const op = bindingNamed(m, 'WordsSoap').operations[0]!;
    expect(op.input.headers.map((h) => described(m, h.element))).toEqual(['{urn:fx}version: string (element version)']);
    expect(m.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual(['17: operation measure: soap:header for part version of message measure is repeated; sent once']);
  });

  it('reads what other toolkits read, each with a warning: a missing import, a built-in in another case, a nameless service', async () => {
    const m = await modelOf('missing-import.wsdl');
    expect(m.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual([
      '9: type {urn:missing}Map: no schema of its namespace is loaded (a missing import); its values are kept as XML',
      '9: xs:base64binary is not an XML Schema type; read as xs:base64Binary',
      '9: attribute {urn:missing}location: no schema of its namespace is loaded (a missing import); read as text',
      '20: wsdl:service without a name: named Service',
    ]);
    const store = typeOfId(m, '{urn:fx}store#element');
    expect(store.fields.map((f) => [f.xmlName, f.namespace, typeText(m, f.type)])).toEqual([
      ['map', 'urn:fx', 'opaque'],
      ['bytes', 'urn:fx', 'base64Binary'],
      ['location', 'urn:missing', 'anySimpleType'],
    ]);
    expect(m.services.map((s) => [s.qname.name, s.ports.map((p) => p.name)])).toEqual([['Service', ['StoreSoap']]]);
  });

  it('names services without a name with a name no service of their namespace has, in document order', async () => {
    const port = '<port name="WordsSoap" binding="t:WordsSoap"><soap:address location="https://example.invalid/words"/></port>';
    const services = `<service>${port}</service><service name="Service">${port}</service><service>${port}</service><service name="Service3">${port}</service>`;
    const m = await modelOfEdited('part-type-names-element.wsdl', 'nameless.wsdl', (text) => text.replace(/<service name="WordService">.*<\/service>/, services));
    expect(m.services.map((s) => s.qname.name)).toEqual(['Service2', 'Service', 'Service4', 'Service3']);
    expect(m.diagnostics.map((d) => d.message).filter((message) => message.startsWith('wsdl:service'))).toEqual(['wsdl:service without a name: named Service2', 'wsdl:service without a name: named Service4']);
  });

  it('reads a part whose type= names an element, not a type, as that element, with a warning where it stands', async () => {
    const m = await modelOf('part-type-names-element.wsdl');
    const op = bindingNamed(m, 'WordsSoap').operations[0]!;
    expect(op.output!.headers.map((h) => described(m, h.element))).toEqual(['{urn:fx}trace: string (element trace)']);
    expect(m.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual(['13: part trace of message measureResponse: type= names element {urn:fx}trace, not a type; read as element=']);
  });

  it('reads a part whose type= names both an element and a type as the type, without a word', async () => {
    const declared = ['<xs:complexType name="trace"><xs:sequence/></xs:complexType>', '<xs:simpleType name="trace"><xs:restriction base="xs:int"/></xs:simpleType>'];
    const read = [];
    for (const [n, type] of declared.entries()) {
      const m = await modelOfEdited('part-type-names-element.wsdl', `part-type-${n}.wsdl`, (text) => text.replace('<xs:element name="trace" type="xs:string"/>', `<xs:element name="trace" type="xs:string"/>${type}`));
      const header = bindingNamed(m, 'WordsSoap').operations[0]!.output!.headers[0]!.element;
      read.push([described(m, header), m.diagnostics.length]);
    }
    expect(read).toEqual([
      ['{}trace: trace (type trace)', 0],
      ['{}trace: int (type trace)', 0],
    ]);
  });
});

describe('rpc style', () => {
  it('shares a wrapper type among the bindings that give an operation the same parts, and numbers those that differ', async () => {
    const binding = (name: string, portType: string) =>
      `<binding name="${name}" type="t:${portType}"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/><operation name="getQuote"><soap:operation soapAction=""/><input><soap:body use="literal" namespace="urn:fx:rpc"/></input><output><soap:body use="literal" namespace="urn:fx:rpc"/></output></operation></binding>`;
    const more = [2, 3].map((n) => `<message name="getQuote${n}"><part name="${n === 2 ? 'symbol' : 'count'}" type="xs:string"/></message><portType name="Quotes${n}"><operation name="getQuote"><input message="t:getQuote${n}"/><output message="t:getQuoteResponse"/></operation></portType>${binding(`Quotes${n}Rpc`, `Quotes${n}`)}`);
    const m = await modelOfEdited('rpc-literal.wsdl', 'rpc-wrappers.wsdl', (text) => text.replace('<service ', `${binding('QuotesCopy', 'Quotes')}${more.join('')}<service `));
    const wrappers = ['QuotesRpc', 'QuotesCopy', 'Quotes2Rpc', 'Quotes3Rpc'].map((b) => {
      const op = bindingNamed(m, b).operations.find((o) => o.name === 'getQuote')!;
      return [op.input.body[0]!.type, op.output!.body[0]!.type].map((t) => (t.kind === 'complex' ? t.id : t.kind)).join(' ');
    });
    expect(wrappers).toEqual([
      '{urn:fx:rpc}getQuote#rpc {urn:fx:rpc}getQuoteResponse#rpc',
      '{urn:fx:rpc}getQuote#rpc {urn:fx:rpc}getQuoteResponse#rpc',
      '{urn:fx:rpc}getQuote#rpc2 {urn:fx:rpc}getQuoteResponse#rpc',
      '{urn:fx:rpc}getQuote#rpc3 {urn:fx:rpc}getQuoteResponse#rpc',
    ]);
    expect(['', '2', '3'].map((n) => typeOfId(m, `{urn:fx:rpc}getQuote#rpc${n}`).fields.map((f) => f.xmlName).join(','))).toEqual(['symbol,count,limits', 'symbol', 'count']);
    // A shared wrapper stands where the first binding declares it.
    expect(typeOfId(m, '{urn:fx:rpc}getQuote#rpc').source.path).toBe('binding[QuotesRpc]/operation[getQuote]/input');
  });

  it('wraps the parts in {namespace}operation and …Response, unqualified and typed, as a type the codec reads like any other', async () => {
    const m = await modelOf('rpc-literal.wsdl');
    const [getQuote, status] = bindingNamed(m, 'QuotesRpc').operations;
    expect([getQuote!.style, getQuote!.use, status!.style]).toEqual(['rpc', 'literal', 'document']);
    const [request, response] = [getQuote!.input.body, getQuote!.output!.body];
    expect([request.length, response.length]).toEqual([1, 1]);
    expect(request[0]).toMatchObject({ qname: { namespace: 'urn:fx:rpc', name: 'getQuote' }, origin: 'rpc-wrapper' });
    expect(response[0]).toMatchObject({ qname: { namespace: 'urn:fx:rpc', name: 'getQuoteResponse' }, origin: 'rpc-wrapper' });
    const wrapper = typeOfId(m, (request[0]!.type as { id: string }).id);
    expect(wrapper.fields.map((f) => [f.xmlName, f.namespace, typeText(m, f.type), f.kind])).toEqual([
      ['symbol', '', 'string', 'element'],
      ['count', '', 'int', 'element'],
      ['limits', '', '{urn:fx}limits#element', 'element'],
    ]);
    expect(wrapper.tsName).toBe('GetQuote');
    expect(typeOfId(m, (response[0]!.type as { id: string }).id).fields.map((f) => [f.xmlName, typeText(m, f.type)])).toEqual([['quote', 'Quote']]);
    expect(described(m, status!.input.body[0]!)).toBe('{urn:fx}status: {urn:fx}status#element (element parameters)');
  });

  it('qualifies the wrapper in the WSDL’s targetNamespace where soap:body has no namespace=, with a warning', async () => {
    const m = await modelOf('rpc-without-namespace.wsdl');
    const op = bindingNamed(m, 'PingerRpc').operations[0]!;
    expect([op.input.body[0]!.qname, op.output!.body[0]!.qname]).toEqual([{ namespace: 'urn:fx', name: 'ping' }, { namespace: 'urn:fx', name: 'pingResponse' }]);
    expect(m.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual([
      "10: operation ping: an rpc soap:body without namespace=; its wrapper element is qualified in the WSDL's targetNamespace (urn:fx)",
      "10: operation ping: an rpc soap:body without namespace=; its wrapper element is qualified in the WSDL's targetNamespace (urn:fx)",
    ]);
  });

  it('models rpc/encoded, with soapenc:Array restrictions as arrays of their item type', async () => {
    const m = await modelOf('rpc-encoded.wsdl');
    const op = bindingNamed(m, 'CatalogRpc').operations[0]!;
    expect([op.style, op.use, op.encodingStyle]).toEqual(['rpc', 'encoded', 'http://schemas.xmlsoap.org/soap/encoding/']);
    const wrapper = typeOfId(m, (op.input.body[0]!.type as { id: string }).id);
    expect(wrapper.fields.map((f) => [f.xmlName, typeText(m, f.type)])).toEqual([['tags', 'ArrayOfString'], ['limit', 'int']]);
    const strings = typeOfId(m, '{urn:fx}ArrayOfString');
    const items = typeOfId(m, '{urn:fx}ArrayOfItem');
    expect([typeText(m, strings.encodedArrayItem!), typeText(m, items.encodedArrayItem!)]).toEqual(['string', 'Item']);
    expect(items.fields.map((f) => [f.xmlName, f.namespace, typeText(m, f.type), f.array, f.optional])).toEqual([['item', '', 'Item', true, true]]);
    // soapenc:commonAttributes (id, href) are the encoding's own, not fields.
    expect(typeOfId(m, '{urn:fx}Item').fields.map((f) => [f.xmlName, typeText(m, f.type)])).toEqual([['sku', 'string'], ['note', 'string']]);
  });
});

describe('generation from every fixture', () => {
  const fixtures = ['multi-binding.wsdl', 'soap12-only.wsdl', 'unbound-binding.wsdl', 'document-parts.wsdl', 'simple-element.wsdl', 'rpc-literal.wsdl', 'rpc-encoded.wsdl', 'dataset.wsdl', 'default-namespace.wsdl', 'part-type-names-element.wsdl', 'repeated-header.wsdl', 'missing-import.wsdl', 'rpc-without-namespace.wsdl', 'rpc-encoded-library.wsdl', 'document-encoded.wsdl', 'recursive-element.xsd', 'recursive-group.xsd', 'xml-lang.xsd', 'utf16le-bom.xsd'];

  it('succeeds, and the SDKs type-check in strict mode', async () => {
    const entries: string[] = [];
    for (const fixture of fixtures) {
      const { files } = await generate({ wsdl: wsdlFixture(fixture) });
      const out = join(temp, fixture.replace(/\W/g, '-'));
      await writeOutput(out, files);
      entries.push(join(out, 'index.ts'));
    }
    const tsc = typeCheckStrict(join(temp, 'tsconfig.json'), entries);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('gives every literal and rpc/encoded operation a method, several parts, none and one-way alike, and names what it leaves out', async () => {
    const parts = await generate({ wsdl: wsdlFixture('document-parts.wsdl') });
    expect(parts.diagnostics.map((d) => d.message)).toEqual(['operation announce of binding OrdersSoap is a notification operation (the service sends first): skipped']);
    const port = parts.files.get('services/order-service.ts')!;
    expect(port).toContain('placeOrder(request: { order: Order; customer: Customer }, headers: { session: Session; trace?: string }, options: CallOptions = {}): Promise<string>');
    expect(port).toContain('ping(options: CallOptions = {}): Promise<void>');
    expect(port).toContain('notify(request: string, headers: { priority?: number } = {}, options: CallOptions = {}): Promise<void>');
    const encoded = await generate({ wsdl: wsdlFixture('rpc-encoded.wsdl') });
    expect(encoded.diagnostics).toEqual([]);
    expect(encoded.files.get('services/catalog-service.ts')).toContain('findItems(request: FindItems, options: CallOptions = {}): Promise<FindItemsResponse>');
    // An encoded array is an array of its items, in the models and so in the method's types.
    expect(encoded.files.get('models/shared.ts')).toContain('export type ArrayOfItem = Item[];');
    expect(encoded.files.get('models/shared.ts')).toMatch(/export interface FindItems \{\s+tags: string\[\];\s+limit: number;\s+\}/);
    const documentEncoded = await generate({ wsdl: wsdlFixture('document-encoded.wsdl') });
    expect(documentEncoded.diagnostics.map((d) => `${d.source.line}: ${d.message}`)).toEqual(['13: operation echo of binding EchoBinding is document/encoded: only rpc/encoded is supported, so the client has no method for it']);
    const echo = documentEncoded.files.get('services/echo-service.ts')!;
    expect([echo.includes('echo(request'), echo.includes('echoRpc(request')]).toEqual([false, true]);
  });
});
