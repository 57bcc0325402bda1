/**
 * The serialisation metadata the generator emits next to every model type. The XML codec
 * walks it to write and read values: namespaces, attribute vs element, order, qualification,
 * occurrence and `xsi:type` names.
 *
 * Generated modules never read one another's values while they load: every reference to
 * another type (a base, a field's type, an enumeration's values) is a thunk, called only when
 * a value is encoded or decoded. So modules can import each other in any cycle, and a bundler
 * keeps only what an application reaches. Types that may stand in for another one (`xsi:type`)
 * are not linked from their base: the operation being called names them (see type-registry.ts).
 */

/** XML Schema built-in value kinds, as the codec converts them. */
export type XmlScalarKind =
  | 'string'
  | 'boolean'
  | 'int'
  | 'short'
  | 'byte'
  | 'double'
  | 'float'
  | 'long'
  | 'integer'
  | 'decimal'
  | 'dateTime'
  | 'date'
  | 'time'
  | 'base64Binary'
  | 'anyURI'
  | 'QName';

/**
 * A field's value type: a scalar, `'xml'` for opaque XML kept byte for byte, or a thunk giving
 * the allowed values of an enumeration or the metadata of a complex type.
 */
export type XmlFieldType = XmlScalarKind | 'xml' | (() => readonly string[] | XmlTypeInfo);

/**
 * Field flags, one character each: `?` optional, `*` repeated (always an array), `~` nillable,
 * `@` an attribute, `=` the character content of a type with simple content (`$value`).
 */
export type XmlFieldFlags = string;

/** `[xml local name, namespace ('' = unqualified), property name, type, flags]`, in schema order. */
export type XmlFieldInfo = readonly [xmlName: string, namespace: string, property: string, type: XmlFieldType, flags: XmlFieldFlags];

export interface XmlTypeInfo {
  /** The XSD type name: what `xsi:type` carries. */
  readonly name: string;
  readonly namespace: string;
  /** The TypeScript interface name. */
  readonly tsName: string;
  readonly base?: () => XmlTypeInfo;
  readonly abstract?: true;
  /** Values carry `$type`: the type takes part in an inheritance hierarchy. */
  readonly tagged?: true;
  /** Other types extend this one: a value of it is written with `xsi:type`. */
  readonly extended?: true;
  /**
   * A child in any namespace is read as the one field of its local name where none matches it
   * exactly: the SOAP Body's, as servers qualify the parts their own way (node-soap answers rpc
   * operations in the WSDL's targetNamespace, not soap:body's namespace=).
   */
  readonly anyNamespace?: true;
  /**
   * A SOAP-encoded array (a restriction of soapenc:Array): its values are arrays of the items
   * its one element field describes, which arrive under any element name.
   */
  readonly encodedArray?: true;
  /** The type's own fields; inherited ones are on `base`. */
  readonly fields: readonly XmlFieldInfo[];
}

/** The types that may stand in for a declared one (by `xsi:type`) in the values of one call. */
export type XmlTypeList = () => readonly XmlTypeInfo[];
