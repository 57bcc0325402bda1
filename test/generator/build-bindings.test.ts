// The bindings a WSDL's SOAP bindings become, on small WSDLs of their own: which bindings and
// operations are kept (and the warning for each one left out), each operation's action, style,
// use, body parts, headers and faults, and where each is declared. wsdl-model.test.ts covers
// the same on the committed fixtures; here each rule has a case of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { BindingOperationDef, SchemaModel } from '../../generator/model/ir.ts';
import { portViews, profileOperations, wrapperTypeId } from '../../generator/model/ports.ts';
import { lineOf, refusalMessage, writeFixture, XS, type FixtureFolder } from '../support/fixtures.ts';

let fixtures: FixtureFolder[] = [];
afterEach(() => {
  for (const f of fixtures) f.dispose();
  fixtures = [];
});

const NAMESPACES = `xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/" xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" ${XS} xmlns:t="urn:t"`;

/**
 * A WSDL in namespace urn:t (unless `targetNamespace` says otherwise) with messages `in` (parts
 * `body` and `head`), `out`, `hdr` (part `head`), `problem` and `empty` (no parts), and `rest`:
 * its port types and bindings. One element per line: sources are compared by line.
 */
function definitions(rest: string, targetNamespace = 'targetNamespace="urn:t"'): string {
  const element = (name: string, type = '<xs:complexType><xs:sequence/></xs:complexType>') => `    <xs:element name="${name}">${type}</xs:element>`;
  return `<?xml version="1.0"?>
<definitions ${NAMESPACES} ${targetNamespace}>
  <types><xs:schema targetNamespace="urn:t" elementFormDefault="qualified">
${element('in')}
${element('out')}
${element('h')}
${element('problem')}
${element('code', '<xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="a"/></xs:restriction></xs:simpleType>')}
  </xs:schema></types>
  <message name="in"><part name="body" element="t:in"/><part name="head" element="t:h"/></message>
  <message name="out"><part name="body" element="t:out"/></message>
  <message name="hdr"><part name="head" element="t:h"/></message>
  <message name="problem"><part name="detail" element="t:problem"/></message>
  <message name="empty"/>
  <message name="coded"><part name="c" element="t:code"/></message>
${rest}
</definitions>
`;
}

/** A port type `P` of request-response operations taking `in` and giving `out`. */
const portType = (names: string[], extra = '') =>
  `  <portType name="P">\n${names.map((n) => `    <operation name="${n}"><input message="t:in"/><output message="t:out"/></operation>`).join('\n')}\n${extra}  </portType>`;

/** A SOAP 1.1 binding `B` of port type `P`. */
const binding = (operations: string, soapBinding = '<soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>', name = 'B') =>
  `  <binding name="${name}" type="t:P">\n    ${soapBinding}\n${operations}\n  </binding>`;

const literal = (name: string, soapOperation = `<soap:operation soapAction="urn:${name}"/>`) =>
  `    <operation name="${name}">${soapOperation}\n      <input><soap:body use="literal"/></input>\n      <output><soap:body use="literal"/></output>\n    </operation>`;

async function modelOf(wsdl: string): Promise<SchemaModel> {
  const folder = writeFixture({ 'a.wsdl': wsdl });
  fixtures.push(folder);
  return buildModel(await loadWsdl(folder.path('a.wsdl')));
}

/** The error the model stops at, without the file and position of the fixture's WSDL. */
const refusal = (wsdl: string) => refusalMessage(modelOf(wsdl), 'a.wsdl');

/** The diagnostics, each a warning (anything else shows its severity). */
const warnings = (m: SchemaModel) => m.diagnostics.map((d) => `${d.severity === 'warning' ? '' : `${d.severity}: `}${d.message} @ ${d.source.path}`);

function operation(m: SchemaModel, name: string, bindingName = 'B'): BindingOperationDef {
  const found = m.bindings.get(`{urn:t}${bindingName}`)?.operations.find((o) => o.name === name);
  if (!found) throw new Error(`no operation ${name} in binding ${bindingName}`);
  return found;
}

