/**
 * Namespace prefixes for what the codec writes: the usual ones for Boomi's, XML Schema's and
 * SOAP's namespaces, `ns1`, `ns2`… for others, each declared once, on the outermost element written.
 */
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '../soap/envelope.js';
import { namespaceDeclarations } from './escape.js';
import { SOAP11_ENCODING_NS, SOAP12_ENCODING_NS, XSD_NAMESPACE } from './soap-encoding.js';

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

// A Map, so that a namespace such as `constructor` finds no prefix on Object.prototype.
const WELL_KNOWN = new Map([
  ['http://api.platform.boomi.com/', 'api'],
  ['http://partner.api.platform.boomi.com/', 'par'],
  [XSI_NAMESPACE, 'xsi'],
  [XSD_NAMESPACE, 'xsd'],
  [SOAP11_ENCODING_NS, 'soapenc'],
  [SOAP12_ENCODING_NS, 'enc'],
  [SOAP11_ENVELOPE_NS, 'soapenv'],
  [SOAP12_ENVELOPE_NS, 'soapenv'],
]);

export class PrefixTable {
  private readonly prefixes = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly alreadyDeclared: ReadonlyMap<string, string> = new Map()) {}

  prefixFor(namespace: string): string {
    const declared = this.alreadyDeclared.get(namespace);
    if (declared) return declared;
    let prefix = this.prefixes.get(namespace);
    if (!prefix) {
      prefix = WELL_KNOWN.get(namespace) ?? `ns${this.prefixes.size + 1}`;
      for (let n = this.prefixes.size + 2; this.taken(prefix); n++) prefix = `ns${n}`;
      this.prefixes.set(namespace, prefix);
    }
    this.used.add(namespace);
    return prefix;
  }

  /** The prefix the namespace has or would get, without using it. */
  peek(namespace: string): string | undefined {
    const wellKnown = WELL_KNOWN.get(namespace);
    return this.alreadyDeclared.get(namespace) ?? this.prefixes.get(namespace) ?? (wellKnown && !this.taken(wellKnown) ? wellKnown : undefined);
  }

  /**
   * Whether another namespace has the prefix: in this table, or declared already around what is
   * written, where declaring it again would hide that namespace from the elements that use it.
   */
  private taken(prefix: string): boolean {
    return [...this.prefixes.values(), ...this.alreadyDeclared.values()].includes(prefix);
  }

  /** ` xmlns:p="…"` for every namespace used, in first-use order. */
  declarations(): string {
    return namespaceDeclarations([...this.used].map((ns) => [this.prefixes.get(ns)!, ns] as const));
  }
}
