// SOAP encoding in the core codec, on metadata of our own: SOAP 1.2 encoding's array attributes and
// references, a reference to nothing, a reference cycle, a value that is no array, and an encoded
// array type met in a literal message.
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

  it('writes an empty array with its count, and in a literal message its items without types', () => {
    expect(encodeBody(message(SOAP11_ENCODING_NS), { pairs: [], count: 0 }, registry, 'put')).toContain('<pairs xsi:type="soapenc:Array" soapenc:arrayType="ns2:Pair[0]"/>');
    expect(encodeBody(message(), { pairs: [{ key: 'a' }], count: 1 }, registry, 'put')).toBe('<ns1:put xmlns:ns1="urn:pairs"><pairs><item><key>a</key></item></pairs><count>1</count></ns1:put>');
  });
});