describe('bindings', () => {
  it('skips a binding that is not SOAP, saying what it is and where', async () => {
    const m = await modelOf(
      definitions(
        `${portType(['op'])}
  <binding name="Get" type="t:P"><http:binding verb="GET"/></binding>
  <binding name="Other" type="t:P"/>
${binding(literal('op'))}`,
      ),
    );
    expect([...m.bindings.keys()]).toEqual(['{urn:t}B']);
    expect(warnings(m)).toEqual([
      'binding Get is an HTTP binding (http:binding): skipped, only SOAP bindings are generated @ binding[Get]',
      'binding Other is not a SOAP binding (it has no soap:binding or soap12:binding): skipped, only SOAP bindings are generated @ binding[Other]',
    ]);
  });

  it('warns of a SOAP transport other than HTTP, whatever whitespace surrounds the HTTP one', async () => {
    const soap = (transport: string) => `<soap:binding style="document"${transport}/>`;
    const m = await modelOf(
      definitions(
        `${portType(['op'])}
${binding(literal('op'), soap(' transport="  http://schemas.xmlsoap.org/soap/http "'), 'Spaced')}
${binding(literal('op'), soap(''), 'None')}
${binding(literal('op'), soap(' transport="http://www.example.org/2006/smtp"'), 'Mail')}`,
      ),
    );
    expect(warnings(m)).toEqual(['binding Mail is SOAP over http://www.example.org/2006/smtp, not HTTP: its client sends SOAP over HTTP to the endpoint it is given @ binding[Mail]']);
  });

  it('takes its documentation from the binding, else from the port type, and is located at the binding', async () => {
    const documented = (doc: string, name: string) => binding(literal('op'), '<soap:binding style="document"/>', name).replace('>\n', `>\n    <documentation>${doc}</documentation>\n`);
    const wsdl = definitions(`${portType(['op']).replace('>\n', '>\n    <documentation>From the port type.</documentation>\n')}\n${documented('From the binding.', 'Own')}\n${binding(literal('op'), '<soap:binding style="document"/>', 'Bare')}`);
    const m = await modelOf(wsdl);
    expect(['Own', 'Bare'].map((b) => m.bindings.get(`{urn:t}${b}`)?.doc)).toEqual(['From the binding.', 'From the port type.']);
    expect(m.bindings.get('{urn:t}Bare')?.source).toMatchObject({ path: 'binding[Bare]', line: lineOf(wsdl, '<binding name="Bare"') });
  });
});

