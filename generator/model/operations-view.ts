/**
 * Transitional, until the emitter reads services, ports and bindings: the one-binding view
 * today's client emitter and API surface read (`model.operations`, `model.service`), which is
 * the Partner API's shape. It takes the SOAP 1.1 binding of the first port (else the first
 * SOAP 1.1 binding) and its document/literal request-response operations with one element of
 * a complex type each way. What it leaves out is in the model, and named in a warning.
 */
import type { BindingDef, BindingOperationDef, SchemaModel } from './ir.ts';

export function buildOperationsView(model: SchemaModel): void {
  const ports = model.services.flatMap((service) => service.ports.map((port) => ({ service, port })));
  const bindings = [...model.bindings.values()];
  const served = ports.find(({ port }) => model.bindings.get(port.binding)!.soapVersion === '1.1');
  const binding = served ? model.bindings.get(served.port.binding)! : bindings.find((b) => b.soapVersion === '1.1');
  for (const other of bindings) {
    if (other !== binding) note(model, other, `binding ${other.qname.name} (SOAP ${other.soapVersion}) is modelled, but the client generated today covers ${binding ? `binding ${binding.qname.name} only` : 'SOAP 1.1 bindings only'}`);
  }
  if (!binding) return;
  for (const op of binding.operations) {
    const reason = leftOutBecause(op);
    if (reason) {
      note(model, binding, `operation ${op.name} of binding ${binding.qname.name} is modelled, but the client generated today leaves it out: ${reason}`, op);
      continue;
    }
    model.operations.push({
      name: op.name,
      soapAction: op.soapAction,
      input: op.input.body[0]!.qname,
      output: op.output!.body[0]!.qname,
      ...(op.doc ? { doc: op.doc } : {}),
      source: op.source,
    });
  }
  model.service = {
    name: served?.service.qname.name ?? binding.portType.name,
    portType: binding.portType.name,
    targetNamespace: binding.portType.namespace,
    ...(served?.port.address ? { address: served.port.address } : {}),
  };
}

function leftOutBecause(op: BindingOperationDef): string | undefined {
  if (op.style !== 'document' || op.use !== 'literal') return `it is ${op.style}/${op.use}`;
  if (!op.output) return 'it is one-way';
  for (const [direction, message] of [['request', op.input], ['response', op.output]] as const) {
    if (message.body.length !== 1) return `its ${direction} body has ${message.body.length} elements`;
    const element = message.body[0]!;
    if (element.origin !== 'element') return `its ${direction} part ${element.part} has a type, not an element`;
    if (element.type.kind !== 'complex') return `its ${direction} element ${element.qname.name} has a simple type`;
  }
  return undefined;
}

function note(model: SchemaModel, binding: BindingDef, message: string, at: { source: BindingDef['source'] } = binding): void {
  model.diagnostics.push({ severity: 'warning', message, source: at.source });
}
