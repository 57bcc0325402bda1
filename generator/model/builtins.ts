/** XML Schema built-in simple types, by the value kind the SDK gives them, and the `xml:` attributes. */
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

/** The built-in type's name spelt as XML Schema spells it, for one spelt in another case (`xs:base64binary`). */
export function builtinNameIgnoringCase(localName: string): string | undefined {
  const lower = localName.toLowerCase();
  return Object.keys(BUILTINS).find((name) => name.toLowerCase() === lower);
}

/**
 * The attributes of the `xml:` namespace and their XML Schema types: there whether or not a
 * schema imports their declarations (whose usual location is on the web, and not read).
 */
export const XML_ATTRIBUTES: Readonly<Record<string, string>> = { lang: 'language', space: 'NCName', base: 'anyURI', id: 'ID' };
/** `xml:specialAttrs`, the attribute group of all four. */
export const XML_SPECIAL_ATTRIBUTES_GROUP = 'specialAttrs';
