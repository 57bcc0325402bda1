/** Sample values built from the generated metadata: every field filled, nested types to a bounded depth. */
import type { XmlFieldType, XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { subtypesOf } from './sdk-types.ts';

/** Below this depth only required fields are filled, so recursive types end. */
const FULL_DEPTH = 3;

const SCALAR_SAMPLES: Record<string, unknown> = {
  string: 'text & <more>',
  boolean: true,
  int: 7,
  short: 3,
  byte: 1,
  double: 1.5,
  float: 2.25,
  long: 1234567890123456789n,
  integer: 42n,
  decimal: '10.25',
  dateTime: '2024-03-01T12:00:00Z',
  date: '2024-03-01',
  time: '12:00:00',
  base64Binary: 'AQID',
  anyURI: 'https://example.com/x',
  QName: 'local',
};

/** A concrete type to stand where `info` is declared: itself, or its first concrete subtype. */
export function concrete(info: XmlTypeInfo): XmlTypeInfo {
  if (!info.abstract && !(info.name === 'BaseType')) return info;
  const subtypes = subtypesOf(info).filter((t) => !t.abstract && t.fields.length > 0);
  return subtypes.find((t) => t.name === 'BulkId') ?? subtypes[0] ?? info;
}

export function sampleValue(info: XmlTypeInfo, depth = 0): Record<string, unknown> {
  const value: Record<string, unknown> = info.tagged ? { $type: info.name } : {};
  const chain: XmlTypeInfo[] = [];
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) chain.unshift(t);
  for (const type of chain) {
    for (const [, , property, fieldType, flags] of type.fields) {
      if (depth >= FULL_DEPTH && flags.includes('?')) continue;
      const one = sampleOf(fieldType, depth, flags.includes('@'));
      if (one === undefined) continue;
      value[property] = flags.includes('*') ? [one, sampleOf(fieldType, depth + 1, false) ?? one] : one;
    }
  }
  return value;
}

function sampleOf(type: XmlFieldType, depth: number, attribute: boolean): unknown {
  if (typeof type === 'function') {
    const resolved = type();
    return Array.isArray(resolved) ? resolved[0] : sampleValue(concrete(resolved as XmlTypeInfo), depth + 1);
  }
  if (type === 'xml') return attribute ? undefined : { xml: '<any xmlns="urn:sample">value</any>' };
  return SCALAR_SAMPLES[type];
}
