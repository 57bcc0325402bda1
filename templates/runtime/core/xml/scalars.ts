/** Scalar values on the wire: the text XML Schema gives each built-in type, both ways. */
import type { XmlScalarKind } from '../metadata.js';

export class XmlValueError extends Error {
  override name = 'XmlValueError';
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^-?INF$|^NaN$/;

export function parseScalar(kind: XmlScalarKind, text: string, where: string): string | number | bigint | boolean {
  switch (kind) {
    case 'boolean': {
      const t = text.trim();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      throw new XmlValueError(`${where}: "${text}" is not a boolean`);
    }
    case 'int':
    case 'short':
    case 'byte': {
      const t = text.trim();
      if (!INTEGER.test(t)) throw new XmlValueError(`${where}: "${text}" is not an integer`);
      return Number(t);
    }
    case 'float':
    case 'double': {
      const t = text.trim();
      if (!NUMBER.test(t)) throw new XmlValueError(`${where}: "${text}" is not a number`);
      return t === 'INF' ? Infinity : t === '-INF' ? -Infinity : Number(t);
    }
    case 'long':
    case 'integer': {
      const t = text.trim();
      if (!INTEGER.test(t)) throw new XmlValueError(`${where}: "${text}" is not an integer`);
      return BigInt(t);
    }
    default:
      // decimal, dates, times, base64, URIs, QNames and strings keep their exact text.
      return text;
  }
}

export function formatScalar(kind: XmlScalarKind, value: unknown, where: string): string {
  switch (kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new XmlValueError(`${where}: expected a boolean, got ${describe(value)}`);
      return value ? 'true' : 'false';
    case 'int':
    case 'short':
    case 'byte':
      if (!Number.isInteger(value)) throw new XmlValueError(`${where}: expected an integer number, got ${describe(value)}`);
      return String(value);
    case 'float':
    case 'double':
      if (typeof value !== 'number') throw new XmlValueError(`${where}: expected a number, got ${describe(value)}`);
      return Number.isNaN(value) ? 'NaN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value);
    case 'long':
    case 'integer':
      if (typeof value === 'bigint') return value.toString();
      if (Number.isSafeInteger(value)) return String(value);
      throw new XmlValueError(`${where}: expected a bigint, got ${describe(value)}`);
    default:
      if (typeof value !== 'string') throw new XmlValueError(`${where}: expected a string, got ${describe(value)}`);
      return value;
  }
}

// The encoder writes null as xsi:nil or not at all: it never reaches here.
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
