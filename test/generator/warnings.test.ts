// Input the generator reads with a warning (what it does not generate, named with file, line,
// column and path), and constructs at the edge of what it reads: mixed complex content, a
// reference to a global attribute, SOAP encoding's Array of anything.
import { afterAll, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { SchemaModel } from '../../generator/model/ir.ts';
import { complexType, schema, SOAPENC_XMLNS, writeFixture, wsdl, type FixtureFolder } from '../support/fixtures.ts';

const base = wsdl('');

const fixtures: FixtureFolder[] = [];
afterAll(() => fixtures.forEach((f) => f.dispose()));
async function model(files: Record<string, string>, entry: string): Promise<{ model: SchemaModel; warnings: string[] }> {
  const fixture = writeFixture(files);
  fixtures.push(fixture);
  const built = buildModel(await loadWsdl(fixture.path(entry)));
  return { model: built, warnings: built.diagnostics.map((d) => `${fixture.local(d.source.file)}:${d.source.line}:${d.source.column}: ${d.severity}: ${d.message} (${d.source.path})`) };
}
const typeNamed = (m: SchemaModel, name: string) => [...m.types.values()].find((t) => t.qname?.name === name)!;

describe('warnings', () => {
  it('a substitution group is named at each member, and its head is read and written alone', async () => {
    const body = [
      '<xs:element name="Shape" type="xs:string"/>',
      '<xs:element name="Circle" substitutionGroup="t:Shape" type="xs:string"/>',
      '<xs:element name="Square" substitutionGroup="t:Shape" type="xs:string"/>',
      complexType('Drawing', '<xs:sequence><xs:element ref="t:Shape" maxOccurs="unbounded"/></xs:sequence>'),
    ].join('\n');
    const { model: m, warnings } = await model({ 'a.xsd': schema(body) }, 'a.xsd');
    expect(warnings).toEqual([
      'a.xsd:4:1: warning: substitution groups are not expanded (element Circle) (element[Circle])',
      'a.xsd:5:1: warning: substitution groups are not expanded (element Square) (element[Square])',
    ]);
    expect(typeNamed(m, 'Drawing').fields.map((f) => f.xmlName)).toEqual(['Shape']);
  });

  it('an array of arrays is kept as XML', async () => {
    const { warnings } = await model({ 'a.xsd': schema(complexType('Arr', `<xs:complexContent><xs:restriction base="soapenc:Array" ${SOAPENC_XMLNS}><xs:attribute ref="soapenc:arrayType" wsdl:arrayType="xs:string[][]"/></xs:restriction></xs:complexContent>`)) }, 'a.xsd');
    expect(warnings).toEqual(['a.xsd:3:188: warning: arrays of arrays (xs:string[][]) are kept as XML (complexType[Arr]/complexContent/restriction)']);
  });

  it('MIME attachments are not generated, only the SOAP part', async () => {
    const text = base
      .replace('xmlns:soap=', 'xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" xmlns:soap=')
      .replace('<output><soap:body use="literal"/></output>', '<output><mime:multipartRelated><mime:part><soap:body use="literal"/></mime:part><mime:part><mime:content part="file" type="application/octet-stream"/></mime:part></mime:multipartRelated></output>');
    const { model: m, warnings } = await model({ 'a.wsdl': text }, 'a.wsdl');
    expect(warnings).toEqual(['a.wsdl:12:116: warning: operation ping: the MIME attachments of its output are not generated, only its SOAP part (binding[TestBinding]/operation[ping]/output)']);
    // The SOAP part inside the MIME part is the output.
    const operation = [...m.bindings.values()][0]!.operations.find((o) => o.name === 'ping')!;
    expect(operation.output?.body.map((p) => p.qname.name)).toEqual(['pingResponse']);
  });

  it('a fault message of two parts: its detail is the first', async () => {
    const text = base
      .replace('<message name="pingResponse">', '<message name="oops"><part name="a" element="t:ping"/><part name="b" element="t:pingResponse"/></message><message name="pingResponse">')
      .replace('<output message="t:pingResponse"/></operation>', '<output message="t:pingResponse"/><fault name="oops" message="t:oops"/></operation>')
      .replace('</output></operation>\n  </binding>', '</output><fault name="oops"><soap:fault name="oops" use="literal"/></fault></operation>\n  </binding>');
    const { warnings } = await model({ 'a.wsdl': text }, 'a.wsdl');
    expect(warnings).toEqual(["a.wsdl:10:107: warning: fault oops of operation ping: message oops has 2 parts; a fault's detail is its first (a) (portType[Test]/operation[ping]/fault[oops])"]);
  });
});

describe('constructs at the edge', () => {
  it('mixed complex content keeps unknown content, and the base', async () => {
    const { model: m, warnings } = await model({ 'a.xsd': schema(complexType('B', '<xs:sequence/>') + complexType('D', '<xs:complexContent mixed="true"><xs:extension base="t:B"><xs:sequence/></xs:extension></xs:complexContent>')) }, 'a.xsd');
    expect(warnings).toEqual([]);
    expect(typeNamed(m, 'D')).toMatchObject({ openContent: true, base: '{urn:t}B' });
    expect(typeNamed(m, 'B').openContent).toBe(false);
  });

  it('a reference to a global attribute is a field of its type, required as the use says', async () => {
    const { model: m } = await model({ 'a.xsd': schema('<xs:attribute name="g" type="xs:int"/>' + complexType('D', '<xs:sequence/><xs:attribute ref="t:g" use="required"/>') + complexType('E', '<xs:sequence/><xs:attribute ref="t:g"/>')) }, 'a.xsd');
    expect(typeNamed(m, 'D').fields.map((f) => [f.kind, f.xmlName, f.namespace, f.type, f.optional])).toEqual([['attribute', 'g', 'urn:t', { kind: 'builtin', name: 'int', xsdName: 'int' }, false]]);
    expect(typeNamed(m, 'E').fields[0]!.optional).toBe(true);
  });

  it('soapenc:Array of anything is kept as XML; soapenc:string is a string', async () => {
    const { model: m } = await model({ 'a.xsd': schema(complexType('D', `<xs:sequence><xs:element name="a" type="soapenc:Array" ${SOAPENC_XMLNS}/><xs:element name="s" type="soapenc:string" ${SOAPENC_XMLNS}/></xs:sequence>`)) }, 'a.xsd');
    expect(typeNamed(m, 'D').fields.map((f) => f.type)).toEqual([{ kind: 'opaque' }, { kind: 'builtin', name: 'string', xsdName: 'string' }]);
  });
});
