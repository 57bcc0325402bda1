// The encoder (core/xml/encode.ts) on metadata of its own: nil, arrays given one value, the
// errors for each value of the wrong shape, enumerations, opaque XML, simple content, xsi:type
// where a type is extended, and unknown content written back with the bindings it relies on.
import { describe, expect, it } from 'vitest';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { encodeBody, type MessageInfo } from '../../generated/runtime/core/soap/message.ts';
import { encodeElement } from '../../generated/runtime/core/xml/encode.ts';
import { XmlEncodeError } from '../../generated/runtime/core/xml/escape.ts';
import { XmlValueError } from '../../generated/runtime/core/xml/scalars.ts';
import { SOAP11_ENCODING_NS } from '../../generated/runtime/core/xml/soap-encoding.ts';
import { registryOf } from '../../generated/runtime/core/xml/type-registry.ts';
import { UNKNOWN_CONTENT } from '../../generated/runtime/core/xml/unknown-content.ts';

const NS = 'urn:shop';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const Colour = () => ['red', 'green'] as const;
const ItemMeta: XmlTypeInfo = {
  name: 'Item',
  namespace: NS,
  tsName: 'Item',
  fields: [
    ['sku', NS, 'sku', 'string', '@?'],
    ['note', NS, 'note', 'string', '?~'],
    ['qty', NS, 'qty', 'int', '?'],
    ['tags', NS, 'tags', 'string', '?*'],
    ['colour', NS, 'colour', Colour, '?'],
    ['extra', NS, 'extra', 'xml', '?'],
    ['part', NS, 'part', () => PartMeta, '?~'],
  ],
};
const PartMeta: XmlTypeInfo = { name: 'Part', namespace: NS, tsName: 'Part', fields: [['id', '', 'id', 'string', '@']] };
const PriceMeta: XmlTypeInfo = { name: 'Price', namespace: NS, tsName: 'Price', fields: [['currency', '', 'currency', 'string', '@?'], ['$value', '', '$value', 'decimal', '=']] };
const ShapeMeta: XmlTypeInfo = { name: 'Shape', namespace: NS, tsName: 'Shape', abstract: true, tagged: true, extended: true, fields: [] };
const BoxMeta: XmlTypeInfo = { name: 'Box', namespace: NS, tsName: 'Box', tagged: true, base: () => ShapeMeta, fields: [['side', NS, 'side', 'int', '']] };
const registry = registryOf(() => [ShapeMeta, BoxMeta]);
const item = (value: object) => encodeElement(value, ItemMeta, { namespace: NS, name: 'item' });

