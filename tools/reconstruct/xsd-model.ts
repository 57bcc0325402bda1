/**
 * The schema model the reconstruction builds before anything is written: a small subset of
 * XSD, just what the Boomi schemas use. Type references are prefixed QNames (`xs:string`,
 * `api:Account`, `par:get`); the prefixes are fixed per document by `NAMESPACES`.
 */

export const NAMESPACES = {
  xs: 'http://www.w3.org/2001/XMLSchema',
  api: 'http://api.platform.boomi.com/',
  par: 'http://partner.api.platform.boomi.com/',
  wsdl: 'http://schemas.xmlsoap.org/wsdl/',
  soap: 'http://schemas.xmlsoap.org/wsdl/soap/',
  filter: 'http://www.boomi.com/connector/annotation',
} as const;

export type QName = `${'xs' | 'api' | 'par'}:${string}`;

export interface ElementDecl {
  name: string;
  /** Named type; absent when `anonymous` or `ref` is given. */
  type?: QName;
  /** A reference to a global element (`<xs:element ref=…>`): name is then its local name. */
  ref?: QName;
  anonymous?: ComplexTypeDef;
  optional?: boolean;
  repeated?: boolean;
  unqualified?: boolean;
  default?: string;
  doc?: string;
  /** A source note written as an XML comment before the declaration. */
  note?: string;
}

export interface AttributeDecl {
  name: string;
  type: QName;
  required?: boolean;
  default?: string;
  doc?: string;
  /** A source note written as an XML comment before the declaration. */
  note?: string;
}

export interface ComplexTypeDef {
  /** Absent for an anonymous type. */
  name?: string;
  abstract?: boolean;
  base?: QName;
  /** Simple content (`xs:simpleContent`): the type of the element's text; `base` is then absent. */
  simpleContent?: QName;
  doc?: string;
  /** Query-filter field names for the connector annotation (`xs:appinfo`). */
  filterFields?: string[];
  elements: ElementDecl[];
  attributes: AttributeDecl[];
  note?: string;
}

export interface EnumTypeDef {
  name: string;
  values: string[];
  doc?: string;
  note?: string;
}

export interface GlobalElementDecl {
  name: string;
  type?: QName;
  anonymous?: ComplexTypeDef;
  doc?: string;
  note?: string;
}

export interface SchemaDocument {
  fileName: string;
  targetPrefix: 'api' | 'par';
  /** Schemas this one imports, by prefix, with the file name of each. */
  imports: { prefix: 'api' | 'par'; schemaLocation: string }[];
  headerNote: string;
  elements: GlobalElementDecl[];
  complexTypes: ComplexTypeDef[];
  enumTypes: EnumTypeDef[];
}

/** Declarations in name order, as the schemas list their globals. */
export function sortByName<T extends { name?: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
}
