// The API surface of small WSDLs: what names its entries, what orders them, which way values go.
import { afterAll, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { apiSurface } from '../../generator/surface/api-surface.ts';
import { surfaceOf } from '../../generator/surface/surface-of.ts';
import type { Capabilities } from '../../templates/runtime/boomi/capabilities.ts';
import { writeFixture, XS } from '../support/fixtures.ts';
import { partnerLike } from '../support/partner-like.ts';

const SOAP = 'xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"';
/** One binding of port type P: `ping`'s and `notify`'s soapActions its own, `echo`'s shared. */
const binding = (name: string, suffix: string) => `<binding name="${name}" type="t:P"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="ping"><soap:operation soapAction="urn:ping${suffix}"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output><fault name="problem"><soap:fault name="problem" use="literal"/></fault></operation>
    <operation name="notify"><soap:operation soapAction="urn:notify${suffix}"/><input><soap:body use="literal"/></input></operation>
    <operation name="echo"><soap:operation soapAction="urn:echo"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>
  </binding>`;

/**
 * Two bindings of one port type that differ in ping's soapAction, their ports named against
 * document order; a one-way operation whose message has no part; a fault; two types named Item.
 */
const twoPorts = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" ${SOAP} ${XS} xmlns:t="urn:t" xmlns:u="urn:u" targetNamespace="urn:t" name="S">
  <types>
    <xs:schema targetNamespace="urn:t" elementFormDefault="qualified"><xs:import namespace="urn:u"/>
      <xs:complexType name="Item"><xs:sequence><xs:element name="id" type="xs:string"/><xs:element name="other" type="u:Item" minOccurs="0"/></xs:sequence><xs:attribute name="id" type="xs:int"/></xs:complexType>
      <xs:complexType name="Problem"><xs:sequence><xs:element name="reason" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:element name="ping"><xs:complexType><xs:sequence><xs:element name="item" type="t:Item"/></xs:sequence></xs:complexType></xs:element>
      <xs:element name="pingResponse"><xs:complexType><xs:sequence/></xs:complexType></xs:element>
      <xs:element name="problem" type="t:Problem"/>
    </xs:schema>
    <xs:schema targetNamespace="urn:u"><xs:complexType name="Item"><xs:sequence/><xs:attribute name="code" type="xs:string"/></xs:complexType></xs:schema>
  </types>
  <message name="ping"><part name="parameters" element="t:ping"/></message>
  <message name="pingResponse"><part name="parameters" element="t:pingResponse"/></message>
  <message name="problem"><part name="fault" element="t:problem"/></message>
  <message name="notify"/>
  <portType name="P">
    <operation name="ping"><input message="t:ping"/><output message="t:pingResponse"/><fault name="problem" message="t:problem"/></operation>
    <operation name="notify"><input message="t:notify"/></operation>
    <operation name="echo"><input message="t:ping"/><output message="t:pingResponse"/></operation>
  </portType>
  ${binding('B', '')}
  ${binding('A', ':a')}
  <service name="S"><port name="PortB" binding="t:B"><soap:address location="https://example.invalid/b"/></port><port name="PortA" binding="t:A"><soap:address location="https://example.invalid/a"/></port></service>
</definitions>
`;

const fixture = writeFixture({ 'two-ports.wsdl': twoPorts });
afterAll(() => fixture.dispose());

const field = (kind: 'element' | 'attribute', type: string, optional = false) => ({ kind, namespace: kind === 'element' ? 'urn:t' : '', type, optional, array: false, nillable: false });

describe('the API surface', () => {
  it('names and orders every entry the same way each time, as JSON keeps it', async () => {
    const surface = await surfaceOf(fixture.path('two-ports.wsdl'));
    // Types by id; a local name two namespaces share by its qualified name; an attribute named as
    // an element of its type by @name; a fault's type received; an operation two ports mean
    // differently by port (by name, then port), a message without parts by an empty name.
    const expected = {
      format: 2,
      types: {
        '{urn:t}Item': { namespace: 'urn:t', direction: ['in'], fields: { id: field('element', 'xs:string'), other: field('element', '{urn:u}Item', true), '@id': field('attribute', 'xs:int', true) } },
        Problem: { namespace: 'urn:t', direction: ['out'], fields: { reason: field('element', 'xs:string') } },
        ping: { namespace: 'urn:t', direction: ['in'], fields: { item: field('element', '{urn:t}Item') } },
        pingResponse: { namespace: 'urn:t', direction: ['out'], fields: {} },
        '{urn:u}Item': { namespace: 'urn:u', direction: ['in'], fields: { code: field('attribute', 'xs:string', true) } },
      },
      enums: {},
      operations: {
        echo: { soapAction: 'urn:echo', input: { namespace: 'urn:t', name: 'ping' }, output: { namespace: 'urn:t', name: 'pingResponse' } },
        'PortA.notify': { soapAction: 'urn:notify:a', input: { namespace: '', name: '' } },
        'PortB.notify': { soapAction: 'urn:notify', input: { namespace: '', name: '' } },
        'PortA.ping': { soapAction: 'urn:ping:a', input: { namespace: 'urn:t', name: 'ping' }, output: { namespace: 'urn:t', name: 'pingResponse' } },
        'PortB.ping': { soapAction: 'urn:ping', input: { namespace: 'urn:t', name: 'ping' }, output: { namespace: 'urn:t', name: 'pingResponse' } },
      },
      objects: {},
    };
    expect(JSON.stringify(surface, null, 1)).toBe(JSON.stringify(expected, null, 1));
    // The same with the ports in name order in the document.
    const portB = '<port name="PortB" binding="t:B"><soap:address location="https://example.invalid/b"/></port>';
    const portA = '<port name="PortA" binding="t:A"><soap:address location="https://example.invalid/a"/></port>';
    const reordered = writeFixture({ 'two-ports.wsdl': twoPorts.replace(portB + portA, portA + portB) });
    try {
      expect(Object.keys((await surfaceOf(reordered.path('two-ports.wsdl'))).operations)).toEqual(Object.keys(expected.operations));
    } finally {
      reordered.dispose();
    }
  });

  it('sends the objects users create, update, execute or bulk-update, and receives the rest', async () => {
    const types = ['Atom', 'Process', 'Folder', 'Role', 'Script'].map((name) => `<xs:complexType name="${name}"><xs:complexContent><xs:extension base="api:BaseType"><xs:sequence/></xs:extension></xs:complexContent></xs:complexType>`).join('');
    const only = (verb: string, soapOperation: string) => ({ get: { soapOperation: 'get', accountOverride: true }, [verb]: { soapOperation, accountOverride: false } });
    const facts = {
      objects: {
        Atom: { modelType: 'Atom', verbs: only('bulkUpdate', 'updateBulk') },
        Folder: { modelType: 'Folder', verbs: only('create', 'create') },
        Process: { modelType: 'Process', verbs: only('execute', 'execute') },
        Role: { modelType: 'Role', verbs: only('update', 'update') },
        Script: { modelType: 'Script', verbs: only('delete', 'delete') },
      },
      actions: {},
    } as unknown as Capabilities;
    const operations = Object.fromEntries(['get', 'create', 'update', 'execute', 'updateBulk', 'delete'].map((op) => [op, { request: op === 'get' || op === 'delete' ? ('plain' as const) : ('object' as const) }]));
    const partner = writeFixture({ 'partner.wsdl': partnerLike({ operations, types }) });
    try {
      const surface = apiSurface(buildModel(await loadWsdl(partner.path('partner.wsdl')), { capabilities: { facts, source: 'own.capabilities.json' } }));
      expect(Object.fromEntries(['Atom', 'Folder', 'Process', 'Role', 'Script'].map((name) => [name, surface.types[name]!.direction]))).toEqual({ Atom: ['in', 'out'], Folder: ['in', 'out'], Process: ['in', 'out'], Role: ['in', 'out'], Script: ['out'] });
      // Verbs by name; the override as the profile kept it.
      expect(JSON.stringify(surface.objects['Atom'])).toBe(JSON.stringify({ modelType: 'Atom', verbs: { bulkUpdate: { operation: 'updateBulk', accountOverride: false }, get: { operation: 'get', accountOverride: false } } }));
    } finally {
      partner.dispose();
    }
  });
});
