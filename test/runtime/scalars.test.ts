// Scalar values through the codec, on metadata of our own: every built-in kind read from its
// lexical forms and written from the JavaScript values that stand for it, and the messages that
// name a bad value and its field.
import { describe, expect, it } from 'vitest';
import type { XmlScalarKind, XmlTypeInfo } from '../../generated/runtime/core/metadata.ts';
import { decodeElement, XmlDecodeError } from '../../generated/runtime/core/xml/decode.ts';
import { encodeElement } from '../../generated/runtime/core/xml/encode.ts';
import { XmlValueError } from '../../generated/runtime/core/xml/scalars.ts';

const NS = 'urn:scalars';
const KINDS: XmlScalarKind[] = ['boolean', 'int', 'short', 'byte', 'float', 'double', 'long', 'integer', 'string', 'decimal', 'dateTime'];
/** One optional attribute per kind, named after it. */
const SampleMeta: XmlTypeInfo = { name: 'Sample', namespace: NS, tsName: 'Sample', fields: KINDS.map((kind) => [kind, '', kind, kind, '@?'] as const) };

const decode = (kind: XmlScalarKind, text: string) => decodeElement(`<s:sample xmlns:s="${NS}" ${kind}="${text}"/>`, SampleMeta)[kind];
/** The message a text is refused with, without the position the decoder adds. */
const refusal = (kind: XmlScalarKind, text: string) => {
  try {
    decode(kind, text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlDecodeError);
    return (error as Error).message.replace(/ \(line \d+, column \d+\)$/, '');
  }
  throw new Error(`${kind}: "${text}" was read`);
};
const encode = (kind: XmlScalarKind, value: unknown) => {
  const xml = encodeElement({ [kind]: value }, SampleMeta, { namespace: NS, name: 'sample' });
  return new RegExp(` ${kind}="([^"]*)"`).exec(xml)![1];
};

describe('reading scalars', () => {
  it('reads xs:boolean from true, false, 1 and 0, with the white space XML Schema collapses', () => {
    expect(['true', '1', ' true ', '\t1 ', 'false', '0', ' false', '0 '].map((text) => decode('boolean', text))).toEqual([true, true, true, true, false, false, false, false]);
    expect(refusal('boolean', 'yes')).toBe('Sample/@boolean: "yes" is not a boolean');
    expect(refusal('boolean', '')).toBe('Sample/@boolean: "" is not a boolean');
  });

  it('reads int, short and byte as numbers, with surrounding white space, and names a bad one', () => {
    expect((['int', 'short', 'byte'] as const).map((kind) => decode(kind, ' -12 '))).toEqual([-12, -12, -12]);
    expect([decode('int', '+2147483647'), decode('short', '-32768'), decode('byte', '127')]).toEqual([2147483647, -32768, 127]);
    expect(refusal('short', '1.5')).toBe('Sample/@short: "1.5" is not an integer');
    expect(refusal('byte', 'x')).toBe('Sample/@byte: "x" is not an integer');
  });

  it('reads float and double, INF, -INF and NaN included, and names a bad one', () => {
    for (const kind of ['float', 'double'] as const) {
      expect([' 1.5 ', '-2E3', '.5', 'INF', ' -INF', 'NaN '].map((text) => decode(kind, text))).toEqual([1.5, -2000, 0.5, Infinity, -Infinity, NaN]);
      expect(refusal(kind, 'Infinity')).toBe(`Sample/@${kind}: "Infinity" is not a number`);
      expect(refusal(kind, '')).toBe(`Sample/@${kind}: "" is not a number`);
    }
  });

  it('reads long and integer as bigint, past the safe integers, and names a bad one', () => {
    expect([decode('long', ' 9223372036854775807 '), decode('integer', '-12345678901234567890')]).toEqual([9223372036854775807n, -12345678901234567890n]);
    expect(refusal('long', '1.0')).toBe('Sample/@long: "1.0" is not an integer');
    // BigInt('') would be 0n.
    expect(refusal('integer', ' ')).toBe('Sample/@integer: " " is not an integer');
  });

  it('keeps the text of the other kinds as it came', () => {
    expect([decode('string', ' a '), decode('decimal', ' 1.50 '), decode('dateTime', '2024-03-01T00:00:00Z')]).toEqual([' a ', ' 1.50 ', '2024-03-01T00:00:00Z']);
  });
});

describe('writing scalars', () => {
  it('writes each kind from its JavaScript value', () => {
    expect([encode('boolean', false), encode('int', -7), encode('short', 300), encode('byte', -128), encode('float', 1.5), encode('double', -0.25), encode('decimal', '1.50')]).toEqual(['false', '-7', '300', '-128', '1.5', '-0.25', '1.50']);
  });

  it('writes INF, -INF and NaN for float and double', () => {
    for (const kind of ['float', 'double'] as const) expect([Infinity, -Infinity, NaN].map((v) => encode(kind, v))).toEqual(['INF', '-INF', 'NaN']);
  });

  it('writes long and integer from a bigint or a safe-integer number, and refuses a number past the safe integers', () => {
    expect([encode('long', -9223372036854775808n), encode('integer', 42), encode('long', Number.MAX_SAFE_INTEGER)]).toEqual(['-9223372036854775808', '42', '9007199254740991']);
    expect(() => encode('long', 2 ** 60)).toThrow(new XmlValueError('Sample/@long: expected a bigint, got number'));
    expect(() => encode('integer', 1.5)).toThrow(new XmlValueError('Sample/@integer: expected a bigint, got number'));
    expect(() => encode('integer', '12')).toThrow(new XmlValueError('Sample/@integer: expected a bigint, got "12"'));
  });

  it('refuses a value of the wrong JavaScript type with an XmlValueError describing it', () => {
    const refused = (kind: XmlScalarKind, value: unknown) => {
      try {
        encode(kind, value);
      } catch (error) {
        expect(error).toBeInstanceOf(XmlValueError);
        expect((error as Error).name).toBe('XmlValueError');
        return (error as Error).message;
      }
      throw new Error(`${kind}: ${String(value)} was written`);
    };
    expect([
      refused('boolean', 'true'),
      refused('int', 1.5),
      refused('short', '3'),
      refused('byte', true),
      refused('float', '1.5'),
      refused('double', 1n),
      refused('string', 5),
      refused('dateTime', new Date(0)),
    ]).toEqual([
      'Sample/@boolean: expected a boolean, got "true"',
      'Sample/@int: expected an integer number, got number',
      'Sample/@short: expected an integer number, got "3"',
      'Sample/@byte: expected an integer number, got boolean',
      'Sample/@float: expected a number, got "1.5"',
      'Sample/@double: expected a number, got bigint',
      'Sample/@string: expected a string, got number',
      'Sample/@dateTime: expected a string, got object',
    ]);
  });
});
