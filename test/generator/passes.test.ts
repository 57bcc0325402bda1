// The model's passes on small inputs of their own: the names every declaration gets (types,
// fields, port clients and modules, the profile's objects) when names clash, and the
// inheritance cycles they refuse.
import { afterEach, describe, expect, it } from 'vitest';
import type { Capabilities } from '../../templates/runtime/boomi/capabilities.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { SchemaModel } from '../../generator/model/ir.ts';
import { complexType, schema, writeFixture, XS, type FixtureFolder } from '../support/fixtures.ts';
import { partnerLike } from '../support/partner-like.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

async function modelOf(files: Record<string, string>, entry: string, options: Parameters<typeof buildModel>[1] = {}): Promise<SchemaModel> {
  const folder = writeFixture(files);
  fixtures.push(folder);
  return buildModel(await loadWsdl(folder.path(entry)), options);
}

/** A schema of namespace `ns` (prefix n) importing the other files given. */
const schemaOf = (ns: string, body: string, imports: Record<string, string> = {}) =>
  `<?xml version="1.0"?>\n<xs:schema ${XS} xmlns:n="${ns}" targetNamespace="${ns}" elementFormDefault="qualified">${Object.entries(imports)
    .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join('')}${body}</xs:schema>\n`;

describe('type names', () => {
  it('numbers a name taken by a global of JavaScript or by a type whose id sorts first, whatever the input order', async () => {
    const inner = '<xs:sequence><xs:element name="x"><xs:complexType><xs:sequence/></xs:complexType></xs:element></xs:sequence>';
    const m = await modelOf(
      {
        'a.xsd': schemaOf('urn:a', complexType('Error', '<xs:sequence/>') + complexType('Foo', '<xs:sequence/>') + '<xs:element name="tX"><xs:complexType><xs:sequence/></xs:complexType></xs:element>', { 'urn:c': 'c.xsd', 'urn:b': 'b.xsd' }),
        'b.xsd': schemaOf('urn:b', complexType('Foo', '<xs:sequence/>') + complexType('T', inner)),
        'c.xsd': schemaOf('urn:c', complexType('Foo', '<xs:sequence/>') + '<xs:simpleType name="Date"><xs:restriction base="xs:string"><xs:enumeration value="d"/></xs:restriction></xs:simpleType>'),
      },
      'a.xsd',
    );
    const named = Object.fromEntries([...m.types.values(), ...m.enums.values()].map((t) => [t.id, t.tsName]));
    expect(named).toEqual({
      '{urn:a}Error': 'Error2',
      '{urn:a}Foo': 'Foo',
      '{urn:b}Foo': 'Foo2',
      '{urn:c}Foo': 'Foo3',
      '{urn:b}T': 'T',
      // Built after T's: anonymous types are named in id order, not in the order they were built.
      '{urn:a}tX#element': 'TX',
      '{urn:b}T/x': 'TX2',
      '{urn:c}Date': 'Date2',
    });
    expect(m.names!.types.get('{urn:b}Foo')).toEqual({ value: 'Foo2', meta: 'Foo2Meta' });
    expect(m.names!.enums.get('{urn:c}Date')).toEqual({ type: 'Date2', values: 'Date2Values' });
  });
});

describe('anonymous type names', () => {
  it('join the names on the way to the type, an attribute’s without its @', async () => {
    const m = await modelOf(
      {
        'a.xsd': schema(
          complexType(
            'Owner',
            `<xs:sequence><xs:element name="child"><xs:complexType><xs:sequence><xs:element name="grand_child"><xs:complexType><xs:sequence/></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element></xs:sequence>
             <xs:attribute name="kind"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="k"/></xs:restriction></xs:simpleType></xs:attribute>`,
          ),
        ),
      },
      'a.xsd',
    );
    expect(Object.fromEntries([...m.types.values(), ...m.enums.values()].map((t) => [t.id, t.tsName]))).toEqual({
      '{urn:t}Owner': 'Owner',
      '{urn:t}Owner/child': 'OwnerChild',
      '{urn:t}Owner/child/grand_child': 'OwnerChildGrandChild',
      '{urn:t}Owner/@kind': 'OwnerKind',
    });
  });
});

