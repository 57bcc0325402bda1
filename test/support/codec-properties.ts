/**
 * Property-based checks of the XML codec (fast-check), shared by the test suite (a few hundred
 * cases) and the fuzz run (npm run fuzz, tens of thousands):
 * - arbitrary values of every object type, and of every operation's request and response,
 *   survive encode → decode; strings lean on what XML treats specially and polymorphic fields
 *   take every type that may stand there, at every depth;
 * - a value holding a character XML cannot carry is refused with XmlEncodeError;
 * - valid envelopes mutated the ways broken or hostile servers break them decode to a value of
 *   the expected shape, or fail with a typed error.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { BaseTypeMeta, GetResponseMeta, QueryResponseMeta } from '../../generated/index.ts';
import type { XmlFieldType, XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { decodeMessage } from '../../generated/runtime/core/soap/message.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { encodeElement, type QualifiedName } from '../../generated/runtime/core/xml/encode.ts';
import { XmlEncodeError } from '../../generated/runtime/core/xml/escape.ts';
import { XmlValueError } from '../../generated/runtime/core/xml/scalars.ts';
import { operations, partnerRegistry, subtypesOf } from './sdk-types.ts';

/** A response wrapper's element, as the port describes it. */
function responseElement(operation: string): QualifiedName {
  const [name, namespace] = operations().find((op) => op.name === operation)!.output!.body[0]!;
  return { namespace, name };
}

const GET_RESPONSE = responseElement('get');
const QUERY_RESPONSE = responseElement('query');
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** What strings are made of, weighted toward what XML treats specially; every piece is a character XML can carry. */
export const TEXT_PIECES = {
  markup: ['<', '>', '&', '"', "'", ']]>', '<![CDATA[', '&amp;', '&#x41;', '<!--', '<?xml', '</result>', 'xmlns:a="urn:x"'],
  whitespace: ['\t', '\n', '\r', '\r\n', ' ', '   ', '\u00A0', '\u0085', '\u2028'],
  /** Control characters XML 1.0 allows (C1 and DEL); C0 ones other than tab, CR, LF are refused. */
  controls: ['\u007F', '\u0080', '\u009F'],
  astral: ['😀', '\u{10000}', '𝄞', '\u{1F4A9}', '\u{10FFFF}'],
  edges: ['\uD7FF', '\uE000', '\uFFFD', 'é', 'ß', '中', '\u200B'],
};

/** Characters XML 1.0 cannot carry: the codec must refuse to write them. */
export const REFUSED_CHARACTERS = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(TEXT_PIECES).flat()) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }).filter((s) => XML_CHARS.test(s)) },
);
const shortText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
/** Thousands of characters: a few pieces repeated. */
const longText = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1000, max: 6000 }))
  .map(([pieces, length]) => {
    const unit = pieces.join('') || 'x';
    return unit.repeat(Math.ceil(length / unit.length));
  });

/** Any text XML can carry, mostly short, with markup, white space, controls and astral characters. */
export const xmlText = fc.oneof({ weight: 19, arbitrary: shortText }, { weight: 1, arbitrary: longText });
const int64 = fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n);

/** Below this depth complex fields get values; deep enough for a record inside a query page inside its wrapper. */
const MAX_DEPTH = 4;

/** A field's type with its thunk called: a scalar kind, 'xml', an enumeration's values, or a complex type. */
type ResolvedType = Exclude<XmlFieldType, () => unknown> | readonly string[] | XmlTypeInfo;

function resolve(type: XmlFieldType): ResolvedType {
  return typeof type === 'function' ? type() : type;
}

function isComplex(type: ResolvedType): type is XmlTypeInfo {
  return typeof type === 'object' && !Array.isArray(type);
}

function scalar(type: Exclude<ResolvedType, XmlTypeInfo>): fc.Arbitrary<unknown> | undefined {
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
      return xmlText;
    default:
      return undefined;
  }
}

/** Every type a value may have where `info` is declared: itself unless abstract, and each concrete type derived from it. */
export function standIns(info: XmlTypeInfo): XmlTypeInfo[] {
  return [info, ...subtypesOf(info)].filter((t) => !t.abstract);
}

/** A value for a field declared of type `info`: of any of its stand-ins. */
export function polymorphicValue(info: XmlTypeInfo, depth: number): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...standIns(info)).chain((t) => valueOf(t, depth));
}

