/**
 * XML the schema leaves open (xs:anyType, xs:any, mixed content — e.g. a Component's
 * `object`): kept as the exact text it arrived as, so that a value read and sent back is
 * byte-for-byte what the server wrote.
 */
export interface OpaqueXml {
  /** The serialised XML, namespace declarations in scope included. */
  readonly xml: string;
}

export function opaqueXml(xml: string): OpaqueXml {
  return { xml };
}
