// The loader's XML parsing: every well-formedness error xmldom reports (its warnings included)
// is fatal and names the place; DOCTYPE is refused wherever it can stand; QNames resolve through
// the prefixes in scope.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../generator/load/load-error.ts';
import { childElements, parseXml, resolveQName } from '../../generator/load/xml.ts';

const refusal = (text: string): string => {
  let error: unknown;
  try {
    parseXml(text, 'doc.xsd');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LoadError);
  return (error as Error).message;
};

describe('parseXml', () => {
  it('refuses malformed XML, naming the line and column where xmldom knows them', () => {
    expect(refusal('<a>\n  <b>\n</a>')).toBe('doc.xsd:2:6: malformed XML: Opening and ending tag mismatch: "b" != "a"');
    expect(refusal('<a><p:b/></a>')).toBe('doc.xsd:1:4: malformed XML: a name uses a namespace prefix that is not declared');
    expect(refusal('<a/>\n<b/>')).toBe('doc.xsd:2:1: malformed XML: a second root element');
    expect(refusal('<a>&foo;</a>')).toBe('doc.xsd:1:1: malformed XML: entity not found:&foo;');
    expect(refusal('<a>')).toBe('doc.xsd:1:1: malformed XML: unclosed xml tag(s): a');
    expect(refusal('<!-- unterminated <!DOCTYPE')).toBe('doc.xsd:1:1: malformed XML: comment is not well-formed at position 0');
    expect(refusal('<?xml version="1.0"?><a/><!DOCTYPE b>')).toBe('doc.xsd:1:26: malformed XML: Doctype not allowed inside or after documentElement at position 25');
  });

  it('refuses what xmldom only warns about: attributes without quotes, value or space', () => {
    expect(refusal('<a b=c/>')).toBe('doc.xsd:1:1: malformed XML: attribute "c" missed quot(")');
    expect(refusal('<a b/>')).toBe('doc.xsd:1:1: malformed XML: attribute "b" missed value!! "b" instead');
    expect(refusal('<a b="1"c="2"/>')).toBe('doc.xsd:1:1: malformed XML: attribute space is required"b"');
    expect(refusal('<a></a x>')).toBe('doc.xsd:1:1: malformed XML: end tag name contains invalid characters: "a x"');
    // A replacement character is text like any other.
    expect(parseXml('<a>\uFFFD</a>', 'doc.xsd').documentElement?.textContent).toBe('\uFFFD');
  });

  it('names no place where there is no root element at all', () => {
    for (const text of ['', '   ', 'text only']) expect(refusal(text)).toBe('doc.xsd: malformed XML: missing root element');
  });

  it('refuses a DOCTYPE before the root, after any declaration, comments and white space', () => {
    expect(refusal('<!-- c --> <?xml-stylesheet x?>\n<!DOCTYPE a>\n<a/>')).toBe('doc.xsd:2:1: DOCTYPE declarations are not allowed');
    expect(refusal('\uFEFF \t\r\n<!doctype a><a/>')).toBe('doc.xsd:2:1: DOCTYPE declarations are not allowed');
    expect(refusal('<?xml version="1.0"?><!--x--><!DOCTYPE a><a/>')).toBe('doc.xsd:1:30: DOCTYPE declarations are not allowed');
    // One inside a comment is text, and an unterminated comment is the parser's to name.
    expect(parseXml('<!-- <!DOCTYPE a> --><a/>', 'doc.xsd').documentElement?.tagName).toBe('a');
    expect(parseXml('<?pi <!DOCTYPE a> ?><a/>', 'doc.xsd').documentElement?.tagName).toBe('a');
    expect(refusal('<?a?><?b?><!--c--><!DOCTYPE a><a/>')).toBe('doc.xsd:1:19: DOCTYPE declarations are not allowed');
    expect(refusal('<?pi')).toMatch(/^doc\.xsd(:\d+:\d+)?: malformed XML: /);
  });
});

describe('resolveQName', () => {
  const doc = new DOMParser().parseFromString('<r xmlns="urn:default" xmlns:t="urn:t"><c xmlns:u="urn:u"/><d xmlns=""/></r>', 'text/xml');
  const [c, d] = childElements(doc.documentElement!);

  it('resolves a prefix in scope, the default namespace, no namespace and xml:', () => {
    expect(resolveQName(' t:Account ', c!, 'doc.xsd')).toEqual({ namespace: 'urn:t', name: 'Account' });
    expect(resolveQName('u:A', c!, 'doc.xsd')).toEqual({ namespace: 'urn:u', name: 'A' });
    expect(resolveQName('Account', c!, 'doc.xsd')).toEqual({ namespace: 'urn:default', name: 'Account' });
    expect(resolveQName('Account', d!, 'doc.xsd')).toEqual({ namespace: '', name: 'Account' });
    expect(resolveQName('xml:lang', d!, 'doc.xsd')).toEqual({ namespace: 'http://www.w3.org/XML/1998/namespace', name: 'lang' });
  });

  it('gives no namespace to an unprefixed name where no default is declared', () => {
    const plain = new DOMParser().parseFromString('<r><c/></r>', 'text/xml').documentElement!;
    expect(resolveQName('Account', plain, 'doc.xsd')).toEqual({ namespace: '', name: 'Account' });
  });

  it('refuses what is not a QName: an empty prefix or local name', () => {
    for (const value of [':A', 't:', '']) expect(() => resolveQName(value, c!, 'doc.xsd')).toThrow(new LoadError('doc.xsd', `"${value}" is not a qualified name`, { line: 1, column: 40 }));
  });

  it('refuses a prefix not in scope, naming it and the value', () => {
    expect(() => resolveQName('u:A', d!, 'doc.xsd')).toThrow(new LoadError('doc.xsd', 'undeclared namespace prefix "u" in "u:A"', { line: 1, column: 60 }));
  });
});

describe('childElements', () => {
  const doc = new DOMParser().parseFromString('<r xmlns:x="urn:x">text<a/><!--c--><x:a/><x:b/><b/></r>', 'text/xml');
  const names = (elements: Element[]) => elements.map((e) => e.tagName);

  it('lists the element children, by namespace and local name when asked', () => {
    expect(names(childElements(doc.documentElement!))).toEqual(['a', 'x:a', 'x:b', 'b']);
    expect(names(childElements(doc.documentElement!, 'urn:x'))).toEqual(['x:a', 'x:b']);
    expect(names(childElements(doc.documentElement!, 'urn:x', 'a'))).toEqual(['x:a']);
    expect(names(childElements(doc.documentElement!, undefined, 'a'))).toEqual(['a', 'x:a']);
    expect(names(childElements(doc))).toEqual(['r']);
  });
});
