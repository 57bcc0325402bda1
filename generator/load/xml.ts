/**
 * XML parsing for WSDL/XSD input. xmldom by default recovers from errors and hands back a
 * partial tree; a generator must not guess, so every error is fatal and names the place.
 * DOCTYPE declarations are refused: schemas have no use for them, and refusing them rules out
 * entity tricks in files fetched from the network.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { LoadError } from './load-error.ts';
import { XML_NS } from './namespaces.ts';

export function parseXml(text: string, location: string): Document {
  const doctype = doctypeOffset(text);
  if (doctype !== undefined) {
    const before = text.slice(0, doctype);
    throw new LoadError(location, 'DOCTYPE declarations are not allowed', { line: before.split('\n').length, column: doctype - before.lastIndexOf('\n') });
  }
  // xmldom wraps what onError throws in its own error: the first LoadError is kept to be thrown.
  let first: LoadError | undefined;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      // xmldom's warnings are well-formedness errors too (an attribute without quotes or value),
      // but for a U+FFFD in the text: a character like any other once the text is decoded.
      if (level === 'warning' && message.includes('Unicode replacement character')) return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      // Before the first line is read (an empty document) xmldom's locator says line 0: no place to name.
      const position = locator?.lineNumber ? { line: locator.lineNumber, column: locator.columnNumber ?? 1 } : {};
      first ??= new LoadError(location, `malformed XML: ${cleanMessage(message)}`, position);
      throw first;
    },
  });
  try {
    // A document without a root element is one of xmldom's errors ("missing root element").
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    // Every error xmldom reports passes through onError first; anything else is its own failure.
    throw first ?? new LoadError(location, `malformed XML: ${(error as Error).message}`);
  }
}

/**
 * Where a DOCTYPE stands, if there is one: it can only come before the root element, after
 * the XML declaration, processing instructions, comments and white space. A `<!DOCTYPE` inside
 * a comment or later in the document is not one.
 */
function doctypeOffset(text: string): number | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i]!)) i++;
    const close = text.startsWith('<?', i) ? '?>' : text.startsWith('<!--', i) ? '-->' : undefined;
    if (close === undefined) return /^<!DOCTYPE/i.test(text.slice(i, i + 9)) ? i : undefined;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return undefined; // unterminated: the parser names it
    i = end + close.length;
  }
}

function cleanMessage(message: string): string {
  return message
    .replace(/^Error constructing the DOM: NamespaceError: prefix is non-null and namespace is null$/, 'a name uses a namespace prefix that is not declared')
    .replace(/^Error constructing the DOM: HierarchyRequestError: Only one element can be added and only after doctype$/, 'a second root element')
    .replace(/!+$/, '')
    .trim();
}

export function positionOf(node: Node): { line?: number; column?: number } {
  const located = node as Node & { lineNumber?: number; columnNumber?: number };
  return { line: located.lineNumber, column: located.columnNumber };
}

/** The value of an attribute the node cannot do without; missing or empty, an error at the node. */
export function requiredAttribute(node: Element, name: string, location: string): string {
  const value = node.getAttribute(name);
  if (!value) throw new LoadError(location, `<${node.tagName}> needs a ${name} attribute`, positionOf(node));
  return value;
}

/**
 * Resolves a QName-valued attribute (`tns:Account`, or `Account` in the default namespace)
 * through the prefixes in scope at the node that carries it. `xml:` is bound without a
 * declaration.
 */
export function resolveQName(value: string, node: Element, location: string): { namespace: string; name: string } {
  const text = value.trim();
  const colon = text.indexOf(':');
  const prefix = colon < 0 ? '' : text.slice(0, colon);
  const name = colon < 0 ? text : text.slice(colon + 1);
  if (colon === 0 || name === '') throw new LoadError(location, `"${value}" is not a qualified name`, positionOf(node));
  if (prefix === 'xml') return { namespace: XML_NS, name };
  // xmldom finds the default namespace under '' only: null finds nothing.
  const namespace = node.lookupNamespaceURI(prefix);
  if (namespace === null && prefix !== '') throw new LoadError(location, `undeclared namespace prefix "${prefix}" in "${value}"`, positionOf(node));
  return { namespace: namespace ?? '', name };
}

export function childElements(parent: Element | Document, namespace?: string, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (namespace !== undefined && e.namespaceURI !== namespace) continue;
    if (localName !== undefined && e.localName !== localName) continue;
    out.push(e);
  }
  return out;
}
