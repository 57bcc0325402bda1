/**
 * WSDL services → ServiceDefs with their SOAP ports: name, binding and address. A port whose
 * binding is not declared is an error; one whose binding is not SOAP is left out (the binding's
 * warning names it), and so is a service left without ports.
 */
import { WSDL_NS } from '../load/namespaces.ts';
import { childElements } from '../load/xml.ts';
import { SOAP_BINDING_NAMESPACES } from './build-bindings.ts';
import { qnameKey, type PortDef, type SchemaModel } from './ir.ts';
import { sourceOf } from './schema-index.ts';
import { wsdlDocumentation } from './wsdl-documentation.ts';
import type { WsdlIndex } from './wsdl-index.ts';

export function buildServices(index: WsdlIndex, model: SchemaModel): void {
  for (const service of index.all('service')) {
    const ports: PortDef[] = [];
    for (const port of childElements(service.element, WSDL_NS, 'port')) {
      const binding = model.bindings.get(qnameKey(index.resolve('binding', port, 'binding', service.doc).qname));
      if (!binding) continue;
      const name = port.getAttribute('name') ?? '';
      const address = childElements(port, SOAP_BINDING_NAMESPACES[binding.soapVersion], 'address')[0]?.getAttribute('location');
      const doc = wsdlDocumentation(port);
      ports.push({
        name,
        binding: binding.id,
        ...(address ? { address } : {}),
        ...(doc ? { doc } : {}),
        source: sourceOf(port, service, `service[${service.qname.name}]/port[${name}]`),
      });
    }
    if (ports.length === 0) continue;
    if (!service.element.getAttribute('name')) {
      model.diagnostics.push({ severity: 'warning', message: `wsdl:service without a name: named ${service.qname.name}`, source: sourceOf(service.element, service, `service[${service.qname.name}]`) });
    }
    const doc = wsdlDocumentation(service.element);
    model.services.push({ qname: service.qname, ports, ...(doc ? { doc } : {}), source: sourceOf(service.element, service, `service[${service.qname.name}]`) });
  }
}