describe('values the encoder writes', () => {
  it('writes null as xsi:nil where the field is nillable, and refuses it where not', () => {
    expect(item({ note: null, part: null })).toBe(`<ns1:item xmlns:ns1="${NS}" ${XSI}><ns1:note xsi:nil="true"/><ns1:part xsi:nil="true"/></ns1:item>`);
    expect(() => item({ qty: null })).toThrow(new XmlEncodeError('Item/qty: null given, but the field is not nillable'));
    // An attribute given null is left out.
    expect(item({ sku: null })).toBe(`<ns1:item xmlns:ns1="${NS}"/>`);
  });

  it('writes one value given for a repeated field as one element, and each item of an array in order', () => {
    expect(item({ tags: 'a' })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:tags>a</ns1:tags></ns1:item>`);
    expect(item({ tags: ['b', 'a'] })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:tags>b</ns1:tags><ns1:tags>a</ns1:tags></ns1:item>`);
  });

  it('writes an enumeration’s values and refuses any other, naming the values', () => {
    expect(item({ colour: 'green' })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:colour>green</ns1:colour></ns1:item>`);
    expect(() => item({ colour: 'blue' })).toThrow(new XmlEncodeError('Item/colour: "blue" is not one of red, green'));
    expect(() => item({ colour: 1 })).toThrow(new XmlEncodeError('Item/colour: 1 is not one of red, green'));
  });

  it('refuses an object where text goes, and text where an object goes', () => {
    expect(() => item({ part: 'p1' })).toThrow(new XmlEncodeError('Item/part: expected an object, got string'));
    const textual: XmlTypeInfo = { name: 'T', namespace: NS, tsName: 'T', fields: [['$value', '', '$value', () => PartMeta, '=']] };
    expect(() => encodeElement({ $value: { id: 'x' } }, textual, { namespace: NS, name: 't' })).toThrow(new XmlEncodeError('T/text(): a complex value where the schema wants text'));
  });

  it('writes opaque XML as it came, with its bindings but xml:, and an empty one as an empty element', () => {
    expect(item({ extra: { xml: '<a:x/>', namespaces: { a: 'urn:a', xml: 'http://www.w3.org/XML/1998/namespace' } } })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:extra xmlns:a="urn:a"><a:x/></ns1:extra></ns1:item>`);
    expect(item({ extra: { xml: '' } })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:extra/></ns1:item>`);
    expect(() => item({ extra: '<a/>' })).toThrow(new XmlEncodeError('Item/extra: expected opaque XML ({ xml: string })'));
    expect(() => item({ extra: null })).toThrow(new XmlEncodeError('Item/extra: null given, but the field is not nillable'));
  });

  it('writes simple content as the element’s text, and none when it is absent', () => {
    expect(encodeElement({ currency: 'EUR', $value: '1.50' }, PriceMeta, { namespace: NS, name: 'price' })).toBe(`<ns1:price xmlns:ns1="${NS}" currency="EUR">1.50</ns1:price>`);
    expect(encodeElement({ currency: 'EUR' }, PriceMeta, { namespace: NS, name: 'price' })).toBe(`<ns1:price xmlns:ns1="${NS}" currency="EUR"/>`);
    expect(encodeElement({ $value: null }, PriceMeta, { namespace: NS, name: 'price' })).toBe(`<ns1:price xmlns:ns1="${NS}"/>`);
    expect(() => encodeElement({ $value: 1.5 }, PriceMeta, { namespace: NS, name: 'price' })).toThrow(new XmlValueError('Price/text(): expected a string, got number'));
  });

  it('names the type of a value of an extended type, and refuses an abstract one without $type', () => {
    expect(encodeElement({ $type: 'Box', side: 2 }, ShapeMeta, { namespace: NS, name: 'shape' }, registry)).toBe(`<ns1:shape xmlns:ns1="${NS}" ${XSI} xsi:type="ns1:Box"><ns1:side>2</ns1:side></ns1:shape>`);
    // A value of an extended type that is the declared type itself names it too.
    const BaseMeta: XmlTypeInfo = { name: 'Base', namespace: NS, tsName: 'Base', extended: true, fields: [] };
    expect(encodeElement({}, BaseMeta, { namespace: NS, name: 'base' })).toBe(`<ns1:base xmlns:ns1="${NS}" ${XSI} xsi:type="ns1:Base"/>`);
    expect(encodeElement({}, PartMeta, { namespace: NS, name: 'part' })).toBe(`<ns1:part xmlns:ns1="${NS}"/>`);
    expect(() => encodeElement({}, ShapeMeta, { namespace: NS, name: 'shape' }, registry)).toThrow(new XmlEncodeError('Shape is abstract: the value needs a $type naming one of its subtypes'));
    expect(() => encodeElement({ $type: 'Shape' }, ShapeMeta, { namespace: NS, name: 'shape' }, registry)).toThrow(new XmlEncodeError('Shape is abstract: the value needs a $type naming one of its subtypes'));
  });
});

describe('unknown content written back', () => {
  const withUnknown = (unknown: object) => item({ [UNKNOWN_CONTENT]: { attributes: {}, elements: [], ...unknown } });

  it('writes kept attributes, qualified by their namespace or as they were named', () => {
    expect(withUnknown({ attributes: { '{urn:o}flag': 'y', plain: 'p', '{}bare': 'b' } })).toBe(`<ns1:item xmlns:ns1="${NS}" xmlns:ns2="urn:o" ns2:flag="y" plain="p" bare="b"/>`);
  });

  it('declares on a kept element the bindings it relied on, but the ones it declares itself and xml:', () => {
    const kept = { xml: '<o:x xmlns:p="urn:p"  k="1"><p:y/><o:z/></o:x>', namespaces: { o: 'urn:o', p: 'urn:p', xml: 'http://www.w3.org/XML/1998/namespace' } };
    expect(withUnknown({ elements: [kept] })).toBe(`<ns1:item xmlns:ns1="${NS}"><o:x xmlns:p="urn:p"  k="1" xmlns:o="urn:o"><p:y/><o:z/></o:x></ns1:item>`);
    // A default namespace it declares itself is not declared again.
    const own = { xml: "<x xmlns='urn:d' a = 'v'/>", namespaces: { '': 'urn:d' } };
    expect(withUnknown({ elements: [own] })).toBe(`<ns1:item xmlns:ns1="${NS}"><x xmlns='urn:d' a = 'v'/></ns1:item>`);
    // Without bindings, or not starting with a tag, it is written as it came.
    expect(withUnknown({ elements: [{ xml: '<a:x/>' }, { xml: 'text', namespaces: { a: 'urn:a' } }] })).toBe(`<ns1:item xmlns:ns1="${NS}"><a:x/>text</ns1:item>`);
  });

  it('binds a kept prefix on the root when the request binds it to the same namespace', () => {
    const kept = { xml: '<ns1:extra2>v</ns1:extra2>', namespaces: { ns1: NS } };
    expect(withUnknown({ elements: [kept] })).toBe(`<ns1:item xmlns:ns1="${NS}"><ns1:extra2>v</ns1:extra2></ns1:item>`);
  });
});

describe('message parts', () => {
  const PairsMeta: XmlTypeInfo = { name: 'ArrayOfString', namespace: NS, tsName: 'ArrayOfString', encodedArray: true, fields: [['item', '', 'item', 'string', '?*']] };
  const message: MessageInfo = {
    body: [
      ['first', NS, 'first', 'int', '?'],
      ['list', NS, 'list', 'string', '?*'],
      ['colour', '', 'colour', Colour, '?'],
      ['pairs', '', 'pairs', () => PairsMeta, '?'],
    ],
  };

  it('skips parts not given, writes a repeated part once per item, and the first tag gets the declarations', () => {
    expect(encodeBody(message, { list: ['a', 'b'], first: 1 }, registryOf(undefined), 'op')).toBe(`<ns1:first xmlns:ns1="${NS}">1</ns1:first><ns1:list xmlns:ns1="${NS}">a</ns1:list><ns1:list xmlns:ns1="${NS}">b</ns1:list>`);
    expect(encodeBody(message, { list: 'one' }, registryOf(undefined), 'op')).toBe(`<ns1:list xmlns:ns1="${NS}">one</ns1:list>`);
  });

  it('types each encoded part: an enumeration as xsd:string, an encoded array with its item type and count', () => {
    const xml = encodeBody({ ...message, encodingStyle: SOAP11_ENCODING_NS }, { colour: 'red', pairs: ['x'] }, registryOf(undefined), 'op');
    expect(xml).toContain('<colour ');
    expect(xml).toContain('xsi:type="xsd:string">red</colour>');
    expect(xml).toContain('<pairs ');
    expect(xml).toMatch(/xsi:type="\w+:Array" \w+:arrayType="xsd:string\[1\]"><item xsi:type="xsd:string">x<\/item><\/pairs>/);
    expect(() => encodeBody({ ...message, encodingStyle: SOAP11_ENCODING_NS }, { pairs: 'x' }, registryOf(undefined), 'op')).toThrow(new XmlEncodeError('op/pairs: expected an array (ArrayOfString is a SOAP-encoded array), got string'));
    expect(() => encodeBody({ ...message, encodingStyle: SOAP11_ENCODING_NS }, { pairs: null }, registryOf(undefined), 'op')).toThrow(new XmlEncodeError('op/pairs: null given, but the field is not nillable'));
    // Each item named once in the path.
    expect(() => encodeBody(message, { pairs: ['a', 1] }, registryOf(undefined), 'op')).toThrow(new XmlValueError('op/pairs/item: expected a string, got number'));
  });
});
