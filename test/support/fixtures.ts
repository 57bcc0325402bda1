/** Small schema fixtures written to a temporary folder, so each test shows the XSD it is about. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoTemp } from './paths.ts';

export const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

export interface FixtureFolder {
  root: string;
  path(name: string): string;
  dispose(): void;
}

export function writeFixture(files: Record<string, string>): FixtureFolder {
  const root = repoTemp('xsd-fixture');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return { root, path: (name) => join(root, name), dispose: () => rmSync(root, { recursive: true, force: true }) };
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
