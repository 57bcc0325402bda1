/**
 * The generator's intermediate representation: what the schemas and the WSDL say, independent
 * of XML (load/) and of TypeScript syntax (emit/). The builder fills it from the loaded documents;
 * the passes (passes.ts, in declared order) add names, hierarchies and checks; emit reads it.
 */

import type { XmlScalarKind } from '../../templates/runtime/core/metadata.ts';
import type { ActionFacts, QueryFacts, Verb, VerbFacts } from '../../templates/runtime/boomi/capabilities.ts';

export interface QName {
  namespace: string;
  name: string;
}

/** Where a declaration stands in the input: for every error and warning. */
export interface SourceRef {
  file: string;
  line?: number;
  column?: number;
  /** Schema path, e.g. `complexType[Account]/sequence/element[licensing]`. */
  path: string;
}

/** The value kinds of XML Schema's built-in types: the runtime's own list, which the emitted metadata uses. */
export type BuiltinName = XmlScalarKind;

/**
 * The constraining facets of a restricted simple type, as written (lexical values, so decimal
 * and date bounds stay exact), merged along its chain of restrictions.
 */
export interface Facets {
  length?: string;
  minLength?: string;
  maxLength?: string;
  /** One entry per restriction step, all of which a value must match; a step's own patterns are alternatives, joined with `|`. */
  pattern?: string[];
  totalDigits?: string;
  fractionDigits?: string;
  minInclusive?: string;
  maxInclusive?: string;
  minExclusive?: string;
  maxExclusive?: string;
  /** Only on string types, where it is not fixed by the type. */
  whiteSpace?: 'preserve' | 'replace' | 'collapse';
}

export type TypeRef =
  /** `facets`: the field's type is a restricted simple type standing for this built-in one. */
  | { kind: 'builtin'; name: BuiltinName; xsdName: string; facets?: Facets }
  | { kind: 'complex'; id: string }
  | { kind: 'enum'; id: string }
  /** xs:anyType, xs:any, mixed content: kept as XML text, byte for byte. */
  | { kind: 'opaque' };

export interface FieldDef {
  /** `text` is the character content of a type with simple content. */
  kind: 'element' | 'attribute' | 'text';
  /** The local name on the wire. */
  xmlName: string;
  /** Namespace on the wire: '' for unqualified elements and (usually) attributes. */
  namespace: string;
  /** Property name in TypeScript; set by the naming pass. */
  tsName: string;
  type: TypeRef;
  optional: boolean;
  array: boolean;
  nillable: boolean;
  default?: string;
  doc?: string;
  /** Members of one xs:choice share a group id: at most one is present. */
  choiceGroup?: string;
  source: SourceRef;
}

export interface ComplexTypeDef {
  /** Stable key: `{namespace}Name` for named types, the owner's key + path for anonymous ones. */
  id: string;
  /** Absent for anonymous types. */
  qname?: QName;
  /** TypeScript name; set by the naming pass. */
  tsName: string;
  abstract: boolean;
  base?: string;
  /** The type's own fields in document order (elements, then attributes). */
  fields: FieldDef[];
  /** xs:any wildcard among the elements, or mixed content: unknown content kept as XML. */
  openContent: boolean;
  doc?: string;
  source: SourceRef;
  /**
   * A SOAP-encoded array (a restriction of soapenc:Array, rpc/encoded): the type of its items,
   * which may carry any element name on the wire. `fields` holds them as one repeated element
   * (`item` unless the type declares its own), so literal codecs read the usual form.
   */
  encodedArrayItem?: TypeRef;
  /** Filled by passes: ids of types that extend this one, directly or not. */
  derived: string[];
  /** Filled by passes: true when the type takes part in an inheritance hierarchy, so values carry a type tag. */
  tagged: boolean;
}

export interface EnumDef {
  id: string;
  qname?: QName;
  tsName: string;
  base: BuiltinName;
  values: string[];
  doc?: string;
  source: SourceRef;
}

export interface ElementDef {
  qname: QName;
  type: TypeRef;
  doc?: string;
  source: SourceRef;
}

/** SOAP 1.1 (a `http://schemas.xmlsoap.org/wsdl/soap/` binding) or SOAP 1.2 (`…/wsdl/soap12/`). */
export type SoapVersion = '1.1' | '1.2';

/** A wsdl:service with its SOAP ports. */
export interface ServiceDef {
  qname: QName;
  ports: PortDef[];
  doc?: string;
  source: SourceRef;
}

/** A wsdl:port: where one binding is served. */
export interface PortDef {
  name: string;
  /** Its binding's key in `SchemaModel.bindings`. */
  binding: string;
  /** The soap:address (or soap12:address) location as written; absent when the port has none. */
  address?: string;
  doc?: string;
  source: SourceRef;
}

/** A SOAP binding of a port type: how each of its operations is put on the wire. */
export interface BindingDef {
  /** `{namespace}name`. */
  id: string;
  qname: QName;
  soapVersion: SoapVersion;
  portType: QName;
  /** In the binding's order; notification and solicit-response operations are left out (with a warning). */
  operations: BindingOperationDef[];
  doc?: string;
  source: SourceRef;
}

