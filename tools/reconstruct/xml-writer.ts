/**
 * A deterministic XML serialiser for the documents the reconstruction writes: two-space
 * indentation, attributes in the order given, comments kept. Determinism is the point: the
 * tool must write byte-identical files from the same spec.
 */

export interface XmlNode {
  name: string;
  attributes?: [string, string][];
  children?: XmlChild[];
  /** Text content; a node has either text or children. */
  text?: string;
  /** Content already serialised (mixed content read from a document), written inline as it is. */
  innerXml?: string;
}

/** A comment to format, or (`verbatim`) a comment's text as read from a document. */
export type XmlChild = XmlNode | { comment: string; verbatim?: boolean };

export function el(name: string, attributes: [string, string | undefined][] = [], children: XmlChild[] = []): XmlNode {
  const present = attributes.filter((a): a is [string, string] => a[1] !== undefined);
  return { name, attributes: present, children };
}

export function textEl(name: string, text: string, attributes: [string, string][] = []): XmlNode {
  return { name, attributes, text };
}

export function serializeDocument(root: XmlNode, leadingComments: (string | { comment: string; verbatim?: boolean })[] = []): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  for (const comment of leadingComments) lines.push(typeof comment === 'string' ? formatComment(comment, '') : commentLine(comment, ''));
  writeNode(root, '', lines);
  return lines.join('\n') + '\n';
}

function writeNode(node: XmlNode, indent: string, lines: string[]): void {
  const open = `${indent}<${node.name}${formatAttributes(node.attributes ?? [])}`;
  if (node.text !== undefined || node.innerXml !== undefined) {
    lines.push(`${open}>${node.innerXml ?? escapeText(node.text!)}</${node.name}>`);
    return;
  }
  const children = node.children ?? [];
  if (children.length === 0) {
    lines.push(`${open}/>`);
    return;
  }
  lines.push(`${open}>`);
  for (const child of children) {
    if ('comment' in child) lines.push(commentLine(child, indent + '  '));
    else writeNode(child, indent + '  ', lines);
  }
  lines.push(`${indent}</${node.name}>`);
}

function formatAttributes(attributes: [string, string][]): string {
  return attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}

function commentLine(child: { comment: string; verbatim?: boolean }, indent: string): string {
  return child.verbatim ? `${indent}<!--${child.comment}-->` : formatComment(child.comment, indent);
}

function formatComment(text: string, indent: string): string {
  // "--" may not appear inside an XML comment.
  const safe = text.replace(/--/g, '- -');
  const body = safe.split('\n').map((line, i) => (i === 0 ? line : `${indent}     ${line}`)).join('\n');
  return `${indent}<!-- ${body} -->`;
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
