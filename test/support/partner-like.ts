/** A Partner-like WSDL for profile and surface tests: Boomi's object types, the service's operations and wrappers. */
import { XS } from './fixtures.ts';

export const API = 'http://api.platform.boomi.com/';
export const SERVICE = 'urn:partner';

/** How an operation's request wrapper carries `accountId` (or an object), or that a message is not one wrapper element. */
type Wrapper = 'account' | 'object' | 'plain' | 'required' | 'attribute' | 'inherited' | 'two-parts';
const REQUEST_BODY: Record<Wrapper, string> = {
  account: '<xs:sequence><xs:element name="accountId" type="xs:string" minOccurs="0"/></xs:sequence>',
  object: '<xs:sequence><xs:element name="object" type="api:BaseType" minOccurs="0"/></xs:sequence>',
  plain: '<xs:sequence><xs:element name="objectId" type="xs:string" minOccurs="0"/></xs:sequence>',
  required: '<xs:sequence><xs:element name="accountId" type="xs:string" minOccurs="0"/><xs:element name="objectId" type="xs:string"/></xs:sequence>',
  attribute: '<xs:sequence/><xs:attribute name="accountId" type="xs:string"/>',
  inherited: '<xs:complexContent><xs:extension base="s:WithAccount"><xs:sequence/></xs:extension></xs:complexContent>',
  'two-parts': '<xs:sequence/>',
};

export interface PartnerLike {
  /** Each operation's request wrapper, and whether its response is two parts. */
  operations: Record<string, { request?: Wrapper; response?: 'two-parts' }>;
  /** The ports, each with the operations its binding has; one SOAP 1.1 port with all of them by default. */
  ports?: { name: string; soap12?: true; operations?: string[] }[];
  /** The service's namespace (of its wrappers and port types). */
  service?: string;
  /** A type Environment in the service's namespace too. */
  shadowed?: true;
  /** No BulkId type (bulk get's payload). */
  withoutBulkId?: true;
  /** More declarations in Boomi's api namespace (prefix api). */
  types?: string;
}

/** A Partner-like WSDL: object types in Boomi's api namespace, operations and their wrappers in the service's. */
export function partnerLike({ operations, ports = [{ name: 'Soap11' }], service: namespace = SERVICE, shadowed, withoutBulkId, types = '' }: PartnerLike): string {
  const names = Object.keys(operations);
  const api = `<xs:schema targetNamespace="${API}" elementFormDefault="qualified">
    <xs:complexType name="BaseType"><xs:sequence/></xs:complexType>
    <xs:complexType name="Environment"><xs:complexContent><xs:extension base="api:BaseType"><xs:sequence/><xs:attribute name="id" type="xs:string"/></xs:extension></xs:complexContent></xs:complexType>
    ${withoutBulkId ? '' : '<xs:complexType name="BulkId"><xs:sequence/><xs:attribute name="id" type="xs:string"/></xs:complexType>'}
    ${types}
  </xs:schema>`;
  const service = `<xs:schema targetNamespace="${namespace}" elementFormDefault="qualified"><xs:import namespace="${API}"/>
    <xs:complexType name="WithAccount"><xs:sequence><xs:element name="accountId" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
    ${shadowed ? '<xs:complexType name="Environment"><xs:sequence/></xs:complexType>' : ''}
    <xs:element name="extra" type="xs:string"/>
    ${names.map((op) => `<xs:element name="${op}"><xs:complexType>${REQUEST_BODY[operations[op]!.request ?? 'plain']}</xs:complexType></xs:element>
    <xs:element name="${op}Response"><xs:complexType><xs:sequence><xs:element name="result" type="api:BaseType" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>`).join('\n    ')}
  </xs:schema>`;
  const soap = (soap12?: true) => (soap12 ? 'soap12' : 'soap');
  const extra = (twoParts: boolean) => (twoParts ? '<part name="extra" element="s:extra"/>' : '');
  return `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" ${XS} xmlns:api="${API}" xmlns:s="${namespace}" targetNamespace="${namespace}" name="Partner">
  <types>${service}${api}</types>
  ${names.map((op) => `<message name="${op}"><part name="parameters" element="s:${op}"/>${extra(operations[op]!.request === 'two-parts')}</message><message name="${op}Response"><part name="parameters" element="s:${op}Response"/>${extra(operations[op]!.response === 'two-parts')}</message>`).join('\n  ')}
  ${ports.map(({ name, soap12, operations: only = names }) => {
    const ns = soap(soap12);
    return `<portType name="P${name}">${only.map((op) => `<operation name="${op}"><input message="s:${op}"/><output message="s:${op}Response"/></operation>`).join('')}</portType>
  <binding name="B${name}" type="s:P${name}"><${ns}:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    ${only.map((op) => `<operation name="${op}"><${ns}:operation soapAction=""/><input><${ns}:body use="literal"/></input><output><${ns}:body use="literal"/></output></operation>`).join('')}
  </binding>`;
  }).join('\n  ')}
  <service name="Partner">${ports.map(({ name, soap12 }) => `<port name="${name}" binding="s:B${name}"><${soap(soap12)}:address location="https://example.invalid/${name}"/></port>`).join('')}</service>
</definitions>
`;
}
