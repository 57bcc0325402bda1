/**
 * The global declarations of a loaded schema set, by qualified name, and the resolution of
 * QName-valued attributes (`type="tns:Account"`) through the prefixes in scope at the node.
 */
import type { Element } from '@xmldom/xmldom';
import type { LoadedSchema, LoadedWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { XSD_NS } from '../load/namespaces.ts';
import { childElements, positionOf, resolveQName as resolveQNameAt } from '../load/xml.ts';
import { qnameKey, type QName, type SourceRef } from './ir.ts';

export interface Declaration {
  element: Element;
  schema: LoadedSchema;
  qname: QName;
}

const GLOBAL_KINDS = ['complexType', 'simpleType', 'element', 'attribute', 'group', 'attributeGroup'] as const;
export type GlobalKind = (typeof GLOBAL_KINDS)[number];

export class SchemaIndex {
  private readonly globals = new Map<GlobalKind, Map<string, Declaration>>(GLOBAL_KINDS.map((k) => [k, new Map()]));
  private readonly namespaces = new Set<string>();

  constructor(readonly loaded: LoadedWsdl) {
    for (const schema of loaded.schemas) {
      this.namespaces.add(schema.targetNamespace);
      for (const node of childElements(schema.element, XSD_NS)) {
        const kind = node.localName as GlobalKind;
        if (!GLOBAL_KINDS.includes(kind)) continue;
        const name = node.getAttribute('name');
        if (!name) throw new LoadError(schema.doc.displayName, `global xs:${kind} without a name`, positionOf(node));
        const qname = { namespace: schema.targetNamespace, name };
        const table = this.globals.get(kind)!;
        const previous = table.get(qnameKey(qname));
        // The loader walks a schema once per namespace it is read in: a previous one is another declaration.
        if (previous) {
          const at = sourceOf(previous.element, previous.schema, '');
          throw new LoadError(schema.doc.displayName, `duplicate global xs:${kind} ${name} in ${qname.namespace || 'no namespace'} (first declared at ${at.file}:${at.line})`, positionOf(node));
        }
        table.set(qnameKey(qname), { element: node, schema, qname });
      }
    }
  }

  all(kind: GlobalKind): Declaration[] {
    return [...this.globals.get(kind)!.values()].sort((a, b) => compareKeys(qnameKey(a.qname), qnameKey(b.qname)));
  }

  find(kind: GlobalKind, qname: QName): Declaration | undefined {
    return this.globals.get(kind)!.get(qnameKey(qname));
  }

  /** Whether any loaded schema has this target namespace: a reference into one that none has is a missing import, not a typo. */
  hasNamespace(namespace: string): boolean {
    return this.namespaces.has(namespace);
  }

  /** Looks up a referenced global; an unresolved reference is an error at the referencing node. */
  require(kind: GlobalKind, qname: QName, from: Element, schema: LoadedSchema): Declaration {
    const found = this.find(kind, qname);
    if (!found) throw new LoadError(schema.doc.displayName, `unresolved xs:${kind} reference {${qname.namespace}}${qname.name}${this.hint(kind, qname)}`, positionOf(from));
    return found;
  }

  /** What an unresolved reference may have meant: the same name in no namespace, as a schema without targetNamespace declares it. */
  hint(kind: GlobalKind, qname: QName): string {
    return qname.namespace && this.find(kind, { namespace: '', name: qname.name }) ? ` (${qname.name} is declared in no namespace, by a schema without targetNamespace)` : '';
  }
}

/** Resolves `prefix:local` (or `local`, in the default namespace) at a node of a schema. */
export function resolveQName(value: string, node: Element, schema: Pick<LoadedSchema, 'doc'>): QName {
  return resolveQNameAt(value, node, schema.doc.displayName);
}

export function sourceOf(node: Element, schema: LoadedSchema | { doc: { displayName: string } }, path: string): SourceRef {
  const { line, column } = positionOf(node);
  const ref: SourceRef = { file: schema.doc.displayName, path };
  if (line !== undefined) ref.line = line;
  if (column !== undefined) ref.column = column;
  return ref;
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
