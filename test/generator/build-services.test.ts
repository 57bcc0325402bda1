// The services a WSDL's wsdl:service elements become, on small WSDLs of their own: which ports
// are kept, each port's name, binding, address and documentation, and where each is declared.
// wsdl-model.test.ts covers services on the committed fixtures.
import { afterEach, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { SchemaModel } from '../../generator/model/ir.ts';
import { lineOf, writeFixture, XS, type FixtureFolder } from '../support/fixtures.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

/** A WSDL in urn:t with a port type P, SOAP 1.1 binding S11, SOAP 1.2 binding S12 and HTTP binding H; then `services`, one element per line. */
function definitions(services: string): string {
  const operation = (soap: string) => `<operation name="op"><${soap}:operation soapAction="urn:op"/><input><${soap}:body use="literal"/></input><output><${soap}:body use="literal"/></output></operation>`;
  return `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" ${XS} xmlns:t="urn:t" targetNamespace="urn:t">
  <types><xs:schema targetNamespace="urn:t"><xs:element name="in" type="xs:string"/><xs:element name="out" type="xs:string"/></xs:schema></types>
  <message name="in"><part name="body" element="t:in"/></message>
  <message name="out"><part name="body" element="t:out"/></message>
  <portType name="P"><operation name="op"><input message="t:in"/><output message="t:out"/></operation></portType>
  <binding name="S11" type="t:P"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${operation('soap')}</binding>
  <binding name="S12" type="t:P"><soap12:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${operation('soap12')}</binding>
  <binding name="H" type="t:P"><http:binding verb="GET"/></binding>
${services}
</definitions>
`;
}

async function modelOf(wsdl: string): Promise<SchemaModel> {
  const folder = writeFixture({ 'a.wsdl': wsdl });
  fixtures.push(folder);
  return buildModel(await loadWsdl(folder.path('a.wsdl')));
}

describe('services', () => {
  it('keeps each SOAP port with its binding, its version’s address and its documentation, located where it stands', async () => {
    const wsdl = definitions(`  <service name="Main"><documentation>The service.</documentation>
    <port name="One" binding="t:S11"><documentation>SOAP 1.1.</documentation><soap:address location="https://example.invalid/11"/></port>
    <port name="Two" binding="t:S12"><soap12:address location="https://example.invalid/12"/></port>
    <port name="Three" binding="t:S12"><soap:address location="https://example.invalid/wrong-version"/></port>
    <port name="Web" binding="t:H"><http:address location="https://example.invalid/h"/></port>
  </service>`);
    const m = await modelOf(wsdl);
    expect(m.services).toEqual([
      {
        qname: { namespace: 'urn:t', name: 'Main' },
        doc: 'The service.',
        source: { file: expect.stringMatching(/a\.wsdl$/), path: 'service[Main]', line: lineOf(wsdl, '<service name="Main">'), column: 3 },
        ports: [
          { name: 'One', binding: '{urn:t}S11', address: 'https://example.invalid/11', doc: 'SOAP 1.1.', source: { file: expect.stringMatching(/a\.wsdl$/), path: 'service[Main]/port[One]', line: lineOf(wsdl, 'name="One"'), column: 5 } },
          { name: 'Two', binding: '{urn:t}S12', address: 'https://example.invalid/12', source: { file: expect.stringMatching(/a\.wsdl$/), path: 'service[Main]/port[Two]', line: lineOf(wsdl, 'name="Two"'), column: 5 } },
          // A SOAP 1.2 port's address is a soap12:address: a soap:address there is no address of it.
          { name: 'Three', binding: '{urn:t}S12', source: { file: expect.stringMatching(/a\.wsdl$/), path: 'service[Main]/port[Three]', line: lineOf(wsdl, 'name="Three"'), column: 5 } },
        ],
      },
    ]);
    expect(Object.keys(m.services[0]!.ports[2]!)).not.toContain('address');
    expect(Object.keys(m.services[0]!.ports[1]!)).not.toContain('doc');
  });

  it('leaves out a service with no SOAP port, and names one without a name, with a warning where it stands', async () => {
    const wsdl = definitions(`  <service name="Web"><port name="Get" binding="t:H"><http:address location="https://example.invalid/h"/></port></service>
  <service><port name="One" binding="t:S11"/></service>`);
    const m = await modelOf(wsdl);
    expect(m.services.map((s) => [s.qname.name, s.ports.map((p) => p.name), s.source.path])).toEqual([['Service', ['One'], 'service[Service]']]);
    expect(m.services[0]).not.toHaveProperty('doc');
    expect(m.diagnostics.filter((d) => d.message.startsWith('wsdl:service')).map((d) => [d.severity, d.message, d.source.path, d.source.line])).toEqual([
      ['warning', 'wsdl:service without a name: named Service', 'service[Service]', lineOf(wsdl, '<service>')],
    ]);
  });

  it('keeps a port without a name as nameless', async () => {
    const m = await modelOf(definitions('  <service name="Main"><port binding="t:S11"/></service>'));
    expect(m.services[0]!.ports.map((p) => [p.name, p.source.path])).toEqual([['', 'service[Main]/port[]']]);
  });
});
