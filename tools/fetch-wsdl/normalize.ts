/**
 * One formatting for every WSDL and schema document kept in wsdl/: the reconstruction's own
 * (two-space indentation, attributes as written, text and mixed content inline, comments as they
 * are), so that a re-fetch of an unchanged API gives byte-identical files.
 */
import { XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { serializeDocument, type XmlChild, type XmlNode } from '../reconstruct/xml-writer.ts';

export function normalizeXml(document: Document): string {
  const leading: { comment: string; verbatim: true }[] = [];
  for (let n = document.firstChild; n && n !== document.documentElement; n = n.nextSibling) {
    if (n.nodeType === 8) leading.push({ comment: n.nodeValue ?? '', verbatim: true });
  }
  return serializeDocument(toNode(document.documentElement!), leading);
}

function toNode(e: Element): XmlNode {
  const attributes: [string, string][] = [];
  for (let i = 0; i < e.attributes.length; i++) attributes.push([e.attributes.item(i)!.name, e.attributes.item(i)!.value]);
  const children = childNodes(e);
  const hasText = children.some((n) => (n.nodeType === 3 || n.nodeType === 4) && (n.nodeValue ?? '').trim() !== '');
  if (hasText) {
    const serializer = new XMLSerializer();
    return { name: e.tagName, attributes, innerXml: children.map((n) => serializer.serializeToString(n)).join('') };
  }
  const out: XmlChild[] = [];
  for (const n of children) {
    if (n.nodeType === 1) out.push(toNode(n as Element));
    else if (n.nodeType === 8) out.push({ comment: n.nodeValue ?? '', verbatim: true });
  }
  return { name: e.tagName, attributes, children: out };
}

function childNodes(e: Element): Node[] {
  const out: Node[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) out.push(n);
  return out;
}


