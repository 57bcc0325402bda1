/** The whole job: WSDL (file, folder or URL) → load → model → emit → files by relative path. */
import { basename } from 'node:path';
import { loadWsdl, type LoadOptions } from './load/load-wsdl.ts';
import { displayLocation, isUrl } from './load/locations.ts';
import { buildModel } from './model/build-model.ts';
import type { Diagnostic } from './model/ir.ts';
import { emitSdk } from './emit/emit-sdk.ts';
import { runtimeExportNames } from './emit/runtime-files.ts';
import { clientExportNames } from './emit/client-module.ts';
import { capabilityNotes, findCapabilitiesFile, readCapabilityObjects } from './capability-notes.ts';
import { apiSurface } from './surface/api-surface.ts';

export interface GenerateOptions extends LoadOptions {
  wsdl: string;
  /** Capability facts for TSDoc; by default the one `*.capabilities.json` beside a local WSDL. */
  capabilities?: string;
  onProgress?: (message: string) => void;
}

export interface GenerateResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const progress = options.onProgress ?? (() => {});
  progress(`loading ${isUrl(options.wsdl) ? displayLocation(options.wsdl) : options.wsdl}`);
  const loaded = await loadWsdl(options.wsdl, options);
  progress(`read ${loaded.documents.length} documents; building the model`);
  const capabilitiesFile = options.capabilities ?? findCapabilitiesFile(options.wsdl);
  const objects = capabilitiesFile ? readCapabilityObjects(capabilitiesFile) : undefined;
  const model = buildModel(loaded, { reservedNames: [...runtimeExportNames(), ...clientExportNames(objects)] });
  // The entry's file name, not its path: the output must not depend on where it was run from.
  const sourceName = isUrl(loaded.entry.location) ? displayLocation(loaded.entry.location) : basename(loaded.entry.displayName);
  const typeNotes = objects ? capabilityNotes(objects, model) : new Map<string, string[]>();
  const files = emitSdk(model, { sourceName, typeNotes, ...(objects ? { objects } : {}), onProgress: progress });
  // The public surface, for drift checks between two versions of the API.
  files.set('api-surface.json', `${JSON.stringify(apiSurface(model, objects), null, 2)}\n`);
  return { files, diagnostics: model.diagnostics };
}
