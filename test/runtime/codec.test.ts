// The XML codec: Boomi-shaped responses decoded, values encoded, round trips, injection, limits.
import { describe, expect, it } from 'vitest';
import { AccountMeta, BaseTypeMeta, ComponentMeta, GetBulkResponseMeta, GetResponseMeta, QueryMeta, QueryResponseMeta, opaqueXml, type Account, type AnyBaseType, type Component } from '../../generated/index.ts';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '../../generated/runtime/core/soap/envelope.ts';
import { decodeMessage } from '../../generated/runtime/core/soap/message.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { encodeElement } from '../../generated/runtime/core/xml/encode.ts';
import { XmlEncodeError } from '../../generated/runtime/core/xml/escape.ts';
import { PrefixTable } from '../../generated/runtime/core/xml/prefixes.ts';
import { registryOf, TypeRegistry } from '../../generated/runtime/core/xml/type-registry.ts';
import { UNKNOWN_CONTENT } from '../../generated/runtime/core/xml/unknown-content.ts';
import { DOMParser } from '@xmldom/xmldom';
import { createOperation, getBulkOperation, getOperation, queryOperation } from '../../generated/services/boomi-partner-api-version1-service.ts';
import { objectTypes, partnerRegistry } from '../support/sdk-types.ts';
import { concrete, sampleValue } from '../support/sample-values.ts';
import { validateAgainstPartnerSchemas } from '../support/schema-validator.ts';

