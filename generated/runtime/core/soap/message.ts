/**
 * The SOAP messages of an operation, both ways. A message's Body (and Header) content is a list
 * of parts, each an element described like a field: `[element name, namespace, part name, type,
 * flags]`. Document/literal wrapped has one part (the wrapper element), bare document/literal has
 * 0..n, rpc/literal and rpc/encoded have one wrapper element built by the generator. A one-part
 * message's value is that part's value; otherwise it is an object keyed by part name.
 */
import type { XmlFieldInfo, XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import { DEFAULT_LIMITS, ElementDecoder, XmlDecodeError, type DecodeLimits } from '../xml/decode.js';
import { EncodedReferences } from '../xml/encoded-references.js';
import { encodeParts } from '../xml/encode.js';
import { namespaceDeclarations } from '../xml/escape.js';
import type { TypeRegistry } from '../xml/type-registry.js';
import { soapEncoding } from '../xml/soap-encoding.js';
import { unknownContentOf } from '../xml/unknown-content.js';
import { envelopeNamespace, SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS, type SoapVersion } from './envelope.js';

export interface MessageInfo {
  /** The Body's elements, in order. */
  readonly body: readonly XmlFieldInfo[];
  /** The `soap:header` parts. */
  readonly headers?: readonly XmlFieldInfo[];
  /** The Body is SOAP-encoded (rpc/encoded) in this `encodingStyle`: the soap:body's, which its wrapper element carries. */
  readonly encodingStyle?: string;
}

export interface OperationInfo {
  readonly name: string;
  readonly soapAction: string;
  /** Default 1.1. */
  readonly soapVersion?: SoapVersion;
  readonly input: MessageInfo;
  /** Absent for a one-way operation: nothing is read but the HTTP status. */
  readonly output?: MessageInfo;
  /** The detail elements of the faults the WSDL declares: `[element, namespace, fault name, type, flags]`. */
  readonly faults?: readonly XmlFieldInfo[];
}

/** A fault, SOAP 1.1 or 1.2, in one shape. */
export interface SoapFault {
  /** 1.1 `faultcode`; 1.2 `Code/Value` (with its subcodes after it, separated by spaces). */
  code: string;
  /** 1.1 `faultstring`; 1.2 the first `Reason/Text`. */
  reason: string;
  actor?: string;
  /** The content of `detail` / `Detail`, exactly as it arrived. */
  detail?: OpaqueXml;
}

export function messageValue(message: MessageInfo, parts: Record<string, unknown>): unknown {
  return message.body.length === 1 ? parts[message.body[0]![2]] : parts;
}

function partsOf(message: MessageInfo, value: unknown): Record<string, unknown> {
  if (message.body.length === 1) return { [message.body[0]![2]]: value };
  return (value ?? {}) as Record<string, unknown>;
}

export function encodeBody(message: MessageInfo, value: unknown, registry: TypeRegistry, owner: string, version: SoapVersion = '1.1'): string {
  const encoding = message.encodingStyle === undefined ? undefined : soapEncoding(message.encodingStyle, envelopeNamespace(version));
  return encodeParts(partsOf(message, value), message.body, registry, owner, encoding);
}

export function encodeHeaders(message: MessageInfo, headers: Record<string, unknown> | undefined, registry: TypeRegistry, owner: string): string {
  return message.headers && headers ? encodeParts(headers, message.headers, registry, `${owner} header`) : '';
}

export type DecodedMessage = { fault: SoapFault; value?: undefined; headers?: undefined } | { value: unknown; headers: Record<string, unknown> | undefined; fault?: undefined };

const SOAP11_FAULT: XmlTypeInfo = {
  name: 'Fault',
  namespace: SOAP11_ENVELOPE_NS,
  tsName: 'SoapFault',
  // SOAP 1.1 Fault: its children are unqualified.
  fields: [
    ['faultcode', '', 'code', 'string', ''],
    ['faultstring', '', 'reason', 'string', ''],
    ['faultactor', '', 'actor', 'string', '?'],
    ['detail', '', 'detail', 'xml', '?'],
  ],
};

const SOAP12_SUBCODE: XmlTypeInfo = {
  name: 'subcode',
  namespace: SOAP12_ENVELOPE_NS,
  tsName: 'SoapSubcode',
  fields: [
    ['Value', SOAP12_ENVELOPE_NS, 'value', 'string', ''],
    ['Subcode', SOAP12_ENVELOPE_NS, 'subcode', () => SOAP12_SUBCODE, '?'],
  ],
};

const SOAP12_FAULT: XmlTypeInfo = {
  name: 'Fault',
  namespace: SOAP12_ENVELOPE_NS,
  tsName: 'SoapFault12',
  fields: [
    ['Code', SOAP12_ENVELOPE_NS, 'code', () => SOAP12_SUBCODE, ''],
    ['Reason', SOAP12_ENVELOPE_NS, 'reason', () => SOAP12_REASON, ''],
    ['Node', SOAP12_ENVELOPE_NS, 'node', 'string', '?'],
    ['Role', SOAP12_ENVELOPE_NS, 'actor', 'string', '?'],
    ['Detail', SOAP12_ENVELOPE_NS, 'detail', 'xml', '?'],
  ],
};

const SOAP12_REASON: XmlTypeInfo = {
  name: 'faultreason',
  namespace: SOAP12_ENVELOPE_NS,
  tsName: 'SoapReason',
  fields: [['Text', SOAP12_ENVELOPE_NS, 'text', 'string', '*']],
};

interface Fault12 {
  code: { value: string; subcode?: Fault12['code'] };
  reason: { text?: string[] };
  actor?: string;
  detail?: OpaqueXml;
}

/** A SOAP 1.1 Fault must have faultcode and faultstring; without them it is not one a caller can act on. */
function fault11(f: Partial<SoapFault>): SoapFault {
  if (typeof f.code !== 'string' || typeof f.reason !== 'string') throw new XmlDecodeError(`the SOAP 1.1 Fault has no ${typeof f.code !== 'string' ? 'faultcode' : 'faultstring'}`);
  return f as SoapFault;
}

/** A SOAP 1.2 Fault must have Code/Value and Reason (a 1.1 Fault in a 1.2 envelope has neither). */
function fault12(f: Partial<Fault12>): SoapFault {
  if (typeof f.code?.value !== 'string' || !f.reason) throw new XmlDecodeError(`the SOAP 1.2 Fault has no ${typeof f.code?.value !== 'string' ? 'Code/Value' : 'Reason'}`);
  const codes: string[] = [];
  for (let c: Fault12['code'] | undefined = f.code; c; c = c.subcode) codes.push(c.value);
  return { code: codes.join(' '), reason: f.reason.text?.[0] ?? '', ...(f.actor !== undefined ? { actor: f.actor } : {}), ...(f.detail ? { detail: f.detail } : {}) };
}

const bodyTypes = new WeakMap<MessageInfo, Partial<Record<SoapVersion, XmlTypeInfo>>>();
const headerTypes = new WeakMap<readonly XmlFieldInfo[], XmlTypeInfo>();

/** The Body as a type whose fields are the message's parts, and the Fault. */
function bodyType(message: MessageInfo | undefined, version: SoapVersion): XmlTypeInfo {
  const key = message ?? NO_MESSAGE;
  const types = bodyTypes.get(key) ?? {};
  let type = types[version];
  if (!type) {
    const namespace = version === '1.2' ? SOAP12_ENVELOPE_NS : SOAP11_ENVELOPE_NS;
    const fault = version === '1.2' ? SOAP12_FAULT : SOAP11_FAULT;
    type = { name: 'Body', namespace, tsName: 'SoapBody', anyNamespace: true, fields: [...key.body, ['Fault', namespace, '$fault', () => fault, '?']] };
    types[version] = type;
    bodyTypes.set(key, types);
  }
  return type;
}

const NO_MESSAGE: MessageInfo = { body: [] };

function headerType(fields: readonly XmlFieldInfo[], namespace: string): XmlTypeInfo {
  let type = headerTypes.get(fields);
  if (!type) {
    type = { name: 'Header', namespace, tsName: 'SoapHeader', fields };
    headerTypes.set(fields, type);
  }
  return type;
}

/**
 * A SOAP response: the message's value (and its declared headers), or the Fault, reported as
 * data for the caller to turn into an error. The envelope may be SOAP 1.1 or 1.2 whichever the
 * operation uses: servers answer faults in either.
 */
export function decodeMessage(xml: string, message: MessageInfo | undefined, registry: TypeRegistry, limits: DecodeLimits = {}): DecodedMessage {
  let version = '1.1' as SoapVersion;
  let body: Record<string, unknown> | undefined;
  let headers: Record<string, unknown> | undefined;
  const fullLimits = { ...DEFAULT_LIMITS, ...limits };
  const references = message?.encodingStyle === undefined ? undefined : new EncodedReferences();
  const decoder = new ElementDecoder(
    xml,
    (tag, depth) => {
      if (depth === 0) {
        if (tag.local !== 'Envelope' || (tag.uri !== SOAP11_ENVELOPE_NS && tag.uri !== SOAP12_ENVELOPE_NS)) return undefined;
        version = tag.uri === SOAP12_ENVELOPE_NS ? '1.2' : '1.1';
        return 'pass';
      }
      if (depth !== 1 || tag.uri !== (version === '1.2' ? SOAP12_ENVELOPE_NS : SOAP11_ENVELOPE_NS)) return undefined;
      if (tag.local === 'Body') return bodyType(message, version);
      if (tag.local === 'Header') return message?.headers ? headerType(message.headers, tag.uri) : 'skip';
      return undefined;
    },
    fullLimits,
    registry,
    (tag, value) => {
      if (tag.local === 'Body') body = value;
      else headers = value;
    },
    references,
  );
  decoder.run();
  references?.resolve(fullLimits, registry);
  if (!body) throw new XmlDecodeError('the SOAP envelope holds no Body');
  const fault = body['$fault'];
  if (fault) return { fault: version === '1.2' ? fault12(fault as Partial<Fault12>) : fault11(fault as Partial<SoapFault>) };
  const expected = message ?? NO_MESSAGE;
  for (const [name, , part, , flags] of expected.body) {
    if (body[part] === undefined && !flags.includes('?')) {
      throw new XmlDecodeError(`the SOAP Body holds no ${name} element${describeFound(body)}`);
    }
  }
  return { value: messageValue(expected, body), headers };
}

function describeFound(body: Record<string, unknown>): string {
  const found = (unknownContentOf(body)?.elements ?? []).map((e) => /^<([^\s/>]+)/.exec(e.xml)?.[1]).filter(Boolean);
  return found.length > 0 ? ` (it holds ${found.join(', ')})` : ' (it is empty)';
}

/** The decoded detail of a declared fault, when the fault's detail holds one of the operation's fault elements. */
export function declaredFault(operation: OperationInfo, fault: SoapFault, registry: TypeRegistry): { name: string; value: unknown } | undefined {
  if (!operation.faults?.length || !fault.detail?.xml) return undefined;
  const declarations = namespaceDeclarations(Object.entries(fault.detail.namespaces ?? {}));
  const detailType: XmlTypeInfo = { name: 'detail', namespace: '', tsName: 'FaultDetail', fields: operation.faults.map((f) => [f[0], f[1], f[2], f[3], '?'] as const) };
  let value: Record<string, unknown>;
  try {
    value = new ElementDecoder(`<detail${declarations}>${fault.detail.xml}</detail>`, (_tag, depth) => (depth === 0 ? detailType : undefined), DEFAULT_LIMITS, registry).run() ?? {};
  } catch {
    return undefined; // a detail that does not decode stays raw on the SoapFaultError
  }
  const found = operation.faults.find((f) => value[f[2]] !== undefined);
  return found ? { name: found[2], value: value[found[2]] } : undefined;
}
