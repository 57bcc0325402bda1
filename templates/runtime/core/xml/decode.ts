/**
 * XML → values, driven by the generated metadata, in one SAX pass (saxes): namespace-aware
 * whatever the prefixes, `xsi:type` picks the concrete type, scalars are converted, arrays are
 * arrays even with one item, a child unqualified or in its parent's namespace where the schema
 * says otherwise is read by its local name (JAX-WS services differ between wrappers, and Boomi's
 * pages show both `bns:result` and `result`), unknown elements and attributes are kept (see unknown-content.ts),
 * opaque fields keep their exact text. DOCTYPE is refused; size and depth are bounded.
 * SOAP-encoded arrays take their items under any element name; in an encoded message the
 * encoding's references are followed (encoded-references.ts) and its attributes are not data.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlTypeInfo } from '../metadata.js';
import type { OpaqueXml } from '../opaque-xml.js';
import type { EncodedReferences } from './encoded-references.js';
import { XSI_NAMESPACE } from './prefixes.js';
import { parseScalar } from './scalars.js';
import { idOf, isEncodingAttribute, referenceOf } from './soap-encoding.js';
import { indexOf, qualifiedKey, type FieldEntry, type TypeIndex } from './type-index.js';
import { registryOf, type TypeRegistry } from './type-registry.js';
import { UNKNOWN_CONTENT, type UnknownContent } from './unknown-content.js';

export class XmlDecodeError extends Error {
  override name = 'XmlDecodeError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `${message} (line ${line}, column ${column})` : message);
  }
}

export interface DecodeLimits {
  /** Longest input accepted, in characters. */
  maxLength?: number;
  /** Deepest element nesting accepted. */
  maxDepth?: number;
}

export const DEFAULT_LIMITS: Required<DecodeLimits> = { maxLength: 64 * 1024 * 1024, maxDepth: 200 };

/** An element as the callbacks see it: its qualified name, namespace URI and local name (saxes' tags have them; the declarations need not name saxes). */
export interface XmlTag {
  readonly name: string;
  readonly uri: string;
  readonly local: string;
}

/** What to do with an element: decode it as a type, keep it as text, hand its XML to `take`, or (without `take`) pass over it. */
type Frame =
  | { kind: 'complex'; index: TypeIndex; value: Record<string, unknown>; field: FieldEntry | undefined; text: string; uri: string }
  | { kind: 'scalar'; field: FieldEntry; owner: string; text: string; nil: boolean }
  | { kind: 'capture'; start: number; inner: boolean; depth: number; namespaces: Record<string, string>; take: ((xml: OpaqueXml) => void) | undefined }
  | { kind: 'pass' };

/** Decodes `xml`, whose root (or the first element `select` accepts) is of type `info`. */
export class ElementDecoder {
  // Without `position` saxes still counts lines and columns; it only leaves them out of its messages, which fail() adds once.
  private readonly parser = new SaxesParser({ xmlns: true, position: false });
  private readonly frames: Frame[] = [];
  /** The namespace declarations of each open element; merged only when captured XML needs them. */
  private readonly declarations: Record<string, string>[] = [];
  private result: Record<string, unknown> | undefined;

  constructor(
    private readonly xml: string,
    private readonly root: (tag: XmlTag, depth: number) => XmlTypeInfo | 'pass' | 'skip' | undefined,
    private readonly limits: Required<DecodeLimits>,
    private readonly registry: TypeRegistry = registryOf(undefined),
    /** Each element decoded at the top (under `pass` elements), as it closes. */
    private readonly onRoot?: (tag: XmlTag, value: Record<string, unknown>) => void,
    /** A SOAP-encoded message's references and their targets: given, the input is read as SOAP-encoded. */
    private readonly references?: EncodedReferences,
  ) {}

  run(): Record<string, unknown> | undefined {
    if (this.xml.length > this.limits.maxLength) throw new XmlDecodeError(`the response is ${this.xml.length} characters long, more than the ${this.limits.maxLength} allowed`);
    const p = this.parser;
    p.on('doctype', () => this.fail('DOCTYPE declarations are not allowed'));
    p.on('opentag', (tag) => this.open(tag as SaxesTagNS));
    p.on('closetag', (tag) => this.close(tag as SaxesTagNS));
    p.on('text', (text) => this.text(text));
    p.on('cdata', (text) => this.text(text));
    p.on('error', (error) => this.fail(error.message));
    p.write(this.xml).close();
    return this.result;
  }

  private fail(message: string): never {
    throw new XmlDecodeError(message, this.parser.line, this.parser.column);
  }