const PAR = 'http://partner.api.platform.boomi.com/';
const API = 'http://api.platform.boomi.com/';
const envelope = (body: string) =>
  `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;

describe('decoding Boomi-shaped responses', () => {
  it('reads a getResponse with an Account, whatever the prefixes', () => {
    const xml = envelope(`<bns:getResponse xmlns:bns="${API}" xmlns:x="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <bns:result xsi:type="x:Account" accountId="acme-AB12CD" status="active" widgetAccount="false" dateCreated="2022-09-02T20:16:28Z">
        <x:licensing><x:standard purchased="1000000" used="60"/></x:licensing>
      </bns:result></bns:getResponse>`);
    const { value, fault } = decodeMessage(xml, getOperation.output, partnerRegistry) as { value?: { result: AnyBaseType }; fault?: unknown };
    expect(fault).toBeUndefined();
    const account = value!.result as Account;
    expect(account).toEqual({ $type: 'Account', accountId: 'acme-AB12CD', status: 'active', widgetAccount: false, dateCreated: '2022-09-02T20:16:28Z', licensing: { standard: { purchased: 1000000, used: 60 } } });
  });

  it('reads a query page: token, results as an array even with one item, xsi:type per result', () => {
    const xml = envelope(`<bns:queryResponse xmlns:bns="${API}" xmlns:api="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <bns:results numberOfResults="1"><api:queryToken>k2Jd+/Zw==</api:queryToken>
        <api:result xsi:type="api:Environment" id="e1" name="Prod" classification="PROD"/></bns:results></bns:queryResponse>`);
    const { value } = decodeMessage(xml, queryOperation.output, partnerRegistry) as { value?: { results: { numberOfResults: number; queryToken: string; result: AnyBaseType[] } } };
    expect(value!.results).toEqual({ numberOfResults: 1, queryToken: 'k2Jd+/Zw==', result: [{ $type: 'Environment', id: 'e1', name: 'Prod', classification: 'PROD' }] });
  });

  it('reads a wrapper’s children qualified or unqualified, as JAX-WS services differ between wrappers', () => {
    const account = 'xmlns:api="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="api:Account" accountId="a1"';
    const unqualified = envelope(`<bns:getResponse xmlns:bns="${API}"><result ${account}/></bns:getResponse>`);
    expect(decodeMessage(unqualified, getOperation.output, partnerRegistry).value).toEqual({ result: { $type: 'Account', accountId: 'a1' } });
    const qualified = envelope(`<ns4:createResponse xmlns:ns4="${PAR}"><ns4:result ${account}/></ns4:createResponse>`);
    expect(decodeMessage(qualified, createOperation.output, partnerRegistry).value).toEqual({ result: { $type: 'Account', accountId: 'a1' } });
    const foreign = envelope(`<ns4:createResponse xmlns:ns4="${PAR}"><x:result xmlns:x="urn:other" ${account}/></ns4:createResponse>`);
    expect((decodeMessage(foreign, createOperation.output, partnerRegistry).value as { result?: unknown }).result).toBeUndefined();
  });

  it('reads a Body part in a namespace other than the WSDL’s by its local name, as node-soap answers rpc in the targetNamespace', () => {
    const account = 'xmlns:api="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="api:Account" accountId="a1"';
    const elsewhere = envelope(`<x:getResponse xmlns:x="urn:elsewhere"><result ${account}/></x:getResponse>`);
    expect(decodeMessage(elsewhere, getOperation.output, partnerRegistry).value).toEqual({ result: { $type: 'Account', accountId: 'a1' } });
    // Another local name is no part, whatever its namespace.
    expect(() => decodeMessage(envelope(`<x:getReply xmlns:x="${API}"/>`), getOperation.output, partnerRegistry)).toThrow(new XmlDecodeError('the SOAP Body holds no getResponse element (it holds x:getReply)'));
  });

  it('reads any child by its local name when it is unqualified or in its parent’s namespace against the schema, and no other', () => {
    const point = { name: 'Point', namespace: 'urn:t', tsName: 'Point', fields: [['x', 'urn:t', 'x', 'int', '?'], ['y', '', 'y', 'int', '?'], ['label', 'urn:t', 'label', 'string', '?']] } as const;
    const shape = { name: 'Shape', namespace: 'urn:s', tsName: 'Shape', fields: [['origin', 'urn:t', 'origin', () => point, '?']] } as const;
    // origin and y in their parent's namespace (urn:s) where the schema says urn:t and unqualified; x unqualified; label in a foreign namespace.
    const decoded = decodeElement('<s:shape xmlns:s="urn:s"><s:origin><x>1</x><s:y>2</s:y><o:label xmlns:o="urn:o">kept aside</o:label></s:origin></s:shape>', shape);
    expect(decoded).toEqual({ origin: { x: 1, y: 2, [UNKNOWN_CONTENT]: { attributes: {}, elements: [{ xml: '<o:label xmlns:o="urn:o">kept aside</o:label>', namespaces: { o: 'urn:o' } }] } } });
  });

  it('reads bulk items found and failed, in order', () => {
    const xml = envelope(`<bns:getBulkResponse xmlns:bns="${PAR}" xmlns:api="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><bns:results>
      <api:response index="0" id="p1" statusCode="200"><api:Result xsi:type="api:Process" id="p1" name="Orders"><api:Description>d</api:Description></api:Result></api:response>
      <api:response index="1" id="p2" statusCode="400" errorMessage="No such process"/></bns:results></bns:getBulkResponse>`);
    const { value } = decodeMessage(xml, getBulkOperation.output, partnerRegistry) as { value?: { results: { response: unknown[] } } };
    expect(value!.results.response).toEqual([
      { index: 0, id: 'p1', statusCode: 200, Result: { $type: 'Process', id: 'p1', name: 'Orders', Description: 'd' } },
      { index: 1, id: 'p2', statusCode: 400, errorMessage: 'No such process' },
    ]);
  });

  it('reports a SOAP fault as data', () => {
    const xml = envelope('<S:Fault><faultcode>S:Client</faultcode><faultstring>No such process</faultstring><detail><x xmlns="urn:d">1</x></detail></S:Fault>');
    const { fault } = decodeMessage(xml, getOperation.output, partnerRegistry);
    expect(fault).toEqual({ code: 'S:Client', reason: 'No such process', detail: { xml: '<x xmlns="urn:d">1</x>' } });
  });

  it('refuses a SOAP 1.1 Fault without faultcode or faultstring, as a server answers with a SOAP 1.2 Fault in a 1.1 envelope', () => {
    const xml = envelope('<S:Fault><S:Code><S:Value>S:Server</S:Value></S:Code><S:Reason><S:Text>boom</S:Text></S:Reason></S:Fault>');
    expect(() => decodeMessage(xml, getOperation.output, partnerRegistry)).toThrow(new XmlDecodeError('the SOAP 1.1 Fault has no faultcode'));
    expect(() => decodeMessage(envelope('<S:Fault><faultcode>S:Server</faultcode></S:Fault>'), getOperation.output, partnerRegistry)).toThrow(new XmlDecodeError('the SOAP 1.1 Fault has no faultstring'));
  });

  it('keeps unknown elements and attributes, and writes them back', () => {
    const xml = `<api:Account xmlns:api="http://api.platform.boomi.com/" accountId="a" futureFlag="yes"><api:licensing/><api:futureThing k="1">v</api:futureThing></api:Account>`;
    const account = decodeElement(xml, AccountMeta) as unknown as Account & { [UNKNOWN_CONTENT]?: unknown };
    expect(account[UNKNOWN_CONTENT]).toEqual({ attributes: { futureFlag: 'yes' }, elements: [{ xml: '<api:futureThing k="1">v</api:futureThing>', namespaces: { api: 'http://api.platform.boomi.com/' } }] });
    const again = encodeElement({ ...account }, AccountMeta, { namespace: 'http://api.platform.boomi.com/', name: 'Account' });
    expect(again).toContain('futureFlag="yes"');
    // Byte for byte where the element it is written into binds the prefix as it was bound when read; namespace-well-formed either way.
    expect(again).toContain('<api:futureThing k="1">v</api:futureThing>');
    const kept = new DOMParser().parseFromString(again, 'text/xml').getElementsByTagNameNS('http://api.platform.boomi.com/', 'futureThing');
    expect(kept.length).toBe(1);
    const elsewhere = encodeElement({ result: { ...account } }, GetResponseMeta, { namespace: 'urn:wrapper', name: 'getResponse' }, new TypeRegistry([AccountMeta]), new PrefixTable(new Map([['http://api.platform.boomi.com/', 'ns4']])));
    expect(elsewhere).toContain('<api:futureThing k="1" xmlns:api="http://api.platform.boomi.com/">v</api:futureThing>'); // the binding it relies on travels with it
  });

  it('keeps a Component’s opaque object byte for byte', () => {
    const inner = `\n  <process xmlns="" allowSimultaneous="false"><!-- note --><shapes>  <shape name="start"/></shapes></process>\n  `;
    const xml = `<bns:Component xmlns:bns="http://api.platform.boomi.com/" componentId="c1" name="P"><bns:encryptedValues/><bns:description>d</bns:description><bns:object>${inner}</bns:object><bns:processOverrides/></bns:Component>`;
    const component = decodeElement(xml, ComponentMeta) as unknown as Component;
    expect(component.object.xml).toBe(inner);
    const encoded = encodeElement(component, ComponentMeta, { namespace: 'http://api.platform.boomi.com/', name: 'Component' });
    expect(encoded).toContain(`>${inner}</api:object>`);
    expect((decodeElement(encoded, ComponentMeta) as unknown as Component).object.xml).toBe(inner);
  });

  it('refuses DOCTYPE, bad numbers, and nesting past the limit, with typed errors', () => {
    expect(() => decodeElement('<!DOCTYPE a [<!ENTITY x "y">]><a/>', AccountMeta)).toThrow(XmlDecodeError);
    expect(() => decodeElement('<a xmlns="http://api.platform.boomi.com/"><licensing><standard purchased="many"/></licensing></a>', AccountMeta)).toThrow(/License\/@purchased: "many" is not an integer/);
    expect(() => decodeElement('<a><b><c/></b></a>', AccountMeta, { maxDepth: 2 })).toThrow(/deeper than 2/);
    expect(() => decodeElement('<a', AccountMeta)).toThrow(XmlDecodeError);
  });

  it('refuses xsi:nil on a complex element that is not nillable, rather than giving null where the type has none', () => {
    const xml = '<a xmlns="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><licensing><standard xsi:nil="true"/></licensing></a>';
    expect(() => decodeElement(xml, AccountMeta)).toThrow(/Licensing\/standard is nil but not nillable/);
  });
});

describe('encoding', () => {
  it('writes a query request with nested expressions, xsi:type on each, qualified in the right namespaces', () => {
    const xml = encodeElement(
      {
        objectType: 'ExecutionRecord',
        queryConfig: {
          QueryFilter: {
            expression: {
              $type: 'GroupingExpression',
              operator: 'and',
              nestedExpression: [
                { $type: 'SimpleExpression', operator: 'EQUALS', property: 'status', argument: ['ERROR'] },
                { $type: 'SimpleExpression', operator: 'BETWEEN', property: 'executionTime', argument: ['2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z'] },
              ],
            },
          },
        },
      },
      QueryMeta,
      { namespace: API, name: 'query' },
      partnerRegistry,
    );
    expect(xml).toBe(
      '<api:query xmlns:api="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<api:objectType>ExecutionRecord</api:objectType><api:queryConfig><api:QueryFilter><api:expression xsi:type="api:GroupingExpression" operator="and">' +
        '<api:nestedExpression xsi:type="api:SimpleExpression" operator="EQUALS" property="status"><api:argument>ERROR</api:argument></api:nestedExpression>' +
        '<api:nestedExpression xsi:type="api:SimpleExpression" operator="BETWEEN" property="executionTime"><api:argument>2024-03-01T00:00:00Z</api:argument><api:argument>2024-03-02T00:00:00Z</api:argument></api:nestedExpression>' +
        '</api:expression></api:QueryFilter></api:queryConfig></api:query>',
    );
  });

  it('keeps injected markup as data, in text and attributes', async () => {
    const hostile = '"/><evil xmlns="urn:x"/>]]><!--';
    const xml = encodeElement({ result: { $type: 'Environment', name: hostile, id: `a'b\n<c>` } }, GetResponseMeta, { namespace: API, name: 'getResponse' }, partnerRegistry);
    expect(xml).not.toContain('<evil');
    const back = decodeElement(xml, GetResponseMeta, {}, partnerRegistry) as { result: { name: string; id: string } };
    expect(back.result).toMatchObject({ name: hostile, id: `a'b\n<c>` });
    expect((await validateAgainstPartnerSchemas([{ fileName: 'hostile.xml', contents: xml }])).errors).toEqual([]);
  });

  it('names the type and field of a bad value', () => {
    const encode = (result: object) => encodeElement({ result }, GetResponseMeta, { namespace: API, name: 'getResponse' }, partnerRegistry);
    expect(() => encode({ $type: 'Account', status: 'archived' })).toThrow(/Account\/@status: "archived" is not one of trial, active/);
    expect(() => encode({ $type: 'Account', overDeployed: 'yes' })).toThrow(/Account\/@overDeployed: expected a boolean/);
    expect(() => encode({ $type: 'Environment', name: 'nul\u0000' })).toThrow(XmlEncodeError);
    expect(() => encode({ $type: 'NoSuchType' })).toThrow(/\$type "NoSuchType" is not BaseType or a type derived from it/);
  });
});

