/**
 * Sample values built from a generated SDK's metadata (the runtime's XmlTypeInfo): every field
 * filled, nested types to a bounded depth, abstract types replaced by a concrete subtype. The
 * SDK's tests and the corpus round trip both send them.
 */
import type { XmlFieldType, XmlTypeInfo } from '../../templates/runtime/core/metadata.ts';

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

export interface Sampler {
  /** Every type that may stand in for another one in the call (the port's `xsi:type` list). */
  types: readonly XmlTypeInfo[];
  /** Which concrete subtype stands in for an abstract type; the first with fields otherwise. */
  prefer?: (candidates: XmlTypeInfo[]) => XmlTypeInfo | undefined;
  /** Types no value should have although the schema allows it; `abstract` ones otherwise. */
  abstract?: (info: XmlTypeInfo) => boolean;
}

/** The types in `sampler.types` that derive from `info`, directly or not. */
export function subtypesIn(types: readonly XmlTypeInfo[], info: XmlTypeInfo): XmlTypeInfo[] {
  return types.filter((t) => {
    for (let b = t.base?.(); b; b = b.base?.()) if (b === info) return true;
    return false;
  });
}

/** A concrete type to stand where `info` is declared: itself, or a concrete subtype. */
export function concreteType(info: XmlTypeInfo, sampler: Sampler): XmlTypeInfo {
  if (!(sampler.abstract?.(info) ?? info.abstract)) return info;
  const candidates = subtypesIn(sampler.types, info).filter((t) => !t.abstract && t.fields.length > 0);
  return sampler.prefer?.(candidates) ?? candidates[0] ?? info;
}

export function sampleOfType(info: XmlTypeInfo, sampler: Sampler, depth = 0): Record<string, unknown> {
  const value: Record<string, unknown> = info.tagged ? { $type: info.name } : {};
  const chain: XmlTypeInfo[] = [];
  for (let t: XmlTypeInfo | undefined = info; t; t = t.base?.()) chain.unshift(t);
  for (const type of chain) {
    for (const [, , property, fieldType, flags] of type.fields) {
      if (depth >= FULL_DEPTH && flags.includes('?')) continue;
      const one = sampleOfField(fieldType, sampler, depth, flags.includes('@'));
      if (one === undefined) continue;
      value[property] = flags.includes('*') ? [one, sampleOfField(fieldType, sampler, depth + 1, false) ?? one] : one;
    }
  }
  return value;
}

/** A sample of a field's (or a message part's) type. */
export function sampleOfField(type: XmlFieldType, sampler: Sampler, depth = 0, attribute = false): unknown {
  if (typeof type === 'function') {
    const resolved = type();
    if (Array.isArray(resolved)) return resolved[0];
    const info = resolved as XmlTypeInfo;
    // A SOAP-encoded array's value is the array of its items.
    if (info.encodedArray) return (sampleOfType(info, sampler, depth)[info.fields[0]![2]] as unknown[] | undefined) ?? [];
    return sampleOfType(concreteType(info, sampler), sampler, depth + 1);
  }
  if (type === 'xml') return attribute ? undefined : { xml: '<any xmlns="urn:sample">value</any>' };
  return SCALAR_SAMPLES[type];
}
