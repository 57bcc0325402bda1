// The decoder (core/xml/decode.ts) on metadata of its own: its errors and their positions, CDATA,
// the length limit, nil in each place, xsi:type and xsi:nil under any prefix, text where elements
// go and elements where text goes, and the bindings captured XML carries.
import { describe, expect, it } from 'vitest';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { registryOf } from '../../generated/runtime/core/xml/type-registry.ts';
import { UNKNOWN_CONTENT } from '../../generated/runtime/core/xml/unknown-content.ts';

const NS = 'urn:shop';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const Colour = () => ['red', 'green'] as const;
const PartMeta: XmlTypeInfo = { name: 'Part', namespace: NS, tsName: 'Part', fields: [['id', '', 'id', 'string', '@?']] };
const ShapeMeta: XmlTypeInfo = { name: 'Shape', namespace: NS, tsName: 'Shape', tagged: true, extended: true, fields: [['label', NS, 'label', 'string', '?']] };
const BoxMeta: XmlTypeInfo = { name: 'Box', namespace: NS, tsName: 'Box', tagged: true, base: () => ShapeMeta, fields: [['side', NS, 'side', 'int', '?']] };
const ItemMeta: XmlTypeInfo = {
  name: 'Item',
  namespace: NS,
  tsName: 'Item',
  fields: [
    ['note', NS, 'note', 'string', '?~'],
    ['qty', NS, 'qty', 'int', '?'],
    ['colour', NS, 'colour', Colour, '?'],
    ['part', NS, 'part', () => PartMeta, '?~'],
    ['strict', NS, 'strict', () => PartMeta, '?'],
    ['shape', NS, 'shape', () => ShapeMeta, '?'],
    ['extra', NS, 'extra', 'xml', '?'],
    ['plain', NS, 'plain', 'string', '?'],
  ],
};
const registry = registryOf(() => [ShapeMeta, BoxMeta]);
const item = (inner: string, attributes = '') => decodeElement(`<s:item xmlns:s="${NS}"${attributes}>${inner}</s:item>`, ItemMeta, {}, registry);
const error = (fn: () => unknown): XmlDecodeError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(XmlDecodeError);
    return e as XmlDecodeError;
  }
  throw new Error('no error');
};

describe('XmlDecodeError', () => {
  it('is named, and says the position only where it has one', () => {
    expect(new XmlDecodeError('bad')).toMatchObject({ name: 'XmlDecodeError', message: 'bad' });
    expect(new XmlDecodeError('bad', 3, 7).message).toBe('bad (line 3, column 7)');
    expect(new XmlDecodeError('bad', 0, 0).message).toBe('bad (line 0, column 0)');
  });
});