describe('field names', () => {
  it('keeps XML names, and appends the kind to a later field of a name the type or its bases already use', async () => {
    const m = await modelOf(
      {
        'a.xsd': schema(
          complexType('Base', '<xs:sequence><xs:element name="id" type="xs:int"/></xs:sequence><xs:attribute name="key" type="xs:int"/>') +
            complexType('Derived', '<xs:complexContent><xs:extension base="t:Base"><xs:sequence><xs:element name="key" type="xs:string"/></xs:sequence><xs:attribute name="id" type="xs:string"/><xs:attribute name="idAttribute" type="xs:string"/></xs:extension></xs:complexContent>') +
            complexType('Both', '<xs:sequence><xs:element name="code" type="xs:int"/></xs:sequence><xs:attribute name="codeAttribute" type="xs:int"/><xs:attribute name="code" type="xs:int"/>') +
            complexType('Thrice', '<xs:sequence><xs:element name="x" type="xs:int"/><xs:element name="xAttribute" type="xs:int"/><xs:element name="x2" type="xs:int"/></xs:sequence><xs:attribute name="x" type="xs:int"/>') +
            complexType('AttributeFirst', '<xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="v" type="xs:int"/></xs:extension></xs:simpleContent>'),
        ),
      },
      'a.xsd',
    );
    const names = (name: string) => m.types.get(`{urn:t}${name}`)!.fields.map((f) => `${f.kind} ${f.xmlName} → ${f.tsName}`);
    expect(names('Derived')).toEqual(['element key → keyElement', 'attribute id → idAttribute', 'attribute idAttribute → idAttributeAttribute']);
    // Both names taken: a number.
    expect(names('Both')).toEqual(['element code → code', 'attribute codeAttribute → codeAttribute', 'attribute code → code2']);
    expect(names('Thrice')).toEqual(['element x → x', 'element xAttribute → xAttribute', 'element x2 → x2', 'attribute x → x3']);
    expect(names('AttributeFirst')).toEqual(['text $value → $value', 'attribute v → v']);
  });
});

describe('port clients and service modules', () => {
  const operation = (name: string) => `<operation name="${name}"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>`;
  const wsdl = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" ${XS} xmlns:t="urn:t" targetNamespace="urn:t">
  <types><xs:schema targetNamespace="urn:t" elementFormDefault="qualified">
    <xs:element name="ping"><xs:complexType><xs:sequence/></xs:complexType></xs:element>
    <xs:element name="pingResponse"><xs:complexType><xs:sequence/></xs:complexType></xs:element>
  </xs:schema></types>
  <message name="ping"><part name="parameters" element="t:ping"/></message>
  <message name="pingResponse"><part name="parameters" element="t:pingResponse"/></message>
  <portType name="Pings"><operation name="ping"><input message="t:ping"/><output message="t:pingResponse"/></operation></portType>
  <binding name="B" type="t:Pings"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${operation('ping')}</binding>
  <service name="Test"><port name="Main" binding="t:B"><soap:address location="https://example.invalid/1"/></port></service>
  <service name="Other"><port name="Main" binding="t:B"><soap:address location="https://example.invalid/2"/></port><port name="Spare" binding="t:B"><soap:address location="https://example.invalid/3"/></port></service>
  <service name="test"><port name="Last" binding="t:B"><soap:address location="https://example.invalid/4"/></port></service>
</definitions>
`;

  it('gives each service a module, each port a class, and prefixes operations with the port where a service has several', async () => {
    const m = await modelOf({ 'a.wsdl': wsdl }, 'a.wsdl');
    expect(Object.fromEntries([...m.names!.ports].map(([key, p]) => [key, `${p.module} ${p.className} ${[...p.operations.values()].join(',')} ${p.types}`]))).toEqual({
      // Port classes are named in document order: Test's Main first.
      '{urn:t}Other/Main': 'services/other Main2 mainPingOperation mainTypes',
      '{urn:t}Other/Spare': 'services/other Spare sparePingOperation spareTypes',
      '{urn:t}Test/Main': 'services/test Main pingOperation portTypes',
      // Module names differ in more than case: file systems that ignore case hold them apart.
      '{urn:t}test/Last': 'services/test-2 Last pingOperation portTypes',
    });
  });
});

describe('names taken more than twice', () => {
  const operations = ['ping', 'Ping', 'PING'];
  const wsdl = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" ${XS} xmlns:t="urn:t" targetNamespace="urn:t">
  <types><xs:schema targetNamespace="urn:t" elementFormDefault="qualified"><xs:element name="ping"><xs:complexType><xs:sequence/></xs:complexType></xs:element></xs:schema></types>
  <message name="ping"><part name="parameters" element="t:ping"/></message>
  <portType name="Pings">${operations.map((o) => `<operation name="${o}"><input message="t:ping"/><output message="t:ping"/></operation>`).join('')}</portType>
  <binding name="B" type="t:Pings"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${operations
    .map((o) => `<operation name="${o}"><soap:operation soapAction="${o}"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>`)
    .join('')}</binding>
  ${['Test', 'test', 'TEST'].map((s, i) => `<service name="${s}"><port name="Main" binding="t:B"><soap:address location="https://example.invalid/${i}"/></port></service>`).join('\n  ')}
</definitions>
`;

  it('number the third with 3: service modules, port classes and operations alike', async () => {
    const m = await modelOf({ 'a.wsdl': wsdl }, 'a.wsdl');
    const ops = 'pingOperation,pingOperation2,pingOperation3';
    expect(Object.fromEntries([...m.names!.ports].map(([key, p]) => [key, `${p.module} ${p.className} ${[...p.operations.values()].join(',')}`]))).toEqual({
      '{urn:t}Test/Main': `services/test Main ${ops}`,
      '{urn:t}test/Main': `services/test-2 Main2 ${ops}`,
      '{urn:t}TEST/Main': `services/test-3 Main3 ${ops}`,
    });
  });
});

