/** The fake's side of the wire: requests decoded and responses encoded with the SDK's own codec and metadata. */
import { Operations } from '../generated/client.ts';
import type { OperationInfo } from '../generated/runtime/soap-client.ts';
import { ATTRIBUTE, TEXT } from '../generated/runtime/metadata.ts';
import { encodeElement } from '../generated/runtime/xml/encode.ts';
import { decodeSoapBody } from '../generated/runtime/xml/soap-body.ts';

export type OperationName = keyof typeof Operations;

export function operationInfo(name: string): OperationInfo | undefined {
  return (Operations as Record<string, OperationInfo>)[name];
}

export function decodeRequest(op: OperationInfo, xml: string): Record<string, unknown> {
  const { value, fault } = decodeSoapBody<Record<string, unknown>>(xml, op.request.element, op.request.info);
  if (fault || !value) throw new Error('a Fault is not a request');
  return value;
}

/**
 * The children of a response wrapper, each declaring its own namespaces: node-soap writes the
 * wrapper element itself and inserts these as they are (`$xml`).
 */
export function encodeResponseChildren(op: OperationInfo, value: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, namespace, property, type, flags] of op.response.info.fields) {
    if (flags & (ATTRIBUTE | TEXT)) continue;
    const v = value[property];
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      // node-soap writes the wrapper with a default namespace: unqualified children must undeclare it.
      const xml = typeof type === 'function' ? encodeElement(item as object, type(), { namespace, name }) : namespace ? `<p:${name} xmlns:p="${namespace}">${String(item)}</p:${name}>` : `<${name}>${String(item)}</${name}>`;
      parts.push(namespace ? xml : xml.replace(`<${name}`, `<${name} xmlns=""`));
    }
  }
  return parts.join('');
}