export function valueOf(info: XmlTypeInfo, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) {
    for (const [, , property, type, flags] of t.fields) {
      const resolved = resolve(type);
      let item = isComplex(resolved) ? (depth < MAX_DEPTH ? polymorphicValue(resolved, depth + 1) : undefined) : scalar(resolved);
      if (!item || (type === 'xml' && flags.includes('@'))) continue;
      if (flags.includes('*')) item = fc.array(item, { minLength: 1, maxLength: 3 });
      shape[property] = item;
    }
  }
  return fc.record(shape, { requiredKeys: [], noNullPrototype: true }).map((v) => (info.tagged ? { $type: info.name, ...v } : v));
}

const objects = () => standIns(BaseTypeMeta).filter((t) => t !== BaseTypeMeta);

interface Target {
  element: QualifiedName;
  info: XmlTypeInfo;
}

/** What the round trip encodes: an object of any type as a get result, or any operation's request or response. */
export function roundTripInput(): fc.Arbitrary<{ target: Target; value: Record<string, unknown> }> {
  const get: Target = { element: GET_RESPONSE, info: GetResponseMeta };
  const wrappers: Target[] = operations()
    .flatMap((op) => [op.input, ...(op.output ? [op.output] : [])])
    .map(({ body }) => ({ element: { namespace: body[0]![1], name: body[0]![0] }, info: (body[0]![3] as () => XmlTypeInfo)() }));
  return fc.oneof(
    fc.constantFrom(...objects()).chain((info) => valueOf(info, 1).map((value) => ({ target: get, value: { result: value } }))),
    fc.constantFrom(...wrappers).chain((target) => valueOf(target.info).map((value) => ({ target, value }))),
  );
}

/** encode → decode is identity. */
export function roundTripProperty(): fc.IPropertyWithHooks<[{ target: Target; value: Record<string, unknown> }]> {
  return fc.property(roundTripInput(), ({ target, value }) => {
    const xml = encodeElement(value, target.info, target.element, partnerRegistry);
    const back = decodeElement(xml, target.info, {}, partnerRegistry);
    if (!isDeepStrictEqual(back, value)) throw new Error(`round trip of ${target.element.name} changed the value:\n${fc.stringify(value)}\n${fc.stringify(back)}`);
  });
}

/** Every string field of every object type, attributes and elements, with the type's name. */
function stringFields(): { info: XmlTypeInfo; property: string }[] {
  return objects().flatMap((info) => info.fields.filter(([, , , type]) => type === 'string').map(([, , property]) => ({ info, property })));
}

/** A character XML cannot carry, anywhere in any string, is refused with XmlEncodeError naming it, never written. */
export function refusedCharacterProperty(): fc.IPropertyWithHooks<[{ info: XmlTypeInfo; property: string }, string, string, string]> {
  return fc.property(fc.constantFrom(...stringFields()), shortText, fc.constantFrom(...REFUSED_CHARACTERS), shortText, ({ info, property }, before, bad, after) => {
    const value = { result: { $type: info.name, [property]: `${before}${bad}${after}` } };
    let written: string | undefined;
    try {
      written = encodeElement(value, GetResponseMeta, GET_RESPONSE, partnerRegistry);
    } catch (error) {
      const code = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      if (error instanceof XmlEncodeError && error.message.includes(code)) return;
      throw error;
    }
    throw new Error(`${info.name}/${property} holding ${JSON.stringify(bad)} was written: ${written.slice(0, 200)}`);
  });
}

/** Where a decoded value breaks its metadata (a property of the wrong kind, unknown, or an impossible $type); undefined when it does not. */
export function shapeProblem(value: unknown, info: XmlTypeInfo, path = info.name): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: ${typeof value} where ${info.name} is expected`;
  const record = value as Record<string, unknown>;
  let actual = info;
  const known = new Set<string>();
  if (info.tagged) {
    const named = standIns(info).find((t) => t.name === record['$type']);
    if (!named) return `${path}: $type ${String(record['$type'])} cannot stand for ${info.name}`;
    actual = named;
    known.add('$type');
  }
  for (let t: XmlTypeInfo | undefined = actual; t; t = t.base?.()) {
    for (const [, , property, type, flags] of t.fields) {
      known.add(property);
      const v = record[property];
      if (v === undefined || (v === null && flags.includes('~'))) continue;
      const items = flags.includes('*') ? v : [v];
      if (!Array.isArray(items)) return `${path}/${property}: not an array`;
      const resolved = resolve(type);
      for (const item of items) {
        if (isComplex(resolved)) {
          const problem = shapeProblem(item, resolved, `${path}/${property}`);
          if (problem) return problem;
        } else {
          const problem = scalarProblem(item, resolved);
          if (problem) return `${path}/${property}: ${problem}`;
        }
      }
    }
  }
  const unknown = Object.keys(record).find((k) => !known.has(k));
  return unknown === undefined ? undefined : `${path}: unexpected property ${unknown}`;
}

function scalarProblem(value: unknown, type: Exclude<ResolvedType, XmlTypeInfo>): string | undefined {
  const expected =
    typeof type === 'object' ? 'string'
    : type === 'boolean' ? 'boolean'
    : type === 'int' || type === 'short' || type === 'byte' || type === 'double' || type === 'float' ? 'number'
    : type === 'long' || type === 'integer' ? 'bigint'
    : type === 'xml' ? 'object'
    : 'string';
  if (typeof value !== expected) return `${typeof value} where ${typeof type === 'object' ? 'an enumeration' : type} (${expected}) is expected`;
  if (type === 'xml' && typeof (value as { xml?: unknown }).xml !== 'string') return 'opaque XML without its text';
  return undefined;
}

const ENVELOPE = 'xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"';
const DECLARATIONS = `xmlns:bns="${GET_RESPONSE.namespace}" xmlns:ns4="http://api.platform.boomi.com/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`;