describe('types read from their metadata', () => {
  // Types of each test's own, so that the index each is read through is built in that test.
  it('reads and writes simple content: attributes, an enumeration, and the text', () => {
    const PriceMeta: XmlTypeInfo = { name: 'Price', namespace: 'urn:p', tsName: 'Price', fields: [['currency', '', 'currency', () => ['EUR', 'USD'], '@'], ['amount', '', 'amount', 'double', '=']] };
    const ItemMeta: XmlTypeInfo = { name: 'Item', namespace: 'urn:p', tsName: 'Item', fields: [['price', '', 'price', () => PriceMeta, '']] };
    const item = decodeElement('<p:item xmlns:p="urn:p"><price currency="GBP">12.5</price></p:item>', ItemMeta);
    expect(item).toEqual({ price: { currency: 'GBP', amount: 12.5 } });
    const encode = (price: object) => encodeElement({ price }, ItemMeta, { namespace: 'urn:p', name: 'item' });
    expect(encode({ currency: 'EUR', amount: 12.5 })).toBe('<ns1:item xmlns:ns1="urn:p"><price currency="EUR">12.5</price></ns1:item>');
    expect(() => encode({ currency: 'GBP', amount: 1 })).toThrow(new XmlEncodeError('Price/@currency: "GBP" is not one of EUR, USD'));
  });

  it('reads an unqualified child by its local name only where one field has that name', () => {
    const PairMeta: XmlTypeInfo = { name: 'Pair', namespace: 'urn:p', tsName: 'Pair', fields: [['code', 'urn:a', 'a', 'string', '?'], ['code', 'urn:b', 'b', 'string', '?'], ['name', 'urn:a', 'name', 'string', '?']] };
    const pair = decodeElement('<p:pair xmlns:p="urn:p"><code>c</code><name>n</name></p:pair>', PairMeta);
    expect(pair).toEqual({ name: 'n', [UNKNOWN_CONTENT]: { attributes: {}, elements: [{ xml: '<code>c</code>' }] } });
  });
});