describe('operations', () => {
  it('skips operations in which the service speaks first or neither side does, saying which', async () => {
    const wsdl = definitions(
      `  <portType name="P">
    <operation name="none"/>
    <operation name="notify"><output message="t:out"/></operation>
    <operation name="solicit"><output message="t:out"/><input message="t:in"/></operation>
    <operation name="oneWay"><input message="t:in"/></operation>
  </portType>
${binding(['none', 'notify', 'solicit', 'oneWay'].map((n) => `    <operation name="${n}"><soap:operation soapAction=""/></operation>`).join('\n'))}`,
    );
    const m = await modelOf(wsdl);
    expect(m.bindings.get('{urn:t}B')?.operations.map((o) => `${o.name}${o.oneWay ? ' one-way' : ''}`)).toEqual(['oneWay one-way']);
    expect(warnings(m)).toEqual([
      'operation none of binding B has neither input nor output: skipped @ binding[B]/operation[none]',
      'operation notify of binding B is a notification operation (the service sends first): skipped @ binding[B]/operation[notify]',
      'operation solicit of binding B is a solicit-response operation (the service sends first): skipped @ binding[B]/operation[solicit]',
    ]);
    expect(m.diagnostics[1]?.source.line).toBe(lineOf(wsdl, '<operation name="notify"><soap:operation'));
  });

  it('has no action without soap:operation, and requires one in SOAP 1.1 always, in SOAP 1.2 unless soapActionRequired="false"', async () => {
    const soap12 = (name: string, required: string) =>
      `    <operation name="${name}"><soap12:operation soapAction="urn:${name}"${required}/><input><soap12:body use="literal"/></input><output><soap12:body use="literal"/></output></operation>`;
    const m = await modelOf(
      definitions(
        `${portType(['bare', 'optional', 'required', 'plain'])}
${binding([literal('bare', ''), literal('optional', '<soap:operation soapAction="urn:o" soapActionRequired="false"/>')].join('\n'))}
${binding(
  [soap12('optional', ' soapActionRequired="false"'), soap12('required', ' soapActionRequired="true"'), soap12('plain', ''), '    <operation name="bare"><input><soap12:body/></input><output><soap12:body/></output></operation>'].join('\n'),
  '<soap12:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>',
  'B12',
)}`,
      ),
    );
    const action = (o: BindingOperationDef) => `${o.soapAction || '(none)'} ${o.soapActionRequired ? 'required' : 'optional'}`;
    expect(['bare', 'optional'].map((n) => action(operation(m, n)))).toEqual(['(none) required', 'urn:o required']);
    expect(['optional', 'required', 'plain', 'bare'].map((n) => action(operation(m, n, 'B12')))).toEqual(['urn:optional optional', 'urn:required required', 'urn:plain required', '(none) required']);
  });

  it('is encoded where either direction’s body is, with that body’s encodingStyle, an unbound direction being literal', async () => {
    const m = await modelOf(
      definitions(
        `${portType(['op'])}
${binding(`    <operation name="op"><soap:operation soapAction=""/>\n      <input/>\n      <output><soap:body use="encoded" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/" namespace="urn:t"/></output>\n    </operation>`, '<soap:binding style="rpc"/>')}`,
      ),
    );
    expect(operation(m, 'op')).toMatchObject({ style: 'rpc', use: 'encoded', encodingStyle: 'http://schemas.xmlsoap.org/soap/encoding/' });
  });

  it('binds an overloaded operation by its input and output names, an unnamed direction matching any', async () => {
    const overloads = `  <portType name="P">
    <operation name="get"><input name="byId" message="t:in"/><output name="one" message="t:out"/></operation>
    <operation name="get"><input name="byHeader" message="t:hdr"/><output name="one" message="t:out"/></operation>
  </portType>`;
    const bound = (input: string, output: string) => `    <operation name="get"><soap:operation soapAction=""/><input${input}><soap:body use="literal"/></input><output${output}><soap:body use="literal"/></output></operation>`;
    const messages = async (input: string, output: string) => (await modelOf(definitions(`${overloads}\n${binding(bound(input, output))}`))).bindings.get('{urn:t}B')!.operations.map((o) => o.input.message.name);
    expect(await messages(' name="byHeader"', ' name="one"')).toEqual(['hdr']);
    expect(await messages(' name="byId"', '')).toEqual(['in']);
    expect(await messages('', ' name="one"')).toEqual(['in']);
    expect(await refusal(definitions(`${overloads}\n${binding(bound(' name="byName"', ''))}`))).toBe('binding B: operation get is not an operation of port type P');
    // An overload without the output the binding names does not match it.
    const oneWay = overloads.replace('<output name="one" message="t:out"/></operation>\n  </portType>', '</operation>\n  </portType>');
    expect(await refusal(definitions(`${oneWay}\n${binding(bound(' name="byHeader"', ' name="one"'))}`))).toBe('binding B: operation get is not an operation of port type P');
    // Names are only compared where the operation is overloaded.
    const single = await modelOf(definitions(`${portType(['get'])}\n${binding(bound(' name="other"', ' name="other"'))}`));
    expect(operation(single, 'get').input.message.name).toBe('in');
  });

  it('refuses a binding operation without a name, at the operation', async () => {
    const nameless = definitions(`${portType(['get'])}\n${binding('    <operation><soap:operation soapAction=""/><input><soap:body/></input><output><soap:body/></output></operation>')}`);
    expect(await refusalMessage(modelOf(nameless))).toMatch(new RegExp(`a\\.wsdl:${lineOf(nameless, '<operation><soap:operation')}:\\d+: <operation> needs a name attribute$`));
  });
});