export interface BindingOperationDef {
  name: string;
  /** soap:operation soapAction; '' when there is none. */
  soapAction: string;
  /** SOAP 1.2's soapActionRequired (true unless it says false); always true for SOAP 1.1, which always sends SOAPAction. */
  soapActionRequired: boolean;
  /** soap:operation style, else the binding's, else document. */
  style: 'document' | 'rpc';
  /** encoded when a soap:body of the operation says so. */
  use: 'literal' | 'encoded';
  /** soap:body encodingStyle of encoded operations. */
  encodingStyle?: string;
  /** A request without a response. */
  oneWay: boolean;
  input: SoapMessageDef;
  /** Absent for one-way operations. */
  output?: SoapMessageDef;
  /** The faults the port type declares for the operation. */
  faults: FaultDef[];
  doc?: string;
  source: SourceRef;
}

/** One direction of an operation: the SOAP Body's children in order, and the SOAP headers. */
export interface SoapMessageDef {
  /** The wsdl:message it is made of. */
  message: QName;
  /** document style: one element per body part (0..n); rpc: the one wrapper element. */
  body: MessageElementDef[];
  headers: HeaderDef[];
  source: SourceRef;
}

/**
 * An element in a SOAP Body, Header or Fault detail, whichever way the WSDL says it: a part's
 * global element (`element=`); an unqualified element named after a part (`type=`); or an rpc
 * wrapper `{soap:body namespace}operation` / `…Response`, whose type is a ComplexTypeDef like
 * any other with one unqualified element per part.
 */
export interface MessageElementDef {
  qname: QName;
  type: TypeRef;
  origin: 'element' | 'type' | 'rpc-wrapper';
  /** The message part it carries; absent for an rpc wrapper, which carries them all. */
  part?: string;
  source: SourceRef;
}

export interface HeaderDef {
  /** The soap:header's message, which need not be the operation's own. */
  message: QName;
  element: MessageElementDef;
  /** `wsdl:required="true"` on the soap:header. */
  required: boolean;
  use: 'literal' | 'encoded';
  source: SourceRef;
}

export interface FaultDef {
  name: string;
  message: QName;
  /** The element of the fault message's part (the fault's detail); absent when the message has no part. */
  element?: MessageElementDef;
  source: SourceRef;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  source: SourceRef;
}

export interface SchemaModel {
  types: Map<string, ComplexTypeDef>;
  enums: Map<string, EnumDef>;
  elements: Map<string, ElementDef>;
  /** SOAP bindings by id, in document order. */
  bindings: Map<string, BindingDef>;
  /** Services with their SOAP ports, in document order. */
  services: ServiceDef[];
  /** The Boomi Partner profile, when its capability facts were given. */
  profile?: ProfileModel;
  /** Every name the generated code declares, by what it names (the naming pass). */
  names?: NameTable;
  diagnostics: Diagnostic[];
}

/** The Boomi profile's reading of the model: the API objects and their verbs, the other operations as actions. */
export interface ProfileModel {
  /** The key of the port whose operations the objects and actions call (ports.ts). */
  port: string;
  objects: ProfileObject[];
  actions: ProfileAction[];
}

export interface ProfileObject {
  objectType: string;
  /** Id of the object's model type. */
  typeId: string;
  verbs: ProfileVerb[];
  query?: QueryFacts;
}

export interface ProfileVerb {
  verb: Verb;
  /** The SOAP operations it uses, every one of them in the WSDL. */
  operations: string[];
  /** The type sent (create, update, execute) and the type received, as type ids. */
  requestTypeId: string;
  resultTypeId: string;
  /** Other types the verb sends (bulk get's BulkId). */
  payloadTypeIds: string[];
  limit?: number;
  /** The Partner account override can be sent: Boomi accepts it and the request has the field. */
  override: boolean;
  facts: VerbFacts;
}

export interface ProfileAction {
  operation: string;
  override: boolean;
  facts?: ActionFacts;
}

/** The names of one complex type's declarations. */
export interface TypeNames {
  /** The interface of its values. */
  value: string;
  meta: string;
  /** The interface of its fields, for the types that extend it (tagged types). */
  fields?: string;
  /** The union of it and the types derived from it (polymorphic types). */
  union?: string;
}

export interface EnumNames {
  type: string;
  values: string;
}

export interface ObjectNames {
  /** The accessor: `account(client)`, and the aggregate client's property. */
  accessor: string;
  /** Its type, and its type when acting as another account. */
  api: string;
  subAccountApi: string;
  description: string;
  module: string;
  filter?: { builder: string; builderFields: string; info: string; operators: string; build: string };
}

export interface PortNames {
  className: string;
  module: string;
  /** Operation name → the name of its OperationInfo constant. */
  operations: Map<string, string>;
  /** The constant listing the types the port's messages reach. */
  types: string;
}

export interface NameTable {
  types: Map<string, TypeNames>;
  enums: Map<string, EnumNames>;
  objects: Map<string, ObjectNames>;
  ports: Map<string, PortNames>;
  /** The profile's actions: operation name → the function calling it. */
  actions: Map<string, string>;
  /** The aggregate Partner client and its sub-account view. */
  client?: { className: string; subAccountClient: string };
}

export function qnameKey(q: QName): string {
  return `{${q.namespace}}${q.name}`;
}