describe('namespace prefixes', () => {
  const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
  /** Each element's namespace and local name, as a namespace-aware parser reads the XML. */
  const elementNames = (xml: string) => [...new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName('*')].map((e) => `{${e.namespaceURI ?? ''}}${e.localName}`);
  const kept = (xml: string, namespaces: Record<string, string>) => ({ [UNKNOWN_CONTENT]: { attributes: {}, elements: [{ xml, namespaces }] } });

  it('gives a namespace the next free nsN when its usual prefix or its nsN is another namespace’s', () => {
    const BothMeta: XmlTypeInfo = { name: 'Both', namespace: 'urn:both', tsName: 'Both', fields: [['a', SOAP11_ENVELOPE_NS, 'a', 'string', '?'], ['b', SOAP12_ENVELOPE_NS, 'b', 'string', '?'], ['c', 'urn:c', 'c', 'string', '?']] };
    const xml = encodeElement({ a: '1', b: '2', c: '3' }, BothMeta, { namespace: 'urn:both', name: 'both' });
    // Both envelopes' usual prefix is soapenv; the third namespace's ns4 is the second envelope's already.
    expect(xml).toBe(`<ns1:both xmlns:ns1="urn:both" xmlns:soapenv="${SOAP11_ENVELOPE_NS}" xmlns:ns4="${SOAP12_ENVELOPE_NS}" xmlns:ns5="urn:c"><soapenv:a>1</soapenv:a><ns4:b>2</ns4:b><ns5:c>3</ns5:c></ns1:both>`);
    expect(elementNames(xml)).toEqual(['{urn:both}both', `{${SOAP11_ENVELOPE_NS}}a`, `{${SOAP12_ENVELOPE_NS}}b`, '{urn:c}c']);
  });

  it('escapes a namespace name in its declaration, as any attribute value', () => {
    const NS = 'urn:q?a=1&b="2"';
    const QMeta: XmlTypeInfo = { name: 'Q', namespace: NS, tsName: 'Q', fields: [['a', NS, 'a', 'string', '?']] };
    const xml = encodeElement({ a: '1' }, QMeta, { namespace: NS, name: 'q' });
    expect(xml).toBe('<ns1:q xmlns:ns1="urn:q?a=1&amp;b=&quot;2&quot;"><ns1:a>1</ns1:a></ns1:q>');
    expect(elementNames(xml)).toEqual([`{${NS}}q`, `{${NS}}a`]);
  });

  it('reuses a prefix declared around the element, and takes none that would hide another namespace declared there', () => {
    const InnerMeta: XmlTypeInfo = {
      name: 'Inner',
      namespace: API,
      tsName: 'Inner',
      fields: [['x', 'urn:outer', 'x', 'string', '?'], ['y', 'urn:y', 'y', 'string', '?'], ['o', 'urn:other', 'o', 'string', '?'], ['z', API, 'z', 'string', '?']],
    };
    const around = new Map([['urn:outer', 'ns2'], ['urn:other', 'api']]);
    const xml = encodeElement({ x: '1', y: '2', o: '3', z: '4' }, InnerMeta, { namespace: API, name: 'inner' }, undefined, new PrefixTable(around));
    expect(xml).toBe(`<ns3:inner xmlns:ns3="${API}" xmlns:ns4="urn:y"><ns2:x>1</ns2:x><ns4:y>2</ns4:y><api:o>3</api:o><ns3:z>4</ns3:z></ns3:inner>`);
    const document = `<w xmlns:ns2="urn:outer" xmlns:api="urn:other">${xml}</w>`;
    expect(elementNames(document)).toEqual(['{}w', `{${API}}inner`, '{urn:outer}x', '{urn:y}y', '{urn:other}o', `{${API}}z`]);
  });

  it('declares a kept element’s usual prefix on the outermost element, unless another namespace has it', () => {
    const HolderMeta: XmlTypeInfo = { name: 'Holder', namespace: 'urn:h', tsName: 'Holder', fields: [['a', SOAP11_ENVELOPE_NS, 'a', 'string', '?']] };
    const holder = { namespace: 'urn:h', name: 'holder' };
    expect(encodeElement(kept('<api:thing/>', { api: API }), HolderMeta, holder)).toBe(`<ns1:holder xmlns:ns1="urn:h" xmlns:api="${API}"><api:thing/></ns1:holder>`);
    // soapenv is the SOAP 1.1 envelope's here: the kept SOAP 1.2 element binds it itself.
    const clash = encodeElement({ a: '1', ...kept('<soapenv:x/>', { soapenv: SOAP12_ENVELOPE_NS }) }, HolderMeta, holder);
    expect(clash).toBe(`<ns1:holder xmlns:ns1="urn:h" xmlns:soapenv="${SOAP11_ENVELOPE_NS}"><soapenv:a>1</soapenv:a><soapenv:x xmlns:soapenv="${SOAP12_ENVELOPE_NS}"/></ns1:holder>`);
    expect(elementNames(clash)).toEqual(['{urn:h}holder', `{${SOAP11_ENVELOPE_NS}}a`, `{${SOAP12_ENVELOPE_NS}}x`]);
    // api is declared around the element for another namespace.
    const around = encodeElement(kept('<api:thing/>', { api: API }), HolderMeta, holder, undefined, new PrefixTable(new Map([['urn:other', 'api']])));
    expect(around).toBe(`<ns1:holder xmlns:ns1="urn:h"><api:thing xmlns:api="${API}"/></ns1:holder>`);
    expect(elementNames(`<w xmlns:api="urn:other">${around}</w>`)).toEqual(['{}w', '{urn:h}holder', `{${API}}thing`]);
  });
});

