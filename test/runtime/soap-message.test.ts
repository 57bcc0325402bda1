// The SOAP messages of an operation (core/soap/message.ts) on metadata of our own: a message of
// several parts (bare document/literal), header parts both ways, SOAP 1.2 faults with their
// subcodes, which envelopes and Bodies are read, the error that says what a Body held, and the
// detail of a declared fault.
import { describe, expect, it } from 'vitest';
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { SOAP11_ENVELOPE_NS, SOAP12_ENVELOPE_NS } from '../../generated/runtime/core/soap/envelope.ts';
import { declaredFault, decodeMessage, encodeBody, encodeHeaders, messageValue, type MessageInfo, type OperationInfo } from '../../generated/runtime/core/soap/message.ts';
import { XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { XmlValueError } from '../../generated/runtime/core/xml/scalars.ts';
import { registryOf } from '../../generated/runtime/core/xml/type-registry.ts';

const NS = 'urn:orders';
const registry = registryOf(undefined);
const OrderMeta: XmlTypeInfo = { name: 'Order', namespace: NS, tsName: 'Order', fields: [['id', NS, 'id', 'string', ''], ['qty', NS, 'qty', 'int', '?']] };
const StockFaultMeta: XmlTypeInfo = { name: 'StockFault', namespace: NS, tsName: 'StockFault', fields: [['left', NS, 'left', 'int', '']] };
const AuthFaultMeta: XmlTypeInfo = { name: 'AuthFault', namespace: NS, tsName: 'AuthFault', fields: [['who', NS, 'who', 'string', '']] };

/** Bare document/literal: two Body parts, the second optional, and two header parts. */
const placeMessage = (): MessageInfo => ({
  body: [
    ['order', NS, 'order', () => OrderMeta, ''],
    ['note', NS, 'note', 'string', '?'],
  ],
  headers: [
    ['session', NS, 'session', 'string', ''],
    ['trace', NS, 'trace', 'string', '?'],
  ],
});
const oneMessage = (): MessageInfo => ({ body: [['order', NS, 'order', () => OrderMeta, '']] });
const faultOperation: OperationInfo = {
  name: 'place',
  soapAction: '',
  input: oneMessage(),
  output: oneMessage(),
  faults: [
    ['stockFault', NS, 'StockFault', () => StockFaultMeta, ''],
    ['authFault', NS, 'AuthFault', () => AuthFaultMeta, ''],
  ],
};

const envelope11 = (body: string, header = '') => `<S:Envelope xmlns:S="${SOAP11_ENVELOPE_NS}">${header}<S:Body>${body}</S:Body></S:Envelope>`;
const envelope12 = (body: string, header = '') => `<env:Envelope xmlns:env="${SOAP12_ENVELOPE_NS}">${header}<env:Body>${body}</env:Body></env:Envelope>`;

describe('a message of several parts', () => {
  it('writes each part the value names, in the message’s order, and none it leaves out', () => {
    const message = placeMessage();
    expect(encodeBody(message, { note: 'rush', order: { id: 'o1' } }, registry, 'place')).toBe(
      `<ns1:order xmlns:ns1="${NS}"><ns1:id>o1</ns1:id></ns1:order><ns1:note xmlns:ns1="${NS}">rush</ns1:note>`,
    );
    expect(encodeBody(message, { order: { id: 'o1' } }, registry, 'place')).toBe(`<ns1:order xmlns:ns1="${NS}"><ns1:id>o1</ns1:id></ns1:order>`);
    // No value at all writes no part (and the server says what it misses).
    expect(encodeBody(message, undefined, registry, 'place')).toBe('');
  });

  it('takes a one-part message’s value as that part', () => {
    expect(encodeBody(oneMessage(), { id: 'o1' }, registry, 'place')).toBe(`<ns1:order xmlns:ns1="${NS}"><ns1:id>o1</ns1:id></ns1:order>`);
    expect(messageValue(oneMessage(), { order: { id: 'o1' } })).toEqual({ id: 'o1' });
    expect(messageValue(placeMessage(), { order: { id: 'o1' } })).toEqual({ order: { id: 'o1' } });
  });

  it('reads the parts into an object keyed by part name; a missing optional part is absent', () => {
    const both = decodeMessage(envelope11(`<o:order xmlns:o="${NS}"><o:id>o1</o:id><o:qty>2</o:qty></o:order><o:note xmlns:o="${NS}">rush</o:note>`), placeMessage(), registry);
    expect(both).toStrictEqual({ value: { order: { id: 'o1', qty: 2 }, note: 'rush' }, headers: undefined });
    const one = decodeMessage(envelope11(`<o:order xmlns:o="${NS}"><o:id>o1</o:id></o:order>`), placeMessage(), registry);
    expect(one.value).toStrictEqual({ order: { id: 'o1' } });
  });

  it('names the missing part and what the Body held instead', () => {
    expect(() => decodeMessage(envelope11(`<o:note xmlns:o="${NS}">rush</o:note>`), placeMessage(), registry)).toThrow(new XmlDecodeError('the SOAP Body holds no order element (it is empty)'));
    expect(() => decodeMessage(envelope11('<a:x xmlns:a="urn:a"/><b:y xmlns:b="urn:b">1</b:y><z/>'), oneMessage(), registry)).toThrow(
      new XmlDecodeError('the SOAP Body holds no order element (it holds a:x, b:y, z)'),
    );
    expect(() => decodeMessage(envelope11(''), oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP Body holds no order element (it is empty)'));
  });
});

describe('header parts', () => {
  it('writes the header values given, each as its own element, and nothing without values or parts', () => {
    expect(encodeHeaders(placeMessage(), { trace: 't-1', session: 's-9' }, registry, 'place')).toBe(
      `<ns1:session xmlns:ns1="${NS}">s-9</ns1:session><ns1:trace xmlns:ns1="${NS}">t-1</ns1:trace>`,
    );
    expect(encodeHeaders(placeMessage(), undefined, registry, 'place')).toBe('');
    expect(encodeHeaders(oneMessage(), { session: 's-9' }, registry, 'place')).toBe('');
  });

  it('names the operation’s header in an error', () => {
    expect(() => encodeHeaders(placeMessage(), { session: 7 }, registry, 'place')).toThrow(new XmlValueError('place header/session: expected a string, got number'));
  });

  it('reads the declared header parts, in a SOAP 1.1 and a SOAP 1.2 envelope', () => {
    const header11 = `<S:Header><o:session xmlns:o="${NS}">s-9</o:session><o:trace xmlns:o="${NS}">t-1</o:trace></S:Header>`;
    const body = `<o:order xmlns:o="${NS}"><o:id>o1</o:id></o:order>`;
    expect(decodeMessage(envelope11(body, header11), placeMessage(), registry)).toStrictEqual({ value: { order: { id: 'o1' } }, headers: { session: 's-9', trace: 't-1' } });
    const header12 = `<env:Header><o:session xmlns:o="${NS}">s-9</o:session></env:Header>`;
    expect(decodeMessage(envelope12(body, header12), placeMessage(), registry).headers).toStrictEqual({ session: 's-9' });
  });

  it('passes over a Header when the message declares no header parts', () => {
    const header = `<S:Header><t:id xmlns:t="urn:trace">x</t:id><S:Body/></S:Header>`;
    expect(decodeMessage(envelope11(`<o:order xmlns:o="${NS}"><o:id>o1</o:id></o:order>`, header), oneMessage(), registry)).toStrictEqual({ value: { id: 'o1' }, headers: undefined });
  });
});

describe('which envelope and Body are read', () => {
  const body = `<o:order xmlns:o="${NS}"><o:id>o1</o:id></o:order>`;

  it('reads a SOAP 1.2 envelope’s Body and not a Body in the other version’s namespace', () => {
    expect(decodeMessage(envelope12(body), oneMessage(), registry).value).toEqual({ id: 'o1' });
    const mixed = `<env:Envelope xmlns:env="${SOAP12_ENVELOPE_NS}" xmlns:S="${SOAP11_ENVELOPE_NS}"><S:Body>${body}</S:Body></env:Envelope>`;
    expect(() => decodeMessage(mixed, oneMessage(), registry)).toThrow(new XmlDecodeError('unexpected element <S:Body>', 1, 126));
    const mixed11 = `<S:Envelope xmlns:env="${SOAP12_ENVELOPE_NS}" xmlns:S="${SOAP11_ENVELOPE_NS}"><env:Body>${body}</env:Body></S:Envelope>`;
    expect(() => decodeMessage(mixed11, oneMessage(), registry)).toThrow(new XmlDecodeError('unexpected element <env:Body>', 1, 126));
  });

  it('reads no Body outside an Envelope of either SOAP namespace, nor one nested deeper', () => {
    const cases: [string, string][] = [
      [`<S:Envelope xmlns:S="urn:not-soap"><S:Body>${body}</S:Body></S:Envelope>`, '<S:Envelope>'],
      [`<S:Wrapper xmlns:S="${SOAP11_ENVELOPE_NS}"><S:Body>${body}</S:Body></S:Wrapper>`, '<S:Wrapper>'],
      [`<S:Envelope xmlns:S="${SOAP11_ENVELOPE_NS}"><S:Inner><S:Body>${body}</S:Body></S:Inner></S:Envelope>`, '<S:Inner>'],
      [`<S:Envelope xmlns:S="${SOAP11_ENVELOPE_NS}"><S:body>${body}</S:body></S:Envelope>`, '<S:body>'],
    ];
    for (const [xml, element] of cases) {
      expect(() => decodeMessage(xml, oneMessage(), registry), xml).toThrow(`unexpected element ${element}`);
    }
    expect(() => decodeMessage(`<S:Envelope xmlns:S="${SOAP11_ENVELOPE_NS}"><S:Header/></S:Envelope>`, oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP envelope holds no Body'));
    // A Header read for its parts is no Body either.
    const headerOnly = `<S:Envelope xmlns:S="${SOAP11_ENVELOPE_NS}"><S:Header><o:session xmlns:o="${NS}">s</o:session></S:Header></S:Envelope>`;
    expect(() => decodeMessage(headerOnly, placeMessage(), registry)).toThrow(new XmlDecodeError('the SOAP envelope holds no Body'));
  });

  it('reads a one-way answer’s Body without a message, passing over its Header', () => {
    expect(decodeMessage(envelope11(''), undefined, registry)).toStrictEqual({ value: {}, headers: undefined });
    expect(decodeMessage(envelope11('', `<S:Header><o:session xmlns:o="${NS}">s</o:session></S:Header>`), undefined, registry)).toStrictEqual({ value: {}, headers: undefined });
  });

  it('names the Body or the Header in an error inside a part', () => {
    const intPart: MessageInfo = { body: [['n', NS, 'n', 'int', '']], headers: [['s', NS, 's', 'int', '']] };
    expect(() => decodeMessage(envelope11(`<o:n xmlns:o="${NS}">x</o:n>`), intPart, registry)).toThrow(new XmlDecodeError('Body/n: "x" is not an integer', 1, 105));
    expect(() => decodeMessage(envelope11('', `<S:Header><o:s xmlns:o="${NS}">x</o:s></S:Header>`), intPart, registry)).toThrow(new XmlDecodeError('Header/s: "x" is not an integer', 1, 107));
  });
});

describe('SOAP 1.2 faults', () => {
  const fault12 = (inner: string) => envelope12(`<env:Fault>${inner}</env:Fault>`);

  it('reads the code with its subcodes, the first reason, the role and the detail as it arrived', () => {
    const xml = fault12(
      '<env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>app:Stock</env:Value><env:Subcode><env:Value>app:Empty</env:Value></env:Subcode></env:Subcode></env:Code>' +
        '<env:Reason><env:Text xml:lang="en">Out of stock</env:Text><env:Text xml:lang="de">Ausverkauft</env:Text></env:Reason>' +
        '<env:Node>urn:node</env:Node><env:Role>urn:role</env:Role>' +
        `<env:Detail><o:stockFault xmlns:o="${NS}"><o:left>0</o:left></o:stockFault></env:Detail>`,
    );
    expect(decodeMessage(xml, oneMessage(), registry)).toStrictEqual({
      fault: { code: 'env:Sender app:Stock app:Empty', reason: 'Out of stock', actor: 'urn:role', detail: { xml: `<o:stockFault xmlns:o="${NS}"><o:left>0</o:left></o:stockFault>` } },
    });
  });

  it('leaves out what the fault does not have: no reason text, no role, no detail', () => {
    const xml = fault12('<env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason/>');
    expect(decodeMessage(xml, oneMessage(), registry)).toStrictEqual({ fault: { code: 'env:Receiver', reason: '' } });
  });

  it('reads each version’s fault in its own envelope, whichever the message met first', () => {
    const message = oneMessage();
    const v11 = envelope11('<S:Fault><faultcode>S:Server</faultcode><faultstring>boom</faultstring><faultactor>urn:a</faultactor></S:Fault>');
    const v12 = fault12('<env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text>boom</env:Text></env:Reason>');
    expect(decodeMessage(v11, message, registry).fault).toStrictEqual({ code: 'S:Server', reason: 'boom', actor: 'urn:a' });
    expect(decodeMessage(v12, message, registry).fault).toStrictEqual({ code: 'env:Receiver', reason: 'boom' });
    expect(decodeMessage(v11, message, registry).fault).toStrictEqual({ code: 'S:Server', reason: 'boom', actor: 'urn:a' });
  });

  it('refuses a SOAP 1.1 Fault with faultstring but no faultcode', () => {
    expect(() => decodeMessage(envelope11('<S:Fault><faultstring>boom</faultstring></S:Fault>'), oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP 1.1 Fault has no faultcode'));
  });

  it('refuses a SOAP 1.2 Fault without Code/Value or Reason, as a server answers with a 1.1 Fault in a 1.2 envelope', () => {
    const v11in12 = fault12('<faultcode>env:Receiver</faultcode><faultstring>boom</faultstring>');
    expect(() => decodeMessage(v11in12, oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP 1.2 Fault has no Code/Value'));
    expect(() => decodeMessage(fault12('<env:Code/><env:Reason/>'), oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP 1.2 Fault has no Code/Value'));
    expect(() => decodeMessage(fault12('<env:Code><env:Value>env:Receiver</env:Value></env:Code>'), oneMessage(), registry)).toThrow(new XmlDecodeError('the SOAP 1.2 Fault has no Reason'));
  });
});

describe('the detail of a declared fault', () => {
  const fault = (xml: string, namespaces?: Record<string, string>) => ({ code: 'S:Server', reason: 'no', detail: { xml, ...(namespaces ? { namespaces } : {}) } });

  it('decodes the fault element the operation declares, with the namespaces the detail relied on', () => {
    expect(declaredFault(faultOperation, fault(`<o:stockFault xmlns:o="${NS}"><o:left>3</o:left></o:stockFault>`), registry)).toStrictEqual({ name: 'StockFault', value: { left: 3 } });
    // The prefix bound on the envelope, not in the detail: its binding comes with the detail.
    expect(declaredFault(faultOperation, fault('<o:authFault><o:who>bob</o:who></o:authFault>', { o: NS }), registry)).toStrictEqual({ name: 'AuthFault', value: { who: 'bob' } });
  });

  it('finds none for an element not declared, a detail that does not decode, no detail, or an operation without faults', () => {
    expect(declaredFault(faultOperation, fault(`<o:otherFault xmlns:o="${NS}"/>`), registry)).toBeUndefined();
    expect(declaredFault(faultOperation, fault(`<o:stockFault xmlns:o="${NS}"><o:left>many</o:left></o:stockFault>`), registry)).toBeUndefined();
    expect(declaredFault(faultOperation, fault('<o:stockFault><o:left>1</o:left></o:stockFault>'), registry)).toBeUndefined();
    expect(declaredFault(faultOperation, { code: 'S:Server', reason: 'no' }, registry)).toBeUndefined();
    expect(declaredFault(faultOperation, fault(''), registry)).toBeUndefined();
    const { faults: _, ...withoutFaults } = faultOperation;
    expect(declaredFault(withoutFaults, fault(`<o:stockFault xmlns:o="${NS}"><o:left>3</o:left></o:stockFault>`), registry)).toBeUndefined();
    expect(declaredFault({ ...faultOperation, faults: [] }, fault(`<o:stockFault xmlns:o="${NS}"><o:left>3</o:left></o:stockFault>`), registry)).toBeUndefined();
  });
});
