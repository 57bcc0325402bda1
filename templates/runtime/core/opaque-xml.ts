/**
 * XML the schema leaves open (xs:anyType, xs:any, mixed content — e.g. a Component's
 * `object`): kept as the exact text it arrived as, so that a value read and sent back is
 * byte-for-byte what the server wrote.
 */
export interface OpaqueXml {
  /** The element's content exactly as it was written: child elements, text, comments. */
  readonly xml: string;
  /** Namespace bindings in scope where it was read (prefix → URI, '' for the default), so the content can be written elsewhere with its prefixes still bound. */
  readonly namespaces?: Readonly<Record<string, string>>;
}

export function opaqueXml(xml: string, namespaces?: Readonly<Record<string, string>>): OpaqueXml {
  return namespaces ? { xml, namespaces } : { xml };
}
