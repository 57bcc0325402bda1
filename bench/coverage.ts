/**
 * What a generator's output covers of a schema: how many of the schema's complex types appear
 * as an exported TypeScript type of that name, and how many XML attributes appear as
 * properties of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadWsdl } from '../generator/load/load-wsdl.ts';
import { buildModel } from '../generator/model/build-model.ts';

export interface SchemaFacts {
  complexTypes: string[];
  /** `Type.attribute` for every attribute of a named complex type (own fields). */
  attributes: [type: string, attribute: string][];
}

export async function schemaFacts(wsdl: string): Promise<SchemaFacts> {
  const model = buildModel(await loadWsdl(wsdl));
  const named = [...model.types.values()].filter((t) => t.qname);
  return {
    complexTypes: named.map((t) => t.qname!.name).sort(),
    attributes: named.flatMap((t) => t.fields.filter((f) => f.kind === 'attribute').map((f): [string, string] => [t.qname!.name, f.xmlName])),
  };
}

export interface OutputCoverage {
  files: number;
  exportedTypes: number;
  schemaTypesEmitted: number;
  attributesEmitted: number;
}

export function outputCoverage(dir: string, facts: SchemaFacts): OutputCoverage {
  const files = listTs(dir);
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  // Interface bodies by name; type aliases by name only. A schema type counts as emitted when a
  // type of its name exists, the first letter's case aside (`get` is emitted as `Get`).
  const declared = new Map<string, string>();
  for (const m of text.matchAll(/^export (?:interface|class) (\w+)[^{\n]*\{([^]*?)^\}/gm)) declared.set(m[1]!.toLowerCase(), m[2]!);
  for (const m of text.matchAll(/^export type (\w+)/gm)) if (!declared.has(m[1]!.toLowerCase())) declared.set(m[1]!.toLowerCase(), '');
  const body = (name: string) => `${declared.get(name.toLowerCase()) ?? ''}${declared.get(`${name}Fields`.toLowerCase()) ?? ''}`;
  return {
    files: files.length,
    exportedTypes: [...text.matchAll(/^export (?:interface|type) /gm)].length,
    schemaTypesEmitted: facts.complexTypes.filter((n) => declared.has(n.toLowerCase()) || declared.has(`${n}Fields`.toLowerCase())).length,
    attributesEmitted: facts.attributes.filter(([type, attr]) => new RegExp(`(^|\\s)['"]?${attr.replace(/[$]/g, '\\$')}['"]?\\??:`, 'm').test(body(type))).length,
  };
}

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listTs(full) : name.endsWith('.ts') ? [full] : [];
  });
}
