/**
 * The WSDL 1.1 document of the Partner service, shaped like the JAX-WS RI WSDL of the real
 * Platform service: one `parameters` part per message, SOAP 1.1 document/literal binding,
 * empty soapAction, no declared faults. The service names follow the Platform ones with
 * "Partner" added (inferred [I]: the live Partner WSDL needs a login to read).
 */
import { NAMESPACES } from './xsd-model.ts';
import { el, serializeDocument, type XmlNode } from './xml-writer.ts';

export const SERVICE_NAMES = {
  service: 'BoomiPartnerApiVersion1Service',
  portType: 'BoomiPartnerApiVersion1',
  binding: 'BoomiPartnerApiVersion1PortBinding',
  port: 'BoomiPartnerApiVersion1Port',
  address: 'https://api.boomi.com/partner/api/soap/v1/{accountId}',
} as const;

export interface WsdlInput {
  /** Each operation with the prefix of its wrapper elements' namespace. */
  operations: { name: string; prefix: 'api' | 'par' }[];
  /** Schema files, each imported in its own xsd:schema block as JAX-WS RI does. */
  schemas: { prefix: 'api' | 'par'; schemaLocation: string }[];
  headerNote: string;
}

export function renderWsdl(input: WsdlInput): string {
  const root = el(
    'definitions',
    [
      ['xmlns', NAMESPACES.wsdl],
      ['xmlns:api', NAMESPACES.api],
      ['xmlns:soap', NAMESPACES.soap],
      ['xmlns:tns', NAMESPACES.par],
      ['xmlns:xsd', NAMESPACES.xs],
      ['name', SERVICE_NAMES.service],
      ['targetNamespace', NAMESPACES.par],
    ],
    [
      { comment: 'Two schema documents, as JAX-WS publishes one per namespace; which the live service numbers ?xsd=1 and which ?xsd=2 is inferred [I].' },
      typesNode(input),
      ...input.operations.flatMap((op) => [messageNode(op.name, op.prefix), messageNode(`${op.name}Response`, op.prefix)]),
      { comment: 'Port type, binding, service and port are named like the Platform WSDL\'s with "Partner" added [I]; the operations are the Platform ones plus cancelExecution (Partner only) and updateBulk [I]. Their wrappers are in the partner namespace, except get, query and queryMore (api): see the schemas.' },
      el('portType', [['name', SERVICE_NAMES.portType]], input.operations.map((op) => portTypeOperation(op.name))),
      bindingNode(input.operations.map((op) => op.name)),
      serviceNode(),
    ],
  );
  return serializeDocument(root, [input.headerNote]);
}

function typesNode(input: WsdlInput): XmlNode {
  const blocks = input.schemas.map((s) =>
    el('xsd:schema', [], [el('xsd:import', [['namespace', NAMESPACES[s.prefix]], ['schemaLocation', s.schemaLocation]])]),
  );
  return el('types', [], blocks);
}

function messageNode(name: string, prefix: 'api' | 'par'): XmlNode {
  return el('message', [['name', name]], [el('part', [['name', 'parameters'], ['element', `${prefix === 'par' ? 'tns' : prefix}:${name}`]])]);
}

function portTypeOperation(op: string): XmlNode {
  return el('operation', [['name', op]], [el('input', [['message', `tns:${op}`]]), el('output', [['message', `tns:${op}Response`]])]);
}

function bindingNode(operationNames: string[]): XmlNode {
  const literalBody = () => [el('soap:body', [['use', 'literal']])];
  return el('binding', [['name', SERVICE_NAMES.binding], ['type', `tns:${SERVICE_NAMES.portType}`]], [
    el('soap:binding', [['transport', 'http://schemas.xmlsoap.org/soap/http'], ['style', 'document']]),
    ...operationNames.map((op) =>
      el('operation', [['name', op]], [
        el('soap:operation', [['soapAction', '']]),
        el('input', [], literalBody()),
        el('output', [], literalBody()),
      ]),
    ),
  ]);
}

function serviceNode(): XmlNode {
  return el('service', [['name', SERVICE_NAMES.service]], [
    el('port', [['name', SERVICE_NAMES.port], ['binding', `tns:${SERVICE_NAMES.binding}`]], [
      { comment: 'The live WSDL names the account in the address; the SDK sets the endpoint per client.' },
      el('soap:address', [['location', SERVICE_NAMES.address]]),
    ]),
  ]);
}
