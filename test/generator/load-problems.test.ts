// The load problems of issue #11, one fixture each (test/fixtures/wsdl/): valid input that was
// refused or crashed now loads; bad input is an error naming file, line and column, exit code 2.
import { describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { LoadError } from '../../generator/load/load-error.ts';
import type { ComplexTypeDef, SchemaModel } from '../../generator/model/ir.ts';
import { portViews } from '../../generator/model/ports.ts';
import { generateBin, runNode } from '../support/run.ts';
import { bindingNamed, modelOf, typeOfId, wsdlFixture } from '../support/wsdl-fixtures.ts';

const named = (m: SchemaModel, name: string): ComplexTypeDef => [...m.types.values()].find((t) => t.qname?.name === name)!;
const fieldSummary = (t: ComplexTypeDef) => t.fields.map((f) => `${f.kind} {${f.namespace}}${f.xmlName}: ${f.type.kind === 'builtin' ? f.type.xsdName : f.type.kind}`);

describe('valid input that was refused or crashed', () => {
  it('resolves unprefixed QNames in the default namespace', async () => {
    const m = await modelOf('default-namespace.wsdl');
    expect(typeOfId(m, '{urn:fx}echo#element').fields.map((f) => f.type)).toEqual([{ kind: 'builtin', name: 'string', xsdName: 'string' }]);
    expect(portViews(m).flatMap((p) => p.operations.map((o) => o.name))).toEqual(['echo']);
  });

  it('knows the xml: prefix and its attributes without reading the XML namespace’s schema from the web', async () => {
    const m = await modelOf('xml-lang.xsd');
    const XML = 'http://www.w3.org/XML/1998/namespace';
    expect(fieldSummary(named(m, 'Label'))).toEqual(['text {}$value: string', `attribute {${XML}}lang: language`]);
    expect(named(m, 'Label').fields[1]!.optional).toBe(false);
    expect(fieldSummary(named(m, 'Note')).slice(1)).toEqual([`attribute {${XML}}lang: language`, `attribute {${XML}}space: NCName`, `attribute {${XML}}base: anyURI`, `attribute {${XML}}id: ID`]);
  });

  it('reads a UTF-8 byte-order mark, UTF-16 with a byte-order mark, and the encoding a declaration names', async () => {
    const attribute = async (fixture: string, type: string) => named(await modelOf(fixture), type).fields.map((f) => f.xmlName);
    expect(await attribute('bom-utf8.xsd', 'Marked')).toEqual(['café']);
    expect(await attribute('utf16le-bom.xsd', 'Wide')).toEqual(['été']);
    expect(await attribute('latin1.xsd', 'Latin')).toEqual(['mañana']);
  });

  it('refuses a DOCTYPE only where there is one', async () => {
    expect(named(await modelOf('doctype-in-comment.xsd'), 'Plain').fields.map((f) => f.xmlName)).toEqual(['a']);
    const error = await modelOf('doctype.xsd').catch((e: Error) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toBe(`${(error as LoadError).location}:3:1: DOCTYPE declarations are not allowed`);
  });

  it('reads a schema reached by several spellings of its location once', async () => {
    const loaded = await loadWsdl(wsdlFixture('spellings/service.wsdl'));
    expect(loaded.documents.map((d) => d.displayName.replace(/^.*fixtures\/wsdl\//, ''))).toEqual(['spellings/service.wsdl', 'spellings/xsd/common.xsd', 'spellings/xsd/other.xsd']);
    const m = await modelOf('spellings/service.wsdl');
    expect([...m.types.values()].map((t) => t.id).sort()).toEqual(['{urn:fx:common}Shared', '{urn:fx:other}User']);
  });

  it('names the same one of two duplicates on every run: the first in document order', async () => {
    const messages = new Set<string>();
    for (let run = 0; run < 5; run++) messages.add(await modelOf('duplicates/service.wsdl').then(() => 'no error', (e: Error) => e.message));
    expect([...messages]).toHaveLength(1);
    expect([...messages][0]).toMatch(/duplicates\/second\.xsd:5:3: duplicate global xs:complexType Order in urn:fx \(first declared at .*duplicates\/first\.xsd:3\)$/);
  });

  it('keeps an xs:schema reference (a .NET DataSet) as XML', async () => {
    const m = await modelOf('dataset.wsdl');
    const result = typeOfId(m, '{http://tempuri.org/}GetReportResponse#element/GetReportResult');
    expect(result.fields.map((f) => [f.xmlName, f.namespace, f.type.kind])).toEqual([['schema', 'http://www.w3.org/2001/XMLSchema', 'opaque']]);
    expect(result.openContent).toBe(true);
  });

  it('models an element that contains itself', async () => {
    const m = await modelOf('recursive-element.xsd');
    const folder = typeOfId(m, '{urn:fx}folder#element');
    expect(folder.fields.map((f) => [f.xmlName, f.type.kind === 'complex' ? f.type.id : f.type.kind, f.array])).toEqual([
      ['name', 'builtin', false],
      ['folder', '{urn:fx}folder#element', true],
      ['link', '{urn:fx}link#element', false],
    ]);
    expect(typeOfId(m, '{urn:fx}link#element').fields.map((f) => f.type)).toEqual([{ kind: 'complex', id: '{urn:fx}folder#element' }]);
  });

  it('models a group that comes back inside an element’s own type, and names one that contains itself', async () => {
    const tree = named(await modelOf('recursive-group.xsd'), 'Tree');
    expect(tree.fields.map((f) => [f.xmlName, f.type.kind === 'complex' ? f.type.id : f.type.kind])).toEqual([['label', 'builtin'], ['child', '{urn:fx}Tree/child']]);
    const error = await modelOf('self-containing-group.xsd').catch((e: Error) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/self-containing-group\.xsd:7:7: group Loop contains itself$/);
  });

  it('models operations with simple-typed elements, 0 or 2 parts, one way, rpc/literal and rpc/encoded, and SOAP 1.2 only', async () => {
    expect(bindingNamed(await modelOf('simple-element.wsdl'), 'WordsSoap').operations.map((o) => o.input.body[0]!.type.kind)).toEqual(['builtin']);
    expect(bindingNamed(await modelOf('document-parts.wsdl'), 'OrdersSoap').operations.map((o) => [o.input.body.length, o.oneWay])).toEqual([[2, false], [0, false], [1, true]]);
    expect(bindingNamed(await modelOf('rpc-literal.wsdl'), 'QuotesRpc').operations.map((o) => o.style)).toEqual(['rpc', 'document']);
    expect(bindingNamed(await modelOf('rpc-encoded.wsdl'), 'CatalogRpc').operations.map((o) => o.use)).toEqual(['encoded']);
    expect(bindingNamed(await modelOf('soap12-only.wsdl'), 'ClockSoap12').soapVersion).toBe('1.2');
  });
});

describe('bad input: the exact message with file:line:column, and exit code 2', () => {
  const cases: [string, string][] = [
    ['wsdl20.wsdl', 'wsdl20.wsdl:3:1: is WSDL 2.0 (<description> in http://www.w3.org/ns/wsdl), which is not supported: the generator reads WSDL 1.1'],
    ['unbound-operation.wsdl', 'unbound-operation.wsdl:7:5: binding ClockSoap: operation later is not an operation of port type Clock'],
    ['missing-binding.wsdl', 'missing-binding.wsdl:7:5: unresolved binding t:ClockSoapBinding ({urn:fx}ClockSoapBinding)'],
    ['schema-without-namespace.wsdl', 'schema-without-namespace.wsdl:8:25: part parameters of message hello: element {urn:fx}hello is not declared in any schema (hello is declared in no namespace, by a schema without targetNamespace)'],
  ];
  it.each(cases)('%s', (fixture, message) => {
    const result = runNode([generateBin, '--quiet', '--check', '--wsdl', wsdlFixture(fixture)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`generate: test/fixtures/wsdl/${message}\n`);
  });
});