/** Valid responses, written as Boomi's server writes them, for the mutations to start from. */
export const VALID_RESPONSES: { name: string; target: Target; xml: string }[] = [
  {
    name: 'getResponse',
    target: { element: GET_RESPONSE, info: GetResponseMeta },
    xml: `<?xml version="1.0" encoding="UTF-8"?><S:Envelope ${ENVELOPE}><S:Body><bns:getResponse ${DECLARATIONS}><bns:result xsi:type="ns4:Account" accountId="acme-AB12CD" name="Acme &amp; Sons" status="active" dateCreated="2024-01-15T09:30:00Z"><ns4:licensing><ns4:standard purchased="10" used="2"/><ns4:enterprise purchased="1" used="0"/></ns4:licensing><ns4:molecule purchased="3" used="3"/></bns:result></bns:getResponse></S:Body></S:Envelope>`,
  },
  {
    name: 'queryResponse',
    target: { element: QUERY_RESPONSE, info: QueryResponseMeta },
    xml:
      `<S:Envelope ${ENVELOPE}><S:Header/><S:Body><bns:queryResponse ${DECLARATIONS}><bns:results numberOfResults="3"><bns:queryToken>k2Jd9Qx+/abc==</bns:queryToken>` +
      `<bns:result xsi:type="ns4:Environment" id="env-1" name="Staging &lt;EU&gt;" classification="TEST"/>` +
      `<bns:result xsi:type="ns4:AtomDiskSpace" quotaLimit="1 GB" rawQuotaLimit="9223372036854775807"><ns4:DiskSpaceDirectory file="/var/&#x1F600;" size="12" rawSize="12"/></bns:result>` +
      `<bns:result xsi:type="ns4:Component" componentId="c-1" version="4" deleted="false"><ns4:description><![CDATA[a < b & "c"]]></ns4:description><ns4:object><Process xmlns="urn:boomi:process" a="1"><shape/></Process></ns4:object></bns:result>` +
      `</bns:results></bns:queryResponse></S:Body></S:Envelope>`,
  },
  {
    name: 'fault',
    target: { element: GET_RESPONSE, info: GetResponseMeta },
    xml: `<S:Envelope ${ENVELOPE}><S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>Environment with id 'x' does not exist.</faultstring><detail><e xmlns="urn:e">why</e></detail></S:Fault></S:Body></S:Envelope>`,
  },
];

const ENTITIES = ['&amp;', '&lt;', '&quot;', '&#65;', '&#x1F600;', '&#0;', '&#x1;', '&#xD800;', '&#x110000;', '&#xFFFE;', '&nbsp;', '&bogus;', '&', '&#;', '&#x;', '&#12345678901234567890;'];
const DOCTYPES = ['<!DOCTYPE S:Envelope>', '<!DOCTYPE x [<!ENTITY e "expanded">]>', '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">', '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'];
const VALUES = ['', 'x', '  7  ', '-0', '1e999', 'NaN', 'INF', '99999999999999999999999', '0x10', 'true', '1', 'ns4:Account', 'ns9:Account', 'Account', 'ns4:Environment', 'ns4:BaseType', 'ns4:Expression'];

type Mutation = (xml: string) => string;

/** Positions in the text where a pattern matches, with what it matched. */
function matches(xml: string, pattern: RegExp): { at: number; text: string; group: string }[] {
  return [...xml.matchAll(pattern)].map((m) => ({ at: m.index + m[0].indexOf(m[1]!), text: m[0], group: m[1]! }));
}

const pick = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
const splice = (xml: string, at: number, remove: number, insert: string) => xml.slice(0, at) + insert + xml.slice(at + remove);
const TAG_NAMES = /<\/?([A-Za-z_][\w.:-]*)/g;
const ATTRIBUTE_VALUES = /\s[\w:]+="([^"]*)"/g;

