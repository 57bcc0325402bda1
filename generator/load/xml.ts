/**
 * XML parsing for WSDL/XSD input. xmldom by default recovers from errors and hands back a
 * partial tree; a generator must not guess, so every error is fatal and names the place.
 * DOCTYPE declarations are refused: schemas have no use for them, and refusing them rules out
 * entity tricks in files fetched from the network.
 */
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';
import { LoadError } from './load-error.ts';

export function parseXml(text: string, location: string): Document {
  if (/<!DOCTYPE/i.test(text)) {
    const line = text.slice(0, text.search(/<!DOCTYPE/i)).split('\n').length;
    throw new LoadError(location, 'DOCTYPE declarations are not allowed', { line, column: 1 });
  }
  // xmldom wraps what onError throws in its own error: the first LoadError is kept to be thrown.
  let first: LoadError | undefined;
  const parser = new DOMParser({
    locator: true,
    onError: (level, message, context) => {
      if (level === 'warning') return;
      const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
      const position = locator?.lineNumber !== undefined ? { line: locator.lineNumber, column: locator.columnNumber ?? 1 } : positionInMessage(message);
      first ??= new LoadError(location, `malformed XML: ${cleanMessage(message)}`, position);
      throw first;
    },
  });
  let document: Document;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    if (first) throw first;
    if (error instanceof LoadError) throw error;
    const message = String((error as Error).message ?? error);
    throw new LoadError(location, `malformed XML: ${cleanMessage(message)}`, positionInMessage(message));
  }
  if (!document.documentElement) throw new LoadError(location, 'no root element');
  return document;
}

/** xmldom puts the position into the message as `@#[line:N,col:M]`. */
function positionInMessage(message: string): { line?: number; column?: number } {
  const match = /\[line:(\d+),col:(\d+)\]/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : {};
}

function cleanMessage(message: string): string {
  return message.replace(/\s*@#\[line:\d+,col:\d+\]/g, '').replace(/^\[xmldom \w+\]\s*/, '').trim();
}

export function positionOf(node: Node): { line?: number; column?: number } {
  const located = node as Node & { lineNumber?: number; columnNumber?: number };
  return { line: located.lineNumber, column: located.columnNumber };
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
