// Each XSD construct on a small fixture of our own: the IR the model builds, and the TypeScript the generator emits.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { ComplexTypeDef, FieldDef, SchemaModel } from '../../generator/model/ir.ts';
import { portViews } from '../../generator/model/ports.ts';
import { writeOutput } from '../../generator/output-dir.ts';
import { schema, writeFixture, wsdl, type FixtureFolder } from '../support/fixtures.ts';
import { typeCheckStrict } from '../support/run.ts';
import { syntaxProblems } from '../support/syntax.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

/** The fixture's model; the code generated from it must be laid out as prettier lays it out. */
async function model(files: Record<string, string>, entry: string): Promise<SchemaModel> {
  const folder = writeFixture(files);
  fixtures.push(folder);
  const built = buildModel(await loadWsdl(folder.path(entry)));
  expect(syntaxProblems((await generate({ wsdl: folder.path(entry) })).files)).toEqual([]);
  return built;
}

/** Generates from the fixture, compiles the output plus `usage` (a TS file using it) with tsc, and returns the files. */
async function generateAndCompile(files: Record<string, string>, entry: string, usage = ''): Promise<Map<string, string>> {
  const folder = writeFixture(files);
  fixtures.push(folder);
  const { files: out } = await generate({ wsdl: folder.path(entry) });
  const sdk = folder.path('sdk');
  await writeOutput(sdk, out);
  writeFileSync(join(sdk, 'usage.ts'), `import type * as M from './index.js';\nimport * as V from './index.js';\nvoid V;\n${usage}\nexport {};\n`);
  const tsc = typeCheckStrict(folder.path('tsconfig.json'), [join(sdk, 'index.ts'), join(sdk, 'usage.ts')]);
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(syntaxProblems(out)).toEqual([]);
  return out;
}

const type = (m: SchemaModel, name: string): ComplexTypeDef => [...m.types.values()].find((t) => t.qname?.name === name)!;
const field = (t: ComplexTypeDef, name: string): FieldDef => t.fields.find((f) => f.xmlName === name)!;

describe('inheritance', () => {
  const xsd = schema(`
    <xs:complexType name="Base" abstract="true"><xs:attribute name="id" type="xs:string"/></xs:complexType>
    <xs:complexType name="Middle"><xs:complexContent><xs:extension base="t:Base"><xs:sequence><xs:element name="m" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
    <xs:complexType name="Leaf"><xs:complexContent><xs:extension base="t:Middle"><xs:attribute name="l" type="xs:boolean"/></xs:extension></xs:complexContent></xs:complexType>
    <xs:complexType name="Other"><xs:complexContent><xs:extension base="t:Base"/></xs:complexContent></xs:complexType>
    <xs:complexType name="Holder"><xs:sequence><xs:element name="item" type="t:Base" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
    <xs:complexType name="Shape" abstract="true"><xs:sequence/></xs:complexType>
    <xs:complexType name="Polygon" abstract="true"><xs:complexContent><xs:extension base="t:Shape"/></xs:complexContent></xs:complexType>`);

  it('links extension chains and marks the hierarchy as tagged', async () => {
    const m = await model({ 'a.xsd': xsd }, 'a.xsd');
    expect(type(m, 'Base').derived).toEqual(['{urn:t}Leaf', '{urn:t}Middle', '{urn:t}Other']);
    expect(type(m, 'Middle').derived).toEqual(['{urn:t}Leaf']);
    expect(type(m, 'Leaf').base).toBe('{urn:t}Middle');
    expect(['Base', 'Middle', 'Leaf', 'Other'].map((n) => type(m, n).tagged)).toEqual([true, true, true, true]);
    expect(type(m, 'Holder').tagged).toBe(false);
    expect(type(m, 'Base').abstract).toBe(true);
  });

  it('emits Fields interfaces, $type tags and an exhaustive Any union for the abstract base', async () => {
    const out = await generateAndCompile(
      { 'a.xsd': xsd },
      'a.xsd',
      `export function describe(x: M.AnyBase): string {
        switch (x.$type) {
          case 'Middle': return String(x.m);
          case 'Leaf': return String(x.l) + x.m;
          case 'Other': return x.id ?? '';
          default: { const never: never = x; return never; }
        }
      }
      const holder: M.Holder = { item: [{ $type: 'Leaf', m: 1, l: true }] };
      // @ts-expect-error an abstract type cannot be a value
      const bad: M.AnyBase = { $type: 'Base' };
      void holder; void bad;`,
    );
    const text = [...out.values()].join('\n');
    expect(text).toContain('export interface LeafFields extends MiddleFields');
    expect(text).toContain("readonly $type: 'Leaf';");
    expect(text).toMatch(/export type AnyBase = Leaf \| Middle \| Other;/);
    expect(text).toContain('item: AnyBase[];');
    // A hierarchy of abstract types only has no values.
    expect(text).toMatch(/export type AnyShape = never;/);
  });
});

