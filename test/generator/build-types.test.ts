// The type builder alone (before the passes name and link what it built): each XSD construct of
// a small schema as the fields, occurrences, source paths and warnings it becomes, and the
// schemas it refuses. xsd-constructs.test.ts follows the same constructs through to emitted code.
import { afterEach, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { TypeBuilder } from '../../generator/model/build-types.ts';
import type { FieldDef, SchemaModel, TypeRef } from '../../generator/model/ir.ts';
import { SchemaIndex } from '../../generator/model/schema-index.ts';
import { complexType, refusalMessage, schema, SOAPENC_XMLNS, writeFixture, type FixtureFolder } from '../support/fixtures.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

async function built(files: Record<string, string>): Promise<SchemaModel> {
  const folder = writeFixture(files);
  fixtures.push(folder);
  const model: SchemaModel = { types: new Map(), enums: new Map(), elements: new Map(), bindings: new Map(), services: [], diagnostics: [] };
  new TypeBuilder(new SchemaIndex(await loadWsdl(folder.path('a.xsd'))), model).buildAll();
  return model;
}

/** The builder's model of one schema in namespace urn:t (see fixtures.ts' `schema`). */
const of = (body: string, attributes?: string) => built({ 'a.xsd': schema(body, attributes) });

/** The error the builder stops at, without the file and position of the fixture's one schema. */
const refusal = (body: string) => refusalMessage(of(body), 'a.xsd');

function typeText(t: TypeRef): string {
  switch (t.kind) {
    case 'builtin':
      return `${t.name}(xs:${t.xsdName})`;
    case 'opaque':
      return 'opaque';
    default:
      return `${t.kind} ${t.id}`;
  }
}

/** A field in one line: kind, wire name, type, occurrence, choice, default and where it was declared. */
function line(f: FieldDef): string {
  const name = f.namespace ? `{${f.namespace}}${f.xmlName}` : f.xmlName;
  const extras = [f.nillable && 'nillable', f.choiceGroup && `choice ${f.choiceGroup}`, f.default !== undefined && `default ${f.default}`].filter(Boolean);
  return `${f.kind} ${name}: ${typeText(f.type)}${f.optional ? '?' : ''}${f.array ? '[]' : ''}${extras.map((e) => ` ${e}`).join('')} @ ${f.source.path}`;
}

function fieldsOf(m: SchemaModel, id: string): string[] {
  const t = m.types.get(id);
  if (!t) throw new Error(`no type ${id}; the model has ${[...m.types.keys()].join(', ')}`);
  return t.fields.map(line);
}

const warnings = (m: SchemaModel) => m.diagnostics.map((d) => `${d.message} @ ${d.source.path}`);

describe('occurrence', () => {
  it('is an array for maxOccurs above one or unbounded, optional for minOccurs 0, and carried down from enclosing particles', async () => {
    const m = await of(
      complexType(
        'T',
        `<xs:sequence>
          <xs:element name="one" type="xs:int" maxOccurs="1"/>
          <xs:element name="two" type="xs:int" maxOccurs="2"/>
          <xs:element name="many" type="xs:int" maxOccurs="unbounded"/>
          <xs:element name="maybe" type="xs:int" minOccurs="0" maxOccurs="1"/>
          <xs:sequence minOccurs="0" maxOccurs="unbounded"><xs:element name="inner" type="xs:int"/></xs:sequence>
          <xs:all><xs:annotation><xs:documentation>ignored</xs:documentation></xs:annotation><xs:element name="inAll" type="xs:int"/></xs:all>
        </xs:sequence>`,
      ),
    );
    expect(fieldsOf(m, '{urn:t}T')).toEqual([
      'element {urn:t}one: int(xs:int) @ complexType[T]/sequence/element[one]',
      'element {urn:t}two: int(xs:int)[] @ complexType[T]/sequence/element[two]',
      'element {urn:t}many: int(xs:int)[] @ complexType[T]/sequence/element[many]',
      'element {urn:t}maybe: int(xs:int)? @ complexType[T]/sequence/element[maybe]',
      'element {urn:t}inner: int(xs:int)?[] @ complexType[T]/sequence/sequence/element[inner]',
      'element {urn:t}inAll: int(xs:int) @ complexType[T]/sequence/all/element[inAll]',
    ]);
  });

  it('makes each member of a choice optional, in a group of its own per choice', async () => {
    const m = await of(
      complexType('C', `<xs:sequence><xs:choice><xs:annotation/><xs:element name="a" type="xs:int"/><xs:element name="b" type="xs:int" maxOccurs="3"/></xs:choice><xs:choice maxOccurs="unbounded"><xs:element name="c" type="xs:int"/></xs:choice></xs:sequence>`) +
        complexType('D', `<xs:choice><xs:element name="d" type="xs:int"/></xs:choice>`),
    );
    expect(fieldsOf(m, '{urn:t}C')).toEqual([
      'element {urn:t}a: int(xs:int)? choice {urn:t}C#choice1 @ complexType[C]/sequence/choice/element[a]',
      'element {urn:t}b: int(xs:int)?[] choice {urn:t}C#choice1 @ complexType[C]/sequence/choice/element[b]',
      'element {urn:t}c: int(xs:int)?[] choice {urn:t}C#choice2 @ complexType[C]/sequence/choice/element[c]',
    ]);
    expect(fieldsOf(m, '{urn:t}D')).toEqual(['element {urn:t}d: int(xs:int)? choice {urn:t}D#choice3 @ complexType[D]/choice/element[d]']);
  });

  it('expands a group where it is referenced, with the reference’s occurrence, as often as it is referenced', async () => {
    const m = await of(
      `<xs:group name="g"><xs:annotation/><xs:sequence><xs:annotation/><xs:element name="e"><xs:complexType><xs:sequence/></xs:complexType></xs:element></xs:sequence></xs:group>` +
        complexType('A', '<xs:sequence><xs:group ref="t:g" minOccurs="0"/><xs:group ref="t:g" maxOccurs="unbounded"/></xs:sequence>') +
        complexType('B', '<xs:group ref="t:g"/>'),
    );
    expect(fieldsOf(m, '{urn:t}A')).toEqual([
      'element {urn:t}e: complex {urn:t}A/e? @ group[g]/sequence/element[e]',
      'element {urn:t}e: complex {urn:t}A/e[] @ group[g]/sequence/element[e]',
    ]);
    // The group's inline type is one type per type using it.
    expect(fieldsOf(m, '{urn:t}B')).toEqual(['element {urn:t}e: complex {urn:t}B/e @ group[g]/sequence/element[e]']);
  });
});

describe('elements', () => {
  it('reads form, nillable, default and fixed values, and gives an element without a type any content', async () => {
    const m = await of(
      complexType(
        'T',
        `<xs:sequence>
          <xs:element name="local" type="xs:string" form="unqualified" nillable="true"/>
          <xs:element name="withDefault" type="xs:string" default="d"/>
          <xs:element name="withFixed" type="xs:string" fixed="f"/>
          <xs:element name="untyped"/>
          <xs:element ref="t:top"/>
          <xs:element ref="xs:schema" ${'xmlns:xs="http://www.w3.org/2001/XMLSchema"'}/>
        </xs:sequence>`,
      ) + '<xs:element name="top" type="xs:int"/>',
    );
    expect(fieldsOf(m, '{urn:t}T')).toEqual([
      'element local: string(xs:string) nillable @ complexType[T]/sequence/element[local]',
      'element {urn:t}withDefault: string(xs:string) default d @ complexType[T]/sequence/element[withDefault]',
      'element {urn:t}withFixed: string(xs:string) default f @ complexType[T]/sequence/element[withFixed]',
      'element {urn:t}untyped: opaque @ complexType[T]/sequence/element[untyped]',
      'element {urn:t}top: int(xs:int) @ complexType[T]/sequence/element[ref=top]',
      // .NET DataSets: an inline schema, kept as XML.
      'element {http://www.w3.org/2001/XMLSchema}schema: opaque @ complexType[T]/sequence/element[ref=schema]',
    ]);
  });

  it('names a particle it does not know with its place', async () => {
    expect(await refusal(complexType('T', '<xs:sequence><xs:attribute name="a"/></xs:sequence>'))).toBe('unsupported schema construct xs:attribute at complexType[T]/sequence/attribute');
  });
});

describe('attributes', () => {
  it('types an attribute without a type as any simple value, reads refs, and keeps the xml: namespace’s own', async () => {
    const m = await built({
      'a.xsd': schema(
        `<xs:import namespace="urn:other"/><xs:import namespace="urn:o" schemaLocation="o.xsd"/>` +
          complexType(
            'T',
            `<xs:sequence/>
            <xs:attribute name="plain"/>
            <xs:attribute name="needed" type="xs:int" use="required" default="1"/>
            <xs:attribute name="gone" type="xs:int" use="prohibited"/>
            <xs:attribute ref="o:shared" xmlns:o="urn:o"/>
            <xs:attribute ref="x:unloaded" xmlns:x="urn:other" use="required"/>
            <xs:attribute ref="x:loose" xmlns:x="urn:other"/>
            <xs:attribute ref="xml:lang"/>
            <xs:attribute name="inline"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="v"/></xs:restriction></xs:simpleType></xs:attribute>`,
          ),
        'elementFormDefault="qualified" attributeFormDefault="qualified"',
      ),
      'o.xsd': `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:o"><xs:attribute name="shared"><xs:simpleType><xs:restriction base="xs:int"><xs:enumeration value="1"/></xs:restriction></xs:simpleType></xs:attribute></xs:schema>\n`,
    });
    expect(fieldsOf(m, '{urn:t}T')).toEqual([
      'attribute {urn:t}plain: string(xs:anySimpleType)? @ complexType[T]/attribute[plain]',
      'attribute {urn:t}needed: int(xs:int) default 1 @ complexType[T]/attribute[needed]',
      'attribute {urn:o}shared: enum {urn:o}shared#attribute? @ complexType[T]/attribute[ref=shared]',
      'attribute {urn:other}unloaded: string(xs:anySimpleType) @ complexType[T]/attribute[ref=unloaded]',
      'attribute {urn:other}loose: string(xs:anySimpleType)? @ complexType[T]/attribute[ref=loose]',
      'attribute {http://www.w3.org/XML/1998/namespace}lang: string(xs:language)? @ complexType[T]/attribute[ref=lang]',
      'attribute {urn:t}inline: enum {urn:t}T/@inline? @ complexType[T]/attribute[inline]',
    ]);
    expect(warnings(m)).toEqual(['unloaded', 'loose'].map((a) => `attribute {urn:other}${a}: no schema of its namespace is loaded (a missing import); read as text @ complexType[T]/attribute[ref=${a}]`));
    expect(['{urn:t}T/@inline', '{urn:o}shared#attribute'].map((id) => m.enums.get(id)?.source.path)).toEqual(['complexType[T]/attribute[inline]/simpleType', 'attribute[shared]/simpleType']);
  });

  it('expands attribute groups, nested ones and xml:specialAttrs, each where it is referenced', async () => {
    const m = await of(
      `<xs:attributeGroup name="inner"><xs:attribute name="i" type="xs:int"/></xs:attributeGroup>
       <xs:attributeGroup name="outer"><xs:attribute name="o" type="xs:int"/><xs:attributeGroup ref="t:inner"/></xs:attributeGroup>
       <xs:attributeGroup name="specialAttrs"><xs:attribute name="mine" type="xs:int"/></xs:attributeGroup>` +
        complexType('T', '<xs:sequence/><xs:attributeGroup ref="t:outer"/><xs:attributeGroup ref="t:inner"/><xs:attributeGroup ref="t:specialAttrs"/><xs:attributeGroup ref="xml:specialAttrs"/>'),
    );
    expect(fieldsOf(m, '{urn:t}T')).toEqual([
      'attribute o: int(xs:int)? @ complexType[T]/attributeGroup[outer]/attribute[o]',
      'attribute i: int(xs:int)? @ complexType[T]/attributeGroup[outer]/attributeGroup[inner]/attribute[i]',
      'attribute i: int(xs:int)? @ complexType[T]/attributeGroup[inner]/attribute[i]',
      'attribute mine: int(xs:int)? @ complexType[T]/attributeGroup[specialAttrs]/attribute[mine]',
      ...['lang: string(xs:language)', 'space: string(xs:NCName)', 'base: anyURI(xs:anyURI)', 'id: string(xs:ID)'].map(
        (a) => `attribute {http://www.w3.org/XML/1998/namespace}${a}? @ complexType[T]/attributeGroup[specialAttrs]`,
      ),
    ]);
  });

  it('refuses an attribute group of the xml: namespace other than specialAttrs, and one that contains itself', async () => {
    expect(await refusal(complexType('T', '<xs:sequence/><xs:attributeGroup ref="xml:other"/>'))).toBe('unresolved xs:attributeGroup reference {http://www.w3.org/XML/1998/namespace}other');
    expect(await refusal(complexType('T', '<xs:sequence/><xs:attributeGroup ref="t:specialAttrs"/>'))).toBe('unresolved xs:attributeGroup reference {urn:t}specialAttrs');
    expect(await refusal(`<xs:attributeGroup name="loop"><xs:attributeGroup ref="t:loop"/></xs:attributeGroup>` + complexType('T', '<xs:sequence/><xs:attributeGroup ref="t:loop"/>'))).toBe('attribute group loop contains itself');
  });
});

describe('content derivations', () => {
  it('opens a type to unknown attributes, and names a construct it does not know in its place', async () => {
    const m = await of(complexType('T', '<xs:sequence/><xs:anyAttribute/>') + complexType('U', '<xs:sequence/>'));
    expect([m.types.get('{urn:t}T')?.openContent, m.types.get('{urn:t}U')?.openContent]).toEqual([true, false]);
    // Facets belong in a restriction of simple content only.
    expect(await refusal(complexType('T', '<xs:sequence/><xs:maxLength value="3"/>'))).toBe('unsupported schema construct xs:maxLength at complexType[T]/maxLength');
    expect(await refusal(complexType('T', '<xs:simpleContent><xs:restriction base="t:S"><xs:maxLength value="3"/><xs:assert test="true()"/></xs:restriction></xs:simpleContent>') + complexType('S', '<xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent>'))).toBe(
      'unsupported schema construct xs:assert at complexType[T]/simpleContent/restriction/assert',
    );
    expect(await refusal(complexType('T', '<xs:complexContent><xs:annotation/><xs:sequence/></xs:complexContent>'))).toBe('unsupported schema construct xs:sequence at complexType[T]/complexContent/sequence');
    // Not in a restriction of complex content, nor in an extension of simple content.
    expect(await refusal(complexType('T', '<xs:complexContent><xs:restriction base="t:B"><xs:maxLength value="3"/></xs:restriction></xs:complexContent>') + complexType('B', '<xs:sequence/>'))).toBe(
      'unsupported schema construct xs:maxLength at complexType[T]/complexContent/restriction/maxLength',
    );
    expect(await refusal(complexType('T', '<xs:simpleContent><xs:extension base="xs:string"><xs:maxLength value="3"/></xs:extension></xs:simpleContent>'))).toBe(
      'unsupported schema construct xs:maxLength at complexType[T]/simpleContent/extension/maxLength',
    );
  });

  it('derives from xs:anyType by extension or restriction without a base, and from a declared type with one', async () => {
    const m = await of(
      complexType('Ext', '<xs:complexContent><xs:extension base="xs:anyType"><xs:sequence><xs:element name="e" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent>') +
        complexType('Res', '<xs:complexContent><xs:restriction base="xs:anyType"><xs:sequence><xs:element name="r" type="xs:int"/></xs:sequence></xs:restriction></xs:complexContent>') +
        complexType('Base', '<xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence>') +
        complexType('Derived', '<xs:complexContent><xs:extension base="t:Base"><xs:sequence><xs:element name="d" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent>'),
    );
    expect(['Ext', 'Res', 'Derived'].map((n) => m.types.get(`{urn:t}${n}`)?.base)).toEqual([undefined, undefined, '{urn:t}Base']);
    expect(fieldsOf(m, '{urn:t}Ext')).toEqual(['element {urn:t}e: int(xs:int) @ complexType[Ext]/complexContent/extension/sequence/element[e]']);
    expect(fieldsOf(m, '{urn:t}Res')).toEqual(['element {urn:t}r: int(xs:int) @ complexType[Res]/complexContent/restriction/sequence/element[r]']);
    expect(fieldsOf(m, '{urn:t}Derived')).toEqual(['element {urn:t}d: int(xs:int) @ complexType[Derived]/complexContent/extension/sequence/element[d]']);
  });

  it('extends simple content of a complex type by inheriting it, and restricts it in place', async () => {
    const m = await of(
      complexType('Amount', '<xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="currency" type="xs:string"/><xs:attribute name="note" type="xs:string"/></xs:extension></xs:simpleContent>') +
        complexType('Priced', '<xs:simpleContent><xs:extension base="t:Amount"><xs:attribute name="when" type="xs:date"/></xs:extension></xs:simpleContent>') +
        complexType('Small', '<xs:simpleContent><xs:restriction base="t:Amount"><xs:maxInclusive value="10"/><xs:attribute name="currency" type="xs:token"/><xs:attribute name="note" use="prohibited"/></xs:restriction></xs:simpleContent>'),
    );
    expect(m.types.get('{urn:t}Priced')?.base).toBe('{urn:t}Amount');
    expect(fieldsOf(m, '{urn:t}Priced')).toEqual(['attribute when: date(xs:date)? @ complexType[Priced]/simpleContent/extension/attribute[when]']);
    expect(m.types.get('{urn:t}Small')?.base).toBeUndefined();
    expect(fieldsOf(m, '{urn:t}Small')).toEqual([
      'text $value: decimal(xs:decimal) @ complexType[Amount]/simpleContent/extension',
      'attribute currency: string(xs:token)? @ complexType[Small]/simpleContent/restriction/attribute[currency]',
    ]);
    expect(m.types.get('{urn:t}Small')?.fields[0]?.type).toMatchObject({ facets: { maxInclusive: '10' } });
  });

  it('keeps the attributes of a complex restriction’s base that it neither restates nor prohibits, directly or through a group', async () => {
    const m = await of(
      `<xs:attributeGroup name="noB"><xs:attribute name="b" use="prohibited"/></xs:attributeGroup>` +
        complexType('Base', '<xs:sequence><xs:element name="e" type="xs:int" minOccurs="0"/></xs:sequence><xs:attribute name="a" type="xs:int"/><xs:attribute name="b" type="xs:int"/><xs:attribute name="c" type="xs:int"/><xs:attribute name="x" type="xs:int"/>') +
        complexType(
          'Narrow',
          `<xs:complexContent><xs:restriction base="t:Base"><xs:sequence><xs:element name="x" type="xs:int" form="unqualified"/></xs:sequence>
            <xs:attribute name="a" type="xs:byte"/><xs:attributeGroup ref="t:noB"/><xs:attributeGroup ref="xml:specialAttrs"/><xs:attributeGroup ref="soapenc:commonAttributes" ${SOAPENC_XMLNS}/>
          </xs:restriction></xs:complexContent>`,
        ),
    );
    expect(fieldsOf(m, '{urn:t}Narrow').map((f) => f.replace(/ @ .*/, ''))).toEqual([
      // An element does not restate an attribute of the same name.
      'element x: int(xs:int)',
      'attribute a: byte(xs:byte)?',
      ...['lang: string(xs:language)', 'space: string(xs:NCName)', 'base: anyURI(xs:anyURI)', 'id: string(xs:ID)'].map((a) => `attribute {http://www.w3.org/XML/1998/namespace}${a}?`),
      'attribute c: int(xs:int)?',
      'attribute x: int(xs:int)?',
    ]);
  });
});

describe('SOAP-encoded arrays', () => {
  const array = (name: string, body: string) => complexType(name, `<xs:complexContent><xs:restriction base="soapenc:Array" ${SOAPENC_XMLNS}>${body}</xs:restriction></xs:complexContent>`);

  it('are restrictions of the SOAP encoding’s Array only, not of a type of that name in another namespace', async () => {
    const derived = (name: string, how: string) => complexType(name, `<xs:complexContent><xs:${how} base="t:Array"><xs:sequence><xs:element name="${name.toLowerCase()}" type="xs:int"/></xs:sequence></xs:${how}></xs:complexContent>`);
    const m = await of(complexType('Array', '<xs:sequence><xs:element name="a" type="xs:int" minOccurs="0"/></xs:sequence>') + derived('Narrow', 'restriction') + derived('Wide', 'extension'));
    expect(['Array', 'Narrow', 'Wide'].map((n) => m.types.get(`{urn:t}${n}`)?.encodedArrayItem)).toEqual([undefined, undefined, undefined]);
    expect(m.types.get('{urn:t}Wide')?.base).toBe('{urn:t}Array');
    expect(fieldsOf(m, '{urn:t}Narrow')).toEqual(['element {urn:t}narrow: int(xs:int) @ complexType[Narrow]/complexContent/restriction/sequence/element[narrow]']);
  });

  it('types the items by wsdl:arrayType, by the one element declared, or as any content', async () => {
    const m = await of(
      complexType('Item', '<xs:sequence/>') +
        array('ByArrayType', '<xs:attribute ref="soapenc:arrayType" wsdl:arrayType="t:Item[]"/>') +
        array('Nested', '<xs:attribute ref="soapenc:arrayType" wsdl:arrayType="t:Item[][]"/>') +
        array('ByElement', '<xs:sequence><xs:element name="row" type="xs:int" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>') +
        array('Untyped', '') +
        array('AttributesOnly', '<xs:attribute name="size" type="xs:int"/>') +
        complexType('Struct', `<xs:complexContent><xs:restriction base="soapenc:Struct" ${SOAPENC_XMLNS}><xs:sequence><xs:element name="s" type="xs:int"/></xs:sequence></xs:restriction></xs:complexContent>`),
    );
    const items = ['ByArrayType', 'Nested', 'ByElement', 'Untyped', 'AttributesOnly', 'Struct'].map((n) => m.types.get(`{urn:t}${n}`)?.encodedArrayItem);
    expect(items).toEqual([{ kind: 'complex', id: '{urn:t}Item' }, { kind: 'opaque' }, { kind: 'builtin', name: 'int', xsdName: 'int' }, { kind: 'opaque' }, { kind: 'opaque' }, undefined]);
    expect(fieldsOf(m, '{urn:t}AttributesOnly')).toEqual(['element item: opaque?[] @ complexType[AttributesOnly]/complexContent/restriction/item', 'attribute size: int(xs:int)? @ complexType[AttributesOnly]/complexContent/restriction/attribute[size]']);
    expect(fieldsOf(m, '{urn:t}ByArrayType')).toEqual(['element item: complex {urn:t}Item?[] @ complexType[ByArrayType]/complexContent/restriction/item']);
    expect(fieldsOf(m, '{urn:t}Nested')).toEqual(['element item: opaque?[] @ complexType[Nested]/complexContent/restriction/item']);
    expect(fieldsOf(m, '{urn:t}ByElement')).toEqual(['element {urn:t}row: int(xs:int)?[] @ complexType[ByElement]/complexContent/restriction/sequence/element[row]']);
    expect(fieldsOf(m, '{urn:t}Struct')).toEqual(['element {urn:t}s: int(xs:int) @ complexType[Struct]/complexContent/restriction/sequence/element[s]']);
    expect(warnings(m)).toEqual(['arrays of arrays (t:Item[][]) are kept as XML @ complexType[Nested]/complexContent/restriction']);
  });
});

describe('building once', () => {
  it('builds a global element’s anonymous type and a named type once, however often they are referenced', async () => {
    const unloaded = (name: string) => `<xs:sequence><xs:element name="${name}" type="x:Far" xmlns:x="urn:far"/></xs:sequence>`;
    const m = await of(
      `<xs:import namespace="urn:far"/><xs:element name="holder"><xs:complexType>${unloaded('h')}</xs:complexType></xs:element>` +
        complexType('Base', unloaded('b')) +
        complexType('Uses', '<xs:sequence><xs:element ref="t:holder"/><xs:element ref="t:holder" minOccurs="0"/></xs:sequence>') +
        complexType('Narrow', `<xs:complexContent><xs:restriction base="t:Base">${unloaded('b')}</xs:restriction></xs:complexContent>`) +
        complexType('Narrower', `<xs:complexContent><xs:restriction base="t:Base">${unloaded('b')}</xs:restriction></xs:complexContent>`),
    );
    // One warning per place the unloaded type is named: Base's and the holder's once each.
    expect(warnings(m).map((w) => w.replace(/^.* @ /, ''))).toEqual([
      'complexType[Base]/sequence/element[b]',
      'complexType[Narrow]/complexContent/restriction/sequence/element[b]',
      'complexType[Narrower]/complexContent/restriction/sequence/element[b]',
      'element[holder]/complexType/sequence/element[h]',
    ]);
    expect(fieldsOf(m, '{urn:t}Uses')).toEqual([
      'element {urn:t}holder: complex {urn:t}holder#element @ complexType[Uses]/sequence/element[ref=holder]',
      'element {urn:t}holder: complex {urn:t}holder#element? @ complexType[Uses]/sequence/element[ref=holder]',
    ]);
  });
});

describe('simple types', () => {
  it('keeps lists and unions as text, with one warning per type however often it is used', async () => {
    const m = await of(
      `<xs:simpleType name="L"><xs:annotation/><xs:list itemType="xs:int"/></xs:simpleType>
       <xs:simpleType name="U"><xs:union memberTypes="xs:int xs:date"/></xs:simpleType>
       <xs:simpleType name="Empty"><xs:annotation/></xs:simpleType>
       <xs:simpleType name="Misspelt"><xs:restriction base="xs:String"><xs:enumeration value="a"/></xs:restriction></xs:simpleType>` +
        complexType('T', '<xs:sequence><xs:element name="l" type="t:L"/><xs:element name="l2" type="t:L"/><xs:element name="m" type="t:Misspelt"/><xs:element name="m2" type="t:Misspelt"/></xs:sequence>'),
    );
    expect(warnings(m)).toEqual([
      'xs:list is kept as plain text @ simpleType[L]',
      'xs:String is not an XML Schema type; read as xs:string @ simpleType[Misspelt]/restriction',
      // Then the simple types no complex type uses, by name.
      'xs:simpleType is kept as plain text @ simpleType[Empty]',
      'xs:union is kept as plain text @ simpleType[U]',
    ]);
    expect(fieldsOf(m, '{urn:t}T').slice(0, 2)).toEqual(['element {urn:t}l: string(xs:string) @ complexType[T]/sequence/element[l]', 'element {urn:t}l2: string(xs:string) @ complexType[T]/sequence/element[l2]']);
  });

  it('gives an enumeration the built-in its base comes to, through an inline base or another enumeration', async () => {
    const m = await of(
      `<xs:simpleType name="Ints"><xs:restriction base="xs:int"><xs:enumeration value="1"/><xs:enumeration value="2"/></xs:restriction></xs:simpleType>
       <xs:simpleType name="One"><xs:restriction base="t:Ints"><xs:enumeration value="1"/></xs:restriction></xs:simpleType>
       <xs:simpleType name="Inline"><xs:restriction><xs:simpleType><xs:restriction base="xs:long"/></xs:simpleType><xs:enumeration value="7"/></xs:restriction></xs:simpleType>
       <xs:simpleType name="NoBase"><xs:restriction><xs:enumeration value="x"/><xs:enumeration value=""/></xs:restriction></xs:simpleType>
       <xs:simpleType name="OfAny"><xs:restriction base="xs:anyType"><xs:enumeration value="y"/></xs:restriction></xs:simpleType>`,
    );
    expect([...m.enums.values()].map((e) => `${e.id} ${e.base} [${e.values.join(',')}] @ ${e.source.path}`)).toEqual([
      '{urn:t}Inline long [7] @ simpleType[Inline]',
      '{urn:t}Ints int [1,2] @ simpleType[Ints]',
      '{urn:t}NoBase string [x,] @ simpleType[NoBase]',
      '{urn:t}OfAny string [y] @ simpleType[OfAny]',
      '{urn:t}One int [1] @ simpleType[One]',
    ]);
    const narrow = await of(
      complexType('T', '<xs:sequence><xs:element name="n" type="t:Narrow"/><xs:element name="b" type="t:Bare"/></xs:sequence>') +
        `<xs:simpleType name="Narrow"><xs:restriction><xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="4"/></xs:restriction></xs:simpleType><xs:minLength value="1"/></xs:restriction></xs:simpleType>
         <xs:simpleType name="Bare"><xs:restriction><xs:maxLength value="2"/></xs:restriction></xs:simpleType>`,
    );
    expect(narrow.types.get('{urn:t}T')?.fields.map((f) => f.type)).toEqual([
      { kind: 'builtin', name: 'string', xsdName: 'string', facets: { maxLength: '4', minLength: '1' } },
      // A restriction naming no base restricts a string.
      { kind: 'builtin', name: 'string', xsdName: 'string', facets: { maxLength: '2' } },
    ]);
  });

  it('builds each inline base as a type of its own, named after the type it is the base of', async () => {
    const m = await of(
      complexType('T', '<xs:sequence><xs:element name="i" type="t:OfInt"/><xs:element name="b" type="t:OfBoolean"/><xs:element name="l" type="t:OfList"/></xs:sequence>') +
        `<xs:simpleType name="OfInt"><xs:restriction><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType>
         <xs:simpleType name="OfBoolean"><xs:restriction><xs:simpleType><xs:restriction base="xs:boolean"/></xs:simpleType></xs:restriction></xs:simpleType>
         <xs:simpleType name="OfList"><xs:restriction><xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType>`,
    );
    expect(fieldsOf(m, '{urn:t}T').map((f) => f.replace(/ @ .*/, ''))).toEqual(['element {urn:t}i: int(xs:int)', 'element {urn:t}b: boolean(xs:boolean)', 'element {urn:t}l: string(xs:string)']);
    expect(warnings(m)).toEqual(['xs:list is kept as plain text @ simpleType[OfList]/restriction/simpleType']);
  });

  it('names a simple type derived from itself, and an enumeration without a value', async () => {
    expect(await refusal('<xs:simpleType name="S"><xs:restriction base="t:S"/></xs:simpleType>')).toBe('simple type S is derived from itself');
    expect(await refusal('<xs:simpleType name="S"><xs:restriction base="xs:string"><xs:enumeration value="a"/><xs:enumeration/></xs:restriction></xs:simpleType>')).toBe('xs:enumeration needs a value attribute');
  });

  it('hints at a type declared in no namespace when a reference to it has one', async () => {
    const m = built({
      'a.xsd': schema(`<xs:import schemaLocation="n.xsd"/>` + complexType('T', '<xs:sequence><xs:element name="c" type="t:C"/></xs:sequence>')),
      'n.xsd': `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:complexType name="C"/><xs:simpleType name="S"><xs:restriction base="xs:int"/></xs:simpleType></xs:schema>\n`,
    });
    await expect(m).rejects.toThrow('unresolved type {urn:t}C at complexType[T]/sequence/element[c] (C is declared in no namespace, by a schema without targetNamespace)');
    const s = built({
      'a.xsd': schema(`<xs:import schemaLocation="n.xsd"/>` + complexType('T', '<xs:sequence><xs:element name="s" type="t:S"/></xs:sequence>')),
      'n.xsd': `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:simpleType name="S"><xs:restriction base="xs:int"/></xs:simpleType></xs:schema>\n`,
    });
    await expect(s).rejects.toThrow('unresolved type {urn:t}S at complexType[T]/sequence/element[s] (S is declared in no namespace, by a schema without targetNamespace)');
  });
});

describe('documentation', () => {
  it('is the direct text and CDATA of xs:documentation, trimmed, without nested markup or comments', async () => {
    const m = await of(
      complexType('T', '<xs:annotation><xs:documentation>\n  Use <a href="x">this</a> or<!-- a note --> <![CDATA[a<b]]>.  </xs:documentation><xs:documentation> Second.</xs:documentation></xs:annotation><xs:sequence/>') +
        complexType('Blank', '<xs:annotation><xs:documentation>  </xs:documentation></xs:annotation><xs:sequence/>'),
    );
    expect(m.types.get('{urn:t}T')?.doc).toBe('Use  or a<b.   Second.');
    expect(m.types.get('{urn:t}Blank')).not.toHaveProperty('doc');
  });
});
