/** An API surface from what a user has at hand: a saved api-surface.json, or a WSDL (file, folder or URL). */
import { readFileSync } from 'node:fs';
import { loadWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import type { SourceOptions } from '../load/source.ts';
import { buildModel } from '../model/build-model.ts';
import { profileSource } from '../profile/capabilities-file.ts';
import { apiSurface, type ApiSurface } from './api-surface.ts';

export async function surfaceOf(input: string, options: SourceOptions = {}): Promise<ApiSurface> {
  if (input.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(input, 'utf8'));
    } catch (error) {
      throw new LoadError(input, `not a readable API surface: ${(error as Error).message}`);
    }
    if ((parsed as { format?: unknown }).format !== 1) throw new LoadError(input, 'not an API surface (format 1), as written to generated/api-surface.json');
    return parsed as ApiSurface;
  }
  const loaded = await loadWsdl(input, options);
  return apiSurface(buildModel(loaded, { capabilities: profileSource(input, loaded, undefined) }));
}