  private open(tag: SaxesTagNS): void {
    const depth = this.frames.length;
    if (depth >= this.limits.maxDepth) this.fail(`elements nest deeper than ${this.limits.maxDepth}`);
    this.declarations.push(tag.ns);
    const parent = this.frames[depth - 1];
    if (parent?.kind === 'capture') {
      parent.depth++;
      this.frames.push(parent);
      return;
    }
    // A nil element, or a reference to a value elsewhere, has no content of its own.
    if (this.nilFrames.has(depth - 1)) this.fail(`<${tag.name}> inside an element that is nil or a reference, which has no content`);
    if (parent === undefined || parent.kind === 'pass') {
      const what = this.root(tag, depth);
      if (what === undefined) this.fail(`unexpected element <${tag.name}>`);
      if (what === 'pass') this.frames.push({ kind: 'pass' });
      // Passed over whole, its XML not kept: a SOAP Header the message declares no parts for.
      else if (what === 'skip') this.frames.push(this.capture(tag, false, undefined));
      else this.frames.push(this.complexFrame(tag, what, undefined, xsiAttributes(tag).type));
      return;
    }
    if (parent.kind === 'scalar') this.fail(`<${tag.name}> inside ${parent.owner}/${parent.field.name}, which holds text`);
    // Servers get qualification wrong: an unqualified child, or one in its parent's namespace, that
    // matches no field is read as the one field of its local name; other namespaces only where the
    // type says so (the SOAP Body, as servers qualify the parts their own way) and in an encoded
    // message (node-soap qualifies an rpc response wrapper in its message's namespace).
    // A SOAP-encoded array's items may have any name.
    const field = parent.index.info.encodedArray
      ? parent.index.elements[0]
      : (parent.index.elementsByNamespace.get(tag.uri)?.get(tag.local) ?? (tag.uri === '' || tag.uri === parent.uri || parent.index.info.anyNamespace || this.references ? parent.index.elementsByLocalName.get(tag.local) : undefined));
    if (!field) {
      // In an encoded message, an element with an id is a value that references may point at.
      const references = this.references;
      const id = references && idOf(tag.attributes);
      this.frames.push(this.capture(tag, false, references && id !== undefined ? (xml) => references.target(id, tag, xml) : (xml) => unknownOf(parent.value).elements.push(xml)));
      return;
    }
    const reference = this.references && referenceOf(tag.attributes);
    if (reference !== undefined) {
      // Its value stands elsewhere in the message: filled in when the whole message is read.
      this.references!.refer(parent.value, field, reference, `${parent.index.info.name}/${field.name}`);
      this.frames.push({ kind: 'pass' });
      this.nilFrames.add(this.frames.length - 1);
      return;
    }
    if (field.kind === 'xml') {
      this.frames.push(this.capture(tag, true, (xml) => assign(parent.value, field, xml)));
      return;
    }
    const xsi = xsiAttributes(tag);
    if (field.kind === 'complex') {
      if (xsi.nil) {
        if (!field.nillable) this.fail(`${parent.index.info.name}/${field.name} is nil but not nillable`);
        assign(parent.value, field, null);
        this.frames.push({ kind: 'pass' });
        this.nilFrames.add(this.frames.length - 1);
      } else {
        this.frames.push(this.complexFrame(tag, field.complex!, field, xsi.type));
      }
    } else {
      this.frames.push({ kind: 'scalar', field, owner: parent.index.info.name, text: '', nil: xsi.nil });
    }
  }

  /** Depths at which a nil complex element stands: its (absent) content is skipped. */
  private readonly nilFrames = new Set<number>();

