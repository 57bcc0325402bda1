/** Sample values of the committed SDK's types (tools/samples/metadata-sample.ts over the Partner port's types). */
import type { XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { portTypes } from '../../generated/services/boomi-partner-api-version1-service.ts';
import { concreteType, sampleOfType, type Sampler } from '../../tools/samples/metadata-sample.ts';

/** BaseType is not abstract in the schema, but no value is just one. */
const partner: Sampler = { types: portTypes(), prefer: (candidates) => candidates.find((t) => t.name === 'BulkId'), abstract: (t) => t.abstract === true || t.name === 'BaseType' };

/** A concrete type to stand where `info` is declared: itself, or a concrete subtype. */
export function concrete(info: XmlTypeInfo): XmlTypeInfo {
  return concreteType(info, partner);
}

export function sampleValue(info: XmlTypeInfo): Record<string, unknown> {
  return sampleOfType(info, partner);
}
