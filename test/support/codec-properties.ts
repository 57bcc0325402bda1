/**
 * Property-based checks of the XML codec (fast-check), shared by the test suite (a few hundred
 * cases) and the fuzz run (npm run fuzz, tens of thousands): arbitrary values of every object
 * type survive encode → decode, and arbitrary bytes given as a response give a value or a typed
 * error, never anything else.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { BaseTypeMeta, GetResponseMeta } from '../../generated/index.ts';
import { ARRAY, ATTRIBUTE, type XmlFieldType, type XmlTypeInfo } from '../../generated/runtime/metadata.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/xml/decode.ts';
import { encodeElement } from '../../generated/runtime/xml/encode.ts';
import { XmlValueError } from '../../generated/runtime/xml/scalars.ts';
import { decodeSoapBody } from '../../generated/runtime/xml/soap-body.ts';
import { concrete } from './sample-values.ts';

// getResponse is in the api namespace, as Boomi's Account page shows it.
const GET_RESPONSE_NS = 'http://api.platform.boomi.com/';
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const xmlString = fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => XML_CHARS.test(s));
const int64 = fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);

function scalar(type: XmlFieldType): fc.Arbitrary<unknown> | undefined {
  if (typeof type === 'object') return fc.constantFrom(...type);
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'int':
      return fc.integer();
    case 'short':
      return fc.integer({ min: -32768, max: 32767 });
    case 'byte':
      return fc.integer({ min: -128, max: 127 });
    case 'double':
    case 'float':
      return fc.double().filter((d) => !Object.is(d, -0));
    case 'long':
    case 'integer':
      return int64;
    case 'xml':
      return fc.constantFrom({ xml: '<note xmlns="urn:x">kept</note>' }, { xml: '' });
    case 'string':
    case 'decimal':
    case 'dateTime':
    case 'date':
    case 'time':
    case 'base64Binary':
    case 'anyURI':
    case 'QName':
      return xmlString;
    default:
      return undefined;
  }
}

export function valueOf(info: XmlTypeInfo, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) {
    for (const [, , property, type, flags] of t.fields) {
      let item = typeof type === 'function' ? (depth < 2 ? valueOf(concrete(type()), depth + 1) : undefined) : scalar(type);
      if (!item || (type === 'xml' && flags & ATTRIBUTE)) continue;
      if (flags & ARRAY) item = fc.array(item, { minLength: 1, maxLength: 3 });
      shape[property] = item;
    }
  }
  return fc.record(shape, { requiredKeys: [], noNullPrototype: true }).map((v) => (info.tagged ? { $type: info.name, ...v } : v));
}

const objects = () => BaseTypeMeta.derived!().filter((t) => !t.abstract);

/** encode → decode is identity, for arbitrary values of arbitrary object types. */
export function roundTripProperty(): fc.IPropertyWithHooks<[Record<string, unknown>]> {
  const anyObject = fc.constantFrom(...objects()).chain((info) => valueOf(info));
  return fc.property(anyObject, (value) => {
    const xml = encodeElement({ result: value }, GetResponseMeta, { namespace: GET_RESPONSE_NS, name: 'getResponse' });
    const back = decodeElement(xml, GetResponseMeta);
    if (!isDeepStrictEqual(back, { result: value })) {
      throw new Error(`round trip changed the value:\n${fc.stringify({ result: value })}\n${fc.stringify(back)}`);
    }
  });
}

/** Arbitrary text as a response: a value or a typed error, nothing else. */
export function hostileResponseProperty(): fc.IPropertyWithHooks<[string]> {
  const valid = `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><p:getResponse xmlns:p="${GET_RESPONSE_NS}" xmlns:a="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><p:result xsi:type="a:Account" accountId="x"><a:licensing><a:standard purchased="1" used="2"/></a:licensing></p:result></p:getResponse></S:Body></S:Envelope>`;
  const mutated = fc.tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ unit: 'binary', maxLength: 8 })).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(Math.min(valid.length, at + (cut % 10))));
  const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), mutated, fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('utf8')));
  return fc.property(input, (xml) => {
    try {
      decodeSoapBody(xml, { namespace: GET_RESPONSE_NS, name: 'getResponse' }, GetResponseMeta);
    } catch (error) {
      if (!(error instanceof XmlDecodeError || error instanceof XmlValueError)) throw error;
    }
  });
}
