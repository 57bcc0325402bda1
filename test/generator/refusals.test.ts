// Input the generator refuses, one small fixture each: every refusal names the file, the line and
// column, and what is wrong, before anything is emitted. (load-problems.test.ts holds the
// committed fixtures of the load problems first met in real WSDLs.)
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../generator/load/load-error.ts';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { complexType, schema, SOAPENC_XMLNS, writeFixture, wsdl } from '../support/fixtures.ts';

const base = wsdl('');
/** [what is wrong, files, the file or folder given, the error: file:line:column within the fixture folder] */
const BAD: [string, Record<string, string>, string, string][] = [
  ['not an array type', { 'a.xsd': schema(complexType('Arr', `<xs:complexContent><xs:restriction base="soapenc:Array" ${SOAPENC_XMLNS}><xs:attribute ref="soapenc:arrayType" wsdl:arrayType="xs:string"/></xs:restriction></xs:complexContent>`)) }, 'a.xsd', 'a.xsd:3:188: wsdl:arrayType="xs:string" is not an array type such as "tns:Item[]"'],
  ['attribute of complex type', { 'a.xsd': schema(complexType('C', '<xs:sequence/>') + complexType('D', '<xs:sequence/><xs:attribute name="a" type="t:C"/>')) }, 'a.xsd', 'a.xsd:3:96: attribute a has a complex type'],
  ['xml: attribute unknown', { 'a.xsd': schema(complexType('D', '<xs:sequence/><xs:attribute ref="xml:foo"/>')) }, 'a.xsd', 'a.xsd:3:40: xml:foo is not an attribute of the xml: namespace (those are xml:lang, xml:space, xml:base, xml:id)'],
  ['unknown xs type', { 'a.xsd': schema(complexType('D', '<xs:sequence><xs:element name="a" type="xs:strin"/></xs:sequence>')) }, 'a.xsd', 'a.xsd:3:39: unknown XML Schema type xs:strin at complexType[D]/sequence/element[a]'],
  ['unknown soapenc type', { 'a.xsd': schema(complexType('D', `<xs:sequence><xs:element name="a" type="soapenc:Bogus" ${SOAPENC_XMLNS}/></xs:sequence>`)) }, 'a.xsd', 'a.xsd:3:39: unknown SOAP encoding type Bogus at complexType[D]/sequence/element[a]'],
  ['base not complex', { 'a.xsd': schema('<xs:simpleType name="S"><xs:restriction base="xs:string"/></xs:simpleType>' + complexType('D', '<xs:complexContent><xs:extension base="t:S"><xs:sequence/></xs:extension></xs:complexContent>')) }, 'a.xsd', 'a.xsd:3:119: base type {urn:t}S is not a declared complex type'],
  ['extension without base', { 'a.xsd': schema(complexType('D', '<xs:complexContent><xs:extension><xs:sequence/></xs:extension></xs:complexContent>')) }, 'a.xsd', 'a.xsd:3:45: <xs:extension> needs a base attribute'],
  ['an XSD 1.1 assertion', { 'a.xsd': schema(complexType('D', '<xs:sequence/><xs:assert test="true()"/>')) }, 'a.xsd', 'a.xsd:3:40: unsupported schema construct xs:assert at complexType[D]/assert'],
  ['global without a name', { 'a.xsd': schema('<xs:complexType><xs:sequence/></xs:complexType>') }, 'a.xsd', 'a.xsd:3:1: global xs:complexType without a name'],
  ['duplicate global in no namespace', { 'a.xsd': '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n<xs:element name="A" type="xs:string"/>\n<xs:element name="A" type="xs:int"/>\n</xs:schema>' }, 'a.xsd', 'a.xsd:4:1: duplicate global xs:element A in no namespace (first declared at a.xsd:3)'],
  ['no such file', {}, 'absent.wsdl', 'absent.wsdl: no such file or folder'],
  ['two wsdls in folder', { 'f/a.wsdl': base, 'f/b.wsdl': base }, 'f', 'f: expected exactly one .wsdl file in the folder, found 2'],
  ['no wsdl in folder', { 'g/a.xsd': schema('') }, 'g', 'g: expected exactly one .wsdl file in the folder, found 0'],
  ['invalid import location', { 'a.wsdl': base.replace('<types>', '<import namespace="urn:x" location="http://[bad"/><types>') }, 'a.wsdl', 'a.wsdl:3:3: location="http://[bad" is not a valid location'],
  ['wsdl 2.0', { 'a.wsdl': '<?xml version="1.0"?>\n<description xmlns="http://www.w3.org/ns/wsdl"/>' }, 'a.wsdl', 'a.wsdl:2:1: is WSDL 2.0 (<description> in http://www.w3.org/ns/wsdl), which is not supported: the generator reads WSDL 1.1'],
  ['other root', { 'a.wsdl': '<?xml version="1.0"?>\n<foo/>' }, 'a.wsdl', 'a.wsdl:2:1: expected wsdl:definitions or xs:schema, found <foo>'],
  ['schema import of non-schema', { 'a.xsd': schema('<xs:import namespace="urn:o" schemaLocation="b.xsd"/>'), 'b.xsd': '<?xml version="1.0"?>\n<foo xmlns="urn:o"/>' }, 'a.xsd', 'b.xsd:2:1: expected xs:schema (referenced from a.xsd:3)'],
  ['message without name', { 'a.wsdl': base.replace('<message name="ping">', '<message>') }, 'a.wsdl', 'a.wsdl:8:3: wsdl:message without a name'],
  ['duplicate message', { 'a.wsdl': base.replace('<message name="pingResponse">', '<message name="ping">') }, 'a.wsdl', 'a.wsdl:9:3: duplicate wsdl:message ping in urn:t (first declared at a.wsdl:8)'],
  ['duplicate message in no namespace', { 'a.wsdl': base.replace(' targetNamespace="urn:t" name="TestService"', ' name="TestService"').replace('<message name="pingResponse">', '<message name="ping">') }, 'a.wsdl', 'a.wsdl:9:3: duplicate wsdl:message ping in no namespace (first declared at a.wsdl:8)'],
  ['unresolved portType', { 'a.wsdl': base.replace('type="t:Test"', 'type="t:Nope"') }, 'a.wsdl', 'a.wsdl:11:3: unresolved portType t:Nope ({urn:t}Nope)'],
  ['binding operation not in portType', { 'a.wsdl': base.replace('<operation name="ping"><soap:operation', '<operation name="pong"><soap:operation') }, 'a.wsdl', 'a.wsdl:12:5: binding TestBinding: operation pong is not an operation of port type Test'],
  ['bad style', { 'a.wsdl': base.replace('style="document"', 'style="fancy"') }, 'a.wsdl', "a.wsdl:11:45: style=\"fancy\": a SOAP binding's style is document or rpc"],
  ['bad use', { 'a.wsdl': base.replace('<input><soap:body use="literal"/>', '<input><soap:body use="plain"/>') }, 'a.wsdl', 'a.wsdl:12:74: use="plain": SOAP use is literal or encoded'],
  ['binding fault not in portType', { 'a.wsdl': base.replace('</output></operation>\n  </binding>', '</output><fault name="oops"><soap:fault name="oops" use="literal"/></fault></operation>\n  </binding>') }, 'a.wsdl', 'a.wsdl:12:151: binding TestBinding: operation ping has no fault "oops" in port type Test'],
  ['body parts unknown', { 'a.wsdl': base.replace('<input><soap:body use="literal"/>', '<input><soap:body use="literal" parts="nope"/>') }, 'a.wsdl', 'a.wsdl:12:74: message ping has no part "nope" (it has parameters)'],
  ['body parts unknown, of a message of two', { 'a.wsdl': base.replace('<part name="parameters" element="t:ping"/>', '<part name="parameters" element="t:ping"/><part name="extra" element="t:ping"/>').replace('<input><soap:body use="literal"/>', '<input><soap:body use="literal" parts="nope"/>') }, 'a.wsdl', 'a.wsdl:12:74: message ping has no part "nope" (it has parameters, extra)'],
  ['body parts unknown, of a message without parts', { 'a.wsdl': base.replace('<message name="ping"><part name="parameters" element="t:ping"/></message>', '<message name="ping"/>').replace('<input><soap:body use="literal"/>', '<input><soap:body use="literal" parts="nope"/>') }, 'a.wsdl', 'a.wsdl:12:74: message ping has no part "nope" (it has none)'],
  ['part element unknown', { 'a.wsdl': base.replace('element="t:ping"', 'element="t:nope"') }, 'a.wsdl', 'a.wsdl:8:24: part parameters of message ping: element {urn:t}nope is not declared in any schema'],
  ['part without a name', { 'a.wsdl': base.replace('<part name="parameters" element="t:ping"/>', '<part element="t:ping"/>') }, 'a.wsdl', 'a.wsdl:8:24: <part> needs a name attribute'],
  ['part without element or type', { 'a.wsdl': base.replace('<part name="parameters" element="t:ping"/>', '<part name="parameters"/>') }, 'a.wsdl', 'a.wsdl:8:24: part parameters of message ping has neither element= nor type='],
  ['header without part', { 'a.wsdl': base.replace('<input><soap:body use="literal"/>', '<input><soap:body use="literal"/><soap:header message="t:ping" use="literal"/>') }, 'a.wsdl', 'a.wsdl:12:100: <soap:header> needs a part attribute'],
];

describe('refused input', () => {
  it.each(BAD)('%s', async (_what, files, entry, expected) => {
    const fixture = writeFixture(files);
    try {
      const error = await loadWsdl(fixture.path(entry))
        .then((loaded) => buildModel(loaded))
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(LoadError);
      expect(fixture.local((error as Error).message)).toBe(expected);
    } finally {
      fixture.dispose();
    }
  });
});
