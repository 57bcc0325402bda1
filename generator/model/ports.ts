/**
 * The WSDL's ports as the emitters and the profile see them: per service and port, the
 * operations of its binding with the parts of their messages as Body (and Header) elements,
 * whatever the binding's style. rpc/encoded operations are SOAP-encoded on the wire (the
 * runtime's soap-encoding.ts); document/encoded ones are left out with a warning naming them.
 * A SOAP binding that no wsdl:port names (ONVIF's WSDLs declare none: the device says where it
 * listens) gets a view of its own, without an address, so its client takes the endpoint from
 * its user.
 */
import { qnameKey, type BindingDef, type BindingOperationDef, type MessageElementDef, type QName, type SchemaModel, type SoapMessageDef, type TypeRef } from './ir.ts';

export interface PartView {
  /** The part's name: the property of a message value with several parts. */
  name: string;
  element: QName;
  type: TypeRef;
  /** A header the WSDL does not require. */
  optional?: boolean;
}

export interface MessageView {
  body: PartView[];
  headers: PartView[];
}

export interface OperationView {
  name: string;
  soapAction: string;
  soapVersion: '1.1' | '1.2';
  input: MessageView;
  /** Absent for one-way operations. */
  output?: MessageView;
  faults: PartView[];
  doc?: string;
  /** The binding's operation it describes. */
  binding: BindingOperationDef;
}

export interface PortView {
  /** The port's key in the name table: `{service namespace}service/port`. */
  key: string;
  service: string;
  port: string;
  /** The port type's namespace: the service's own. */
  namespace: string;
  address?: string;
  /** A binding no wsdl:port names: `service` and `port` are the binding's name. */
  unbound?: true;
  operations: OperationView[];
}

const views = new WeakMap<SchemaModel, PortView[]>();

/** Every SOAP port of every service, in document order, then every binding no port names (computed once per model). */
export function portViews(model: SchemaModel): PortView[] {
  let ports = views.get(model);
  if (!ports) {
    ports = model.services.flatMap((service) =>
      service.ports.map((port) => {
        const binding = model.bindings.get(port.binding)!;
        return {
          key: `${qnameKey(service.qname)}/${port.name}`,
          service: service.qname.name,
          port: port.name,
          namespace: binding.portType.namespace,
          ...(port.address ? { address: port.address } : {}),
          operations: operationViews(binding),
        };
      }),
    );
    const bound = new Set(model.services.flatMap((service) => service.ports.map((port) => port.binding)));
    for (const binding of model.bindings.values()) {
      if (bound.has(binding.id)) continue;
      const name = binding.qname.name;
      ports.push({ key: `binding ${binding.id}/${name}`, service: name, port: name, namespace: binding.portType.namespace, unbound: true, operations: operationViews(binding) });
    }
    views.set(model, ports);
  }
  return ports;
}

/** document/encoded: SOAP encoding of bare parts, which no toolkit in use writes; rpc/encoded is supported. */
function isUnsupported(op: BindingOperationDef): boolean {
  return op.use === 'encoded' && op.style === 'document';
}

/** Warnings for what the ports leave out: operations in document/encoded. */
export function noteUnsupportedOperations(model: SchemaModel): void {
  for (const binding of model.bindings.values()) {
    for (const op of binding.operations) {
      if (!isUnsupported(op)) continue;
      model.diagnostics.push({ severity: 'warning', message: `operation ${op.name} of binding ${binding.qname.name} is document/encoded: only rpc/encoded is supported, so the client has no method for it`, source: op.source });
    }
  }
}

function operationViews(binding: BindingDef): OperationView[] {
  return binding.operations.filter((op) => !isUnsupported(op)).map((op) => operationView(op, binding.soapVersion));
}

function operationView(op: BindingOperationDef, soapVersion: '1.1' | '1.2'): OperationView {
  return {
    name: op.name,
    soapAction: op.soapAction,
    soapVersion,
    input: messageView(op.input),
    ...(op.output ? { output: messageView(op.output) } : {}),
    faults: op.faults.flatMap((f) => (f.element ? [{ ...part(f.element), name: f.name }] : [])),
    ...(op.doc ? { doc: op.doc } : {}),
    binding: op,
  };
}

function messageView(message: SoapMessageDef): MessageView {
  return { body: message.body.map(part), headers: message.headers.map((h) => ({ ...part(h.element), ...(h.required ? {} : { optional: true }) })) };
}

function part(element: MessageElementDef): PartView {
  return { name: element.part ?? element.qname.name, element: element.qname, type: element.type };
}

/** The one element a document/literal wrapped request or response has, when it has exactly one of complex type. */
export function wrapperTypeId(message: MessageView | undefined): string | undefined {
  const [only, ...more] = message?.body ?? [];
  return only && more.length === 0 && only.type.kind === 'complex' ? only.type.id : undefined;
}

/** The operations of the port the Boomi profile calls, by name. */
export function profileOperations(model: SchemaModel): Map<string, OperationView> {
  const port = portViews(model).find((p) => p.key === model.profile?.port);
  return new Map((port?.operations ?? []).map((op) => [op.name, op]));
}
