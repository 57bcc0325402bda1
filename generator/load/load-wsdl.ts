/**
 * Loads a WSDL (or a bare XSD) and every document it reaches through `wsdl:import`,
 * `xsd:import` and `xsd:include`. Each document is read once, however often it is referenced,
 * so import cycles end.
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Element } from '@xmldom/xmldom';
import { LoadError } from './load-error.ts';
import { WSDL_NS, XSD_NS } from './namespaces.ts';
import { displayLocation, isUrl, readSource, resolveLocation, toLocation, type SourceOptions } from './source.ts';
import { childElements, parseXml, positionOf } from './xml.ts';

export interface LoadedDocument {
  /** Absolute file: or http(s): URL. */
  location: string;
  /** For messages: relative path or URL without credentials. */
  displayName: string;
  document: Document;
}

export interface LoadedSchema {
  element: Element;
  doc: LoadedDocument;
  /** The schema's own targetNamespace, or the includer's for a chameleon include. */
  targetNamespace: string;
  elementFormQualified: boolean;
  attributeFormQualified: boolean;
}

export interface LoadedWsdl {
  entry: LoadedDocument;
  /** `wsdl:definitions` elements: the entry's and those of imported WSDL documents. */
  definitions: { element: Element; doc: LoadedDocument }[];
  schemas: LoadedSchema[];
  documents: LoadedDocument[];
}

/** A folder stands for the one .wsdl file in it. */
export function entryLocation(pathOrUrl: string): string {
  if (isUrl(pathOrUrl)) return pathOrUrl;
  let stat;
  try {
    stat = statSync(pathOrUrl);
  } catch {
    throw new LoadError(pathOrUrl, 'no such file or folder');
  }
  if (!stat.isDirectory()) return toLocation(pathOrUrl);
  const wsdls = readdirSync(pathOrUrl).filter((f) => f.endsWith('.wsdl')).sort();
  if (wsdls.length !== 1) throw new LoadError(pathOrUrl, `expected exactly one .wsdl file in the folder, found ${wsdls.length}`);
  return toLocation(join(pathOrUrl, wsdls[0]!));
}

export async function loadWsdl(pathOrUrl: string, options: SourceOptions = {}): Promise<LoadedWsdl> {
  const loader = new Loader(entryLocation(pathOrUrl), options);
  return loader.run();
}

class Loader {
  private readonly documents = new Map<string, Promise<LoadedDocument>>();
  private readonly schemaKeys = new Set<string>();
  private readonly result: Omit<LoadedWsdl, 'entry' | 'documents'> = { definitions: [], schemas: [] };
  private readonly entryOrigin: string;

  constructor(
    private readonly entry: string,
    private readonly options: SourceOptions,
  ) {
    this.entryOrigin = isUrl(entry) ? new URL(entry).origin : 'file:';
  }

  async run(): Promise<LoadedWsdl> {
    const entry = await this.read(this.entry);
    await this.visitRoot(entry);
    const documents = await Promise.all(this.documents.values());
    return { entry, documents, ...this.result };
  }

  private read(location: string): Promise<LoadedDocument> {
    const key = location.replace(/#.*$/, '');
    let pending = this.documents.get(key);
    if (!pending) {
      pending = readSource(key, this.options, this.entryOrigin).then((text) => ({
        location: key,
        displayName: displayLocation(key),
        document: parseXml(text, displayLocation(key)),
      }));
      this.documents.set(key, pending);
    }
    return pending;
  }

  private async visitRoot(doc: LoadedDocument): Promise<void> {
    const root = doc.document.documentElement!;
    if (root.namespaceURI === WSDL_NS && root.localName === 'definitions') return this.visitDefinitions(root, doc);
    if (root.namespaceURI === XSD_NS && root.localName === 'schema') return this.visitSchema(root, doc, undefined);
    throw new LoadError(doc.displayName, `expected wsdl:definitions or xs:schema, found <${root.tagName}>`, positionOf(root));
  }

  private async visitDefinitions(definitions: Element, doc: LoadedDocument): Promise<void> {
    this.result.definitions.push({ element: definitions, doc });
    const tasks: Promise<void>[] = [];
    for (const imp of childElements(definitions, WSDL_NS, 'import')) {
      const location = this.reference(imp, 'location', doc);
      tasks.push(this.read(location).then((d) => this.visitOnce(d, () => this.visitRoot(d))));
    }
    for (const types of childElements(definitions, WSDL_NS, 'types')) {
      for (const schema of childElements(types, XSD_NS, 'schema')) tasks.push(this.visitSchema(schema, doc, undefined));
    }
    await Promise.all(tasks);
  }

  private async visitSchema(schema: Element, doc: LoadedDocument, includerNamespace: string | undefined): Promise<void> {
    const ownNamespace = schema.getAttribute('targetNamespace');
    const targetNamespace = ownNamespace || includerNamespace || '';
    const key = `${doc.location}#${positionOf(schema).line}:${positionOf(schema).column}#${targetNamespace}`;
    if (this.schemaKeys.has(key)) return;
    this.schemaKeys.add(key);
    this.result.schemas.push({
      element: schema,
      doc,
      targetNamespace,
      elementFormQualified: schema.getAttribute('elementFormDefault') === 'qualified',
      attributeFormQualified: schema.getAttribute('attributeFormDefault') === 'qualified',
    });
    const tasks: Promise<void>[] = [];
    for (const ref of childElements(schema, XSD_NS)) {
      if (ref.localName !== 'import' && ref.localName !== 'include' && ref.localName !== 'redefine') continue;
      if (!ref.getAttribute('schemaLocation')) continue; // an import of a namespace declared elsewhere in the set
      const location = this.reference(ref, 'schemaLocation', doc);
      const chameleon = ref.localName === 'import' ? undefined : targetNamespace;
      tasks.push(
        this.read(location).then((d) => {
          const root = d.document.documentElement!;
          if (root.namespaceURI !== XSD_NS || root.localName !== 'schema') {
            throw new LoadError(d.displayName, `expected xs:schema (referenced from ${doc.displayName}:${positionOf(ref).line})`, positionOf(root));
          }
          return this.visitSchema(root, d, chameleon);
        }),
      );
    }
    await Promise.all(tasks);
  }

  private readonly visitedRoots = new Set<string>();

  private async visitOnce(doc: LoadedDocument, visit: () => Promise<void>): Promise<void> {
    if (this.visitedRoots.has(doc.location)) return;
    this.visitedRoots.add(doc.location);
    await visit();
  }

  private reference(node: Element, attribute: string, doc: LoadedDocument): string {
    const value = node.getAttribute(attribute);
    if (!value) throw new LoadError(doc.displayName, `<${node.tagName}> without ${attribute}`, positionOf(node));
    return resolveLocation(doc.location, value);
  }
}