describe('messages', () => {
  const input = (extensions: string, output = '<soap:body use="literal"/>') => `    <operation name="op"><soap:operation soapAction=""/>\n      <input>${extensions}</input>\n      <output>${output}</output>\n    </operation>`;
  const body = async (extensions: string) => operation(await modelOf(definitions(`${portType(['op'])}\n${binding(input(extensions))}`)), 'op').input;
  const parts = async (extensions: string) => (await body(extensions)).body.map((p) => p.part);

  it('have the parts soap:body names, however they are spaced, or every part not sent as a header of the same message', async () => {
    expect(await parts('<soap:body parts="  head   body "/>')).toEqual(['body', 'head']);
    expect(await parts('<soap:body parts=""/>')).toEqual([]);
    expect(await parts('<soap:body/>')).toEqual(['body', 'head']);
    expect(await parts('<soap:body/><soap:header part="head" use="literal"/>')).toEqual(['body']);
    // A header from another message takes nothing from the body, whatever its part's name.
    expect(await parts('<soap:body/><soap:header message="t:hdr" part="head" use="literal"/>')).toEqual(['body', 'head']);
    expect(await refusal(definitions(`${portType(['op'])}\n${binding(input('<soap:body use="bare"/>'))}`))).toBe('use="bare": SOAP use is literal or encoded');
  });

  it('are located at their soap:body, else at the binding’s direction, else at the port type’s', async () => {
    const wsdl = definitions(
      `${portType(['op'])}
${binding(`    <operation name="op"><soap:operation soapAction=""/>
      <input>
        <soap:body use="literal"/>
      </input>
    </operation>`)}`,
    ).replace('<operation name="op"><input message="t:in"/><output message="t:out"/></operation>', '<operation name="op">\n      <input message="t:in"/>\n      <output message="t:out"/>\n    </operation>');
    const op = operation(await modelOf(wsdl), 'op');
    expect(op.input.source).toMatchObject({ path: 'binding[B]/operation[op]/input', line: lineOf(wsdl, '<soap:body use="literal"/>') });
    expect(op.output?.source).toMatchObject({ path: 'binding[B]/operation[op]/output', line: lineOf(wsdl, '<output message="t:out"/>') });
    const bound = definitions(`${portType(['op'])}\n${binding(input('\n        <soap:header part="head" use="literal"/>\n      '))}`);
    expect(operation(await modelOf(bound), 'op').input.source.line).toBe(lineOf(bound, '<input>'));
  });

  it('are located in the binding’s file where the binding states the direction, else in the port type’s', async () => {
    const folder = writeFixture({
      'p.wsdl': definitions(portType(['withBody', 'withHeader', 'unbound'])),
      'a.wsdl': `<?xml version="1.0"?>
<definitions ${NAMESPACES} targetNamespace="urn:t">
  <import namespace="urn:t" location="p.wsdl"/>
${binding(
  ['withBody', 'withHeader', 'unbound']
    .map((n) => `    <operation name="${n}"><soap:operation soapAction=""/>${n === 'unbound' ? '' : `<input>${n === 'withBody' ? '<soap:body/>' : '<soap:header part="head" use="literal"/>'}</input>`}<output><soap:body/></output></operation>`)
    .join('\n'),
)}
</definitions>
`,
    });
    fixtures.push(folder);
    const m = buildModel(await loadWsdl(folder.path('a.wsdl')));
    expect(['withBody', 'withHeader', 'unbound'].map((n) => operation(m, n).input.source.file.replace(/^.*\//, ''))).toEqual(['a.wsdl', 'a.wsdl', 'p.wsdl']);
  });

  it('send each header part once, with a warning for the repeat at the header that repeats it', async () => {
    const wsdl = definitions(`${portType(['op'])}\n${binding(input('<soap:body/>\n        <soap:header part="head" use="literal"/>\n        <soap:header part="head" use="literal"/>\n      '))}`);
    const m = await modelOf(wsdl);
    expect(operation(m, 'op').input.headers.map((h) => `${h.message.name}/${h.element.part} @ ${h.source.path}`)).toEqual(['in/head @ binding[B]/header[head]']);
    expect(warnings(m)).toEqual(['operation op: soap:header for part head of message in is repeated; sent once @ binding[B]/header[head]']);
    expect(m.diagnostics[0]?.source.line).toBe(lineOf(wsdl, '<soap:header part="head"') + 1);
  });

  it('find the SOAP body and headers of a MIME multipart in its parts, with a warning that attachments are left out', async () => {
    const m = await modelOf(
      definitions(
        `${portType(['op'])}\n${binding(
          input(`<mime:multipartRelated>
        <mime:part><soap:body parts="body"/></mime:part>
        <mime:part><mime:content part="head" type="application/octet-stream"/></mime:part>
      </mime:multipartRelated><soap:header message="t:hdr" part="head" use="literal"/>`),
        )}`,
      ),
    );
    const request = operation(m, 'op').input;
    expect([request.body.map((p) => p.part), request.headers.map((h) => h.element.part)]).toEqual([['body'], ['head']]);
    expect(warnings(m)).toEqual(['operation op: the MIME attachments of its input are not generated, only its SOAP part @ binding[B]/operation[op]/input']);
  });

  it('wrap rpc parts in an element of the body’s namespace, else of the WSDL’s, saying so, or of none where it has none', async () => {
    const rpc = (bodyAttributes: string) => binding(input(`<soap:body use="literal"${bodyAttributes}/>`, `<soap:body use="literal" namespace="urn:r"/>`), '<soap:binding style="rpc"/>');
    const named = await modelOf(definitions(`${portType(['op'])}\n${rpc(' namespace="urn:r"')}`));
    expect(operation(named, 'op').input.body.map((p) => p.qname)).toEqual([{ namespace: 'urn:r', name: 'op' }]);
    // Its children are the parts, unqualified, in message order.
    const wrapperType = operation(named, 'op').input.body[0]!.type;
    const wrapper = named.types.get(wrapperType.kind === 'complex' ? wrapperType.id : '')!;
    expect(wrapper.fields.map((f) => [f.xmlName, f.namespace, f.type])).toEqual([
      ['body', '', { kind: 'complex', id: '{urn:t}in#element' }],
      ['head', '', { kind: 'complex', id: '{urn:t}h#element' }],
    ]);
    expect(warnings(named)).toEqual([]);
    const unnamed = await modelOf(definitions(`${portType(['op'])}\n${rpc('')}`));
    expect(operation(unnamed, 'op').input.body.map((p) => p.qname)).toEqual([{ namespace: 'urn:t', name: 'op' }]);
    expect(warnings(unnamed)).toEqual(["operation op: an rpc soap:body without namespace=; its wrapper element is qualified in the WSDL's targetNamespace (urn:t) @ binding[B]/operation[op]/input"]);
    // Without a targetNamespace, components are named without a prefix: WSDL elements take one here.
    const none = await modelOf(`<?xml version="1.0"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/">
  <wsdl:message name="in"/>
  <wsdl:message name="out"/>
  <wsdl:portType name="P"><wsdl:operation name="op"><wsdl:input message="in"/><wsdl:output message="out"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="B" type="P"><soap:binding style="rpc"/><wsdl:operation name="op"><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal" namespace="urn:r"/></wsdl:output></wsdl:operation></wsdl:binding>
</wsdl:definitions>
`);
    expect(none.bindings.get('{}B')?.operations[0]?.input.body.map((p) => p.qname)).toEqual([{ namespace: '', name: 'op' }]);
    expect(warnings(none)).toEqual(["operation op: an rpc soap:body without namespace=; its wrapper element is qualified in the WSDL's targetNamespace, which it lacks @ binding[B]/operation[op]/input"]);
  });
});

describe('faults', () => {
  const withFaults = (declared: string, bound: string) =>
    definitions(
      `  <portType name="P">\n    <operation name="op"><input message="t:in"/><output message="t:out"/>${declared}</operation>\n  </portType>\n${binding(`    <operation name="op"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output>${bound}</operation>`)}`,
    );

  it('are the port type’s, bound or not; one without parts has no detail, and a binding may not add one', async () => {
    const m = await modelOf(withFaults('<fault name="bad" message="t:problem"/><fault name="bare" message="t:empty"/><fault message="t:problem"/>', '<fault name="bad"><soap:fault name="bad" use="literal"/></fault>'));
    expect(operation(m, 'op').faults.map((f) => `${f.name || '(nameless)'}: ${f.message.name} ${f.element?.part ?? '(no detail)'}`)).toEqual(['bad: problem detail', 'bare: empty (no detail)', '(nameless): problem detail']);
    // Only the faults with a detail have a place in the port's view.
    expect(portViews(m)[0]?.operations[0]?.faults.map((f) => f.name)).toEqual(['bad', '']);
    expect(await refusal(withFaults('<fault name="bad" message="t:problem"/>', '<fault name="worse"><soap:fault name="worse" use="literal"/></fault>'))).toBe('binding B: operation op has no fault "worse" in port type P');
  });
});

describe('port views', () => {
  it('leave out document/encoded operations with a warning, and give the wrapper type of a request of one complex element only', async () => {
    const m = await modelOf(
      definitions(
        `${portType(['op', 'encoded'], '    <operation name="coded"><input message="t:coded"/><output message="t:out"/></operation>\n')}
${binding([literal('op'), literal('coded'), `    <operation name="encoded"><soap:operation soapAction=""/><input><soap:body use="encoded"/></input><output><soap:body use="literal"/></output></operation>`].join('\n'))}`,
      ),
    );
    expect(warnings(m)).toEqual(['operation encoded of binding B is document/encoded: only rpc/encoded is supported, so the client has no method for it @ binding[B]/operation[encoded]']);
    const operations = portViews(m)[0]!.operations;
    expect(operations.map((o) => o.name)).toEqual(['op', 'coded']);
    // `in` has two parts, `out` one complex element, `coded` one element of an enumeration.
    expect(operations.map((o) => [wrapperTypeId(o.input), wrapperTypeId(o.output)])).toEqual([
      [undefined, '{urn:t}out#element'],
      [undefined, '{urn:t}out#element'],
    ]);
    expect(wrapperTypeId(undefined)).toBeUndefined();
    // Without the Boomi profile, no port is the profile's.
    expect(profileOperations(m).size).toBe(0);
  });
});