describe('scalar types, enumerations, occurrence', () => {
  const scalars = ['string', 'boolean', 'int', 'short', 'byte', 'long', 'integer', 'decimal', 'double', 'float', 'dateTime', 'date', 'time', 'base64Binary', 'anyURI', 'normalizedString', 'unsignedInt', 'positiveInteger'];
  const xsd = schema(`
    <xs:simpleType name="Color"><xs:restriction base="xs:string"><xs:enumeration value="red"/><xs:enumeration value="green"/></xs:restriction></xs:simpleType>
    <xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
    <xs:simpleType name="Codes"><xs:list itemType="xs:string"/></xs:simpleType>
    <xs:complexType name="Scalars">
      <xs:sequence>
        <xs:element name="required" type="xs:string"/>
        <xs:element name="optional" type="xs:string" minOccurs="0"/>
        <xs:element name="many" type="xs:int" maxOccurs="unbounded"/>
        <xs:element name="five" type="xs:int" minOccurs="0" maxOccurs="5"/>
        <xs:element name="maybe" type="xs:string" nillable="true"/>
        <xs:element name="color" type="t:Color"/>
        <xs:element name="shade"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="light"/><xs:enumeration value="dark"/></xs:restriction></xs:simpleType></xs:element>
        <xs:element name="code" type="t:Code" default="abc"/>
        <xs:element name="codes" type="t:Codes"/>
      </xs:sequence>
      ${scalars.map((s) => `<xs:attribute name="a_${s}" type="xs:${s}"/>`).join('\n      ')}
      <xs:attribute name="needed" type="xs:int" use="required"/>
    </xs:complexType>`);

  it('types every scalar, enumeration and occurrence in the IR', async () => {
    const m = await model({ 'a.xsd': xsd }, 'a.xsd');
    const t = type(m, 'Scalars');
    expect(scalars.map((s) => { const f = field(t, `a_${s}`); return f.type.kind === 'builtin' ? f.type.name : f.type.kind; })).toEqual([
      'string', 'boolean', 'int', 'short', 'byte', 'long', 'integer', 'decimal', 'double', 'float', 'dateTime', 'date', 'time', 'base64Binary', 'anyURI', 'string', 'int', 'integer',
    ]);
    expect([field(t, 'required'), field(t, 'optional'), field(t, 'needed')].map((f) => f.optional)).toEqual([false, true, false]);
    expect([field(t, 'many').array, field(t, 'five').array, field(t, 'required').array]).toEqual([true, true, false]);
    expect(field(t, 'maybe').nillable).toBe(true);
    expect(field(t, 'code')).toMatchObject({ type: { kind: 'builtin', name: 'string' }, default: 'abc' });
    expect(m.enums.get(field(t, 'shade').type.kind === 'enum' ? (field(t, 'shade').type as { id: string }).id : '')?.values).toEqual(['light', 'dark']);
    expect(m.diagnostics.map((d) => d.message)).toEqual(['xs:list is kept as plain text']);
  });

  it('emits numbers, bigints, strings, literal unions, arrays, optional and nullable properties', async () => {
    const out = await generateAndCompile(
      { 'a.xsd': xsd },
      'a.xsd',
      `const s: M.Scalars = { required: 'r', many: [1], maybe: null, color: 'green', shade: 'dark', code: 'abc', codes: 'a b', a_long: 12345678901234567890n, a_int: 1, needed: 2 };
      // @ts-expect-error not a Color
      const c: M.Color = 'blue';
      const values: readonly string[] = V.ColorValues;
      void s; void c; void values;`,
    );
    const text = out.get('models/scalars.ts')!;
    for (const line of ['required: string;', 'optional?: string;', 'many: number[];', 'five?: number[];', 'maybe: string | null;', 'color: Color;', 'shade: ScalarsShade;', 'a_long?: bigint;', 'a_integer?: bigint;', 'a_decimal?: string;', 'a_double?: number;', 'a_dateTime?: string;', 'needed: number;']) {
      expect(text).toContain(line);
    }
    expect(text).toContain("['many', NS_URN_T, 'many', 'int', '*']");
    expect(text).toContain("['needed', '', 'needed', 'int', '@']");
    expect(text).toContain("['maybe', NS_URN_T, 'maybe', 'string', '~']");
    expect(text).toContain("['five', NS_URN_T, 'five', 'int', '?*']");
    expect(text).toContain('@defaultValue `abc`');
  });
});