describe('types standing in for the declared one', () => {
  const ShapeMeta: XmlTypeInfo = { name: 'Shape', namespace: 'urn:a', tsName: 'Shape', tagged: true, extended: true, fields: [['id', '', 'id', 'string', '@?']] };
  const CircleMeta: XmlTypeInfo = { name: 'Circle', namespace: 'urn:a', tsName: 'Circle', base: () => ShapeMeta, tagged: true, extended: true, fields: [['r', '', 'r', 'int', '@?']] };
  const BigCircleMeta: XmlTypeInfo = { name: 'BigCircle', namespace: 'urn:a', tsName: 'BigCircle', base: () => CircleMeta, tagged: true, fields: [['big', '', 'big', 'boolean', '@?']] };
  /** Local names Shape and Circle again, in another namespace. */
  const OtherShapeMeta: XmlTypeInfo = { name: 'Shape', namespace: 'urn:b', tsName: 'OtherShape', base: () => ShapeMeta, tagged: true, fields: [['sides', '', 'sides', 'int', '@?']] };
  const OtherCircleMeta: XmlTypeInfo = { name: 'Circle', namespace: 'urn:b', tsName: 'OtherCircle', base: () => ShapeMeta, tagged: true, fields: [['d', '', 'd', 'int', '@?']] };
  /** Derived from nothing the holder declares. */
  const SquareMeta: XmlTypeInfo = { name: 'Square', namespace: 'urn:a', tsName: 'Square', tagged: true, fields: [['side', '', 'side', 'int', '@?']] };
  const HolderMeta: XmlTypeInfo = { name: 'Holder', namespace: 'urn:h', tsName: 'Holder', fields: [['shape', 'urn:h', 'shape', () => ShapeMeta, '?']] };
  const types = [ShapeMeta, CircleMeta, BigCircleMeta, OtherShapeMeta, OtherCircleMeta, SquareMeta];
  const registry = registryOf(() => types);
  const holder = { namespace: 'urn:h', name: 'holder' };

  const decodeShape = (xsiType: string, attributes: string) =>
    (decodeElement(`<h:holder xmlns:h="urn:h" xmlns:a="urn:a" xmlns:b="urn:b" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><h:shape xsi:type="${xsiType}" id="1" ${attributes}/></h:holder>`, HolderMeta, {}, registry) as { shape: unknown }).shape;
  const unknown = (attributes: Record<string, string>) => ({ [UNKNOWN_CONTENT]: { attributes, elements: [] } });

  it('reads xsi:type by namespace and local name, over several levels of derivation', () => {
    expect(decodeShape('b:Shape', 'sides="3"')).toEqual({ $type: 'Shape', id: '1', sides: 3 });
    expect(decodeShape('a:Shape', 'sides="3"')).toEqual({ $type: 'Shape', id: '1', ...unknown({ sides: '3' }) });
    expect(decodeShape('a:BigCircle', 'r="2" big="1"')).toEqual({ $type: 'BigCircle', id: '1', r: 2, big: true });
  });

  it('keeps the declared type for an xsi:type naming a type not derived from it', () => {
    expect(decodeShape('a:Square', 'side="2"')).toEqual({ $type: 'Shape', id: '1', ...unknown({ side: '2' }) });
    expect(decodeShape('a:Nothing', 'side="2"')).toEqual({ $type: 'Shape', id: '1', ...unknown({ side: '2' }) });
  });

  it('writes the type a $type tag names, the first one the call lists where two share the local name', () => {
    const encode = (shape: object, list = registry) => encodeElement({ shape }, HolderMeta, holder, list);
    const prefixes = 'xmlns:ns1="urn:h" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns3="urn:a"';
    expect(encode({ $type: 'BigCircle', r: 2, big: true })).toBe(`<ns1:holder ${prefixes}><ns1:shape xsi:type="ns3:BigCircle" r="2" big="true"/></ns1:holder>`);
    expect(encode({ $type: 'Circle', r: 2 })).toBe(`<ns1:holder ${prefixes}><ns1:shape xsi:type="ns3:Circle" r="2"/></ns1:holder>`);
    // Asked again, from what the registry keeps of the first answer.
    expect(encode({ $type: 'Circle', r: 3 })).toBe(`<ns1:holder ${prefixes}><ns1:shape xsi:type="ns3:Circle" r="3"/></ns1:holder>`);
    const otherFirst = registryOf(() => [OtherCircleMeta, ...types]);
    expect(encode({ $type: 'Circle', d: 4 }, otherFirst)).toBe('<ns1:holder xmlns:ns1="urn:h" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns3="urn:b"><ns1:shape xsi:type="ns3:Circle" d="4"/></ns1:holder>');
  });

  it('writes xsi:type on a value of a type others extend, even of the declared type itself, and on no other', () => {
    // Types of this test's own, so that the index each is read through is built here.
    const BaseMeta: XmlTypeInfo = { name: 'Base', namespace: 'urn:a', tsName: 'Base', tagged: true, extended: true, fields: [['id', '', 'id', 'string', '@?']] };
    const PlainMeta: XmlTypeInfo = { name: 'Plain', namespace: 'urn:a', tsName: 'Plain', fields: [['id', '', 'id', 'string', '@?']] };
    const BoxMeta: XmlTypeInfo = { name: 'Box', namespace: 'urn:h', tsName: 'Box', fields: [['base', 'urn:h', 'base', () => BaseMeta, '?'], ['plain', 'urn:h', 'plain', () => PlainMeta, '?']] };
    expect(encodeElement({ base: { id: '1' }, plain: { id: '2' } }, BoxMeta, { namespace: 'urn:h', name: 'box' })).toBe(
      '<ns1:box xmlns:ns1="urn:h" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns3="urn:a"><ns1:base xsi:type="ns3:Base" id="1"/><ns1:plain id="2"/></ns1:box>',
    );
  });

  it('refuses a $type naming a type the call knows but that does not derive from the declared one', () => {
    expect(() => encodeElement({ shape: { $type: 'Square', side: 2 } }, HolderMeta, holder, registry)).toThrow(new XmlEncodeError('$type "Square" is not Shape or a type derived from it that this call knows'));
  });

  it('builds the registry of a call’s type list once', () => {
    let calls = 0;
    const list = () => (calls++, types);
    expect(registryOf(list)).toBe(registryOf(list));
    expect(calls).toBe(1);
  });
});

