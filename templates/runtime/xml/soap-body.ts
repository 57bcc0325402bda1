/**
 * The payload of a SOAP 1.1 message: the one element in Body, decoded as the expected type
 * (an operation's response, or its request on a server), or a Fault, reported as data for the
 * caller to turn into an error.
 */
import { ATTRIBUTE, OPTIONAL, TEXT, type XmlFieldInfo, type XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import { DEFAULT_LIMITS, ElementDecoder, XmlDecodeError, type DecodeLimits } from './decode.js';
import type { QualifiedName } from './encode.js';

export const SOAP_ENVELOPE_NAMESPACE = 'http://schemas.xmlsoap.org/soap/envelope/';

export interface SoapFault {
  faultcode: string;
  faultstring: string;
  faultactor?: string;
  detail?: OpaqueXml;
}

/** SOAP 1.1 Fault: its children are unqualified. */
export const SoapFaultInfo: XmlTypeInfo = {
  name: 'Fault',
  namespace: SOAP_ENVELOPE_NAMESPACE,
  tsName: 'SoapFault',
  fields: [
    ['faultcode', '', 'faultcode', 'string', 0],
    ['faultstring', '', 'faultstring', 'string', 0],
    ['faultactor', '', 'faultactor', 'string', OPTIONAL],
    ['detail', '', 'detail', 'xml', OPTIONAL],
  ],
};

export type SoapBodyResult<T> = { fault: SoapFault; value?: undefined } | { value: T; fault?: undefined };

export function decodeSoapBody<T>(xml: string, element: QualifiedName, info: XmlTypeInfo, limits: DecodeLimits = {}): SoapBodyResult<T> {
  let isFault = false;
  const decoder = new ElementDecoder(
    xml,
    (tag, depth) => {
      if (depth === 0) return tag.uri === SOAP_ENVELOPE_NAMESPACE && tag.local === 'Envelope' ? 'pass' : undefined;
      if (depth === 1) return tag.uri !== SOAP_ENVELOPE_NAMESPACE ? undefined : tag.local === 'Body' ? 'pass' : tag.local === 'Header' ? 'capture' : undefined;
      if (depth !== 2) return undefined;
      if (tag.uri === SOAP_ENVELOPE_NAMESPACE && tag.local === 'Fault') {
        isFault = true;
        return SoapFaultInfo;
      }
      return tag.uri === element.namespace && tag.local === element.name ? childrenEitherForm(info, element.namespace) : undefined;
    },
    { ...DEFAULT_LIMITS, ...limits },
  );
  const value = decoder.run();
  if (!value) throw new XmlDecodeError(`the SOAP Body holds no ${element.name} element`);
  return isFault ? { fault: value as unknown as SoapFault } : { value: value as T };
}

const eitherForm = new WeakMap<XmlTypeInfo, XmlTypeInfo>();

/**
 * The wrapper's type with each child element also known in the other form, qualified in the
 * wrapper's namespace or unqualified: JAX-WS services differ between wrappers, and Boomi's pages
 * show both (`bns:result` in getResponse, `result` in createResponse).
 */
function childrenEitherForm(info: XmlTypeInfo, namespace: string): XmlTypeInfo {
  let lenient = eitherForm.get(info);
  if (!lenient) {
    const other = (f: XmlFieldInfo): XmlFieldInfo => [f[0], f[1] ? '' : namespace, f[2], f[3], f[4]];
    const declared = (f: XmlFieldInfo) => info.fields.some((g) => g[0] === f[0] && g[1] === f[1]);
    const alternatives = info.fields.filter((f) => !(f[4] & (ATTRIBUTE | TEXT))).map(other).filter((f) => !declared(f));
    lenient = { ...info, fields: [...info.fields, ...alternatives] };
    eitherForm.set(info, lenient);
  }
  return lenient;
}
