/**
 * Sample values for an operation's message, from node-soap's own description of it
 * (`client.describe()`): element names mapped to `prefix:type` strings or nested objects,
 * `name[]` for repeated elements, `type|base|a,b,c` for enumerations. Built without this
 * project's codec, so that a round-trip through it is checked against something independent.
 */
type Description = string | { [name: string]: Description } | null | undefined;
export type Sample = string | Sample[] | { [name: string]: Sample };

const MAX_DEPTH = 8;

export function sampleOf(description: Description, name = 'value', depth = 0): Sample {
  if (description === null || description === undefined) return {};
  if (typeof description === 'string') return scalarSample(description, name);
  const out: { [name: string]: Sample } = {};
  // Where node-soap's description stops (a type it met before), it holds its own schema object, not a description.
  if (Object.getPrototypeOf(description) !== Object.prototype) return out;
  if (depth >= MAX_DEPTH) return out;
  for (const [key, child] of Object.entries(description)) {
    if (key === 'targetNSAlias' || key === 'targetNamespace' || key.startsWith('$')) continue;
    const repeated = key.endsWith('[]');
    const field = repeated ? key.slice(0, -2) : key;
    const value = sampleOf(child, field, depth + 1);
    out[field] = repeated ? [value] : value;
  }
  return out;
}

function scalarSample(type: string, name: string): string {
  const [typeName = '', , values] = type.split('|');
  if (values) return values.split(',')[0] ?? '';
  const local = typeName.replace(/^.*:/, '');
  if (/^(?:int|integer|long|short|byte|unsigned\w+|nonNegativeInteger|positiveInteger)$/.test(local)) return '7';
  if (local === 'negativeInteger') return '-7';
  if (local === 'nonPositiveInteger') return '0';
  if (/^(?:decimal|float|double)$/.test(local)) return '1.5';
  if (local === 'boolean') return 'true';
  if (local === 'dateTime') return '2024-01-02T03:04:05Z';
  if (local === 'date') return '2024-01-02';
  if (local === 'time') return '03:04:05';
  if (local === 'duration') return 'P1D';
  if (local === 'gYear') return '2024';
  if (local === 'base64Binary') return 'c2FtcGxl';
  if (local === 'hexBinary') return '0A0B';
  if (local === 'anyURI') return 'http://example.com/sample';
  return `sample-${name}`;
}

/** Every scalar in a value, as text (numbers, booleans and dates as a decoder may have turned them). */
export function leavesOf(value: unknown, out: string[] = []): string[] {
  if (value === null || value === undefined) return out;
  // A decoder may turn xs:date into a Date at midnight UTC: its day is what was sent.
  if (value instanceof Date) out.push(value.toISOString().replace('.000Z', 'Z'), value.toISOString().slice(0, 10));
  else if (Array.isArray(value)) for (const v of value) leavesOf(v, out);
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) (k === 'attributes' || k === '$attributes' ? undefined : leavesOf(v, out));
  else out.push(String(value));
  return out;
}

/** The sample's scalars that the decoded answer lacks (empty when it came back whole). */
export function missingLeaves(sample: Sample, decoded: unknown): string[] {
  const got = new Set(leavesOf(decoded).map(normalize));
  return leavesOf(sample).filter((leaf) => !got.has(normalize(leaf)));
}

/** `1.5` and `1.50`, `true` and `true`: the same scalar whichever way a decoder wrote it back. */
function normalize(text: string): string {
  const trimmed = text.trim();
  return /^-?\d+(?:\.\d+)?$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}
