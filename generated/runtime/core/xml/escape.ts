/**
 * Escaping for every value the codec writes. No value can add markup: `<`, `&` and `>` are
 * escaped in text, quotes and white space characters too in attributes, and characters XML 1.0
 * cannot carry at all (NUL, most control characters, lone surrogates) are refused.
 */

export class XmlEncodeError extends Error {
  override name = 'XmlEncodeError';
}

// Tab, LF, CR and everything from U+0020 up, except lone surrogates and U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function checkXmlChars(value: string, where: string): void {
  const bad = NOT_XML_CHAR.exec(value);
  if (bad) throw new XmlEncodeError(`${where}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML`);
}

/** `\r` too: parsers turn a raw CR into LF, so it travels as a character reference. */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** ` xmlns:p="uri"` for each binding given (` xmlns="uri"` for the empty prefix), in its order. */
export function namespaceDeclarations(bindings: Iterable<readonly [prefix: string, uri: string]>): string {
  let declarations = '';
  for (const [prefix, uri] of bindings) declarations += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`;
  return declarations;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
