/** Loaded documents → the IR, then the passes in their declared order. */
import type { LoadedWsdl } from '../load/load-wsdl.ts';
import { LoadError } from '../load/load-error.ts';
import { buildOperations } from './build-operations.ts';
import { TypeBuilder } from './build-types.ts';
import { qnameKey, type SchemaModel } from './ir.ts';
import { runPasses, type PassOptions } from './passes.ts';
import { SchemaIndex } from './schema-index.ts';

export interface BuildOptions {
  /** Names the emitted code declares itself (the runtime's exports): schema types must not take them. */
  reservedNames?: Iterable<string>;
  /** The Boomi profile's facts, and where they were read from. */
  capabilities?: PassOptions['capabilities'];
}

export function buildModel(loaded: LoadedWsdl, options: BuildOptions = {}): SchemaModel {
  const model: SchemaModel = { types: new Map(), enums: new Map(), elements: new Map(), operations: [], diagnostics: [] };
  new TypeBuilder(new SchemaIndex(loaded), model).buildAll();
  buildOperations(loaded, model);
  for (const op of model.operations) {
    for (const element of [op.input, op.output]) {
      if (!model.elements.has(qnameKey(element))) {
        throw new LoadError(op.source.file, `operation ${op.name}: message element {${element.namespace}}${element.name} is not declared in any schema`, op.source);
      }
    }
  }
  runPasses(model, { reservedNames: new Set(options.reservedNames ?? []), capabilities: options.capabilities });
  return model;
}