/** The ways the mutations break a document; each takes numbers to choose where. */
const mutations: fc.Arbitrary<Mutation>[] = [
  fc.nat().map((n) => (xml) => xml.slice(0, n % xml.length)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (xml) => {
    const tags = matches(xml, TAG_NAMES);
    const [a, b] = [pick(tags, i), pick(tags, j)];
    return a && b ? splice(xml, a.at, a.group.length, b.group) : xml;
  }),
  fc.tuple(fc.nat(), fc.constantFrom('zz:', 'S:', 'bns:', 'xmlns:', 'xsi:')).map(([i, prefix]) => (xml) => {
    const tag = pick(matches(xml, TAG_NAMES), i);
    return tag ? splice(xml, tag.at + (tag.group.includes(':') ? tag.group.indexOf(':') + 1 : 0), 0, prefix) : xml;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...ENTITIES)).map(([n, entity]) => (xml) => splice(xml, n % xml.length, 0, entity)),
  fc.tuple(fc.boolean(), fc.nat(), fc.constantFrom(...DOCTYPES)).map(([atStart, n, doctype]) => (xml) => {
    const start = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
    return splice(xml, atStart ? start : n % xml.length, 0, doctype);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...VALUES)).map(([i, value]) => (xml) => {
    const attribute = pick(matches(xml, ATTRIBUTE_VALUES), i);
    return attribute ? splice(xml, attribute.at, attribute.group.length, value) : xml;
  }),
  fc.tuple(fc.nat(), fc.nat(100)).map(([n, length]) => (xml) => {
    const at = n % xml.length;
    return splice(xml, at, 0, xml.slice(at, at + length));
  }),
  fc.tuple(fc.nat(), fc.constantFrom(' xsi:nil="true"', ' xsi:type="ns4:Nope"', ' xmlns="urn:other"', ' ns4:id="x"', ' id="a" id="b"')).map(([i, attribute]) => (xml) => {
    const tag = pick(matches(xml, /<([A-Za-z_][\w.:-]*)/g), i);
    return tag ? splice(xml, tag.at + tag.group.length, 0, attribute) : xml;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 150, max: 400 })).map(([n, depth]) => (xml) => splice(xml, n % xml.length, 0, `${'<d>'.repeat(depth)}${'</d>'.repeat(depth)}`)),
];

/** Valid responses mutated one to three times, and now and then plain random text. */
export function hostileInput(): fc.Arbitrary<{ name: string; target: Target; xml: string }> {
  const mutated = fc.tuple(fc.constantFrom(...VALID_RESPONSES), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 })).map(([valid, steps]) => ({ ...valid, xml: steps.reduce((xml, step) => step(xml), valid.xml) }));
  const random = fc.string({ unit: 'binary', maxLength: 200 }).map((xml) => ({ ...VALID_RESPONSES[0]!, name: 'random text', xml }));
  return fc.oneof({ weight: 19, arbitrary: mutated }, { weight: 1, arbitrary: random });
}

/** What decoding one hostile input gave, for the property and for the statistics of what inputs reach. */
export function decodeHostile({ target, xml }: { target: Target; xml: string }): { value: true } | { error: XmlDecodeError | XmlValueError } {
  let decoded;
  try {
    decoded = decodeMessage(xml, { body: [[target.element.name, target.element.namespace, 'parameters', () => target.info, '']] }, partnerRegistry);
  } catch (error) {
    if (error instanceof XmlDecodeError || error instanceof XmlValueError) return { error };
    throw new Error(`an untyped failure: ${String(error)}\n${xml}`, { cause: error });
  }
  const problem = decoded.fault ? shapeProblem(decoded.fault, FAULT_SHAPE) : shapeProblem(decoded.value, target.info);
  if (problem) throw new Error(`a value of the wrong shape: ${problem}\n${xml}`);
  return { value: true };
}

/** What a decoded fault holds (SOAP 1.1 or 1.2 alike). */
const FAULT_SHAPE: XmlTypeInfo = {
  name: 'Fault',
  namespace: '',
  tsName: 'SoapFault',
  fields: [
    ['code', '', 'code', 'string', ''],
    ['reason', '', 'reason', 'string', ''],
    ['actor', '', 'actor', 'string', '?'],
    ['detail', '', 'detail', 'xml', '?'],
  ],
};

/** Broken and hostile responses: a value of the expected shape or a typed error, nothing else. */
export function hostileResponseProperty(): fc.IPropertyWithHooks<[{ name: string; target: Target; xml: string }]> {
  return fc.property(hostileInput(), (input) => void decodeHostile(input));
}
