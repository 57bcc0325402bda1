/**
 * SOAP encoding (SOAP 1.1 section 5, SOAP 1.2 part 2), as rpc/encoded services speak it: each
 * element names its type with `xsi:type`, an array names its items' type and count, and a value
 * may stand elsewhere in the Body, referred to by `href="#id"` (SOAP 1.2: `enc:ref="id"`).
 */
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '../soap/envelope.js';

export const SOAP11_ENCODING_NS = 'http://schemas.xmlsoap.org/soap/encoding/';
export const SOAP12_ENCODING_NS = 'http://www.w3.org/2003/05/soap-encoding';
export const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

export interface SoapEncoding {
  /** The `encodingStyle` the wrapper element carries, as the WSDL gives it. */
  readonly style: string;
  /** The encoding's namespace: SOAP 1.2's where the style names it, else SOAP 1.1's. */
  readonly namespace: string;
  /** The envelope's namespace, whose `encodingStyle` attribute the wrapper carries. */
  readonly envelope: string;
}

export function soapEncoding(style: string, envelope: string): SoapEncoding {
  return { style, namespace: style.split(/\s+/).includes(SOAP12_ENCODING_NS) ? SOAP12_ENCODING_NS : SOAP11_ENCODING_NS, envelope };
}

/** An attribute as saxes reads it. */
interface Attribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

/** The id a reference points at: `href="#id"` (1.1) or `enc:ref="id"` (1.2); undefined for an element that holds its value. */
export function referenceOf(attributes: Record<string, Attribute>): string | undefined {
  for (const key in attributes) {
    const a = attributes[key]!;
    if (a.uri === '' && a.local === 'href' && a.value.startsWith('#')) return a.value.slice(1);
    if (a.uri === SOAP12_ENCODING_NS && a.local === 'ref') return a.value;
  }
  return undefined;
}

/** The id an element carries for references to it: `id` (1.1) or `enc:id` (1.2). */
export function idOf(attributes: Record<string, Attribute>): string | undefined {
  for (const key in attributes) {
    const a = attributes[key]!;
    if ((a.uri === '' && a.local === 'id') || (a.uri === SOAP12_ENCODING_NS && a.local === 'id')) return a.value;
  }
  return undefined;
}

const ENCODING_ATTRIBUTE_NAMESPACES = new Set([SOAP11_ENCODING_NS, SOAP12_ENCODING_NS, SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS]);

/** The encoding's own attributes (`id`, `href`, `soapenc:arrayType`, `soapenc:root`, `soapenv:encodingStyle`, …): not data. */
export function isEncodingAttribute(a: Attribute): boolean {
  return ENCODING_ATTRIBUTE_NAMESPACES.has(a.uri) || (a.uri === '' && (a.local === 'id' || a.local === 'href'));
}
