/** The text of a WSDL component's wsdl:documentation, trimmed; undefined when it has none. */
import type { Element } from '@xmldom/xmldom';
import { WSDL_NS } from '../load/namespaces.ts';
import { childElements } from '../load/xml.ts';

export function wsdlDocumentation(node: Element): string | undefined {
  const text = childElements(node, WSDL_NS, 'documentation').map((d) => d.textContent ?? '').join('\n').trim();
  return text || undefined;
}
