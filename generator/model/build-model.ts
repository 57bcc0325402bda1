/** Loaded documents → the IR (schema types, then the WSDL's bindings and services), then the passes in their declared order. */
import type { LoadedWsdl } from '../load/load-wsdl.ts';
import { buildBindings } from './build-bindings.ts';
import { MessageElements } from './build-messages.ts';
import { buildServices } from './build-services.ts';
import { TypeBuilder } from './build-types.ts';
import type { SchemaModel } from './ir.ts';
import { buildOperationsView } from './operations-view.ts';
import { runPasses, type PassOptions } from './passes.ts';
import { SchemaIndex } from './schema-index.ts';
import { WsdlIndex } from './wsdl-index.ts';

export interface BuildOptions {
  /** Names the emitted code declares itself (the runtime's exports): schema types must not take them. */
  reservedNames?: Iterable<string>;
  /** The Boomi profile's facts, and where they were read from. */
  capabilities?: PassOptions['capabilities'];
}

export function buildModel(loaded: LoadedWsdl, options: BuildOptions = {}): SchemaModel {
  const model: SchemaModel = { types: new Map(), enums: new Map(), elements: new Map(), bindings: new Map(), services: [], operations: [], diagnostics: [] };
  const types = new TypeBuilder(new SchemaIndex(loaded), model);
  types.buildAll();
  const wsdl = new WsdlIndex(loaded);
  buildBindings(wsdl, new MessageElements(types, model), model);
  buildServices(wsdl, model);
  buildOperationsView(model);
  runPasses(model, { reservedNames: new Set(options.reservedNames ?? []), capabilities: options.capabilities });
  return model;
}
