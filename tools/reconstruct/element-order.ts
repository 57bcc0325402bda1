/**
 * Element order. The spec lists properties alphabetically, but xs:sequence fixes an order and
 * the real service writes its own (`Account/licensing`: standard, smallBusiness, enterprise,
 * …). The spec's JSON examples keep the server's order: walking each example along its
 * schema gives, per type, the order in which the server wrote its fields. Elements seen in
 * examples are put in that order; those never seen follow in spec order.
 */
import { flattenAllOf, operations, refName, type OpenApiSpec, type SchemaObject } from './openapi.ts';

/** Observed field orders, merged per schema name. */
export function observedElementOrders(spec: OpenApiSpec): Map<string, string[]> {
  const observed = new Map<string, string[][]>();
  const schemas = spec.components.schemas;
  const walk = (example: unknown, schema: SchemaObject | undefined, depth: number): void => {
    if (schema === undefined || example === null || typeof example !== 'object' || depth > 12) return;
    const name = refName(schema);
    const target = name !== undefined ? schemas[name] : schema;
    if (target === undefined) return;
    if (Array.isArray(example)) {
      for (const item of example) walk(item, target.items ?? target, depth + 1);
      return;
    }
    const { properties } = flattenAllOf(target);
    const byName = new Map(properties);
    const keys = Object.keys(example).filter((k) => byName.has(k));
    if (name !== undefined && keys.length > 1) observed.set(name, [...(observed.get(name) ?? []), keys]);
    for (const key of keys) {
      const prop = byName.get(key)!;
      walk((example as Record<string, unknown>)[key], prop, depth + 1);
    }
  };
  for (const { operation } of operations(spec)) {
    for (const media of Object.values(operation.requestBody?.content ?? {})) walkMedia(media, walk);
    for (const response of Object.values(operation.responses ?? {})) {
      for (const media of Object.values((response as { content?: Record<string, MediaWithExamples> }).content ?? {})) walkMedia(media, walk);
    }
  }
  return new Map([...observed.entries()].map(([name, sequences]) => [name, mergeSequences(sequences)]));
}

interface MediaWithExamples {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

function walkMedia(media: MediaWithExamples, walk: (example: unknown, schema: SchemaObject | undefined, depth: number) => void): void {
  if (media.example !== undefined) walk(media.example, media.schema, 0);
  for (const example of Object.values(media.examples ?? {})) walk(example.value, media.schema, 0);
}

/** One order consistent with the observed sequences, first seen first: a key seen later goes after the key it followed. */
function mergeSequences(sequences: string[][]): string[] {
  const merged: string[] = [];
  for (const sequence of sequences) {
    let insertAt = 0;
    for (const key of sequence) {
      const at = merged.indexOf(key);
      if (at >= 0) insertAt = Math.max(insertAt, at + 1);
      else merged.splice(insertAt++, 0, key);
    }
  }
  return merged;
}

/** Sorts names by an observed order; names never observed keep their relative order, after the observed ones. */
export function orderBy<T>(items: T[], nameOf: (item: T) => string, order: string[] | undefined): T[] {
  if (!order) return items;
  const rank = (item: T) => {
    const i = order.indexOf(nameOf(item));
    return i < 0 ? order.length : i;
  };
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map((x) => x.item);
}
