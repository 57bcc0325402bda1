/**
 * Loads a WSDL (or a bare XSD) and every document it reaches through `wsdl:import`,
 * `xs:import`, `xs:include` and `xs:redefine`, in two steps: every document is read, a few at
 * a time and once however it is spelled; then the documents are walked from the entry in
 * document order, so that definitions and schemas come out in the same order on every run
 * (which of two duplicates is named first must not depend on which download finished first).
 */
import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Element } from '@xmldom/xmldom';
import { concurrencyLimit } from '../concurrency-limit.ts';
import { LoadError } from './load-error.ts';
import { canonicalLocation, checkReference, displayLocation, isUrl, resolveLocation, toLocation } from './locations.ts';
import { BUILT_IN_NAMESPACES, WSDL20_NS, WSDL_NS, XSD_NS } from './namespaces.ts';
import { readSource, type SourceOptions } from './source.ts';
import { childElements, parseXml, positionOf } from './xml.ts';

export interface LoadedDocument {
  /** Absolute file: or http(s): URL, one spelling per document (see canonicalLocation). */
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
  /** `wsdl:definitions` elements: the entry's and those of imported WSDL documents, in walk order. */
  definitions: { element: Element; doc: LoadedDocument }[];
  schemas: LoadedSchema[];
  documents: LoadedDocument[];
}

/** After each document read: which, how many have been read, and how many are known so far. */
export interface DocumentProgress {
  location: string;
  read: number;
  total: number;
}

export interface LoadOptions extends SourceOptions {
  onDocument?: (progress: DocumentProgress) => void;
}

/** Documents read at once: enough to keep a network busy, far below any limit on open files. */
const READ_CONCURRENCY = 8;

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
  const wsdls = readdirSync(pathOrUrl).filter((f) => f.endsWith('.wsdl'));
  if (wsdls.length !== 1) throw new LoadError(pathOrUrl, `expected exactly one .wsdl file in the folder, found ${wsdls.length}`);
  return toLocation(join(pathOrUrl, wsdls[0]!));
}

export async function loadWsdl(pathOrUrl: string, options: LoadOptions = {}): Promise<LoadedWsdl> {
  const entry = await canonicalLocation(entryLocation(pathOrUrl));
  const reader = new Reader(entry, options);
  await reader.readAll();
  return new Walk(reader).fromEntry(entry);
}

type Outcome<T> = { ok: T } | { error: unknown };

/** Step one: every document reachable from the entry, and where each reference points. */
class Reader {
  readonly documents = new Map<string, Outcome<LoadedDocument>>();
  /** The location a reference points at, or why it may not be followed. */
  readonly targets = new Map<Element, Outcome<string>>();
  private readonly pending: Promise<void>[] = [];
  private readonly scheduled = new Set<string>();
  private readonly limit = concurrencyLimit(READ_CONCURRENCY);
  private readonly entryOrigin: string;

  constructor(
    private readonly entry: string,
    private readonly options: LoadOptions,
  ) {
    this.entryOrigin = isUrl(entry) ? new URL(entry).origin : 'file:';
  }

  async readAll(): Promise<void> {
    this.schedule(this.entry);
    // Each read schedules the documents it refers to before it settles, so this sees them all.
    for (let i = 0; i < this.pending.length; i++) await this.pending[i];
  }

  private schedule(location: string): void {
    if (this.scheduled.has(location)) return;
    this.scheduled.add(location);
    const displayName = displayLocation(location);
    const read = this.limit(() => readSource(location, this.options, this.entryOrigin))
      .then(async (text) => {
        const doc = { location, displayName, document: parseXml(text, displayName) };
        this.documents.set(location, { ok: doc });
        this.options.onDocument?.({ location: displayName, read: this.documents.size, total: this.scheduled.size });
        await Promise.all(references(doc.document).map((ref) => this.follow(ref, doc)));
      })
      .catch((error: unknown) => void this.documents.set(location, { error }));
    this.pending.push(read);
  }

  private async follow(ref: Element, doc: LoadedDocument): Promise<void> {
    try {
      const attribute = ref.namespaceURI === WSDL_NS ? 'location' : 'schemaLocation';
      const value = ref.getAttribute(attribute)!; // references() kept only elements that have it
      let resolved: string;
      try {
        resolved = resolveLocation(doc.location, value);
      } catch {
        throw new LoadError(doc.displayName, `${attribute}="${value}" is not a valid location`, positionOf(ref));
      }
      checkReference(doc.location, resolved, doc.displayName, positionOf(ref));
      const target = await canonicalLocation(resolved);
      this.targets.set(ref, { ok: target });
      this.schedule(target);
    } catch (error) {
      this.targets.set(ref, { error });
    }
  }
}

