/**
 * Checks a WSDL the way its consumers will read it: the generator's loader and model resolve
 * every QName (message parts, port type, binding, port; every type, base, ref and group in
 * the schemas) and fail with file:line:column on the first that does not; node-soap, the
 * reference SOAP stack for Node, must load it offline and see the same operations.
 */
import { createClientAsync } from 'soap';
import { fileURLToPath } from 'node:url';
import { loadWsdl } from '../../generator/load/load-wsdl.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { portViews } from '../../generator/model/ports.ts';

export interface WsdlCheckReport {
  operations: string[];
  soapOperations: string[];
  counts: { documents: number; messages: number; globalElements: number; complexTypes: number; enumerations: number; objects: number };
}

export async function checkWsdl(pathOrFolder: string): Promise<WsdlCheckReport> {
  const loaded = await loadWsdl(pathOrFolder);
  const model = buildModel(loaded);
  const ports = portViews(model);
  const operations = ports.flatMap((p) => p.operations.map((o) => o.name)).sort();
  const client = await createClientAsync(fileURLToPath(loaded.entry.location));
  const soapOperations = Object.values(client.describe() as Record<string, Record<string, Record<string, unknown>>>)
    .flatMap((ports) => Object.values(ports).flatMap((ops) => Object.keys(ops)))
    .sort();
  if (soapOperations.join() !== operations.join()) {
    throw new Error(`node-soap sees operations ${soapOperations.join(', ')} but the WSDL declares ${operations.join(', ')}`);
  }
  const baseType = [...model.types.values()].find((t) => t.qname?.name === 'BaseType');
  return {
    operations,
    soapOperations,
    counts: {
      documents: loaded.documents.length,
      messages: ports.flatMap((p) => p.operations).reduce((n, o) => n + (o.output ? 2 : 1), 0),
      globalElements: model.elements.size,
      complexTypes: [...model.types.values()].filter((t) => t.qname).length,
      enumerations: [...model.enums.values()].filter((e) => e.qname).length,
      objects: baseType?.derived.length ?? 0,
    },
  };
}
