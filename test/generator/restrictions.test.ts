// Restrictions on small fixtures of our own: facets kept on the IR, prohibited attributes dropped
// (also where a restriction inherits them), and qualification from `form` and the schema defaults.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { LoadError } from '../../generator/load/load-error.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { ComplexTypeDef, SchemaModel } from '../../generator/model/ir.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { schema, writeFixture, type FixtureFolder } from '../support/fixtures.ts';
import { typeCheckStrict } from '../support/run.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

function fixture(xsd: string): FixtureFolder {
  const folder = writeFixture({ 'a.xsd': xsd });
  fixtures.push(folder);
  return folder;
}

async function model(xsd: string): Promise<SchemaModel> {
  return buildModel(await loadWsdl(fixture(xsd).path('a.xsd')));
}

const type = (m: SchemaModel, name: string): ComplexTypeDef => [...m.types.values()].find((t) => t.qname?.name === name)!;
const fieldTypes = (t: ComplexTypeDef) => Object.fromEntries(t.fields.map((f) => [f.xmlName, f.type]));

const RESTRICTIONS = schema(`
  <xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:maxLength value="8"/><xs:pattern value="[A-Z]+"/><xs:pattern value="[0-9]+"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="ShortCode"><xs:restriction base="t:Code"><xs:minLength value="2"/><xs:maxLength value="4"/><xs:pattern value="..."/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Percent"><xs:restriction base="xs:decimal"><xs:totalDigits value="5"/><xs:fractionDigits value="2"/><xs:minInclusive value="0"/><xs:maxInclusive value="100"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Label"><xs:restriction base="xs:string"><xs:whiteSpace value="collapse"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Count"><xs:restriction base="xs:int"><xs:whiteSpace value="collapse"/><xs:minExclusive value="0"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Item">
    <xs:sequence>
      <xs:element name="code" type="t:ShortCode"/>
      <xs:element name="share" type="t:Percent"/>
      <xs:element name="label" type="t:Label"/>
      <xs:element name="count" type="t:Count"/>
      <xs:element name="fixed"><xs:simpleType><xs:restriction base="xs:string"><xs:length value="3"/></xs:restriction></xs:simpleType></xs:element>
      <xs:element name="plain" type="xs:string"/>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="Price"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string"/><xs:attribute name="note" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
  <xs:complexType name="SmallPrice"><xs:simpleContent><xs:restriction base="t:Price"><xs:maxExclusive value="10"/><xs:attribute name="note" use="prohibited"/></xs:restriction></xs:simpleContent></xs:complexType>
  <xs:attributeGroup name="Audit"><xs:attribute name="by" type="xs:string"/></xs:attributeGroup>
  <xs:attributeGroup name="NoAudit"><xs:attribute name="by" use="prohibited"/></xs:attributeGroup>
  <xs:complexType name="Record"><xs:sequence><xs:element name="a" type="xs:string" minOccurs="0"/><xs:element name="b" type="xs:string" minOccurs="0"/></xs:sequence><xs:attribute name="id" type="xs:string"/><xs:attribute name="legacy" type="xs:string"/><xs:attributeGroup ref="t:Audit"/></xs:complexType>
  <xs:complexType name="SlimRecord"><xs:complexContent><xs:restriction base="t:Record"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence><xs:attribute name="legacy" use="prohibited"/><xs:attributeGroup ref="t:NoAudit"/></xs:restriction></xs:complexContent></xs:complexType>
  <xs:complexType name="Plain"><xs:attribute name="gone" type="xs:string" use="prohibited"/><xs:attribute name="kept" type="xs:string"/></xs:complexType>`);

