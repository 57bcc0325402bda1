/**
 * Content a value arrived with that its type does not declare: elements and attributes a newer
 * server sends, or that the schema leaves open. Kept under a symbol so that it stays out of the
 * typed surface and of JSON, survives object spread, and is written back on encode: a value
 * read with get and sent back with update loses nothing.
 */
import type { OpaqueXml } from '../opaque-xml.js';

export const UNKNOWN_CONTENT: unique symbol = Symbol.for('boomi-soap-codegen.unknownContent');

export interface UnknownContent {
  /** Unknown attributes by qualified name (`{uri}local` or `local`), with their values. */
  attributes: Record<string, string>;
  /** Unknown child elements, each as the exact XML it arrived as. */
  elements: OpaqueXml[];
}

export function unknownContentOf(value: object): UnknownContent | undefined {
  return (value as { [UNKNOWN_CONTENT]?: UnknownContent })[UNKNOWN_CONTENT];
}
