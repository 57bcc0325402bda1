/**
 * The serialisation metadata the generator emits next to every model type. The XML codec
 * walks it to write and read values: namespaces, attribute vs element, order, qualification,
 * occurrence and `xsi:type` names. Types refer to each other through thunks, so modules can
 * import each other in cycles and unused types can be dropped by a bundler.
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
 * A field's value type: a scalar, `'xml'` for opaque XML kept byte for byte, the allowed
 * values of an enumeration, or the metadata of a complex type.
 */
export type XmlFieldType = XmlScalarKind | 'xml' | readonly string[] | (() => XmlTypeInfo);

/** Field flags, or-ed together. */
export const OPTIONAL = 1;
export const ARRAY = 2;
export const NILLABLE = 4;
export const ATTRIBUTE = 8;
/** The character content of a type with simple content (`$value`). */
export const TEXT = 16;

/** `[xml local name, namespace ('' = unqualified), property name, type, flags]`, in schema order. */
export type XmlFieldInfo = readonly [xmlName: string, namespace: string, property: string, type: XmlFieldType, flags: number];

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
  /** Unknown elements and attributes are expected (xs:any, anyAttribute, mixed) and kept. */
  readonly open?: true;
  /** The type's own fields; inherited ones are on `base`. */
  readonly fields: readonly XmlFieldInfo[];
  /** Every type deriving from this one, for picking the type named by `xsi:type`. */
  readonly derived?: () => readonly XmlTypeInfo[];
}
