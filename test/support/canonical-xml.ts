/**
 * Compares two XML documents as XML, not as text: element names by namespace, attributes by
 * name and value (xsi:type as the qualified name it stands for), text trimmed, namespace
 * declarations and whitespace between elements ignored.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function canonicalXml(xml: string): string {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  return render(root, '');
}

/** A QName without prefix is in the default namespace in scope (xmldom's lookup misses it). */
function defaultNamespace(e: Element | null): string | null {
  for (let n = e; n; n = n.parentNode as Element | null) if (n.nodeType === 1 && n.hasAttribute('xmlns')) return n.getAttribute('xmlns');
  return null;
}

function render(e: Element, indent: string): string {
  const attributes: string[] = [];
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes.item(i)!;
    if (a.name === 'xmlns' || a.prefix === 'xmlns') continue;
    let value = a.value;
    if (a.namespaceURI === XSI && a.localName === 'type') {
      const [prefix, local] = value.includes(':') ? value.split(':') : [null, value];
      value = `{${(prefix ? e.lookupNamespaceURI(prefix) : defaultNamespace(e)) ?? ''}}${local}`;
    }
    attributes.push(`${a.namespaceURI ? `{${a.namespaceURI}}` : ''}${a.localName}=${JSON.stringify(value)}`);
  }
  const children: Element[] = [];
  let text = '';
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) children.push(n as Element);
    else if (n.nodeType === 3 || n.nodeType === 4) text += n.nodeValue ?? '';
  }
  const head = `${indent}{${e.namespaceURI ?? ''}}${e.localName} ${attributes.sort().join(' ')}`.trimEnd();
  if (children.length === 0) return `${head}${text.trim() ? ` = ${JSON.stringify(text.trim())}` : ''}`;
  return [head, ...children.map((c) => render(c, `${indent}  `))].join('\n');
}