describe('facets of restricted simple types', () => {
  it('are kept on the field type, merged along the chain of restrictions', async () => {
    const types = fieldTypes(type(await model(RESTRICTIONS), 'Item'));
    expect(types['code']).toEqual({ kind: 'builtin', name: 'string', xsdName: 'string', facets: { maxLength: '4', minLength: '2', pattern: ['[A-Z]+|[0-9]+', '...'] } });
    expect(types['share']).toEqual({ kind: 'builtin', name: 'decimal', xsdName: 'decimal', facets: { totalDigits: '5', fractionDigits: '2', minInclusive: '0', maxInclusive: '100' } });
    expect(types['label']).toEqual({ kind: 'builtin', name: 'string', xsdName: 'string', facets: { whiteSpace: 'collapse' } });
    // whiteSpace is fixed for an int: stating it says nothing.
    expect(types['count']).toEqual({ kind: 'builtin', name: 'int', xsdName: 'int', facets: { minExclusive: '0' } });
    expect(types['fixed']).toEqual({ kind: 'builtin', name: 'string', xsdName: 'string', facets: { length: '3' } });
    expect(types['plain']).toEqual({ kind: 'builtin', name: 'string', xsdName: 'string' });
  });

  it('leave a type as it is where they narrow nothing, and leave types other than built-in ones alone', async () => {
    const xsd = schema(`
  <xs:simpleType name="Alias"><xs:restriction base="xs:string"/></xs:simpleType>
  <xs:simpleType name="Whole"><xs:restriction base="xs:int"><xs:whiteSpace value="collapse"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Color"><xs:restriction base="xs:string"><xs:enumeration value="red"/><xs:enumeration value="green"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="ShortColor"><xs:restriction base="t:Color"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Item"><xs:sequence><xs:element name="alias" type="t:Alias"/><xs:element name="whole" type="t:Whole"/><xs:element name="color" type="t:ShortColor"/></xs:sequence></xs:complexType>`);
    const types = fieldTypes(type(await model(xsd), 'Item'));
    expect(types).toStrictEqual({
      alias: { kind: 'builtin', name: 'string', xsdName: 'string' },
      whole: { kind: 'builtin', name: 'int', xsdName: 'int' },
      color: { kind: 'enum', id: '{urn:t}Color' },
    });
  });

  it('narrow the character content of a simple-content restriction', async () => {
    const t = type(await model(RESTRICTIONS), 'SmallPrice');
    expect(t.base).toBeUndefined();
    expect(t.fields.map((f) => [f.kind, f.xmlName, f.type])).toEqual([
      ['text', '$value', { kind: 'builtin', name: 'decimal', xsdName: 'decimal', facets: { maxExclusive: '10' } }],
      ['attribute', 'currency', { kind: 'builtin', name: 'string', xsdName: 'string' }],
    ]);
  });

  it.each([
    ['a facet without a value', '<xs:maxLength/>', /a\.xsd:\d+:\d+: xs:maxLength needs a value attribute/],
    ['an unknown whiteSpace value', '<xs:whiteSpace value="trim"/>', /a\.xsd:\d+:\d+: xs:whiteSpace value="trim" is not one of preserve, replace, collapse/],
  ])('refuse %s with a LoadError naming the place', async (_, facet, message) => {
    const bad = model(schema(`<xs:simpleType name="S"><xs:restriction base="xs:string">${facet}</xs:restriction></xs:simpleType>`));
    await expect(bad).rejects.toThrow(LoadError);
    await expect(bad).rejects.toThrow(message);
  });
});

describe('prohibited attributes', () => {
  it('are no fields, and a restriction keeps only the attributes of its base it does not prohibit', async () => {
    const m = await model(RESTRICTIONS);
    expect(type(m, 'Plain').fields.map((f) => f.xmlName)).toEqual(['kept']);
    const slim = type(m, 'SlimRecord');
    expect(slim.base).toBeUndefined();
    expect(slim.fields.map((f) => [f.kind, f.xmlName, f.optional])).toEqual([
      ['element', 'a', false],
      ['attribute', 'id', true],
    ]);
  });

  it('are not in the generated types', async () => {
    const folder = fixture(RESTRICTIONS);
    const { files } = await generate({ wsdl: folder.path('a.xsd') });
    await writeOutput(folder.path('sdk'), files);
    writeFileSync(
      folder.path('sdk/usage.ts'),
      `import type { Plain, SlimRecord, SmallPrice } from './index.js';
      export const plain: Plain = { kept: 'k' };
      // @ts-expect-error prohibited
      export const gone: Plain = { gone: 'g' };
      export const slim: SlimRecord = { a: 'a', id: '1' };
      // @ts-expect-error prohibited in the restriction
      export const legacy: SlimRecord = { a: 'a', legacy: 'l' };
      // @ts-expect-error prohibited through an attribute group
      export const by: SlimRecord = { a: 'a', by: 'b' };
      export const price: SmallPrice = { $value: '9.50', currency: 'EUR' };
      // @ts-expect-error prohibited in a simple-content restriction
      export const note: SmallPrice = { $value: '9.50', note: 'n' };\n`,
    );
    const tsc = typeCheckStrict(folder.path('tsconfig.json'), [join(folder.path('sdk'), 'usage.ts')]);
    expect(tsc.stdout + tsc.stderr).toBe('');
  });
});

describe('qualification on the wire', () => {
  const forms = `
    <xs:complexType name="Forms">
      <xs:sequence><xs:element name="byDefault" type="xs:string"/><xs:element name="unqualified" form="unqualified" type="xs:string"/><xs:element name="qualified" form="qualified" type="xs:string"/></xs:sequence>
      <xs:attribute name="attrByDefault" type="xs:string"/><xs:attribute name="attrQualified" form="qualified" type="xs:string"/><xs:attribute name="attrUnqualified" form="unqualified" type="xs:string"/>
    </xs:complexType>`;
  const namespaces = (t: ComplexTypeDef) => Object.fromEntries(t.fields.map((f) => [f.xmlName, f.namespace]));

  it('follows each declaration\'s form over the schema defaults', async () => {
    expect(namespaces(type(await model(schema(forms, 'elementFormDefault="qualified"')), 'Forms'))).toEqual({
      byDefault: 'urn:t', unqualified: '', qualified: 'urn:t', attrByDefault: '', attrQualified: 'urn:t', attrUnqualified: '',
    });
    expect(namespaces(type(await model(schema(forms, 'attributeFormDefault="qualified"')), 'Forms'))).toEqual({
      byDefault: '', unqualified: '', qualified: 'urn:t', attrByDefault: 'urn:t', attrQualified: 'urn:t', attrUnqualified: '',
    });
  });
});
