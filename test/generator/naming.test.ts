// How the generator spells names (model/naming.ts) and reads SOAP encoding's array types
// (model/soap-encoding.ts): small functions every generated name and encoded array goes through.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase, pascalCase } from '../../generator/model/naming.ts';
import { encodingBuiltinName, isSoapEncoding, parseArrayType } from '../../generator/model/soap-encoding.ts';
import { wsdlDocumentation } from '../../generator/model/wsdl-documentation.ts';

describe('names', () => {
  it.each([
    ['get', 'Get', 'get', 'get'],
    ['account-group_id', 'AccountGroupId', 'accountGroupId', 'account-group-id'],
    ['a__b', 'AB', 'ab', 'ab'],
    ['x.y z', 'XYZ', 'xyz', 'xyz'],
    ['AS2ConnectorRecord', 'AS2ConnectorRecord', 'as2ConnectorRecord', 'as2-connector-record'],
    ['EDIFACTConnectorRecord', 'EDIFACTConnectorRecord', 'edifactConnectorRecord', 'edifact-connector-record'],
    ['URL', 'URL', 'url', 'url'],
    ['ABc', 'ABc', 'aBc', 'a-bc'],
    ['A1B2Cd', 'A1B2Cd', 'a1b2Cd', 'a1-b2-cd'],
    ['x-ray', 'XRay', 'xRay', 'x-ray'],
    // A name cannot start with a digit; a name of no letters at all is '_'.
    ['2fa', '_2fa', '_2fa', '-2fa'],
    ['---', '_', '_', '-'],
    ['', '_', '_', '-'],
    // XML names hold any letter: kept, cased as their script cases them.
    ['élan', 'Élan', 'élan', 'élan'],
    ['ÉTATCivil', 'ÉTATCivil', 'étatCivil', 'état-civil'],
    ['größe', 'Größe', 'größe', 'größe'],
    ['名前', '名前', '名前', '名前'],
    ['\u0663x', '_\u0663x', '_\u0663x', '-\u0663x'],
    // Letters without case first: nothing to lower, not even a capital further on.
    ['名前Abc', '名前Abc', '名前Abc', '名前abc'],
    ['名前ABCDef', '名前ABCDef', '名前ABCDef', '名前abc-def'],
  ])('%j: %s, %s, %s', (name, pascal, camel, kebab) => {
    expect([pascalCase(name), camelCase(name), kebabCase(pascalCase(name))]).toEqual([pascal, camel, kebab]);
  });
});

describe('SOAP encoding', () => {
  it.each([
    ['tns:Item[]', { itemType: 'tns:Item', nested: false }],
    [' xsd:string[5] ', { itemType: 'xsd:string', nested: false }],
    ['T[,]', { itemType: 'T', nested: false }],
    ['T[ 1 , 2 ]', { itemType: 'T', nested: false }],
    ['T[][]', { itemType: 'T', nested: true }],
    ['T[2][3]', { itemType: 'T', nested: true }],
    ['T', undefined],
    ['T[', undefined],
    ['[]', undefined],
    ['a b[]', undefined],
    ['T[x]', undefined],
    ['T[]x', undefined],
  ])('reads wsdl:arrayType %j', (value, parsed) => {
    expect(parseArrayType(value)).toEqual(parsed);
  });

  it('maps its types to XML Schema built-ins, but for arrays and structs', () => {
    expect(['string', 'int', 'base64', 'base64Binary', 'Array', 'Struct'].map(encodingBuiltinName)).toEqual(['string', 'int', 'base64Binary', 'base64Binary', undefined, undefined]);
    expect(['http://schemas.xmlsoap.org/soap/encoding/', 'http://www.w3.org/2003/05/soap-encoding', 'http://www.w3.org/2001/XMLSchema', ''].map(isSoapEncoding)).toEqual([true, true, false, false]);
  });
});

describe('WSDL documentation', () => {
  const parse = (xml: string) => new DOMParser().parseFromString(`<operation xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:o="urn:other">${xml}</operation>`, 'text/xml').documentElement!;

  it('is the text of each wsdl:documentation, a line each, trimmed; undefined where there is none', () => {
    expect(wsdlDocumentation(parse('<documentation>\n  Sends <b xmlns="">it</b>.\n</documentation><o:documentation>not WSDL</o:documentation><documentation>Twice. </documentation>'))).toBe('Sends it.\n\nTwice.');
    expect(wsdlDocumentation(parse('<documentation> </documentation>'))).toBeUndefined();
    expect(wsdlDocumentation(parse(''))).toBeUndefined();
  });
});
