/** Small schema fixtures written to a temporary folder, so each test shows the XSD it is about. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoTemp } from './paths.ts';

export const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** The namespace declarations of SOAP encoding's types (`soapenc:`) and the WSDL's attributes on them (`wsdl:arrayType`). */
export const SOAPENC_XMLNS = 'xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"';

export interface FixtureFolder {
  root: string;
  path(name: string): string;
  /** `text` with the folder's path left out, as given or relative to the working folder: file names within the fixture. */
  local(text: string): string;
  dispose(): void;
}

export function writeFixture(files: Record<string, string>): FixtureFolder {
  const root = repoTemp('xsd-fixture');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return {
    root,
    path: (name) => join(root, name),
    local: (text) => text.replaceAll(`${root}/`, '').replaceAll(`${relative(process.cwd(), root)}/`, ''),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A named complex type of `body`. */
export function complexType(name: string, body: string): string {
  return `<xs:complexType name="${name}">${body}</xs:complexType>`;
}

/** A schema in namespace urn:t (prefix t), elements qualified unless told otherwise. */
export function schema(body: string, attributes = 'elementFormDefault="qualified"'): string {
  return `<?xml version="1.0"?>\n<xs:schema ${XS} xmlns:t="urn:t" targetNamespace="urn:t" ${attributes}>\n${body}\n</xs:schema>\n`;
}

/** A document/literal wrapped WSDL around a schema body, with one operation `ping`. */
export function wsdl(schemaBody: string, extra = ''): string {
  return `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" ${XS} xmlns:t="urn:t" targetNamespace="urn:t" name="TestService">
  <types><xs:schema targetNamespace="urn:t" elementFormDefault="qualified">
    <xs:element name="ping"><xs:complexType><xs:sequence><xs:element name="x" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>
    <xs:element name="pingResponse"><xs:complexType><xs:sequence/></xs:complexType></xs:element>
    ${schemaBody}
  </xs:schema></types>
  <message name="ping"><part name="parameters" element="t:ping"/></message>
  <message name="pingResponse"><part name="parameters" element="t:pingResponse"/></message>
  <portType name="Test"><operation name="ping"><input message="t:ping"/><output message="t:pingResponse"/></operation></portType>
  <binding name="TestBinding" type="t:Test"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="ping"><soap:operation soapAction="urn:ping"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>
  </binding>
  <service name="TestService"><port name="TestPort" binding="t:TestBinding"><soap:address location="https://example.invalid/test"/></port></service>
  ${extra}
</definitions>
`;
}

const BOOMI_API = 'http://api.platform.boomi.com/';

const getOnlyObjects = `<?xml version="1.0"?>
<xs:schema ${XS} xmlns:tns="${BOOMI_API}" targetNamespace="${BOOMI_API}" elementFormDefault="qualified">
  <xs:complexType name="BaseType"><xs:sequence/></xs:complexType>
  <xs:complexType name="Environment"><xs:complexContent><xs:extension base="tns:BaseType"><xs:sequence/>
    <xs:attribute name="id" type="xs:string"/><xs:attribute name="name" type="xs:string"/>
  </xs:extension></xs:complexContent></xs:complexType>
  <xs:element name="get"><xs:complexType><xs:sequence>
    <xs:element name="objectType" type="xs:string" minOccurs="0"/><xs:element name="objectId" type="xs:string" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>
  <xs:element name="getResponse"><xs:complexType><xs:sequence><xs:element name="result" type="tns:BaseType" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>
  <xs:element name="delete"><xs:complexType><xs:sequence>
    <xs:element name="objectType" type="xs:string" minOccurs="0"/><xs:element name="objectId" type="xs:string" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>
  <xs:element name="deleteResponse"><xs:complexType><xs:sequence><xs:element name="successful" type="xs:boolean"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>
`;

const getOnlyService = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" ${XS} xmlns:tns="${BOOMI_API}" targetNamespace="${BOOMI_API}" name="SmallService">
  <types><xs:schema targetNamespace="${BOOMI_API}"><xs:include schemaLocation="schemas/objects.xsd"/></xs:schema></types>
  <message name="get"><part name="parameters" element="tns:get"/></message>
  <message name="getResponse"><part name="parameters" element="tns:getResponse"/></message>
  <portType name="Small"><operation name="get"><input message="tns:get"/><output message="tns:getResponse"/></operation></portType>
  <binding name="SmallBinding" type="tns:Small"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="get"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>
  </binding>
  <service name="SmallService"><port name="SmallPort" binding="tns:SmallBinding"><soap:address location="https://example.invalid/small"/></port></service>
</definitions>
`;

/**
 * A WSDL in Boomi's api namespace with one operation, get, of BaseType objects (Environment);
 * its schema file, included from a folder below and named without a number, also declares
 * delete's wrappers.
 */
export const getOnlyBoomiWsdl: Readonly<Record<string, string>> = { 'small.wsdl': getOnlyService, 'schemas/objects.xsd': getOnlyObjects };

/** The message `loading` is refused with, without the name and position of `file` when given; an error if it is not refused. */
export async function refusalMessage(loading: Promise<unknown>, file?: string): Promise<string> {
  const error = await loading.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('the input was not refused');
  if (file === undefined) return error.message;
  return error.message.replace(new RegExp(`^.*${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `), '');
}

/** The number, counting from 1, of the first line of `text` that contains `needle`: fixtures are compared with sources by line. */
export const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
