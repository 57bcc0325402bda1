// SOAP encoding in the core codec, on metadata of our own: SOAP 1.2 encoding's array attributes and
// references; which attributes are references, ids and the encoding's own, and which are data; the
// errors that name a reference (to nothing, to a bad value, with content); a reference cycle; arrays
// refused; and an encoded array type met in a literal message.
import { describe, expect, it } from 'vitest';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { decodeMessage, encodeBody, type MessageInfo } from '../../generated/runtime/core/soap/message.ts';
import { XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { XmlEncodeError } from '../../generated/runtime/core/xml/escape.ts';
import { SOAP11_ENCODING_NS, SOAP12_ENCODING_NS } from '../../generated/runtime/core/xml/soap-encoding.ts';
import { registryOf } from '../../generated/runtime/core/xml/type-registry.ts';
import { UNKNOWN_CONTENT, type UnknownContent } from '../../generated/runtime/core/xml/unknown-content.ts';

const NS = 'urn:pairs';
const PairMeta: XmlTypeInfo = { name: 'Pair', namespace: NS, tsName: 'Pair', fields: [['key', '', 'key', 'string', ''], ['next', '', 'next', () => PairMeta, '?']] };
const PairsMeta: XmlTypeInfo = { name: 'ArrayOfPair', namespace: NS, tsName: 'ArrayOfPair', encodedArray: true, fields: [['item', '', 'item', () => PairMeta, '?*']] };
const PutMeta: XmlTypeInfo = { name: 'Put', namespace: '', tsName: 'Put', fields: [['pairs', '', 'pairs', () => PairsMeta, ''], ['count', '', 'count', 'int', '']] };
const message = (encodingStyle?: string): MessageInfo => ({ body: [['put', NS, 'put', () => PutMeta, '']], ...(encodingStyle ? { encodingStyle } : {}) });
const registry = registryOf(undefined);

const envelope12 = (body: string) => `<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:enc="${SOAP12_ENCODING_NS}"><env:Body>${body}</env:Body></env:Envelope>`;
const envelope11 = (body: string) => `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;

describe('SOAP 1.2 encoding', () => {
  it('writes encodingStyle in the 1.2 envelope’s namespace and an array’s enc:itemType and enc:arraySize', () => {
    const xml = encodeBody(message(SOAP12_ENCODING_NS), { pairs: [{ key: 'a' }], count: 1 }, registry, 'put', '1.2');
    expect(xml).toBe(
      `<ns2:put soapenv:encodingStyle="${SOAP12_ENCODING_NS}" xmlns:soapenv="http://www.w3.org/2003/05/soap-envelope" xmlns:ns2="urn:pairs" xmlns:enc="${SOAP12_ENCODING_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">` +
        '<pairs xsi:type="enc:Array" enc:itemType="ns2:Pair" enc:arraySize="1"><item xsi:type="ns2:Pair"><key xsi:type="xsd:string">a</key></item></pairs>' +
        '<count xsi:type="xsd:int">1</count></ns2:put>',
    );
  });

  it('follows enc:ref to the element with that enc:id', () => {
    const xml = envelope12(`<p:put xmlns:p="${NS}"><pairs enc:ref="a1"/><count>2</count></p:put><pairs enc:id="a1"><x><key>k</key></x><y><key>l</key></y></pairs>`);
    expect(decodeMessage(xml, message(SOAP12_ENCODING_NS), registry).value).toEqual({ pairs: [{ key: 'k' }, { key: 'l' }], count: 2 });
  });

  it('reads an unqualified ref as data, and keeps an element without enc:id that matches no field', () => {
    const extra = `<extra kind="x" xmlns:o="urn:o" o:id="z" enc:nodeType="struct"/>`;
    const xml = envelope12(`<p:put xmlns:p="${NS}"><pairs><item ref="a1"><key>k</key>${extra}</item></pairs><count>1</count></p:put>`);
    const pairs = (decodeMessage(xml, message(SOAP12_ENCODING_NS), registry).value as { pairs: { [UNKNOWN_CONTENT]?: UnknownContent }[] }).pairs;
    expect(pairs).toEqual([{ key: 'k', [UNKNOWN_CONTENT]: { attributes: { ref: 'a1' }, elements: [{ xml: extra, namespaces: { enc: SOAP12_ENCODING_NS, o: 'urn:o' } }] } }]);
  });
});

describe('SOAP 1.1 references', () => {
  it('names the accessor and the id of a reference that no element has', () => {
    const xml = envelope11(`<p:put xmlns:p="${NS}"><pairs href="#gone"/><count>1</count></p:put>`);
    expect(() => decodeMessage(xml, message(SOAP11_ENCODING_NS), registry)).toThrow(new XmlDecodeError('Put/pairs refers to "#gone", which no element of the message has as its id'));
  });

  it('keeps a cycle of references a cycle: each element is decoded once', () => {
    const xml = envelope11(`<p:put xmlns:p="${NS}"><pairs><item href="#a"/></pairs><count>1</count></p:put><multiRef id="a"><key>self</key><next href="#a"/></multiRef>`);
    const value = decodeMessage(xml, message(SOAP11_ENCODING_NS), registry).value as { pairs: { key: string; next: unknown }[] };
    expect(value.pairs[0]!.key).toBe('self');
    expect(value.pairs[0]!.next).toBe(value.pairs[0]);
  });

  it('follows only an unqualified href that starts with #: other attributes are data, another href is not followed', () => {
    const xml = envelope11(
      `<p:put xmlns:p="${NS}" xmlns:xl="http://www.w3.org/1999/xlink"><pairs><item note="#1" xl:href="#a"><key>k</key></item><item href="http://example.com/a"><key>l</key></item></pairs><count>1</count></p:put>` +
        '<multiRef id="a"><key>target</key></multiRef>',
    );
    const pairs = (decodeMessage(xml, message(SOAP11_ENCODING_NS), registry).value as { pairs: { key: string; [UNKNOWN_CONTENT]?: UnknownContent }[] }).pairs;
    expect(pairs).toEqual([{ key: 'k', [UNKNOWN_CONTENT]: { attributes: { note: '#1', '{http://www.w3.org/1999/xlink}href': '#a' }, elements: [] } }, { key: 'l' }]);
  });

  it('leaves out the encoding’s own attributes and keeps others as unknown content', () => {
    const xml = envelope11(`<p:put xmlns:p="${NS}"><pairs><item href="#a"/></pairs><count>1</count></p:put><multiRef xmlns:soapenc="${SOAP11_ENCODING_NS}" id="a" soapenc:root="0" extra="1"><key>k</key></multiRef>`);
    const pairs = (decodeMessage(xml, message(SOAP11_ENCODING_NS), registry).value as { pairs: unknown[] }).pairs;
    expect(pairs).toEqual([{ key: 'k', [UNKNOWN_CONTENT]: { attributes: { extra: '1' }, elements: [] } }]);
  });

  it('names the reference whose element holds a bad value', () => {
    const bad = (target: string) => () => decodeMessage(envelope11(`<p:put xmlns:p="${NS}"><pairs/><count href="#c"/></p:put>${target}`), message(SOAP11_ENCODING_NS), registry);
    expect(bad('<multiRef id="c">many</multiRef>')).toThrow(/^Put\/count → #c\/multiRef: "many" is not an integer/);
    expect(bad('<multiRef id="c" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>')).toThrow(/^Put\/count → #c\/multiRef is nil but not nillable/);
  });

  it('refuses content inside an accessor that refers elsewhere', () => {
    const withContent = (body: string) => () => decodeMessage(envelope11(body), message(SOAP11_ENCODING_NS), registry);
    expect(withContent(`<p:put xmlns:p="${NS}"><pairs><item href="#a"><key>x</key></item></pairs><count>1</count></p:put><multiRef id="a"><key>k</key></multiRef>`)).toThrow(/^<key> inside an element that is nil or a reference, which has no content \(line 1/);
    expect(withContent(`<p:put xmlns:p="${NS}"><pairs><item href="#a"/></pairs><count>1</count></p:put><multiRef id="a"><key>k</key><next href="#a"><key>x</key></next></multiRef>`)).toThrow(/^<key> inside an element that is nil or a reference, which has no content \(line 1/);
  });

  it('reads id and href as data in a literal message', () => {
    const xml = envelope11(`<p:put xmlns:p="${NS}"><pairs><item href="#a"><key>k</key></item></pairs><count>1</count></p:put>`);
    const pairs = (decodeMessage(xml, message(), registry).value as { pairs: { key: string; [UNKNOWN_CONTENT]?: UnknownContent }[] }).pairs;
    expect(pairs.map((p) => [p.key, p[UNKNOWN_CONTENT]?.attributes])).toEqual([['k', { href: '#a' }]]);
  });
});

describe('encoded arrays', () => {
  it('refuses a value that is not an array, naming the field', () => {
    expect(() => encodeBody(message(SOAP11_ENCODING_NS), { pairs: { item: [] }, count: 1 }, registry, 'put')).toThrow(new XmlEncodeError('Put/pairs: expected an array (ArrayOfPair is a SOAP-encoded array), got object'));
  });

  it('refuses an array type that declares no item element', () => {
    const EmptyMeta: XmlTypeInfo = { name: 'ArrayOfNothing', namespace: NS, tsName: 'ArrayOfNothing', encodedArray: true, fields: [] };
    const holder: MessageInfo = { body: [['put', NS, 'put', () => ({ name: 'Put', namespace: '', tsName: 'Put', fields: [['list', '', 'list', () => EmptyMeta, '']] }), '']], encodingStyle: SOAP11_ENCODING_NS };
    expect(() => encodeBody(holder, { list: ['a'] }, registry, 'put')).toThrow(new XmlEncodeError('Put/list: ArrayOfNothing declares no item element'));
  });

  it('reads an array without items as an empty array', () => {
    const xml = envelope11(`<p:put xmlns:p="${NS}" xmlns:soapenc="${SOAP11_ENCODING_NS}"><pairs soapenc:arrayType="p:Pair[0]"/><count>0</count></p:put>`);
    expect(decodeMessage(xml, message(SOAP11_ENCODING_NS), registry).value).toEqual({ pairs: [], count: 0 });
  });

  it('writes an empty array with its count, and in a literal message its items without types', () => {
    expect(encodeBody(message(SOAP11_ENCODING_NS), { pairs: [], count: 0 }, registry, 'put')).toContain('<pairs xsi:type="soapenc:Array" soapenc:arrayType="ns2:Pair[0]"/>');
    expect(encodeBody(message(), { pairs: [{ key: 'a' }], count: 1 }, registry, 'put')).toBe('<ns1:put xmlns:ns1="urn:pairs"><pairs><item><key>a</key></item></pairs><count>1</count></ns1:put>');
  });
});