describe('what the decoder reads', () => {
  it('reads CDATA as text', () => {
    expect(item('<s:note><![CDATA[a <b> & c]]></s:note><s:plain>x<![CDATA[y]]>z</s:plain>')).toEqual({ note: 'a <b> & c', plain: 'xyz' });
  });

  it('refuses a document over the length limit before reading it, and names ill-formed XML where it is', () => {
    expect(error(() => decodeElement('<s:item xmlns:s="urn:shop"/>', ItemMeta, { maxLength: 10 })).message).toBe('the response is 28 characters long, more than the 10 allowed');
    expect(decodeElement('<s:item xmlns:s="urn:shop"/>', ItemMeta, { maxLength: 28 })).toEqual({});
    expect(error(() => item('<s:note>a</s:qty>')).message).toMatch(/^unexpected close tag\. \(line 1, column 44\)$/);
    expect(error(() => item(`${'\n'.repeat(11)}<s:note>a</s:qty>`)).message).toMatch(/^unexpected close tag\. \(line 12, column 17\)$/);
  });

  it('reads nil: null where nillable, refused where not, and refuses content inside it', () => {
    const nil = `xmlns:i="${XSI}"`;
    expect(item(`<s:note i:nil="true" ${nil}/><s:part i:nil="1" ${nil}></s:part>`)).toEqual({ note: null, part: null });
    expect(error(() => item(`<s:part i:nil="true" ${nil}><s:id/></s:part>`)).message).toMatch(/^<s:id> inside an element that is nil or a reference, which has no content \(line 1/);
    expect(error(() => item(`<s:qty i:nil="true" ${nil}/>`)).message).toMatch(/^Item\/qty is nil but not nillable \(line 1/);
    expect(error(() => item(`<s:strict i:nil="true" ${nil}/>`)).message).toMatch(/^Item\/strict is nil but not nillable \(line 1/);
    // A nil element's siblings read as usual, with their content; xsi:nil beside xsi:type.
    expect(item(`<s:part i:nil="true" ${nil}/><s:shape><s:label>l</s:label></s:shape><s:part xsi:type="s:Part" xsi:nil="true" xmlns:xsi="${XSI}"/>`)).toEqual({ part: null, shape: { $type: 'Shape', label: 'l' } });
    // nil="false" (or anything else) is not nil, nor is another xsi: attribute.
    expect(item(`<s:note i:schemaLocation="1" ${nil}>n</s:note>`)).toEqual({ note: 'n' });
    expect(item(`<s:note i:nil="false" ${nil}>n</s:note><s:part i:nil="0" ${nil} id="p"/>`)).toEqual({ note: 'n', part: { id: 'p' } });
  });

  it('reads xsi:type under any prefix, unprefixed names in the default namespace, and with xsi:nil beside it', () => {
    expect(item(`<s:shape i:type="s:Box" xmlns:i="${XSI}"><s:side>2</s:side></s:shape>`)).toEqual({ shape: { $type: 'Box', side: 2 } });
    expect(item(`<shape xmlns="${NS}" xmlns:i="${XSI}" i:type="Box"><side>3</side></shape>`)).toEqual({ shape: { $type: 'Box', side: 3 } });
    expect(item(`<s:shape xsi:type="s:Box" xsi:nil="false" xmlns:xsi="${XSI}"><s:side>4</s:side></s:shape>`)).toEqual({ shape: { $type: 'Box', side: 4 } });
    // An attribute named like xsi:type in another namespace is no type.
    expect(item('<s:shape xsi:type="s:Box" xmlns:xsi="urn:not-xsi"><s:label>l</s:label></s:shape>')).toEqual({ shape: { $type: 'Shape', label: 'l', [UNKNOWN_CONTENT]: { attributes: { '{urn:not-xsi}type': 's:Box' }, elements: [] } } });
  });

  it('keeps an enumeration’s and a string’s text as sent, and converts the rest', () => {
    expect(item('<s:colour> blue </s:colour><s:plain> 1 </s:plain><s:qty> 1 </s:qty>')).toEqual({ colour: ' blue ', plain: ' 1 ', qty: 1 });
  });

  it('names an element inside text, and text where elements go', () => {
    expect(error(() => item('<s:qty>1<s:b/></s:qty>')).message).toMatch(/^<s:b> inside Item\/qty, which holds text \(line 1/);
    const TextOfComplex: XmlTypeInfo = { name: 'T', namespace: NS, tsName: 'T', fields: [['$value', '', '$value', () => PartMeta, '=']] };
    expect(error(() => decodeElement(`<s:t xmlns:s="${NS}">text</s:t>`, TextOfComplex)).message).toMatch(/^T\/\$value: text where the schema wants elements \(line 1/);
  });

  it('captures opaque XML with exactly the bindings it uses: element and attribute prefixes, the default namespace', () => {
    const decoded = item(`<s:extra xmlns="urn:d" xmlns:a="urn:a" xmlns:b="urn:b" xmlns:unused="urn:u"><a:x b:k="1" xml:lang="en"/><y/></s:extra>`);
    expect(decoded['extra']).toEqual({ xml: '<a:x b:k="1" xml:lang="en"/><y/>', namespaces: { '': 'urn:d', a: 'urn:a', b: 'urn:b' } });
    // Without unprefixed elements, the default namespace is not needed; nor a binding the XML declares itself.
    expect(item('<s:extra xmlns="urn:d"><s:z/></s:extra>')['extra']).toEqual({ xml: '<s:z/>', namespaces: { s: NS } });
    expect(item('<s:extra><q:z xmlns:q="urn:q"/></s:extra>')['extra']).toStrictEqual({ xml: '<q:z xmlns:q="urn:q"/>' });
    expect(item('<s:extra/>')['extra']).toStrictEqual({ xml: '' });
    expect(item('<s:extra><y/></s:extra>')['extra']).toStrictEqual({ xml: '<y/>' });
    // An attribute's prefix however the attribute is spaced; an unprefixed element of any name.
    expect(item('<s:extra xmlns:a="urn:a"><s:z a:k = "1"/></s:extra>')['extra']).toEqual({ xml: '<s:z a:k = "1"/>', namespaces: { s: NS, a: 'urn:a' } });
    expect(item('<s:extra xmlns="urn:d"><item-1>x</item-1></s:extra>')['extra']).toEqual({ xml: '<item-1>x</item-1>', namespaces: { '': 'urn:d' } });
    // Unknown content whose first child has its own name: kept from its own start tag.
    expect(item('<s:other><s:other>1</s:other></s:other>')).toEqual({ [UNKNOWN_CONTENT]: { attributes: {}, elements: [{ xml: '<s:other><s:other>1</s:other></s:other>', namespaces: { s: NS } }] } });
  });
});