  private complexFrame(tag: SaxesTagNS, declared: XmlTypeInfo, field: FieldEntry | undefined, xsiType: string | undefined): Frame {
    const info = xsiType === undefined ? declared : this.concreteType(xsiType, declared);
    const index = indexOf(info);
    const value: Record<string, unknown> = info.tagged ? { $type: info.name } : {};
    for (const key in tag.attributes) {
      const attribute = tag.attributes[key]!;
      if (attribute.uri === XSI_NAMESPACE || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      const entry = index.attributesByName.get(qualifiedKey(attribute.uri, attribute.local));
      if (!entry && this.references && isEncodingAttribute(attribute)) continue;
      if (!entry) {
        unknownOf(value).attributes[qualifiedKey(attribute.uri, attribute.local)] = attribute.value;
        continue;
      }
      value[entry.property] = this.scalar(entry, attribute.value, info.name, '@');
    }
    return { kind: 'complex', index, value, field, text: '', uri: tag.uri };
  }

  private concreteType(xsiType: string, declared: XmlTypeInfo): XmlTypeInfo {
    const colon = xsiType.indexOf(':');
    const uri = this.parser.resolve(colon < 0 ? '' : xsiType.slice(0, colon)) ?? '';
    // An unknown type name keeps the declared type: its extra content is kept as unknown content.
    return this.registry.resolve(declared, uri, xsiType.slice(colon + 1)) ?? declared;
  }

  private capture(tag: SaxesTagNS, inner: boolean, take: ((xml: OpaqueXml) => void) | undefined): Frame {
    const openEnd = this.parser.position;
    const start = inner ? openEnd : this.xml.lastIndexOf(`<${tag.name}`, openEnd - 1);
    return { kind: 'capture', start, inner, depth: 0, namespaces: take ? Object.assign({}, ...this.declarations) : {}, take };
  }

  private text(text: string): void {
    const frame = this.frames[this.frames.length - 1];
    // Whitespace between child elements is only kept where the type has simple content.
    if (frame?.kind === 'scalar' || (frame?.kind === 'complex' && frame.index.text)) frame.text += text;
  }

  private close(tag: SaxesTagNS): void {
    const frame = this.frames.pop()!;
    this.declarations.pop();
    const depth = this.frames.length;
    if (frame.kind === 'capture') {
      if (frame.depth > 0) {
        frame.depth--;
        return;
      }
      if (!frame.take) return;
      const end = this.parser.position;
      const xml = frame.inner ? (tag.isSelfClosing ? '' : this.xml.slice(frame.start, this.xml.lastIndexOf('</', end - 1))) : this.xml.slice(frame.start, end);
      const namespaces = bindingsUsed(xml, frame.namespaces);
      frame.take(namespaces ? { xml, namespaces } : { xml });
      return;
    }
    if (this.nilFrames.delete(depth)) return;
    const parent = this.frames[depth - 1];
    if (frame.kind === 'scalar') {
      if (parent?.kind !== 'complex') return;
      if (frame.nil) {
        if (!frame.field.nillable) this.fail(`${frame.owner}/${frame.field.name} is nil but not nillable`);
        assign(parent.value, frame.field, null);
      } else {
        assign(parent.value, frame.field, this.scalar(frame.field, frame.text, frame.owner, ''));
      }
      return;
    }
    if (frame.kind !== 'complex') return;
    if (frame.index.text) frame.value[frame.index.text.property] = this.scalar(frame.index.text, frame.text, frame.index.info.name, '');
    if (parent?.kind === 'complex' && frame.field) assign(parent.value, frame.field, frame.index.info.encodedArray ? (frame.value[frame.index.elements[0]!.property] ?? []) : frame.value);
    else {
      this.result = frame.value;
      this.onRoot?.(tag, frame.value);
    }
  }

  /** `owner` and `marker` name the field in errors (`Account/@status`); the text is built only then. */
  private scalar(field: FieldEntry, text: string, owner: string, marker: '@' | ''): unknown {
    // Strings and enumerations (kept as sent, even a value a newer server adds) need no conversion.
    if (field.kind === 'enum' || (field.kind === 'scalar' && field.scalar === 'string')) return text;
    if (field.kind !== 'scalar') this.fail(`${owner}/${marker}${field.name}: text where the schema wants elements`);
    try {
      return parseScalar(field.scalar, text, '');
    } catch (error) {
      this.fail(`${owner}/${marker}${field.name}${(error as Error).message}`);
    }
  }
}

/**
 * The in-scope namespace bindings that captured XML relies on: the prefixes its element and
 * attribute names use, and the default namespace if it has unprefixed elements. Declarations
 * inside the fragment shadow nothing here: a binding it declares itself is harmless to repeat.
 */
function bindingsUsed(xml: string, scope: Record<string, string>): Record<string, string> | undefined {
  const used: Record<string, string> = {};
  for (const m of xml.matchAll(/<\/?([A-Za-z_][\w.-]*):|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g)) {
    const prefix = m[1] ?? m[2]!;
    if (prefix !== 'xmlns' && prefix !== 'xml' && scope[prefix] !== undefined) used[prefix] = scope[prefix]!;
  }
  if (scope[''] && /<[A-Za-z_][\w.-]*[\s/>]/.test(xml)) used[''] = scope['']!;
  return Object.keys(used).length > 0 ? used : undefined;
}

/** xsi:type and xsi:nil of an element, in one pass over its attributes. */
const NO_XSI = { type: undefined, nil: false };

function xsiAttributes(tag: SaxesTagNS): { type: string | undefined; nil: boolean } {
  // Fast path for the usual prefix; other prefixes bound to the namespace are found by the loop.
  const usual = tag.attributes['xsi:type'];
  if (usual?.uri === XSI_NAMESPACE && tag.attributes['xsi:nil'] === undefined) return { type: usual.value, nil: false };
  let type: string | undefined;
  let nil = false;
  let any = false;
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key]!;
    if (attribute.uri !== XSI_NAMESPACE) continue;
    any = true;
    if (attribute.local === 'type') type = attribute.value;
    else if (attribute.local === 'nil') nil = attribute.value === 'true' || attribute.value === '1';
  }
  return any ? { type, nil } : NO_XSI;
}

function assign(value: Record<string, unknown>, field: FieldEntry, item: unknown): void {
  if (field.isArray) ((value[field.property] ??= []) as unknown[]).push(item);
  else value[field.property] = item;
}

function unknownOf(value: Record<string, unknown>): UnknownContent {
  const holder = value as { [UNKNOWN_CONTENT]?: UnknownContent };
  return (holder[UNKNOWN_CONTENT] ??= { attributes: {}, elements: [] });
}

/** Decodes a document whose root element is of type `info`. */
export function decodeElement(xml: string, info: XmlTypeInfo, limits: DecodeLimits = {}, registry?: TypeRegistry): Record<string, unknown> {
  const decoder = new ElementDecoder(xml, (_tag, depth) => (depth === 0 ? info : undefined), { ...DEFAULT_LIMITS, ...limits }, registry);
  const value = decoder.run();
  if (!value) throw new XmlDecodeError('no root element');
  return value;
}