describe('opaqueXml', () => {
  it('holds the text, and the namespaces in scope only when given', () => {
    expect(opaqueXml('<p:a/>', { p: 'urn:p' })).toStrictEqual({ xml: '<p:a/>', namespaces: { p: 'urn:p' } });
    expect(opaqueXml('<a/>')).toStrictEqual({ xml: '<a/>' });
    expect('namespaces' in opaqueXml('<a/>')).toBe(false);
  });
});

describe('every object type', () => {
  const objects = objectTypes();

  it('survives encode → decode unchanged', () => {
    expect(objects.length).toBeGreaterThan(120);
    for (const info of objects) {
      const value = sampleValue(info);
      const xml = encodeElement({ result: value }, GetResponseMeta, { namespace: API, name: 'getResponse' }, partnerRegistry);
      expect(decodeElement(xml, GetResponseMeta, {}, partnerRegistry), info.name).toEqual({ result: value });
    }
  });

  it('encodes to XML the schemas accept', async () => {
    // Types of the 2023 schema declared inside a global element (SuspendCloudAttachment) have no name an xsi:type could give.
    const named = objects.filter((info) => info.namespace !== '');
    expect(named.length).toBeGreaterThan(objects.length - 10);
    const documents = named.map((info) => ({
      fileName: `${info.name}.xml`,
      contents: encodeElement({ result: sampleValue(concrete(info)) }, GetResponseMeta, { namespace: API, name: 'getResponse' }, partnerRegistry),
    }));
    const result = await validateAgainstPartnerSchemas(documents);
    expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
