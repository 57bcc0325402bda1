/** XML Schema built-in simple types, by the value kind the SDK gives them. */
import type { BuiltinName } from './ir.ts';

const BUILTINS: Record<string, BuiltinName> = {
  string: 'string', normalizedString: 'string', token: 'string', language: 'string', Name: 'string', NCName: 'string',
  NMTOKEN: 'string', NMTOKENS: 'string', ID: 'string', IDREF: 'string', IDREFS: 'string', ENTITY: 'string', ENTITIES: 'string',
  anySimpleType: 'string', hexBinary: 'string', duration: 'string', gYear: 'string', gYearMonth: 'string', gMonth: 'string',
  gMonthDay: 'string', gDay: 'string', NOTATION: 'string',
  boolean: 'boolean',
  int: 'int', unsignedShort: 'int', unsignedInt: 'int',
  short: 'short', unsignedByte: 'short',
  byte: 'byte',
  double: 'double',
  float: 'float',
  long: 'long',
  integer: 'integer', nonNegativeInteger: 'integer', positiveInteger: 'integer', nonPositiveInteger: 'integer',
  negativeInteger: 'integer', unsignedLong: 'integer',
  decimal: 'decimal',
  dateTime: 'dateTime',
  date: 'date',
  time: 'time',
  base64Binary: 'base64Binary',
  anyURI: 'anyURI',
  QName: 'QName',
};

export function builtinByXsdName(localName: string): BuiltinName | undefined {
  return Object.hasOwn(BUILTINS, localName) ? BUILTINS[localName] : undefined;
}
