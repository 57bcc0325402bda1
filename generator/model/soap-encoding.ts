/**
 * SOAP encoding, as rpc/encoded WSDLs use it (SOAP 1.1 section 5, SOAP 1.2 part 2): its
 * namespace has a type for every XML Schema built-in, plus `Array`, `Struct` and `base64`, and
 * the attributes that describe an array. The model knows them itself; their schemas are not
 * read (BUILT_IN_NAMESPACES).
 */
import { SOAP11_ENCODING_NS, SOAP12_ENCODING_NS } from '../load/namespaces.ts';

export function isSoapEncoding(namespace: string): boolean {
  return namespace === SOAP11_ENCODING_NS || namespace === SOAP12_ENCODING_NS;
}

/**
 * The XML Schema built-in a SOAP-encoding type stands for (`soapenc:string` → `string`), or
 * undefined for the ones whose content is not a simple value (`Array`, `Struct`).
 */
export function encodingBuiltinName(name: string): string | undefined {
  if (name === 'Array' || name === 'Struct') return undefined;
  return name === 'base64' ? 'base64Binary' : name;
}

/**
 * `wsdl:arrayType="tns:Item[]"` (also `xsd:string[5]`, `T[,]`, `T[][]`): the item type's
 * QName, and whether the items are arrays themselves.
 */
export function parseArrayType(value: string): { itemType: string; nested: boolean } | undefined {
  const match = /^\s*([^\s[]+)((?:\[[\d,\s]*\])+)\s*$/.exec(value);
  if (!match) return undefined;
  return { itemType: match[1]!, nested: (match[2]!.match(/\[/g) ?? []).length > 1 };
}