describe('content models', () => {
  const xsd = schema(`
    <xs:group name="Pair"><xs:sequence><xs:element name="left" type="xs:string"/><xs:element name="right" type="xs:string"/></xs:sequence></xs:group>
    <xs:attributeGroup name="Audit"><xs:attribute name="createdBy" type="xs:string"/></xs:attributeGroup>
    <xs:complexType name="Shapes">
      <xs:sequence>
        <xs:choice><xs:element name="circle" type="xs:int"/><xs:element name="square" type="xs:int"/></xs:choice>
        <xs:group ref="t:Pair"/>
        <xs:sequence maxOccurs="unbounded"><xs:element name="point" type="xs:int"/></xs:sequence>
      </xs:sequence>
      <xs:attributeGroup ref="t:Audit"/>
    </xs:complexType>
    <xs:complexType name="Unordered"><xs:all><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/></xs:all></xs:complexType>
    <xs:complexType name="Open"><xs:sequence><xs:element name="known" type="xs:string"/><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute/></xs:complexType>
    <xs:complexType name="Mixed" mixed="true"><xs:sequence><xs:element name="b" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
    <xs:complexType name="Payload"><xs:sequence><xs:element name="object" type="xs:anyType"/><xs:element name="untyped"/></xs:sequence></xs:complexType>
    <xs:complexType name="Money"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType>
    <xs:element name="Note" type="xs:string"/>
    <xs:complexType name="Refs"><xs:sequence><xs:element ref="t:Note"/><xs:element name="local" type="xs:string" form="unqualified"/></xs:sequence></xs:complexType>`);

  it('carries choice, group, sequence and all occurrence down to the fields', async () => {
    const m = await model({ 'a.xsd': xsd }, 'a.xsd');
    const shapes = type(m, 'Shapes');
    expect(shapes.fields.map((f) => `${f.xmlName}:${f.optional ? '?' : ''}${f.array ? '[]' : ''}`)).toEqual(['circle:?', 'square:?', 'left:', 'right:', 'point:[]', 'createdBy:?']);
    expect(field(shapes, 'circle').choiceGroup).toBeDefined();
    expect(field(shapes, 'circle').choiceGroup).toBe(field(shapes, 'square').choiceGroup);
    expect(type(m, 'Unordered').fields.map((f) => f.optional)).toEqual([false, true]);
  });

  it('keeps wildcards, mixed content and anyType as opaque XML, simple content as $value', async () => {
    const m = await model({ 'a.xsd': xsd }, 'a.xsd');
    expect([type(m, 'Open').openContent, type(m, 'Mixed').openContent, type(m, 'Shapes').openContent]).toEqual([true, true, false]);
    expect(type(m, 'Payload').fields.map((f) => f.type.kind)).toEqual(['opaque', 'opaque']);
    expect(type(m, 'Money').fields.map((f) => [f.kind, f.tsName])).toEqual([['text', '$value'], ['attribute', 'currency']]);
    const out = await generateAndCompile({ 'a.xsd': xsd }, 'a.xsd', `const money: M.Money = { $value: '1.50', currency: 'EUR' }; const p: M.Payload = { object: { xml: '<x/>' }, untyped: { xml: '' } }; void money; void p;`);
    expect(out.get('models/open.ts')).toContain('  /** Content the schema leaves open (xs:any, mixed, anyAttribute), kept as it arrived. */\n  $any?: OpaqueXml[];');
  });

  it('qualifies element refs in their namespace and leaves unqualified locals without one', async () => {
    const m = await model({ 'a.xsd': xsd }, 'a.xsd');
    expect(type(m, 'Refs').fields.map((f) => [f.xmlName, f.namespace])).toEqual([['Note', 'urn:t'], ['local', '']]);
    const unqualifiedSchema = await model({ 'b.xsd': schema('<xs:complexType name="U"><xs:sequence><xs:element name="e" type="xs:string"/></xs:sequence><xs:attribute name="a" type="xs:string" form="qualified"/></xs:complexType>', '') }, 'b.xsd');
    expect(type(unqualifiedSchema, 'U').fields.map((f) => [f.xmlName, f.namespace])).toEqual([['e', ''], ['a', 'urn:t']]);
  });
});

