/**
 * Namespace prefixes for what the codec writes: the usual ones for Boomi's, XML Schema's and
 * SOAP's namespaces, `ns1`, `ns2`… for others, each declared once, on the outermost element written.
 */
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '../soap/envelope.js';
import { SOAP11_ENCODING_NS, SOAP12_ENCODING_NS, XSD_NAMESPACE } from './soap-encoding.js';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

const WELL_KNOWN: Record<string, string> = {
  'http://api.platform.boomi.com/': 'api',
  'http://partner.api.platform.boomi.com/': 'par',
  [XSI_NAMESPACE]: 'xsi',
  [XSD_NAMESPACE]: 'xsd',
  [SOAP11_ENCODING_NS]: 'soapenc',
  [SOAP12_ENCODING_NS]: 'enc',
  [SOAP11_ENVELOPE_NS]: 'soapenv',
  [SOAP12_ENVELOPE_NS]: 'soapenv',
};

export class PrefixTable {
  private readonly prefixes = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly alreadyDeclared: ReadonlyMap<string, string> = new Map()) {}

  prefixFor(namespace: string): string {
    const declared = this.alreadyDeclared.get(namespace);
    if (declared) return declared;
    let prefix = this.prefixes.get(namespace);
    if (!prefix) {
      prefix = WELL_KNOWN[namespace] ?? `ns${this.prefixes.size + 1}`;
      while ([...this.prefixes.values()].includes(prefix)) prefix = `ns${this.prefixes.size + 2}`;
      this.prefixes.set(namespace, prefix);
    }
    this.used.add(namespace);
    return prefix;
  }

  /** The prefix the namespace has or would get, without using it. */
  peek(namespace: string): string | undefined {
    return this.alreadyDeclared.get(namespace) ?? this.prefixes.get(namespace) ?? (WELL_KNOWN[namespace] !== undefined && ![...this.prefixes.values()].includes(WELL_KNOWN[namespace]) ? WELL_KNOWN[namespace] : undefined);
  }

  /** ` xmlns:p="…"` for every namespace used, in first-use order. */
  declarations(): string {
    return [...this.used].map((ns) => ` xmlns:${this.prefixes.get(ns)}="${ns}"`).join('');
  }
}
