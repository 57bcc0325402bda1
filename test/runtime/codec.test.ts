// The XML codec: Boomi-shaped responses decoded, values encoded, round trips, injection, limits.
import { describe, expect, it } from 'vitest';
import { AccountMeta, BaseTypeMeta, ComponentMeta, GetBulkResponseMeta, GetResponseMeta, QueryMeta, QueryResponseMeta, opaqueXml, type Account, type AnyBaseType, type Component } from '../../generated/index.ts';
import { decodeMessage } from '../../generated/runtime/core/soap/message.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { encodeElement } from '../../generated/runtime/core/xml/encode.ts';
import { XmlEncodeError } from '../../generated/runtime/core/xml/escape.ts';
import { PrefixTable } from '../../generated/runtime/core/xml/prefixes.ts';
import { TypeRegistry } from '../../generated/runtime/core/xml/type-registry.ts';
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
