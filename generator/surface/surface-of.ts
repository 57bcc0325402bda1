/** An API surface from what a user has at hand: a saved api-surface.json, or a WSDL (file, folder or URL). */
import { readFileSync } from 'node:fs';
import { loadWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import type { SourceOptions } from '../load/source.ts';
import { buildModel } from '../model/build-model.ts';
import { profileSource } from '../profile/capabilities-file.ts';
import { apiSurface, SURFACE_FORMAT, type ApiSurface } from './api-surface.ts';

export async function surfaceOf(input: string, options: SourceOptions = {}): Promise<ApiSurface> {
  if (input.endsWith('.json')) return readSurface(input);
  const loaded = await loadWsdl(input, options);
  return apiSurface(buildModel(loaded, { capabilities: profileSource(input, loaded, undefined) }));
}

function readSurface(file: string): ApiSurface {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LoadError(file, `not a readable API surface: ${(error as Error).message}`);
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format === 1) {
    // Format 1 lacks namespaces, facets, soapActions and capability details: compared with a
    // newer surface, every one of them would look changed.
    throw new LoadError(file, `an API surface of format 1, from an older generator; compare the WSDL it was generated from instead, or regenerate the surface from it (format ${SURFACE_FORMAT})`);
  }
  if (format !== SURFACE_FORMAT) throw new LoadError(file, `not an API surface (format ${SURFACE_FORMAT}), as written to generated/api-surface.json`);
  checkShape(parsed as Record<string, unknown>, file);
  return parsed as ApiSurface;
}

type Shape = [key: string, type: 'object' | 'string' | 'array'][];

/** What the comparison reads of every entry, so a damaged file is named rather than half-compared. */
const ENTRY_SHAPES: Record<string, Shape> = {
  types: [['namespace', 'string'], ['direction', 'array'], ['fields', 'object']],
  enums: [['namespace', 'string'], ['values', 'array'], ['direction', 'array']],
  operations: [['soapAction', 'string'], ['input', 'object'], ['output', 'object']],
  objects: [['modelType', 'string'], ['verbs', 'object']],
};
const FIELD_SHAPE: Shape = [['kind', 'string'], ['namespace', 'string'], ['type', 'string']];

function checkShape(surface: Record<string, unknown>, file: string): void {
  for (const [section, shape] of Object.entries(ENTRY_SHAPES)) {
    if (!isA(surface[section], 'object')) throw new LoadError(file, `$.${section} is missing or not an object`);
    checkEntries(surface[section] as Record<string, unknown>, shape, `$.${section}`, file);
  }
  for (const [name, type] of Object.entries(surface['types'] as Record<string, { fields: Record<string, unknown> }>)) checkEntries(type.fields, FIELD_SHAPE, `$.types.${name}.fields`, file);
}

function checkEntries(entries: Record<string, unknown>, shape: Shape, path: string, file: string): void {
  for (const [name, entry] of Object.entries(entries)) {
    for (const [key, type] of shape) {
      if (!isA((entry as Record<string, unknown> | null)?.[key], type)) throw new LoadError(file, `${path}.${name}.${key} is missing or not ${type === 'string' ? 'a string' : `an ${type}`}`);
    }
  }
}

function isA(value: unknown, type: 'object' | 'string' | 'array'): boolean {
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === 'string';
}