describe('documents across folders', () => {
  it('follows wsdl and xsd imports and includes, through parent folders, spaces, chameleon includes and cycles, once each', async () => {
    const m = await model(
      {
        'service/api.wsdl': wsdl('<xs:import namespace="urn:b" schemaLocation="../shared schemas/b.xsd"/>'),
        'shared schemas/b.xsd': `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:b" xmlns:c="urn:c" targetNamespace="urn:b"><xs:import namespace="urn:c" schemaLocation="c.xsd"/><xs:include schemaLocation="parts/chameleon.xsd"/><xs:complexType name="B"><xs:sequence><xs:element name="c" type="c:C"/><xs:element name="part" type="b:Part"/></xs:sequence></xs:complexType></xs:schema>`,
        'shared schemas/c.xsd': `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:b="urn:b" targetNamespace="urn:c"><xs:import namespace="urn:b" schemaLocation="b.xsd"/><xs:complexType name="C"><xs:sequence><xs:element name="back" type="b:B" minOccurs="0"/></xs:sequence></xs:complexType></xs:schema>`,
        'shared schemas/parts/chameleon.xsd': `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:complexType name="Part"><xs:attribute name="n" type="xs:int"/></xs:complexType></xs:schema>`,
      },
      'service/api.wsdl',
    );
    const names = [...m.types.values()].filter((t) => t.qname).map((t) => `{${t.qname!.namespace}}${t.qname!.name}`).sort();
    expect(names).toEqual(['{urn:b}B', '{urn:b}Part', '{urn:c}C']);
    expect(portViews(m).flatMap((p) => p.operations).map((o) => [o.name, o.soapAction, o.input.body[0]?.element, o.output?.body[0]?.element])).toEqual([['ping', 'urn:ping', { namespace: 'urn:t', name: 'ping' }, { namespace: 'urn:t', name: 'pingResponse' }]]);
  });
});

