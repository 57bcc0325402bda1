/**
 * The typed-value check of the decode benchmark: does a decoder's output hold the sample
 * record's values, typed as the schema says? Each decoder says how to find a value in its
 * output (`DecoderView`); the check compares. A value can be
 * - typed: a bigint for xs:long, a boolean, a number, the enumeration's text, the type's name,
 *   the opaque XML's exact text;
 * - untyped: all there, but only as text (a boolean as "false"), as a number where a bigint is
 *   due (exact only below 2^53), or the `xsi:type` QName as written;
 * - wrong: missing, another value, or opaque XML not kept as its text.
 * A decoder with a wrong value is reported, not timed. One with untyped values is timed and
 * marked: it does less than the job, so its times flatter it, not us.
 */
import type { DecodeShape, TypedValue } from './decode-pages.ts';

/** How to read a decoder's output: the sample record, then one value of it by path (`a/b/@c`, `$type`). */
export interface DecoderView {
  record(output: unknown, shape: DecodeShape): unknown;
  /** An element's or attribute's value; `$type` is the record's type as the decoder gives it. */
  value(record: unknown, step: string): unknown;
}

/** Our decoded message value: query results, or bulk responses with their Result. */
export const oursView: DecoderView = {
  record: (output, shape) => {
    const results = (output as { results: { result?: unknown[]; response?: { Result: unknown }[] } }).results;
    return shape.operation === 'getBulk' ? results.response![shape.sampleIndex]!.Result : results.result![shape.sampleIndex];
  },
  value: (record, step) => (record as Record<string, unknown>)[step.replace(/^@/, '')],
};

export type Verdict = 'typed' | 'untyped' | 'wrong';

export interface ValueCheck {
  value: TypedValue;
  verdict: Verdict;
  /** What came back, when it is not the typed value. */
  got?: string;
}

export interface ShapeCheck {
  verdict: Verdict;
  values: ValueCheck[];
}

/** Decodes with `decode` and checks the sample record in what comes back; a decoder that throws has every value wrong. */
export function checkSample(view: DecoderView, decode: () => unknown, shape: DecodeShape): ShapeCheck {
  let record: unknown;
  try {
    record = view.record(decode(), shape);
  } catch (error) {
    return { verdict: 'wrong', values: shape.sample.map((value) => ({ value, verdict: 'wrong', got: `no record ${shape.sampleIndex}: ${(error as Error).message}` })) };
  }
  const values = shape.sample.map((value) => judge(value, valueAt(view, record, value.path)));
  const verdict = values.some((v) => v.verdict === 'wrong') ? 'wrong' : values.some((v) => v.verdict === 'untyped') ? 'untyped' : 'typed';
  return { verdict, values };
}

function valueAt(view: DecoderView, record: unknown, path: string): unknown {
  let at = record;
  for (const step of path.split('/')) {
    if (at === undefined || at === null) return undefined;
    at = view.value(at, step);
  }
  return at;
}

function judge(value: TypedValue, got: unknown): ValueCheck {
  const { kind, expected } = value;
  if (got === expected) return { value, verdict: 'typed' };
  // Opaque XML may come as an object holding its text (and the namespaces it needs), as ours does.
  if (kind === 'opaque XML' && (got as { xml?: unknown } | undefined)?.xml === expected) return { value, verdict: 'typed' };
  const shown = show(got);
  if (kind === '$type' && typeof got === 'string' && got.slice(got.indexOf(':') + 1) === expected) return { value, verdict: 'untyped', got: `${shown}, the xsi:type as written` };
  if (kind === 'bigint' && typeof got === 'number' && BigInt(got) === expected) return { value, verdict: 'untyped', got: `${shown}, a number (exact below 2^53 only)` };
  if ((kind === 'bigint' || kind === 'int' || kind === 'boolean') && typeof got === 'string' && got.trim() === String(expected)) return { value, verdict: 'untyped', got: `${shown}, text` };
  return { value, verdict: 'wrong', got: shown };
}

function show(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value !== null && typeof value === 'object') return `an object {${Object.keys(value).slice(0, 3).join(', ')}}`;
  return String(value);
}

/** One line per value that is not typed, for the report. */
export function describeCheck(check: ShapeCheck): string[] {
  return check.values.filter((v) => v.verdict !== 'typed').map((v) => `${v.verdict}: ${v.value.path} (${v.value.kind}) is ${v.got}`);
}