describe('the profile’s names', () => {
  it('gives an object a filter builder only where it can be queried', async () => {
    const verb = (soapOperation: string) => ({ soapOperation, accountOverride: false });
    const facts = {
      objects: {
        Fetched: { modelType: 'Environment', verbs: { get: verb('get') } },
        Queried: { modelType: 'Environment', verbs: { query: verb('query') }, query: { operators: ['EQUALS'], fields: [{ property: 'id', match: 'top-level', kind: 'string' }] } },
      },
      actions: {},
    } as unknown as Capabilities;
    const m = await modelOf({ 'p.wsdl': partnerLike({ operations: { get: {}, query: {}, queryMore: {} } }) }, 'p.wsdl', { capabilities: { facts, source: 'own.capabilities.json' } });
    expect(Object.fromEntries(m.names!.objects)).toEqual({
      Fetched: { accessor: 'fetched', api: 'FetchedApi', subAccountApi: 'FetchedSubAccountApi', description: 'fetchedDescription', module: 'objects/fetched' },
      Queried: {
        accessor: 'queried',
        api: 'QueriedApi',
        subAccountApi: 'QueriedSubAccountApi',
        description: 'queriedDescription',
        module: 'objects/queried',
        filter: { builder: 'QueriedFilterBuilder', builderFields: 'QueriedFilterFields', info: 'queriedFilterInfo', operators: 'QueriedOperators', build: 'queriedFilter' },
      },
    });
    expect(m.names!.client).toEqual({ className: 'PartnerApiClient', subAccountClient: 'PartnerApiSubAccountClient' });
  });
});

describe('inheritance cycles', () => {
  it('are refused, named from the first type of the cycle in the schema', async () => {
    const cycle = modelOf({ 'a.xsd': schema(complexType('A', '<xs:complexContent><xs:extension base="t:B"/></xs:complexContent>') + complexType('B', '<xs:complexContent><xs:extension base="t:C"/></xs:complexContent>') + complexType('C', '<xs:complexContent><xs:extension base="t:B"/></xs:complexContent>')) }, 'a.xsd');
    await expect(cycle).rejects.toThrow(/^.*a\.xsd:3:1: inheritance cycle: A → B → C → B \(complexType\[A\]\)$/);
  });
});