/**
 * Step two: the documents in document order from the entry. Errors found while reading are
 * thrown where the walk meets them, so the one reported does not depend on timing either.
 */
class Walk {
  private readonly definitionList: LoadedWsdl['definitions'] = [];
  private readonly schemaList: LoadedSchema[] = [];
  private readonly documentList = new Set<LoadedDocument>();
  private readonly walkedRoots = new Set<string>();
  /** Schema elements walked, with the target namespaces they were walked in (chameleon includes give several). */
  private readonly walkedSchemas = new Map<Element, Set<string>>();

  constructor(private readonly reader: Reader) {}

  fromEntry(entry: string): LoadedWsdl {
    const doc = this.document(entry);
    this.root(doc);
    return { entry: doc, definitions: this.definitionList, schemas: this.schemaList, documents: [...this.documentList] };
  }

  private document(location: string): LoadedDocument {
    const outcome = this.reader.documents.get(location)!;
    if ('error' in outcome) throw outcome.error;
    this.documentList.add(outcome.ok);
    return outcome.ok;
  }

  private target(ref: Element): LoadedDocument {
    const outcome = this.reader.targets.get(ref)!;
    if ('error' in outcome) throw outcome.error;
    return this.document(outcome.ok);
  }

  private root(doc: LoadedDocument): void {
    if (this.walkedRoots.has(doc.location)) return;
    this.walkedRoots.add(doc.location);
    const root = doc.document.documentElement!;
    if (root.namespaceURI === WSDL_NS && root.localName === 'definitions') return this.definitions(root, doc);
    if (root.namespaceURI === XSD_NS && root.localName === 'schema') return this.schema(root, doc, undefined);
    if (root.namespaceURI === WSDL20_NS) throw new LoadError(doc.displayName, 'is WSDL 2.0 (<description> in http://www.w3.org/ns/wsdl), which is not supported: the generator reads WSDL 1.1', positionOf(root));
    throw new LoadError(doc.displayName, `expected wsdl:definitions or xs:schema, found <${root.tagName}>`, positionOf(root));
  }

  private definitions(definitions: Element, doc: LoadedDocument): void {
    this.definitionList.push({ element: definitions, doc });
    for (const child of childElements(definitions, WSDL_NS)) {
      if (child.localName === 'import' && this.reader.targets.has(child)) this.root(this.target(child));
      if (child.localName === 'types') for (const schema of childElements(child, XSD_NS, 'schema')) this.schema(schema, doc, undefined);
    }
  }

  private schema(schema: Element, doc: LoadedDocument, includerNamespace: string | undefined): void {
    const targetNamespace = schema.getAttribute('targetNamespace') || includerNamespace || '';
    const walked = this.walkedSchemas.get(schema) ?? new Set<string>();
    if (walked.has(targetNamespace)) return;
    walked.add(targetNamespace);
    this.walkedSchemas.set(schema, walked);
    this.schemaList.push({
      element: schema,
      doc,
      targetNamespace,
      elementFormQualified: schema.getAttribute('elementFormDefault') === 'qualified',
      attributeFormQualified: schema.getAttribute('attributeFormDefault') === 'qualified',
    });
    for (const ref of childElements(schema, XSD_NS)) {
      if (!this.reader.targets.has(ref)) continue;
      const target = this.target(ref);
      const root = target.document.documentElement!;
      if (root.namespaceURI !== XSD_NS || root.localName !== 'schema') {
        throw new LoadError(target.displayName, `expected xs:schema (referenced from ${doc.displayName}:${positionOf(ref).line})`, positionOf(root));
      }
      // An import brings its own namespace; an include or redefine of a schema without one takes the includer's.
      this.schema(root, target, ref.localName === 'import' ? undefined : targetNamespace);
    }
  }
}

/**
 * The elements of a document that point at other documents. Imports of namespaces the model
 * knows itself are not followed: their usual locations are on the web and hold nothing the
 * generator needs.
 */
function references(document: Document): Element[] {
  const root = document.documentElement!;
  const schemaReferences = (schema: Element) =>
    childElements(schema, XSD_NS).filter(
      (e) => ['import', 'include', 'redefine'].includes(e.localName!) && e.getAttribute('schemaLocation') && !(e.localName === 'import' && BUILT_IN_NAMESPACES.has(e.getAttribute('namespace') ?? '')),
    );
  if (root.namespaceURI === XSD_NS && root.localName === 'schema') return schemaReferences(root);
  if (root.namespaceURI !== WSDL_NS || root.localName !== 'definitions') return [];
  const imports = childElements(root, WSDL_NS, 'import').filter((e) => e.getAttribute('location'));
  const schemas = childElements(root, WSDL_NS, 'types').flatMap((types) => childElements(types, XSD_NS, 'schema'));
  return [...imports, ...schemas.flatMap(schemaReferences)];
}
