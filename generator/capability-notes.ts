/**
 * The capability facts next to the WSDL (wsdl/partner-api.capabilities.json, written by
 * tools/reconstruct) as TSDoc on each object type: which operations it supports, its query
 * filters and operators. Optional input: without the file the types carry the schema's
 * documentation only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LoadError } from './load/load-error.ts';
import { isUrl } from './load/locations.ts';
import type { SchemaModel } from './model/ir.ts';

export interface VerbView {
  soapOperation: string;
  limit?: number;
  partnerOnly?: boolean;
  accountOverride?: boolean;
}

export interface ObjectView {
  modelType: string;
  verbs: Record<string, VerbView>;
  query?: { fields: { property: string; kind: string; values?: string[]; restName?: string; modelPath?: string }[]; operators: string[]; openProperties?: boolean; notes?: string };
}

const VERB_LABELS: Record<string, string> = {
  get: 'get',
  query: 'query (with queryMore paging)',
  create: 'create',
  update: 'update',
  delete: 'delete',
  execute: 'execute',
  bulkGet: 'bulk get',
  bulkUpdate: 'bulk update',
  asyncGet: 'asynchronous get',
  asyncQuery: 'asynchronous query',
};

/** The one `*.capabilities.json` beside a local WSDL (or in its folder), if any. */
export function findCapabilitiesFile(wsdl: string): string | undefined {
  if (isUrl(wsdl)) return undefined;
  const folder = existsSync(wsdl) && statSync(wsdl).isDirectory() ? wsdl : dirname(wsdl);
  const found = readdirSync(folder).filter((f) => f.endsWith('.capabilities.json')).sort();
  return found.length === 1 ? join(folder, found[0]!) : undefined;
}

export function capabilityNotes(objects: Record<string, ObjectView>, model: SchemaModel): Map<string, string[]> {
  const typesByName = new Map<string, string[]>();
  for (const t of model.types.values()) if (t.qname) typesByName.set(t.qname.name, [...(typesByName.get(t.qname.name) ?? []), t.id]);
  const notes = new Map<string, string[]>();
  for (const [objectType, facts] of Object.entries(objects).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const id of typesByName.get(facts.modelType) ?? []) notes.set(id, [...(notes.get(id) ?? []), ...objectNotes(objectType, facts)]);
  }
  return notes;
}

function objectNotes(objectType: string, facts: ObjectView): string[] {
  const verbs = Object.entries(facts.verbs)
    .sort(([a], [b]) => Object.keys(VERB_LABELS).indexOf(a) - Object.keys(VERB_LABELS).indexOf(b))
    .map(([verb, v]) => {
      const extras = [v.limit ? `${v.limit} per request` : '', v.partnerOnly ? 'Partner API only' : '', v.accountOverride === false ? 'no account override' : ''].filter(Boolean);
      return `${VERB_LABELS[verb] ?? verb}${extras.length ? ` (${extras.join(', ')})` : ''}`;
    });
  const lines = ['', `API object \`${objectType}\`: ${verbs.join(', ')}.`];
  const q = facts.query;
  if (q) {
    const fields = q.openProperties ? 'any property (the spec lists none)' : q.fields.map((f) => `\`${f.property}\``).join(', ');
    lines.push(`Query filters: ${fields}; operators ${q.operators.join(', ')}.`);
  }
  return lines;
}

export function readCapabilityObjects(file: string): Record<string, ObjectView> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LoadError(file, `cannot read the capabilities: ${(error as Error).message}`);
  }
  const objects = (parsed as { objects?: unknown }).objects;
  if (typeof objects !== 'object' || objects === null) throw new LoadError(file, '$.objects is missing');
  for (const [name, facts] of Object.entries(objects)) {
    const f = facts as Partial<ObjectView>;
    if (typeof f.modelType !== 'string' || typeof f.verbs !== 'object' || f.verbs === null) throw new LoadError(file, `$.objects.${name}: needs modelType and verbs`);
  }
  return objects as Record<string, ObjectView>;
}
