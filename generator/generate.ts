/**
 * The whole job: WSDL (file, folder or URL) → load → model (with the Boomi profile when its
 * facts are found) → emit → files by relative path.
 */
import { basename } from 'node:path';
import { loadWsdl, type LoadOptions } from './load/load-wsdl.ts';
import { displayLocation, isUrl } from './load/locations.ts';
import { buildModel } from './model/build-model.ts';
import { compareKeys } from './model/schema-index.ts';
import type { Diagnostic, SchemaModel } from './model/ir.ts';
import { emitSdk } from './emit/emit-sdk.ts';
import type { PackageOptions } from './emit/output-forms.ts';
import { formatWithPrettier } from './emit/prettier.ts';
import { runtimePublicNames } from './emit/runtime-files.ts';
import { capabilityNotes } from './profile/capability-notes.ts';
import { profileSource } from './profile/capabilities-file.ts';
import { apiSurface } from './surface/api-surface.ts';

export interface GenerateOptions extends LoadOptions {
  wsdl: string;
  /**
   * The Boomi profile's facts: a capabilities file; by default the one `*.capabilities.json`
   * beside a local WSDL, or the Partner API's own for a WSDL in Boomi's namespaces. `false`: none.
   */
  capabilities?: string | false;
  /** Write a ready package (`.js`, `.d.ts`, package.json) instead of TypeScript sources. */
  package?: PackageOptions | undefined;
  /** Format the output with prettier, with the configuration that applies at this path (the output folder). */
  prettier?: { configAt: string } | undefined;
  onProgress?: (message: string) => void;
}

export interface GenerateResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const progress = options.onProgress ?? (() => {});
  const { model, sourceName } = await generatorModel(options);
  const files = emitSdk(model, { sourceName, typeNotes: capabilityNotes(model.profile), package: options.package, onProgress: progress });
  // The public surface, for drift checks between two versions of the API.
  files.set('api-surface.json', `${JSON.stringify(apiSurface(model), null, 2)}\n`);
  if (options.prettier) {
    progress('formatting with prettier');
    await formatWithPrettier(files, options.prettier.configAt);
  }
  // In path order: a caller listing or writing them gets the same order from the same model.
  return { files: new Map([...files].sort(([a], [b]) => compareKeys(a, b))), diagnostics: model.diagnostics };
}

/**
 * The model `generate` emits: the WSDL loaded, with the Boomi profile when its facts are found;
 * and the name of its source. The documents are not returned: the model needs nothing of them,
 * and a large schema's take hundreds of megabytes the emitter can use.
 */
export async function generatorModel(options: GenerateOptions): Promise<{ model: SchemaModel; sourceName: string }> {
  const progress = options.onProgress ?? (() => {});
  progress(`loading ${isUrl(options.wsdl) ? displayLocation(options.wsdl) : options.wsdl}`);
  const loaded = await loadWsdl(options.wsdl, options);
  progress(`read ${loaded.documents.length} documents; building the model`);
  const capabilities = profileSource(options.wsdl, loaded, options.capabilities);
  if (capabilities) progress(`applying the Boomi profile from ${capabilities.source}`);
  const model = buildModel(loaded, { reservedNames: runtimePublicNames(capabilities !== undefined), capabilities });
  // The entry's file name, not its path: the output must not depend on where it was run from.
  const sourceName = isUrl(loaded.entry.location) ? displayLocation(loaded.entry.location) : basename(loaded.entry.displayName);
  return { model, sourceName };
}