describe('names', () => {
  it('renames clashes deterministically: namespaces, anonymous types, enumerations, fields', async () => {
    const files = {
      'a.wsdl': wsdl(
        `<xs:import namespace="urn:other" schemaLocation="other.xsd"/>
         <xs:complexType name="Item"><xs:sequence><xs:element name="detail"><xs:complexType><xs:attribute name="x" type="xs:string"/></xs:complexType></xs:element></xs:sequence><xs:attribute name="id" type="xs:string"/></xs:complexType>
         <xs:complexType name="ItemDetail"/>
         <xs:simpleType name="Kind"><xs:restriction base="xs:string"><xs:enumeration value="a"/></xs:restriction></xs:simpleType>
         <xs:complexType name="kind"/>
         <xs:complexType name="Sub"><xs:complexContent><xs:extension base="t:Item"><xs:sequence><xs:element name="id" type="xs:string"/><xs:element name="$type" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`,
      ),
      'other.xsd': `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other"><xs:complexType name="Item"/></xs:schema>`,
    };
    const first = await model(files, 'a.wsdl');
    const second = await model(files, 'a.wsdl');
    const names = (m: SchemaModel) => [...m.types.values(), ...m.enums.values()].map((t) => `${t.id} → ${t.tsName}`).sort();
    expect(names(second)).toEqual(names(first));
    const byId = new Map([...first.types.values(), ...first.enums.values()].map((t) => [t.id, t.tsName]));
    expect(byId.get('{urn:other}Item')).toBe('Item');
    expect(byId.get('{urn:t}Item')).toBe('Item2');
    expect(byId.get('{urn:t}ItemDetail')).toBe('ItemDetail');
    expect(byId.get('{urn:t}Item/detail')).toBe('ItemDetail2');
    expect([byId.get('{urn:t}kind'), byId.get('{urn:t}Kind')]).toEqual(['Kind', 'Kind2']);
    expect(type(first, 'Sub').fields.map((f) => f.tsName)).toEqual(['idElement', '$typeElement']);
  });

  it('keeps names in any script, in types, fields and enumerations the compiler accepts', async () => {
    const xsd = schema(`
      <xs:complexType name="Größe"><xs:sequence><xs:element name="maß" type="xs:int"/><xs:element name="名前"><xs:complexType><xs:attribute name="ключ" type="xs:string"/></xs:complexType></xs:element></xs:sequence></xs:complexType>
      <xs:simpleType name="état"><xs:restriction base="xs:string"><xs:enumeration value="prêt"/></xs:restriction></xs:simpleType>
      <xs:element name="überall" type="t:état"/>`);
    const out = await generateAndCompile({ 'a.xsd': xsd }, 'a.xsd', `const g: M.Größe = { maß: 1, 名前: { ключ: 'k' } }; const e: M.État = 'prêt'; void g; void e;`);
    expect([...out.values()].join('\n')).toContain('export interface Größe');
  });
});

describe('bad input is an error naming file, line and column', () => {
  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['malformed XML', { 'a.xsd': `<xs:schema ${'xmlns:xs="http://www.w3.org/2001/XMLSchema"'}>\n  <xs:complexType name="A">\n</xs:schema>` }, 'a.xsd', /a\.xsd:\d+:\d+: malformed XML/],
    ['a DOCTYPE', { 'a.xsd': '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "boom">]>\n<x/>' }, 'a.xsd', /a\.xsd:2:1: DOCTYPE declarations are not allowed/],
    ['an unresolved type', { 'a.xsd': schema('<xs:complexType name="A">\n<xs:attribute name="x" type="t:Missing"/></xs:complexType>') }, 'a.xsd', /a\.xsd:4:\d+: unresolved type \{urn:t\}Missing/],
    ['an undeclared prefix', { 'a.xsd': schema('<xs:complexType name="A"><xs:attribute name="x" type="q:T"/></xs:complexType>') }, 'a.xsd', /a\.xsd:3:\d+: undeclared namespace prefix "q"/],
    ['a missing import', { 'a.xsd': schema('<xs:import namespace="urn:x" schemaLocation="gone.xsd"/>') }, 'a.xsd', /gone\.xsd: cannot be read \(ENOENT\)/],
    ['a duplicate global type', { 'a.xsd': schema('<xs:include schemaLocation="b.xsd"/><xs:complexType name="A"/>'), 'b.xsd': schema('<xs:complexType name="A"/>') }, 'a.xsd', /duplicate global xs:complexType A/],
    ['an inheritance cycle', { 'a.xsd': schema('<xs:complexType name="A"><xs:complexContent><xs:extension base="t:B"/></xs:complexContent></xs:complexType><xs:complexType name="B"><xs:complexContent><xs:extension base="t:A"/></xs:complexContent></xs:complexType>') }, 'a.xsd', /a\.xsd:3:1: inheritance cycle: A → B → A \(complexType\[A\]\)/],
    ['an unsupported construct', { 'a.xsd': schema('<xs:complexType name="A"><xs:notation name="n" public="p"/></xs:complexType>') }, 'a.xsd', /a\.xsd:3:\d+: unsupported schema construct xs:notation/],
  ];
  it.each(cases)('%s', async (_name, files, entry, message) => {
    const error = await model(files, entry).then(() => undefined, (e: Error) => e);
    expect(error?.name).toBe('LoadError');
    expect(error?.message).toMatch(message);
  });
});
